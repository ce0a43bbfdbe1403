/**
 * speak73: main's dev errors by kind (missed / given / another person) and by the rule that answered (extractQuotes's onRule),
 * from speak69-devpair's cache of the judged pages; with --rule RE, every error whose "kind rule" matches RE, with its context.
 *
 *   npx tsx bench/speak73-kinds.ts /tmp/x/pages.json [--lib /tmp/x/lib] [--rule R]
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import type { Article, Quote } from '../lib/types.ts';
import { isRight, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

const args = process.argv.slice(2);
const opt = (f: string) => (args.indexOf(f) >= 0 ? args[args.indexOf(f) + 1]! : null);
const lib = opt('--lib');
const show = opt('--rule');
const { extractQuotes } = lib ? ((await import(`${lib}/quotes/extract.ts`)) as { extractQuotes: typeof own }) : { extractQuotes: own };
const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
const count = new Map<string, number>();
const right = new Map<string, number>();
for (const [name, judged] of Object.entries(cache.judged)) {
  if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
  for (const j of judged) {
    const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
    const rules = new Map<number, string>();
    const q: Quote | undefined = quoteAt(extractQuotes(a, { onRule: (x, r) => rules.set(x.start, r ?? '-') }).filter((x) => x.kind === 'direct'), j.start);
    const got = q?.speaker ?? null;
    const rule = (q && rules.get(q.start)) ?? '-';
    if (isRight(got, j)) {
      right.set(rule, (right.get(rule) ?? 0) + 1);
      continue;
    }
    const kind = got === null ? 'missed' : j.speaker === null && !j.also ? 'given' : 'person';
    count.set(`${kind} ${rule}`, (count.get(`${kind} ${rule}`) ?? 0) + 1);
    if (show && new RegExp(show).test(`${kind} ${rule}`)) {
      const t = a.text;
      console.log(`[${name}] ${j.page} @${j.start} ${kind}: judged ${j.speaker ?? '—'}; got ${got ?? '—'}\n  ${t.slice(Math.max(0, j.start - 400), j.start).replace(/\n+/g, ' ¶ ')}⟦${t.slice(j.start, j.start + 120)}…⟧${t.slice(j.start + 120, j.start + 300).replace(/\n+/g, ' ¶ ')}\n`);
    }
  }
}
for (const [k, n] of [...count].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)} ${k}   (right by this rule: ${right.get(k.split(' ')[1]!) ?? 0})`);
