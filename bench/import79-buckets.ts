/**
 * import79: how the per-batch records of an import grow with the corpus on bench:browser's Zipf fill — the keyStats key
 * buckets (every batch rewrites the buckets its keys fall in), the postings *keys index entries a batch writes, and the
 * identity filter — computed in Node from the same articles and keys (no database): v8.serialize bytes (the format
 * Chromium's IndexedDB stores, before its envelope).
 *
 *   nice npx tsx bench/import79-buckets.ts [--to 100000] [--every 20000] [--batch 2000]
 */
import { serialize } from 'node:v8';
import { indexKeys } from '../lib/engine/keys.ts';
import { keyBucket, KEY_STAT_BUCKETS, POSTINGS_GROUPS, postingsGroup } from '../lib/store/db.ts';
import { IMPORT_BATCH } from '../lib/store/corpus.ts';
import { ZipfVocabulary, zipfArticles } from './synthetic.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const to = Number(optionValue('--to', args) ?? 100000);
const every = Number(optionValue('--every', args) ?? 20000);
const batch = Number(optionValue('--batch', args) ?? IMPORT_BATCH);

const vocab = new ZipfVocabulary();
const counts: Array<Record<string, number>> = Array.from({ length: KEY_STAT_BUCKETS }, () => ({}));
let keysSum = 0;
for (let from = 0; from < to; from += batch) {
  const part = zipfArticles(Math.min(batch, to - from), { vocab, from });
  const touched = new Set<number>();
  const distinct = new Set<string>();
  for (const a of part) {
    const ks = [...new Set(indexKeys(a))];
    keysSum += ks.length;
    for (const k of ks) {
      const b = keyBucket(k);
      counts[b]![k] = (counts[b]![k] ?? 0) + 1;
      touched.add(b);
      distinct.add(k);
    }
  }
  const done = from + part.length;
  if (done % every === 0 || done === to) {
    const sizes = counts.map((n, b) => serialize({ bucket: b, n }).byteLength);
    const all = sizes.reduce((t, s) => t + s, 0);
    const rewritten = [...touched].reduce((t, b) => t + sizes[b]!, 0);
    const keys = counts.reduce((t, n) => t + Object.keys(n).length, 0);
    const groups = new Set([...distinct].map((k) => postingsGroup(k))).size;
    console.log(
      `${done} articles: ${keys} distinct keys, key buckets ${Math.round(all / 1000)} kB in all (largest ${Math.round(Math.max(...sizes) / 1000)} kB); ` +
        `the last batch of ${part.length} rewrote ${touched.size} buckets, ${Math.round(rewritten / 1000)} kB (${Math.round(rewritten / part.length)} bytes an article); ` +
        `its postings: ${distinct.size} distinct keys in ${groups} of ${POSTINGS_GROUPS} groups (${(distinct.size / part.length).toFixed(2)} *keys index entries an article); keys an article ${(keysSum / done).toFixed(1)}`,
    );
  }
}
