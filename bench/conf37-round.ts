/**
 * Conflicts round 18 (docs/notes/conf37.md): a fresh blind round on a source no conflicts round has read —
 * SeniorResearch's 170 news pages of ten outlets (abc, bbc, cbs, cnn, dw, fox, huff, nbc, verge, yahoo; mostly
 * July–August 2018 and May 2019; bench/data/senior.ts, read the way the product reads a page). No licence is stated,
 * so nothing of the text is committed: a verdict keeps a 16-hex hash of the pair (as bench/conf36-round.ts keys it)
 * and the judge's reason in his own words.
 * Read as a reader's corpus: each page against a MemoryIndex of itself and every page of the other nine outlets (the
 * pages' dates are partly missing, so no window); the engine decides what is the same story. Every reported conflict
 * is one row (one per unit pair and kind, figure or quote, whichever page's reading reported it).
 *   npx tsx bench/conf37-round.ts --sheet SHEET.txt     the judging sheet (both units and the card's figures or wordings)
 *   npx tsx bench/conf37-round.ts [--list]              score against bench/data/conflicts-round18-verdicts.txt
 * Round 18a (SeniorResearch) reported no conflict at all; round 18b (--part=mn, same flags) reads the Multi-News
 * sources round 15 never read: the 12 LongBench stories with more than MN_PER_STORY sources, each story read whole
 * (every source against a MemoryIndex of the story's sources), rows only for pairs with a source past the fourth.
 * The sheet shows what the card shows, never the engine's reasons, the owners read or the `check` flag.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { MN_PER_STORY } from './conflicts-data.ts';
import { keeps, ownersOf, finishRound, roundRows, VARIANTS, type FigureRow, type RoundReading, type RoundRow } from './conf37-owners.ts';
import { MULTINEWS_GIT, multiNewsArticles, multiNewsStories, pickSources } from './data/multinews.ts';
import { loadSenior, SENIOR_GIT } from './data/senior.ts';

const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

if (!process.argv.includes('--part=mn') && !existsSync(SENIOR_GIT)) {
  console.log(`skipped: SeniorResearch mirror absent (${SENIOR_GIT}; fetch github:AdamClarkStandke/SeniorResearch)`);
  process.exit(0);
}
/** --part=mn: round 18b, the Multi-News sources round 15 never read (see the note). Else 18a, SeniorResearch. */
const partMn = process.argv.includes('--part=mn');
const docs = partMn ? [] : loadSenior()!;
const byId = new Map<string, Article>(docs.map((d) => [d.id, d.article]));

interface Row extends RoundRow {
  owners: FigureRow['owners'];
}
/** Each reading: an article, its index, and which reported pairs are rows. */
const readings: RoundReading[] = [];
for (const d of docs) readings.push({ article: d.article, index: docs.filter((e) => e === d || e.outlet !== d.outlet).map((e) => e.article), fresh: () => true });
if (partMn) {
  const stories = multiNewsStories();
  if (!stories) {
    console.log(`skipped: Multi-News mirror absent (${MULTINEWS_GIT})`);
    process.exit(0);
  }
  for (const s of stories) {
    if (pickSources(s.sources, Infinity).length <= MN_PER_STORY) continue;
    const all = multiNewsArticles(s, Infinity);
    const read15 = new Set(multiNewsArticles(s, MN_PER_STORY).map((a) => a.id));
    for (const a of all) byId.set(a.id, a);
    for (const a of all) readings.push({ article: a, index: all, fresh: (x, y) => !(read15.has(x.id) && read15.has(y.id)) });
  }
}
const list: Row[] = (await roundRows(readings, byId)).map((r) => ({
  ...r,
  owners: r.kind === 'figure' ? ownersOf(byId.get(r.a.id)!, r.a.i, byId.get(r.b.id)!, r.b.i).owners : [],
}));
console.log(`round 18${partMn ? 'b' : 'a'}: ${readings.length} ${partMn ? 'Multi-News sources read against their story' : "pages read against the other outlets' pages"}; ${list.length} reported conflicts (unit pairs × kind)`);

finishRound('18', list, sheetPath, [
  ['main, all conflicts', () => true],
  ['  figure', (r) => r.kind === 'figure'],
  ['  quote', (r) => r.kind === 'quote'],
  ['branch, stated (no check flag)', (r) => !r.check],
  ['branch, flagged "check"', (r) => r.check],
  ...VARIANTS.map((v): [string, (r: Row) => boolean] => [`  figures kept by ${v.name}`, (r) => r.kind === 'figure' && keeps(v.kinds, r)]),
], (r) => ` owners=${r.owners.join(',') || '—'}`);
