/**
 * Conflicts round 40 (docs/notes/conf58.md): the Fake News Challenge's article bodies (FNC-1 from Emergent, 2014-15 web news,
 * bench/data/fnc.ts), never read for conflicts before. Bodies are grouped into stories by the claim they report (`fncClaims`:
 * the stance files' related headline–body pairs); each body is its own outlet (the bodies do not name theirs). Every claim read
 * whole: each body against a MemoryIndex of its claim (bench/conf37-owners.ts `groupReadings`, `roundRows`), every row main
 * shows; the sheet shows neither the card's kind nor its tier nor the row's half.
 *
 * Halves, fixed before any verdict: a row's claim name by FNV-1a parity (`half` of bench/conflicts-data.ts): even → dev (its
 * false rows are read for causes), odd → sealed (read once, at the end, on main and on the branch).
 * Verdicts in bench/data/conf58-round40.tsv (key, verdict, the judge's reason; no text), judged blind on main 92321c16 before
 * any code change. Read from the mirrors at run time; nothing of the text is committed.
 *   npx tsx bench/conf58-round.ts --sheet SHEET.txt   the judging sheet (both halves, unmarked)
 *   npx tsx bench/conf58-round.ts [--list]            score the dev half against the verdicts
 *   npx tsx bench/conf58-round.ts --sealed [--list]   both halves (the sealed half: once, at the end)
 *   --dump ROWS.json / --from ROWS.json               keep the rows read / score kept rows (texts: keep them in /tmp)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { finishRound, groupReadings, roundArgs, roundRows, ROUND_SUBSETS, type RoundRow } from './conf37-owners.ts';
import { half } from './conflicts-data.ts';
import { FNC_GIT, fncClaims, loadFnc } from './data/fnc.ts';

const { sheetPath } = roundArgs();
const claims = fncClaims();
const docs = loadFnc()?.filter((d) => claims.has(d.id));
if (!docs?.length) {
  console.log(`skipped: FNC-1 mirror or its stances absent (${FNC_GIT}; fetch github:FakeNewsChallenge/fnc-1 and github:vijay-14/Fake-News-Stance-Detection)`);
  process.exit(0);
}
const claimOf = (d: { id: string }) => claims.get(d.id)!;
const { readings, byId, groups } = groupReadings(docs, claimOf);
const t0 = Date.now();
// --dump FILE: keep the rows (with their texts; /tmp only, never committed) for --from FILE, which scores them without reading again.
const from = process.argv.indexOf('--from');
const dump = process.argv.indexOf('--dump');
const list: RoundRow[] = from >= 0 ? JSON.parse(readFileSync(process.argv[from + 1]!, 'utf8')) : await roundRows(readings, byId);
if (dump >= 0) writeFileSync(process.argv[dump + 1]!, JSON.stringify(list));
console.log(`round 40: ${groups} FNC-1 claims, ${docs.length} bodies; ${list.length} reported conflicts (unit pairs × kind); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const halfOf = (r: RoundRow) => half(claims.get(r.a.id)!);
const subsets: Array<[string, (r: RoundRow) => boolean]> = ['dev', 'held'].flatMap((h) => ROUND_SUBSETS.map(([n, keep]): [string, (r: RoundRow) => boolean] => [`${h === 'dev' ? 'dev' : 'sealed'} ${n}`, (r) => halfOf(r) === h && keep(r)]));
// The sealed half is scored only with --sealed (read once, at the end); --list then lists its rows too.
const sealed = process.argv.includes('--sealed');
const verdicts = new URL('./data/conf58-round40.tsv', import.meta.url);
if (sheetPath) finishRound('40', list, sheetPath, []);
else finishRound('40', list.filter((r) => sealed || halfOf(r) === 'dev'), undefined, subsets.filter(([n]) => sealed || n.startsWith('dev')), (r) => ` ${halfOf(r)} ${claims.get(r.a.id)}`, verdicts);
