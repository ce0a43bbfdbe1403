/**
 * fact15: background document frequencies of word stems and 4-grams (features.ts `idfFeatures`, as the
 * story's unit IDF counts them) over the fact units of the zyte benchmark's hand-written article bodies
 * (ground-truth.json, MIT, read at run time, never committed), leaving out every page that mentions the
 * Doobie Brothers or the plague (the doobie and plague labelled sets are made of such pages): 173 pages,
 * 6,162 fact units. Written to OUT.json ({ n, words, grams }) for bench/fact15-auc.ts and the
 * experiment commit b38afb1 (docs/notes/fact15.md).
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html npx tsx bench/fact15-background.ts OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ingestFile } from '../lib/ingest/index.ts';
import { featuresOf } from '../lib/engine/features.ts';
import { ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

if (!ZYTE_DIR) throw new Error('no zyte pages (ZYTE_HTML_DIR)');
const gt = JSON.parse(readFileSync(join(dirname(ZYTE_DIR), 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
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
