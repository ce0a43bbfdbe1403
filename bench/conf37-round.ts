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
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { MN_PER_STORY, textHash } from './conflicts-data.ts';
import { keeps, ownersOf, roundVerdicts, VARIANTS, writeRoundSheet, type FigureRow } from './conf37-owners.ts';
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

interface Row {
  key: string;
  kind: 'figure' | 'quote';
  a: { id: string; i: number };
  b: { id: string; i: number };
  figures: string;
  ta: string;
  tb: string;
  /** The report's `check` flag (figure conflicts only: no owner both sides name). */
  check: boolean;
  owners: FigureRow['owners'];
}
const rows = new Map<string, Row>();
/** Each reading: an article, its index, and which reported pairs are rows. */
const readings: Array<{ article: Article; index: Article[]; fresh: (a: string, b: string) => boolean }> = [];
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
    for (const a of all) readings.push({ article: a, index: all, fresh: (x, y) => !(read15.has(x) && read15.has(y)) });
  }
}
for (const { article, index, fresh } of readings) {
  const d = { id: article.id };
  const report = await compareArticle(article, new MemoryIndex(index));
  for (const c of report.conflicts) {
    const kind = c.kind === 'quote' ? 'quote' : 'figure';
    for (const there of c.there) {
      if (!fresh(d.id, there.id)) continue;
      const a = { id: d.id, i: c.here.i };
      const [p, q] = `${a.id}#${a.i}` < `${there.id}#${there.i}` ? [a, { id: there.id, i: there.i }] : [{ id: there.id, i: there.i }, a];
      const ta = byId.get(p.id)!.units[p.i]!.text;
      const tb = byId.get(q.id)!.units[q.i]!.text;
      const key = textHash(`${kind} ${p.id}#${p.i}:${textHash(ta.slice(0, 50))} ${q.id}#${q.i}:${textHash(tb.slice(0, 50))}`);
      if (rows.has(key)) continue;
      const side = c.sides?.find((s) => s.id === there.id && s.i === there.i);
      const [x, y] = side ? (p.id === a.id ? [side.here, side.there] : [side.there, side.here]) : ['', ''];
      const owners = kind === 'figure' ? ownersOf(byId.get(p.id)!, p.i, byId.get(q.id)!, q.i).owners : [];
      rows.set(key, { key, kind, a: p, b: q, figures: side ? `${x} ≠ ${y}` : '(see texts)', ta, tb, check: !!c.check, owners });
    }
  }
}
const list = [...rows.values()].sort((r, s) => (r.key < s.key ? -1 : 1));
console.log(`round 18${partMn ? 'b' : 'a'}: ${readings.length} ${partMn ? 'Multi-News sources read against their story' : "pages read against the other outlets' pages"}; ${list.length} reported conflicts (unit pairs × kind)`);

if (sheetPath) {
  writeRoundSheet(sheetPath, list);
} else {
  const round = roundVerdicts(new URL('./data/conflicts-round18-verdicts.txt', import.meta.url));
  if (!round) process.exit(0);
  const { verdicts, reasons, score } = round;
  score('main, all conflicts', list);
  score('  figure', list.filter((r) => r.kind === 'figure'));
  score('  quote', list.filter((r) => r.kind === 'quote'));
  score('branch, stated (no check flag)', list.filter((r) => !r.check));
  score('branch, flagged "check"', list.filter((r) => r.check));
  for (const v of VARIANTS) score(`  figures kept by ${v.name}`, list.filter((r) => r.kind === 'figure' && keeps(v.kinds, r)));
  if (process.argv.includes('--list')) {
    for (const r of list) console.log(`[${verdicts.has(r.key) ? (verdicts.get(r.key) ? 'TRUE' : 'false') : '?'}] ${r.key} ${r.kind}${r.check ? ' check' : ''} owners=${r.owners.join(',') || '—'}  (${reasons.get(r.key) ?? ''})`);
  }
}

