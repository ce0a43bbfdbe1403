/**
 * Conflicts round 28 (docs/notes/conf48.md): a second fresh blind round, drawn after round 27's rules were written, to
 * read them out of sample — PAC's dev and test stories (bench/data/pac.ts: AllSides stories of 2022–2023, a left and a
 * right outlet each; no round read them). Each article against its story's two articles (one MemoryIndex per story).
 * The sheet is drawn on main a1b9c05 (a `git archive` export) and judged blind before the branch is read; verdicts in
 * bench/data/conf48-round28.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf48-round28.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf48-round28.ts [--list]            score against the verdicts
 *   --train: round 28b, the train split's stories (2012–2021) less those any title of which an AllSides round read
 *            (verdicts in bench/data/conf48-round28b.tsv)
 */
import { finishRound, groupReadings, ROUND_SUBSETS, roundRows } from './conf37-owners.ts';
import { loadAllSides, loadAllSidesProbe } from './data/allsides.ts';
import { loadPac, PAC_GIT } from './data/pac.ts';

const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

// --train (round 28b): the train split's stories (2012–2021), less every story one of whose titles is a title of the
// AllSides crawl or NeuS probe roundups rounds 1–3, 19, 22 and 23 read (that mirror absent: the train part is skipped).
const train = process.argv.includes('--train');
const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
let docs = loadPac(train ? ['train'] : ['dev', 'test']);
if (docs && train) {
  const crawl = loadAllSides();
  const probe = loadAllSidesProbe(['test', 'val', 'train']);
  if (!crawl || !probe) {
    console.log('skipped: the AllSides mirror is absent, so the train stories read before cannot be left out');
    process.exit(0);
  }
  const read = new Set([...crawl, ...probe].map((d) => norm(d.article.title ?? '')));
  const seen = new Set(docs.filter((d) => read.has(norm(d.title))).map((d) => d.story));
  console.log(`train: ${new Set(docs.map((d) => d.story)).size} stories, ${seen.size} left out (a title read by an AllSides round)`);
  docs = docs.filter((d) => !seen.has(d.story));
}
if (!docs) {
  console.log(`skipped: PAC mirror absent (${PAC_GIT}; fetch github:launchnlp/Partisan-Event-Dataset)`);
  process.exit(0);
}
const { readings, byId, groups } = groupReadings(docs, (d) => d.story);
const t0 = Date.now();
const list = await roundRows(readings, byId);
console.log(`round ${train ? '28b' : '28'}: ${groups} PAC stories (${train ? 'train' : 'dev + test'}), ${docs.length} articles; ${list.length} reported conflicts (unit pairs × kind); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
finishRound(train ? '28b' : '28', list, sheetPath, ROUND_SUBSETS, () => '', new URL(`./data/conf48-round${train ? '28b' : '28'}.tsv`, import.meta.url));
