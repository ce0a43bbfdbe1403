/**
 * import78: what bytes each record an import writes carries, by table and by field, on bench:browser's fill (bench/synthetic.ts's
 * Zipf articles, numbered as the fill numbers them). Node, fake-indexeddb, the store's own upsertBatched (story keys on the
 * page's side, as `keysElsewhere` null does); a record's size is V8's serialisation of it (`v8.serialize`: the format Chromium's
 * IndexedDB stores a value in, before its own envelope and LevelDB's compression), a field's the same of the field's value.
 * Article and summary records hold one article each, so their sizes do not depend on the corpus' size: `--from` numbers the
 * measured articles as the last ones of a 100k fill are numbered.
 *
 *   nice npx tsx bench/import78-rows.ts [--base 2000] [--n 2000] [--from 98000]
 * --base: articles written first (numbered 0…), so postings and key buckets are not those of an empty store;
 * --n, --from: the measured import, articles numbered from `from`.
 */
import { serialize } from 'node:v8';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus.ts';
import { IDENTITY_BUCKET, TOTAL_BUCKET } from '../lib/store/db.ts';
import { ZipfVocabulary, zipfArticles } from './synthetic.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const base = Number(optionValue('--base', args) ?? 2000);
const n = Number(optionValue('--n', args) ?? 2000);
const from = Number(optionValue('--from', args) ?? 98000);

const bytes = (v: unknown) => (v === undefined ? 0 : serialize(v).byteLength);

/** Mean bytes a record and by field, over `rows`. */
function bySize(rows: Record<string, unknown>[]) {
  const fields = new Map<string, number>();
  let whole = 0;
  for (const r of rows) {
    whole += bytes(r);
    for (const [k, v] of Object.entries(r)) fields.set(k, (fields.get(k) ?? 0) + bytes(v));
  }
  const per = [...fields].map(([k, v]) => [k, v / rows.length] as const).sort((a, b) => b[1] - a[1]);
  return { whole: whole / rows.length, per };
}

async function main() {
  const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  const vocab = new ZipfVocabulary();
  if (base) await c.upsertBatched(zipfArticles(base, { vocab, from: 0 }));
  const before = {
    postings: await c.db.postings.count(),
    keyStats: await c.db.keyStats.count(),
    repeats: await c.db.repeats.count(),
  };
  const xs = zipfArticles(n, { vocab, from });
  const ids = new Set(xs.map((a) => a.id));
  await c.upsertBatched(xs);
  const articles = (await c.db.articles.bulkGet([...ids])).filter((r) => r !== undefined) as unknown as Record<string, unknown>[];
  const summaries = (await c.db.summaries.bulkGet([...ids])).filter((r) => r !== undefined) as unknown as Record<string, unknown>[];
  console.log(`${articles.length} articles numbered ${from}…${from + n - 1} written after ${base} (Zipf fill of bench:browser); bytes = v8.serialize`);
  for (const [name, rows] of [['article', articles], ['summary', summaries]] as const) {
    const s = bySize(rows);
    console.log(`${name} record: ${Math.round(s.whole)} bytes mean; by field: ${s.per.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  }
  const keys = articles.map((r) => (r.keys as string[]).length);
  console.log(`story keys an article: ${(keys.reduce((t, k) => t + k, 0) / keys.length).toFixed(1)} mean; units an article ${(articles.reduce((t, r) => t + ((r.spans as Int32Array | undefined)?.length ?? 0) / 4, 0) / articles.length).toFixed(1)}`);
  // The other tables: records the measured import added or rewrote, and their bytes.
  const post = await c.db.postings.toArray();
  const mine = post.filter((r) => r.g >= 0 && r.s === Math.max(...post.map((p) => p.s)));
  const postBytes = post.reduce((t, r) => t + bytes(r), 0);
  console.log(`postings: ${post.length} records (${before.postings} before), ${Math.round(postBytes / post.length)} bytes mean; entries of its *keys index ${post.reduce((t, r) => t + r.keys.length, 0)} (${((post.reduce((t, r) => t + r.keys.length, 0)) / (base + n)).toFixed(1)} an article); the last chunk's ${mine.length} records ${Math.round(mine.reduce((t, r) => t + bytes(r), 0) / 1000)} kB`);
  const stats = await c.db.keyStats.toArray();
  const idf = stats.find((r) => r.bucket === IDENTITY_BUCKET);
  const buckets = stats.filter((r) => r.bucket !== IDENTITY_BUCKET && r.bucket !== TOTAL_BUCKET);
  console.log(`keyStats: ${stats.length} records (${before.keyStats} before); key buckets ${Math.round(buckets.reduce((t, r) => t + bytes(r), 0) / 1000)} kB in all; identity filter ${Math.round(bytes(idf) / 1000)} kB`);
  const rep = await c.db.repeats.toArray();
  console.log(`repeats: ${rep.length} records (${before.repeats} before), ${Math.round(rep.reduce((t, r) => t + bytes(r), 0) / 1000)} kB in all`);
  c.db.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
