/**
 * (marks47) Every direct quote's speaker under two libs in one process, over one corpus of bench/speakers-data.ts's pagesOf:
 * the changed attributions (old span and speaker with its context, new spans and speakers), for judging a change outside the samples.
 *   npx tsx bench/speakers-arms.ts bbc            # BASE_LIB=/tmp/x/lib (a git archive of the base commit) by default /tmp/marks47/base/lib
 */
import { pagesOf, type Source } from './speakers-data.ts';
import { extractQuotes as br } from '../lib/quotes/extract.ts';
import type { Quote } from '../lib/types.ts';
const baseLib = process.env.BASE_LIB ?? '/tmp/marks47/base/lib';
const { extractQuotes: base } = (await import(`${baseLib}/quotes/extract.ts`)) as { extractQuotes: typeof br };
const src = (process.argv[2] ?? 'bbc') as Source;
const pages = pagesOf(src) ?? [];
let n = 0, changed = 0;
for (const p of pages) {
  const t = p.article.text;
  const a = base(p.article).filter((q) => q.kind === 'direct');
  const b = br(p.article).filter((q) => q.kind === 'direct');
  n += b.length;
  const key = (q: Quote) => `${q.start}:${q.end}:${q.speaker}`;
  const ka = new Set(a.map(key)), kb = new Set(b.map(key));
  const onlyA = a.filter((q) => !kb.has(key(q))), onlyB = b.filter((q) => !ka.has(key(q)));
  if (!onlyA.length && !onlyB.length) continue;
  changed++;
  console.log(`=== ${p.page}`);
  for (const q of onlyA) console.log(`  - ${q.start}-${q.end} ${JSON.stringify(q.speaker)} | ${t.slice(Math.max(0, q.start - 160), q.start).replace(/\n/g, ' ¶ ')}⟦${t.slice(q.start, q.end).slice(0, 100)}⟧${t.slice(q.end, q.end + 120).replace(/\n/g, ' ¶ ')}`);
  for (const q of onlyB) console.log(`  + ${q.start}-${q.end} ${JSON.stringify(q.speaker)}`);
}
console.log(`${src}: ${pages.length} pages, ${n} direct quotes, ${changed} pages changed`);
