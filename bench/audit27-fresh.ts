/**
 * audit27: the card audit's numbers on fresh ECB+ readings (docs/notes/audit27.md).
 *
 *   npx tsx bench/audit27-fresh.ts                          # the fresh sheets, with Wilson intervals
 *   npx tsx bench/audit27-fresh.ts 9a 11b 19a 21b 27b 29a 31b 33a   # only these readings
 *   npx tsx bench/audit27-fresh.ts --cards=F.tsv --lines=G.tsv EVENTS…
 *
 * Reads a card sheet in audit14's format (bench/data/audit27-fresh.tsv: key, mark R/P/W/X, cause,
 * note) and a closest-line sheet in ui14's format (bench/data/audit27-closest.tsv: key, in, unit,
 * label para/paramiss/mislead/ok, card mark), rebuilds each reading exactly as
 * bench/audit14-cards.ts does, and asks the side panel's own view (lib/sidebar/view.ts `buildView`)
 * which closest lines it shows under the top-5 added / left-out cards (one per outlet, s ≥ the
 * fitted cut). Prints:
 *   - precision per section, strict R/(R+P+W) and lenient (R+P)/(R+P+W), with 95% Wilson intervals;
 *   - the wrong and partly-right cards by cause;
 *   - per card, the closest lines: how many cards wrong or partly right because a fact is told in
 *     other words ("reword", "split") show the telling (a `para` line), how many right cards show a
 *     line, how many shown lines are misleading.
 * A shown line with no label in the sheet is printed as unjudged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents, wilson } from './audit14-data.ts';
import { buildView } from '../lib/sidebar/view.ts';

const PER = 4;
const TOP = 5;
const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const cardsPath = opt('cards') ?? 'bench/data/audit27-fresh.tsv';
const linesPath = opt('lines') ?? 'bench/data/audit27-closest.tsv';
const rows = (p: string) => readFileSync(p, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

const cards = new Map(rows(cardsPath).map((r) => [r[0]!, { mark: r[1]!, cause: r[2] ?? '' }]));
const labels = new Map(rows(linesPath).map((r) => [`${r[0]} ${r[1]} ${r[2]}`, r[3]!]));
let events = argv.filter((a) => !a.startsWith('--'));
if (!events.length) events = [...new Set([...cards.keys()].map((k) => k.split(':')[0]!))];
// Only the readings asked for (all of the sheet's by default).
for (const k of [...cards.keys()]) if (!events.includes(k.split(':')[0]!)) cards.delete(k);

const f2 = (x: number) => x.toFixed(2);

console.log(`${cardsPath}: ${events.length} readings (${events.join(' ')})`);
for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared'], ['C', 'conflicts']] as const) {
  const n: Record<string, number> = { R: 0, P: 0, W: 0, X: 0 };
  for (const [k, c] of cards) if (k.split(':')[1] === sec) n[c.mark] = (n[c.mark] ?? 0) + 1;
  const all = n.R! + n.P! + n.W!;
  if (!all) {
    console.log(`  ${name}: none`);
    continue;
  }
  const [a, b] = wilson(n.R!, all);
  const [c, d] = wilson(n.R! + n.P!, all);
  console.log(
    `  ${name}: ${all} cards (+${n.X} artefacts): R ${n.R}, P ${n.P}, W ${n.W} — strict ${f2(n.R! / all)} [${f2(a)}, ${f2(b)}], lenient ${f2((n.R! + n.P!) / all)} [${f2(c)}, ${f2(d)}]`,
  );
}
for (const mark of ['W', 'P']) {
  const by = new Map<string, string[]>();
  for (const [k, c] of cards) if (c.mark === mark) by.set(c.cause || '?', [...(by.get(c.cause || '?') ?? []), k]);
  console.log(`  ${mark} by cause: ` + [...by].sort((x, y) => y[1].length - x[1].length).map(([c, ks]) => `${c} ${ks.length} (${ks.map((k) => k.split(':').slice(0, 2).join(':')).join(' ')})`).join('; '));
}

if (!existsSync(ECB_GIT)) {
  console.log(`closest lines skipped: ECB+ mirror absent (${ECB_GIT})`);
  process.exit(0);
}
const byStory = ecbEvents();
const seeds = await loadSet('seeds');
interface Card { key: string; mark: string; cause: string; shown: string[]; unjudged: string[] }
const perCard: Card[] = [];
for (const ev of events) {
  const reading = auditReading(byStory, ev, seeds, PER);
  if (!reading) continue;
  const r = await compareArticle(reading.read, new MemoryIndex(reading.corpus));
  const view = buildView(r);
  const push = (key: string, lines: Array<{ where: string; i: number }>) => {
    const c = cards.get(key) ?? { mark: '?', cause: '' };
    const shown: string[] = [];
    const unjudged: string[] = [];
    for (const l of lines) {
      const label = labels.get(`${key} ${l.where} ${l.i}`);
      if (label) shown.push(label);
      else unjudged.push(`${l.where}#${l.i}`);
    }
    perCard.push({ key, mark: c.mark, cause: c.cause, shown, unjudged });
  };
  // The view keeps the report's order; its items map one to one onto report.added / report.leftOut.
  view.added.slice(0, TOP).forEach((a, k) => push(`${ev}:A:${k + 1}`, a.closest ? [{ where: 'here', i: a.closest.i }] : []));
  view.leftOut.slice(0, TOP).forEach((l, k) => push(`${ev}:L:${k + 1}`, (l.closest ?? []).map((s) => ({ where: s.source.id, i: s.i }))));
}
const unjudged = perCard.flatMap((c) => c.unjudged.map((u) => `${c.key} ${u}`));
const lines = perCard.flatMap((c) => c.shown);
const count = (xs: string[], l: string) => xs.filter((x) => x === l).length;
console.log(`closest lines the panel shows under the top-${TOP} added / left-out cards (buildView): ${lines.length + unjudged.length}` + (unjudged.length ? `, unjudged ${unjudged.length}: ${unjudged.join(', ')}` : ''));
console.log(`  by label: para ${count(lines, 'para')}, paramiss ${count(lines, 'paramiss')}, mislead ${count(lines, 'mislead')}, ok ${count(lines, 'ok')}`);
const reword = perCard.filter((c) => (c.mark === 'W' || c.mark === 'P') && (c.cause === 'reword' || c.cause === 'split'));
for (const mark of ['W', 'P']) {
  const rc = reword.filter((c) => c.mark === mark);
  const withLine = rc.filter((c) => c.shown.length);
  const caught = rc.filter((c) => c.shown.includes('para'));
  console.log(`  ${mark} cards (reword / split): ${rc.length}; a line shown on ${withLine.length}; the line is the telling (para) on ${caught.length} (${caught.map((c) => c.key).join(' ')})`);
}
const right = perCard.filter((c) => c.mark === 'R');
const rightShown = right.filter((c) => c.shown.length);
const rl = right.flatMap((c) => c.shown);
console.log(`  right (R) cards: ${right.length}; with a line shown ${rightShown.length}; lines ${rl.length} (ok ${count(rl, 'ok')}, misleading ${count(rl, 'mislead')})`);
const rest = perCard.filter((c) => c.mark !== 'R' && !reword.includes(c));
const restl = rest.flatMap((c) => c.shown);
console.log(`  other P / W cards: ${rest.length}; lines ${restl.length} (ok ${count(restl, 'ok')}, misleading ${count(restl, 'mislead')}, para ${count(restl, 'para')}, paramiss ${count(restl, 'paramiss')})`);
