/**
 * Lists BASIL events of 2017-2019 for choosing fact sets by title and length only (label53b): each triplet's three
 * titles and paragraph counts, and whether conflicts round 27 (bench/data/conf48-round27.tsv) judged a row of it —
 * found by hashing every cross-article unit pair of the event the way bench/conf37-owners.ts keys rows (ingestion
 * only: no compare, no engine decision is read).
 *   npx tsx bench/label53b-events.ts
 */
import { readFileSync } from 'node:fs';
import { BASIL_GIT, loadBasil } from './data/basil.ts';
import { textHash } from './conflicts-data.ts';

const docs = loadBasil();
if (!docs) {
  console.log(`skipped: BASIL mirror absent (${BASIL_GIT}; fetch github:launchnlp/BASIL)`);
  process.exit(0);
}
const keys = new Set(
  readFileSync(new URL('./data/conf48-round27.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s/)[0]!),
);
const byEvent = new Map<string, typeof docs>();
for (const d of docs) byEvent.set(d.triplet, [...(byEvent.get(d.triplet) ?? []), d]);
for (const [triplet, ds] of byEvent) {
  const year = ds[0]!.article.date?.slice(0, 4) ?? '?';
  if (!['2017', '2018', '2019'].includes(year)) continue;
  let rows = 0;
  for (const x of ds)
    for (const y of ds) {
      if (x.article.id >= y.article.id) continue;
      for (const u of x.article.units)
        for (const v of y.article.units)
          for (const kind of ['figure', 'quote'])
            if (keys.has(textHash(`${kind} ${x.article.id}#${u.i}:${textHash(u.text.slice(0, 50))} ${y.article.id}#${v.i}:${textHash(v.text.slice(0, 50))}`))) rows++;
    }
  console.log(`${triplet.slice(0, 8)} ${year} round27-rows=${rows}`);
  for (const d of ds) console.log(`   ${d.outlet.padEnd(4)} units=${String(d.article.units.length).padStart(3)} ${d.article.title}`);
}
