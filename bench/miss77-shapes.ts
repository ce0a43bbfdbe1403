/**
 * miss77: how many quotes have a label's shape, before any change is scored (docs/notes/miss77.md §1).
 *
 *   L  a paragraph that opens with one word — capitalised, all capitals, or a handle (".@KamalaHarris") — then a colon and
 *      the quote's opening mark ("WARREN: “Have you resigned?”", "Stumpf: “…”", ".@KamalaHarris: “…”");
 *   N  the same with two to four capitalised words (a full name's label: "Richard Corcoran: “…”", read since speak44).
 *
 *   npx tsx bench/miss77-shapes.ts /tmp/x/pages.json [--lib /tmp/x/lib]   # dev (speak69-devpair's cache): count, right under the lib
 *   npx tsx bench/miss77-shapes.ts --source duc [--lib /tmp/x/lib] [--base /tmp/y/lib]  # an outside source (speakers-data's pagesOf):
 *                                                     # count, the answers; with --base, the changed attributions as speakers-arms.ts
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { printQuoteChanges } from './quote-changes.ts';
import { isRight, pagesOf, quoteAt, SAMPLES, type Judged, type Source } from './speakers-data.ts';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const { extractQuotes } = libAt >= 0 ? ((await import(`${args[libAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }) : { extractQuotes: own };

/** The paragraph's text before a quote's opening mark. */
function lead(t: string, start: number): string {
  let s = start;
  while (s > 0 && /["“‘']/.test(t[s - 1]!)) s--;
  return t.slice(t.lastIndexOf('\n', s - 1) + 1, s);
}
export function shapeOf(t: string, start: number): 'L' | 'N' | null {
  const b = lead(t, start).trim();
  if (/^\.?@\w+:$/u.test(b) || /^\p{Lu}[\p{L}'’-]*:$/u.test(b)) return 'L';
  if (/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*:$/u.test(b)) return 'N';
  return null;
}

const count = { L: 0, N: 0 };
const right = { L: 0, N: 0 };
const srcAt = args.indexOf('--source');
if (srcAt >= 0) {
  const src = args[srcAt + 1]! as Source;
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? ((await import(`${args[baseAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }).extractQuotes : null;
  let pages = 0, changed = 0;
  for (const p of pagesOf(src) ?? []) {
    pages++;
    const t = p.article.text;
    const qs = extractQuotes(p.article).filter((x) => x.kind === 'direct');
    for (const q of qs) {
      const s = shapeOf(t, q.start);
      if (!s) continue;
      count[s]++;
      console.log(`${s} ${p.page} ${q.start} ${JSON.stringify(q.speaker)} | ${lead(t, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`);
    }
    if (!base) continue;
    const a = base(p.article).filter((q) => q.kind === 'direct');
    if (printQuoteChanges(p.page, t, a, qs)) changed++;
  }
  console.log(`${src}: ${pages} pages, L ${count.L}, N ${count.N}${base ? `, ${changed} pages changed` : ''}`);
} else {
  const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
  for (const [name, judged] of Object.entries(cache.judged)) {
    if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
    for (const j of judged) {
      const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
      const q = quoteAt(extractQuotes(a).filter((x) => x.kind === 'direct'), j.start);
      if (!q) continue;
      const s = shapeOf(a.text, q.start);
      if (!s) continue;
      count[s]++;
      const ok = isRight(q.speaker, j);
      right[s] += +ok;
      console.log(`${s} ${ok ? 'right' : 'WRONG'} ${name} ${j.page} got ${JSON.stringify(q.speaker)} judged ${JSON.stringify(j.speaker)} | ${lead(a.text, q.start).slice(-120)}⟦${q.text.slice(0, 60)}⟧`);
    }
  }
  console.log(`dev: L ${count.L} (right ${right.L}), N ${count.N} (right ${right.N})`);
}
