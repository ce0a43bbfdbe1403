/**
 * Conflicts round 42 (docs/notes/conf60.md): the pairs of SemEval-2018 Task 5's gun-violence news (bench/data/gvc.ts) that
 * rounds 12–14 never read. Those rounds read every incident told by two outlets or more, but only its first
 * GVC_PER_INCIDENT (4) picks (one article per outlet, `pickPerOutlet`), so a pair with a fifth, sixth … outlet's article
 * was never read. Here: the incidents of the **dev** split (`gvcSplitOf`; the held split is the story benches' held-out
 * set and is not read) with five picks or more, each read whole (every pick against a MemoryIndex of its incident,
 * bench/conf37-owners.ts `groupReadings`, `roundRows`), and only the rows with a side beyond the first four picks kept.
 * The sheet shows neither the card's kind nor its tier nor the row's half.
 *
 * Halves, fixed before any verdict: a row's incident by FNV-1a parity of `gvc42-<incident>` (`half` of
 * bench/conflicts-data.ts): even → dev (its false rows are read for causes), odd → sealed (read once, at the end, on main
 * and on the branch). Verdicts in bench/data/conf60-round42.tsv (key, verdict, the judge's reason; no text). Read from the
 * mirror at run time; nothing of the text is committed.
 *   npx tsx bench/conf60-round.ts --sheet SHEET.txt   the judging sheet (both halves, unmarked)
 *   npx tsx bench/conf60-round.ts [--list]            score the dev half against the verdicts
 *   npx tsx bench/conf60-round.ts --sealed [--list]   both halves (the sealed half: once, at the end)
 *   --dump ROWS.json / --from ROWS.json               keep the rows read / score kept rows (texts: keep them in /tmp)
 *   --half dev|held                                   with --sheet: only that half's rows
 */
import { groupReadings, roundRows, splitRound, type RoundRow } from './conf37-owners.ts';
import { GVC_PER_INCIDENT, half } from './conflicts-data.ts';
import { gvcArticles, gvcItems, gvcSplitOf, GVC_GIT, pickPerOutlet } from './data/gvc.ts';

const items = gvcItems();
if (!items) {
  console.log(`skipped: SemEval-2018 Task 5 mirror absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
  process.exit(0);
}
const byIncident = new Map<string, typeof items>();
for (const it of items) if (gvcSplitOf(it.incident) === 'dev') byIncident.set(it.incident, [...(byIncident.get(it.incident) ?? []), it]);
const docs = [...byIncident.values()].flatMap((list) => {
  const picked = pickPerOutlet(list);
  if (picked.length <= GVC_PER_INCIDENT) return [];
  const read = gvcArticles(picked.slice(0, GVC_PER_INCIDENT)).map((d) => ({ ...d, unread: false }));
  return [...read, ...gvcArticles(picked.slice(GVC_PER_INCIDENT)).map((d) => ({ ...d, unread: true }))];
});
const unread = new Set(docs.filter((d) => d.unread).map((d) => d.article.id));
const incidentOf = new Map(docs.map((d) => [d.article.id, d.incident]));
const { readings, byId, groups } = groupReadings(docs, (d) => d.incident);
for (const r of readings) r.fresh = (a, b) => unread.has(a.id) || unread.has(b.id);
const halfOf = (r: RoundRow) => half(`gvc42-${incidentOf.get(r.a.id)}`);
await splitRound(
  '42',
  () => roundRows(readings, byId),
  (n) => `${groups} GVC dev incidents of five outlets or more, ${docs.length} articles (${unread.size} beyond the first four); ${n} reported conflicts (unit pairs × kind)`,
  halfOf,
  (r) => ` ${halfOf(r)} ${incidentOf.get(r.a.id)}`,
  new URL('./data/conf60-round42.tsv', import.meta.url),
);
