/**
 * imp64: what an import writes per article, table by table, as the corpus grows — records put, index entries they
 * carry and bytes (V8's serializer, the format Chromium's IndexedDB keeps a value in) — counted at every put the store
 * makes (fake-indexeddb's IDBObjectStore.put, wrapped), in steps of the corpus. The per-batch rewrites (keyStats buckets,
 * the identity filter, the frequent keys, the sites' repeat counts) grow with the corpus; the articles' do not.
 * bench:browser's fill (bench/synthetic.ts zipfArticles through Corpus.upsertBatched), keys computed on this thread.
 * docs/notes/imp64.md.
 *
 *   nice npx tsx bench/imp64-bytes.ts [--sizes 10000,30000] [--batch 1000]
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { Corpus } from '../lib/store/corpus.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const sizes = (optionValue('--sizes', args) ?? '10000,30000').split(',').map(Number);
const batch = optionValue('--batch', args) ? Number(optionValue('--batch', args)) : undefined;

/** store name → records put, index entries, bytes (since the last reset). */
const puts = new Map<string, { records: number; entries: number; bytes: number }>();
const proto = IDBObjectStore.prototype;
const put = proto.put;
proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
  let e = puts.get(this.name);
  if (!e) puts.set(this.name, (e = { records: 0, entries: 0, bytes: 0 }));
  e.records++;
  e.bytes += serialize(value).length;
  for (const name of this.indexNames) {
    const ix = this.index(name);
    const v = (value as Record<string, unknown>)[ix.keyPath as string];
    e.entries += ix.multiEntry && Array.isArray(v) ? new Set(v).size : v === undefined || v === null ? 0 : 1;
  }
  return put.call(this, value, key);
};

async function main() {
  const c = await Corpus.open({ name: `imp64-bytes-${process.pid}` });
  const vocab = new ZipfVocabulary();
  let have = 0;
  console.log(`batch ${batch ?? 'default'}; per article added: records, index entries, bytes put`);
  for (const size of sizes) {
    puts.clear();
    const add = size - have;
    for (let k = 0; k < add; k += 5000) await c.upsertBatched(zipfArticles(Math.min(5000, add - k), { vocab, from: have + k }), batch ? { batch } : {});
    have = size;
    const rows = [...puts].sort((x, y) => y[1].bytes - x[1].bytes);
    const all = rows.reduce((t, [, e]) => t + e.bytes, 0);
    console.log(`→${size}: ${(all / add / 1000).toFixed(2)} kB an article; ` + rows.map(([name, e]) => `${name} ${(e.records / add).toFixed(3)} rec, ${(e.entries / add).toFixed(2)} ent, ${Math.round(e.bytes / add)} B`).join('; '));
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
