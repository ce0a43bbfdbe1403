/**
 * When is a card's "closest sentence" line worth showing? (ui14; docs/notes/ui14.md)
 *
 * An *Others added* / *Left out* card rests on an absence. The report now gives, per card, the
 * sentence of the other side that comes closest (AddedFact.closest, LeftOutFact.closest: the
 * alignment's own similarity, read off the fact matrix the report aligned). This bench reads the
 * audit14 readings of ECB+ (bench/audit14-cards.ts: the first article of an event against the next 4
 * of its event, the topic's other event and the seeds), takes every line the side panel could show
 * (top 5 cards of Added and Left out; a line for a whole-sentence claim only: an added card without
 * marks, a left-out card's outlets that lack the whole sentence), and joins it with a label sheet:
 *
 *   key  in  unit  label  card      (bench/data/ui14-closest-dev.tsv, …-held.tsv)
 *   key: the audit14 card key (event:A|L:rank); in: `here` (added card) or the other article's id;
 *   unit: the closest unit judged; label: para (the other side tells the card's fact in other words
 *   and this is that sentence), paramiss (it tells it, this is another sentence), mislead (the card
 *   is right for this outlet, but the sentence reads as if it told the fact), ok (right, and the
 *   sentence plainly tells something else), artefact (a card the audit marks X: not counted); card:
 *   the audit sheet's mark of the card (R/P/W/X).
 *   A line whose closest unit is not the judged one is counted as unjudged.
 *
 * It prints, per rule, how many lines each label has shown, and fits the rule's one cut on the sheet
 * given (Youden's J: share of `para` lines shown minus share of the other lines shown). Rules:
 *   s      show when the similarity s ≥ t
 *   free   show when s ≥ t and the closest sentence is itself unaligned with the card's side (no
 *          alignment, no "told differently"): the other outlet's sentence the engine left free
 *
 *   npx tsx bench/ui14-closest.ts --sheet=bench/data/ui14-closest-dev.tsv            # fit on dev
 *   npx tsx bench/ui14-closest.ts --sheet=bench/data/ui14-closest-held.tsv --rule=free --cut=0.1   # report a fixed rule
 *   npx tsx bench/ui14-closest.ts --show 1b 3b …     # print every line with s and free (to judge a sheet)
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { closestLines } from '../lib/sidebar/view.ts';
import type { Report } from '../lib/types.ts';

const PER = 4;
const TOP = 5;
const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const sheetPath = opt('sheet');
const show = argv.includes('--show');
const fixedRule = opt('rule') as 'free' | 's' | undefined;
const fixedCut = opt('cut') !== undefined ? Number(opt('cut')) : undefined;
if (!existsSync(ECB_GIT)) {
  console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
  process.exit(0);
}

type Label = 'para' | 'paramiss' | 'mislead' | 'ok' | 'artefact';
const sheet = new Map<string, { unit: number; label: Label; card: string }>();
if (sheetPath) {
  for (const l of readFileSync(sheetPath, 'utf8').trim().split('\n').slice(1)) {
    const [key, where, unit, label, card] = l.split('\t');
    sheet.set(`${key} ${where}`, { unit: Number(unit), label: label as Label, card: card ?? '' });
  }
}
const events = argv.filter((a) => !a.startsWith('--'));
if (events.length === 0) for (const k of sheet.keys()) if (!events.includes(k.split(':')[0]!)) events.push(k.split(':')[0]!);

interface Line {
  key: string;
  where: string;
  unit: number;
  s: number;
  free: boolean;
  text: string;
}

const byStory = ecbEvents();
const seeds = await loadSet('seeds');
const lines: Line[] = [];
for (const ev of events) {
  const reading = auditReading(byStory, ev, seeds, PER);
  if (!reading) continue;
  const r: Report = await compareArticle(reading.read, new MemoryIndex(reading.corpus));
  const units = (id: string) => (id === r.article.id ? r.article.units : r.related.find((a) => a.id === id)?.units ?? []);
  r.added.slice(0, TOP).forEach((f, k) => {
    for (const c of closestLines(r, f, null)) lines.push({ key: `${ev}:A:${k + 1}`, where: 'here', unit: c.i, s: c.s, free: c.free, text: units(r.article.id)[c.i]?.text ?? '' });
  });
  r.leftOut.slice(0, TOP).forEach((f, k) => {
    for (const c of closestLines(r, f, null)) lines.push({ key: `${ev}:L:${k + 1}`, where: c.id, unit: c.i, s: c.s, free: c.free, text: units(c.id)[c.i]?.text ?? '' });
  });
}

if (show) for (const l of lines) console.log(`${l.key}\t${l.where}\t${l.unit}\t${l.s.toFixed(3)}\t${l.free ? 'free' : 'aligned'}\t${l.text.slice(0, 160)}`);
if (!sheetPath) process.exit(0);

const judged = lines.map((l) => {
  const j = sheet.get(`${l.key} ${l.where}`);
  return { ...l, label: j && j.unit === l.unit ? j.label : null, card: j?.card ?? '?' };
});
const unjudged = judged.filter((l) => l.label === null);
// A card the audit calls an artefact of ECB+'s token text (X) is not counted, as in bench/audit14-sheet.ts.
const counted = judged.filter((l): l is typeof l & { label: Exclude<Label, 'artefact'> } => l.label !== null && l.label !== 'artefact');
console.log(`${sheetPath}: ${lines.length} lines (whole-sentence claims, top ${TOP} cards) over ${events.length} readings; judged ${counted.length}, artefacts ${judged.length - counted.length - unjudged.length}, unjudged ${unjudged.length}`);
for (const l of unjudged) console.log(`  unjudged: ${l.key} ${l.where} #${l.unit} (${l.s.toFixed(3)})`);
type Counted = Exclude<Label, 'artefact'>;
const labels: Counted[] = ['para', 'paramiss', 'mislead', 'ok'];
const total = Object.fromEntries(labels.map((x) => [x, counted.filter((l) => l.label === x).length])) as Record<Counted, number>;
console.log(`  labels: ${labels.map((x) => `${x} ${total[x]}`).join(', ')}`);

type Rule = 'all' | 's' | 'free';
const shown = (rule: Rule, t: number, l: { s: number; free: boolean }) => rule === 'all' || (l.s >= t && (rule !== 'free' || l.free));
function row(rule: Rule, t: number): { J: number; text: string } {
  const n = Object.fromEntries(labels.map((x) => [x, counted.filter((l) => l.label === x && shown(rule, t, l)).length])) as Record<Counted, number>;
  const others = total.paramiss + total.mislead + total.ok;
  const J = (total.para ? n.para / total.para : 0) - (others ? (n.paramiss + n.mislead + n.ok) / others : 0);
  const lineCount = n.para + n.paramiss + n.mislead + n.ok;
  return {
    J,
    text:
      `${rule.padEnd(4)} t=${t.toFixed(3)}: shown ${lineCount} — para ${n.para}/${total.para}, paramiss ${n.paramiss}/${total.paramiss}, ` +
      `mislead ${n.mislead}/${total.mislead}, ok ${n.ok}/${total.ok}; of shown, para ${lineCount ? (n.para / lineCount).toFixed(2) : '–'}; J ${J.toFixed(3)}`,
  };
}
console.log('  ' + row('all', 0).text);
/** On the cards the audit judged right (R): lines shown, and of those the ones that read as if the outlet told the fact. */
/** Per card: cards where some outlet tells the fact in other words (a para or paramiss line), those whose closest line is that sentence for some outlet, and those showing it. */
const byCard = (rule: Rule, t: number) => {
  const told = new Set(counted.filter((l) => l.label === 'para' || l.label === 'paramiss').map((l) => l.key));
  const para = counted.filter((l) => l.label === 'para');
  const hit = new Set(para.map((l) => l.key));
  const seen = new Set(para.filter((l) => shown(rule, t, l)).map((l) => l.key));
  return `    cards told elsewhere in other words: ${told.size}; the closest sentence is that telling for ${hit.size}; shown on ${seen.size}`;
};
const onRight = (rule: Rule, t: number) => {
  const r = counted.filter((l) => l.card === 'R');
  const sh = r.filter((l) => shown(rule, t, l));
  return `    on right (R) cards: ${sh.length} of ${r.length} lines shown (cards ${new Set(sh.map((l) => l.key)).size} of ${new Set(r.map((l) => l.key)).size}), misleading ${sh.filter((l) => l.label === 'mislead').length} of ${r.filter((l) => l.label === 'mislead').length}`;
};
if (fixedRule && fixedCut !== undefined) {
  console.log('  ' + row(fixedRule, fixedCut).text);
  console.log(onRight(fixedRule, fixedCut));
  console.log(byCard(fixedRule, fixedCut));
} else {
  for (const rule of ['s', 'free'] as const) {
    // The cut: the similarity of one of the judged lines (the J of a cut between two of them is that of the upper one).
    const cuts = [...new Set(counted.map((l) => l.s))].sort((a, b) => a - b);
    let best = { t: 0, J: -Infinity };
    for (const t of [0, ...cuts]) {
      const { J } = row(rule, t);
      if (J > best.J + 1e-12) best = { t, J };
    }
    console.log(`  fitted ${row(rule, best.t).text}`);
    console.log(onRight(rule, best.t));
    console.log(byCard(rule, best.t));
  }
  // A view of the s rule's trade-off.
  for (const t of [0.08, 0.1, 0.12, 0.14, 0.16, 0.2]) console.log('    ' + row('s', t).text);
  for (const t of [0.08, 0.1, 0.12, 0.14]) console.log('    ' + row('free', t).text);
}
