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
 *   --half dev|held                                   with --sheet: only that half's rows (bench/conf37-owners.ts `splitRound`)
 */
import { groupReadings, roundRows, splitRound, type RoundRow } from './conf37-owners.ts';
import { half } from './conflicts-data.ts';
import { FNC_GIT, fncClaims, loadFnc } from './data/fnc.ts';

const claims = fncClaims();
const docs = loadFnc()?.filter((d) => claims.has(d.id));
if (!docs?.length) {
  console.log(`skipped: FNC-1 mirror or its stances absent (${FNC_GIT}; fetch github:FakeNewsChallenge/fnc-1 and github:vijay-14/Fake-News-Stance-Detection)`);
  process.exit(0);
}
const { readings, byId, groups } = groupReadings(docs, (d) => claims.get(d.id)!);
const halfOf = (r: RoundRow) => half(claims.get(r.a.id)!);
await splitRound(
  '40',
  () => roundRows(readings, byId),
  (n) => `${groups} FNC-1 claims, ${docs.length} bodies; ${n} reported conflicts (unit pairs × kind)`,
  halfOf,
  (r) => ` ${halfOf(r)} ${claims.get(r.a.id)}`,
  new URL('./data/conf58-round40.tsv', import.meta.url),
);
