/**
 * rank34: which cards the "how sure" factor brings into a top 5 and which it pushes out (docs/notes/rank34.md).
 *
 * For each reading of a card audit (audit30's Multi-News dev half, `--half=held` its held half, or `--gvc` audit29's
 * GVC readings) the report is built once; the order without the factor is the same report ranked again with every
 * card's `closest` dropped (then `sureAbsent` is the same for every card of a section, so the order is care alone:
 * main's rank.ts). Both orders' top 5 are keyed and hashed as the audits do (`cardsOf`) and joined with the sheet.
 * Prints, per section, R / P / W for both orders and each card that enters or leaves a top 5 with its mark.
 *
 *   npx tsx bench/rank34-cards.ts                 # Multi-News dev, audit30's 16 readings, bench/data/audit30-cards.tsv
 *   npx tsx bench/rank34-cards.ts --gvc           # GVC, audit29's 15 readings, bench/data/audit29-cards.tsv
 *   npx tsx bench/rank34-cards.ts --half=held     # Multi-News held, audit31's 16 readings (read once, at the end)
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article, Report } from '../lib/types.ts';
import { cardsOf } from './audit-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { gvcReadings } from './audit29-cards.ts';
import { careOnly } from './rank34-care.ts';

const argv = process.argv.slice(2);
const gvc = argv.includes('--gvc');
const held = argv.includes('--half=held');
const sheet = gvc ? 'bench/data/audit29-cards.tsv' : held ? 'bench/data/audit31-cards.tsv' : 'bench/data/audit30-cards.tsv';
const readings: Array<{ event: string; read: Article; own: Article[] }> = gvc
  ? gvcReadings(15).map((r) => ({ event: r.incident, read: r.read, own: r.own }))
  : mnReadings(16, held ? 'held' : 'dev').map((r) => ({ event: r.story, read: r.read, own: r.own }));

const labels = new Map(readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, x[2]!]));
const distractors = [...(await loadSet('seeds')), ...loadZyte()];

type Count = Record<string, Record<string, number>>;
const tally: Record<'old' | 'new', Count> = { old: {}, new: {} };
const moves: string[] = [];
for (const rd of readings) {
  const r = await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors]));
  const now = cardsOf(rd.event, r).filter((c) => c.section !== 'C');
  const before = cardsOf(rd.event, careOnly(r)).filter((c) => c.section !== 'C');
  for (const [which, cards] of [['old', before], ['new', now]] as const) {
    for (const c of cards) {
      const m = labels.get(`${rd.event}|${c.hash}`) ?? '?';
      const s = (tally[which][c.section] ??= {});
      s[m] = (s[m] ?? 0) + 1;
    }
  }
  const had = new Set(before.map((c) => c.hash));
  const has = new Set(now.map((c) => c.hash));
  for (const c of now) if (!had.has(c.hash)) moves.push(`  in  ${c.key} ${c.hash} ${labels.get(`${rd.event}|${c.hash}`) ?? '?'}`);
  for (const c of before) if (!has.has(c.hash)) moves.push(`  out ${c.key} ${c.hash} ${labels.get(`${rd.event}|${c.hash}`) ?? '?'}`);
}

console.log(`${sheet}: ${readings.length} readings; top 5 by care alone (main) → care × how sure (rank34)`);
const f2 = (x: number) => x.toFixed(2);
for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared']] as const) {
  const row = (c: Count) => {
    const s = c[sec] ?? {};
    const R = s.R ?? 0, P = s.P ?? 0, W = s.W ?? 0, U = s['?'] ?? 0;
    const n = R + P + W;
    return `R ${R} P ${P} W ${W}${U ? ` unlabelled ${U}` : ''} — strict ${n ? f2(R / n) : '–'}, lenient ${n ? f2((R + P) / n) : '–'}`;
  };
  console.log(`  ${name}: ${row(tally.old)}  →  ${row(tally.new)}`);
}
console.log(`cards entering / leaving a top 5 (${moves.length}):`);
for (const m of moves) console.log(m);
