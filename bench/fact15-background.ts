/**
 * EXPLORATION: background document frequencies of word stems and 4-grams over the fact units of the
 * zyte pages' hand-written article bodies (MIT), leaving out the pages the labelled sets are made of.
 *   npx tsx bench/fact15-background.ts OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ingestFile } from '../lib/ingest/index.ts';
import { featuresOf } from '../lib/engine/features.ts';

const gt = JSON.parse(readFileSync('/work/shared/data/zyte-article-extraction/ground-truth.json', 'utf8')) as Record<string, { articleBody: string; url: string }>;
const words = new Map<string, number>();
const grams = new Map<string, number>();
let n = 0;
let pages = 0;
for (const [k, v] of Object.entries(gt).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (/doobie|plague/i.test(v.articleBody)) continue;
  const r = ingestFile({ name: `${k}.txt`, content: v.articleBody });
  for (const a of r.articles) {
    pages++;
    for (const f of featuresOf(a)) {
      if (!f.fact) continue;
      n++;
      for (const t of f.words.keys()) words.set(t, (words.get(t) ?? 0) + 1);
      for (const t of f.grams.keys()) grams.set(t, (grams.get(t) ?? 0) + 1);
    }
  }
}
const keep = (m: Map<string, number>, min: number) => Object.fromEntries([...m].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
writeFileSync(process.argv[2]!, JSON.stringify({ n, words: keep(words, 1), grams: keep(grams, 1) }));
console.log(`${pages} pages, ${n} fact units, ${words.size} stems, ${grams.size} 4-grams`);
