/**
 * speak70: every dev quote (non-sealed sample) a lib reads wrong, from speak69-devpair's cache of the judged pages, with its kind
 * (missed: the judged person given nobody; given: someone given where the judgement is nobody; person: another person) and context.
 *
 *   npx tsx bench/speak70-errors.ts /tmp/x/pages.json [--lib /tmp/x/lib] > errors.txt   # this tree's lib unless --lib
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { isRight, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const { extractQuotes } = libAt >= 0 ? ((await import(`${args[libAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }) : { extractQuotes: own };
const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
const kinds: Record<string, number> = { missed: 0, given: 0, person: 0 };
let n = 0;
for (const [name, judged] of Object.entries(cache.judged)) {
  if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
  for (const j of judged) {
    n++;
    const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
    const got = quoteAt(extractQuotes(a).filter((q) => q.kind === 'direct'), j.start)?.speaker ?? null;
    if (isRight(got, j)) continue;
    const kind = got === null ? 'missed' : j.speaker === null && !j.also ? 'given' : 'person';
    kinds[kind]!++;
    const t = a.text;
    console.log(`[${name}] ${j.page} @${j.start} ${kind}: judged ${j.speaker ?? '—'}${j.org ? ` (${j.org})` : ''}; got ${got ?? '—'}\n  ${t.slice(Math.max(0, j.start - 400), j.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(j.start, j.start + 120)}…⟧${t.slice(j.start + 120, j.start + 300).replace(/\n+/g, ' ¶ ')}\n`);
  }
}
console.log(`wrong ${kinds.missed! + kinds.given! + kinds.person!} of ${n}: ${JSON.stringify(kinds)}`);
