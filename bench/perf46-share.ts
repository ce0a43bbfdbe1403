/**
 * perf46: could the doc vector (figures of the text) and the figure set (figures of title + "\n" + text) share one
 * figure scan? Counts the articles whose text figures differ from the joined scan's figures past the title (kind,
 * value, max, offsets), and those whose title figures differ from the joined scan's within the title, on the seeds,
 * tests/data's sets, the zyte pages and 3,000 Zipf articles, and prints a few. (A count of 0 is no proof: the scan
 * reads back across the line break in places, see docs/notes/perf46.md.)
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf46-share.ts
 */
import { zipfArticles } from './synthetic.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { figureValues, type Quantity } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';

process.env.PARALLAX_CACHE ??= 'off';
const arts: Article[] = [];
for (const set of ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth', 'europa'] as const) arts.push(...(await loadSet(set)));
arts.push(...loadZyte(Infinity, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html'));
arts.push(...zipfArticles(3000, { from: 9000 }));
const key = (q: Quantity, shift: number) => `${q.kind}:${q.value}:${q.max}:${q.start - shift}:${q.end - shift}`;
let text = 0;
let title = 0;
const seen: string[] = [];
for (const a of arts) {
  const shift = a.title.length + 1;
  const joined = figureValues(`${a.title}\n${a.text}`);
  const t = figureValues(a.text).map((q) => key(q, 0)).join('|') !== joined.filter((q) => q.start >= shift).map((q) => key(q, shift)).join('|');
  const h = figureValues(a.title).map((q) => key(q, 0)).join('|') !== joined.filter((q) => q.start < shift).map((q) => key(q, 0)).join('|');
  if (t) text++;
  if (h) title++;
  if ((t || h) && seen.length < 10) seen.push(`${a.id.slice(0, 16)} ${t ? 'text' : 'title'}: ${JSON.stringify(a.title)} / ${JSON.stringify(a.text.slice(0, 60))}`);
}
console.log(`${arts.length} articles; text figures differ in ${text}; title figures differ in ${title}`);
for (const s of seen) console.log(s);
