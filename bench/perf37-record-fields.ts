/**
 * perf37: what one candidate read by a story decision costs, field by field. A compare's `getMany` reads each
 * candidate's whole stored record (lib/store/db.ts StoredArticle) and its kept story vectors; this prints, for real
 * articles (tests/data's sets and the zyte pages, as bench/browser.ts writes them) and for the Zipf articles bench/browser.ts fills 100k with, the average size of
 * each field as IndexedDB clones it (strings 2 bytes a character as a bound, typed arrays their bytes, JSON
 * characters for the rest), the summary record (`summaries`, what the options page reads) and the kept vectors record.
 * A slim read for the story decision (docs/notes/perf37.md §3) would skip what the decision never reads.
 *
 *   nice npx tsx bench/perf37-record-fields.ts [--zipf 500]
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import { summaryOf } from '../lib/store/db';
import { vectorsToKeep } from '../lib/engine/story';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { zipfArticles } from './synthetic';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types';

const args = process.argv.slice(2);
const nZipf = Number(optionValue('--zipf', args) ?? 500);
const dir = process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html';

function size(v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string') return 2 * v.length;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((t: number, x) => t + size(x), 0);
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).reduce((t, [k, x]) => t + 2 * k.length + size(x), 0);
  return 8;
}

async function measure(name: string, articles: Article[]) {
  const c = await Corpus.open({ name: `perf37-${name}`, indexedDB: new IDBFactory(), IDBKeyRange });
  await c.upsert(articles);
  const fields = new Map<string, number>();
  let total = 0;
  let summary = 0;
  let n = 0;
  for (const a of articles) {
    const rec = await c.getStored(a.id);
    if (!rec) continue;
    n++;
    for (const [k, v] of Object.entries(rec)) {
      const b = size(v);
      fields.set(k, (fields.get(k) ?? 0) + b);
      total += b;
    }
    summary += size(summaryOf(rec));
  }
  const read = await c.getMany(articles.map((a) => a.id));
  const vecs = vectorsToKeep(read);
  const vec = vecs.reduce((t, r) => t + size(r), 0) / Math.max(1, vecs.length);
  const avg = (b: number) => Math.round(b / Math.max(1, n));
  const rows = [...fields].sort((x, y) => y[1] - x[1]);
  console.log(`${name}: ${n} records, ${avg(total).toLocaleString('en')} bytes a record; summary record ${avg(summary).toLocaleString('en')}; kept vectors record ${Math.round(vec).toLocaleString('en')}`);
  console.log(`  ${rows.map(([k, b]) => `${k} ${avg(b).toLocaleString('en')} (${((100 * b) / total).toFixed(0)} %)`).join(', ')}`);
  c.close();
}

const zyte = loadZyte(Infinity, dir);
if (!zyte.length) console.log(`zyte pages not found in ${dir}: real articles are tests/data's only`);
process.env.PARALLAX_CACHE ??= 'off';
const sets: Article[] = [];
for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) sets.push(...(await loadSet(set)));
await measure('real (tests/data sets + zyte)', [...sets, ...zyte]);
await measure(`zipf (${nZipf}, bench/browser.ts fill)`, zipfArticles(nZipf));
process.exit(0);
