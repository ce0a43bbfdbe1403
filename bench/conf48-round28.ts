/**
 * Conflicts round 28 (docs/notes/conf48.md): a second fresh blind round, drawn after round 27's rules were written, to
 * read them out of sample — PAC's dev and test stories (bench/data/pac.ts: AllSides stories of 2022–2023, a left and a
 * right outlet each; no round read them). Each article against its story's two articles (one MemoryIndex per story).
 * The sheet is drawn on main a1b9c05 (a `git archive` export) and judged blind before the branch is read; verdicts in
 * bench/data/conf48-round28.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf48-round28.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf48-round28.ts [--list]            score against the verdicts
 */
import type { Article } from '../lib/types.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { loadPac, PAC_GIT } from './data/pac.ts';

const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

const docs = loadPac();
if (!docs) {
  console.log(`skipped: PAC mirror absent (${PAC_GIT}; fetch github:launchnlp/Partisan-Event-Dataset)`);
  process.exit(0);
}
const byId = new Map<string, Article>(docs.map((d) => [d.article.id, d.article]));
const stories = new Map<string, Article[]>();
for (const d of docs) stories.set(d.story, [...(stories.get(d.story) ?? []), d.article]);
const indexes = new Map([...stories].map(([s, as]) => [s, new MemoryIndex(as)]));
const readings: RoundReading[] = docs.map((d) => ({ article: d.article, index: indexes.get(d.story)!, fresh: () => true }));
const t0 = Date.now();
const list = await roundRows(readings, byId);
console.log(`round 28: ${stories.size} PAC stories (dev + test), ${docs.length} articles; ${list.length} reported conflicts (unit pairs × kind); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
finishRound('28', list, sheetPath, ROUND_SUBSETS, () => '', new URL('./data/conf48-round28.tsv', import.meta.url));
