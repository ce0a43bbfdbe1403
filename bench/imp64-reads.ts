/**
 * imp64: what a compare's key-list reads cost with the postings of an import in chunks of `--batch` articles — the
 * distinct postings records (and their bytes, V8-serialised) holding the keys of a probe article, its keys carried by
 * more than FREQUENT_SHARE of the corpus left out as a story decision leaves them (lib/engine/story.ts queryKeys).
 * Node, fake-indexeddb, bench:browser's fill. docs/notes/imp64.md §3.
 *
 *   nice npx tsx bench/imp64-reads.ts [--n 20000] [--batch 1000] [--probes 20]
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { Corpus } from '../lib/store/corpus.ts';
import { indexKeys } from '../lib/engine/keys.ts';
import { FREQUENT_SHARE } from '../lib/store/db.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const n = Number(optionValue('--n', args) ?? 20000);
const batch = Number(optionValue('--batch', args) ?? 1000);
const probes = Number(optionValue('--probes', args) ?? 20);

async function main() {
  const c = await Corpus.open({ name: `imp64-reads-${process.pid}` });
  const vocab = new ZipfVocabulary();
  for (let k = 0; k < n; k += 5000) await c.upsertBatched(zipfArticles(Math.min(5000, n - k), { vocab, from: k }), { batch });
  let recs = 0;
  let bytes = 0;
  // Probes: articles the corpus does not hold, from the same vocabulary.
  for (const a of zipfArticles(probes, { vocab, from: n + 1000 })) {
    const keys = [...new Set(indexKeys(a))];
    const counts = await c.keyCounts(keys);
    const asked = keys.filter((k) => (counts.get(k) ?? 0) > 0 && counts.get(k)! <= FREQUENT_SHARE * n);
    const at = new Set<string>();
    for (const k of asked) for (const pk of await c.db.postings.where('keys').equals(k).primaryKeys()) at.add(JSON.stringify(pk));
    const got = await c.db.postings.bulkGet([...at].map((x) => JSON.parse(x) as [number, number]));
    recs += got.length;
    bytes += got.reduce((t, r) => t + serialize(r).length, 0);
  }
  console.log(`${n} articles, batch ${batch}: a probe's keys' postings ${(recs / probes).toFixed(1)} records, ${Math.round(bytes / probes / 1000)} kB (mean of ${probes})`);
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
