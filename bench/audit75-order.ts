/**
 * audit75: does where an outlet's closest sentence stands separate a Left-out card that names an outlet telling the fact
 * in other words from a right one? (docs/notes/audit75.md §1, item 3.) Reads hedge67's saved reports of the card
 * sheets' 119 readings and the sheets' verdicts; per judged top-5 Left-out card and per outlet named as lacking the
 * whole sentence (page unit i, outlet O, O's closest unit c with similarity s):
 *   free  — c is paired with no page unit (no Shared card of the report lists O#c);
 *   added — c is a source of one of the report's Added cards (told nowhere on the page);
 *   slot  — c stands between the O units paired with the page's nearest paired units before and after i;
 *   both  — free ∧ slot; sFree — s when free, 0 otherwise; s — the closest similarity itself (the reference).
 * A card's score is the max over its outlets. Positives: not R with cause "reword"; negatives: R. AUC per hedge67 half
 * and pooled; for binary signals the counts (caught reword / softened R); for continuous ones τ fitted on one half
 * (caught − 2·softened, hedge67's cost) and scored on the other.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/hedge67-cards.ts --save=/tmp/r.json    # main's reports (once)
 *   ZYTE_HTML_DIR= npx tsx bench/audit75-order.ts --save-panel=/tmp/p.json   # the panel audits 70–75's readings
 *   npx tsx bench/audit75-order.ts /tmp/r.json /tmp/p.json [--list]        # (the panel's τ: fitted on both sheet halves)
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../lib/types.ts';
import { figureValues, stems } from '../lib/nlp/index.ts';
import type { Card } from './audit-cards.ts';
import { cardsOf } from './audit-cards.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';
import { readings } from './cards59-wns.ts';
import { LOADERS as L70, panelReadings } from './audit70-shots.ts';
import { LOADERS as L71 } from './audit71-shots.ts';
import { LOADERS as L74 } from './audit74-shots.ts';
import { LOADERS as L75 } from './audit75-shots.ts';
import { writeFileSync } from 'node:fs';

const HALVES: [string[], string[]] = [['gvc', 'c40', 'c43', 'wns'], ['mn', 'c41', 'c42']];
const KEYS = ['free', 'added', 'slot', 'both', 'sFree', 's', 'twin', 'twinS', 'cover', 'len', 'fig'] as const;
type Sig = Record<(typeof KEYS)[number], number>;
interface Row { half: string; key: string; reword: boolean; mark: string; cause: string; sig: Sig; text: string; outlets: string[] }

/** The signals of outlet `o` for the page's unit `i` (the card) given the report's pairs. */
export function orderSignals(r: Report, i: number, o: string, c: number | undefined, s: number): Sig {
  const pairs = r.shared.flatMap((f) => f.sources.filter((x) => x.id === o).map((x) => [f.i, x.i] as const));
  const paired = new Set(pairs.map((p) => p[1]));
  const addedU = new Set(r.added.flatMap((f) => f.sources.filter((x) => x.id === o).map((x) => x.i)));
  const before = pairs.filter((p) => p[0] < i).sort((a, b) => b[0] - a[0] || b[1] - a[1])[0];
  const after = pairs.filter((p) => p[0] > i).sort((a, b) => a[0] - b[0] || a[1] - b[1])[0];
  const lo = before?.[1] ?? -Infinity;
  const hi = after?.[1] ?? Infinity;
  const free = c !== undefined && !paired.has(c) ? 1 : 0;
  const slot = c !== undefined && (before || after) && lo < c && c < hi ? 1 : 0;
  // twin: the page tells the fact twice — O's closest unit is paired with another page unit i' and i' shares the card's
  // content words (Dice of content stems of i and i'); twinS: that pair's own similarity when twin > 0.
  const text = (k: number) => r.article.units.find((u) => u.i === k)?.text ?? '';
  const dice = (a: string, b: string) => {
    const x = new Set(stems(a, { keepFunctionWords: false }));
    const y = new Set(stems(b, { keepFunctionWords: false }));
    return x.size + y.size ? (2 * [...x].filter((w) => y.has(w)).length) / (x.size + y.size) : 0;
  };
  let twin = 0;
  let twinS = 0;
  for (const f of r.shared)
    for (const x of f.sources)
      if (x.id === o && x.i === c && f.i !== i) {
        const d = dice(text(i), text(f.i));
        if (d > twin) [twin, twinS] = [d, x.s ?? 0];
      }
  // cover: the share of the page's facts O is paired with (how much of the page's story O tells); len: O's units.
  const cover = new Set(pairs.map((p) => p[0])).size / Math.max(1, r.article.units.filter((u) => u.fact !== false).length);
  const len = r.related.find((a) => a.id === o)?.units.length ?? 0;
  // fig: O's closest unit or a neighbour (c − 1, c + 1: an anaphora's antecedent, "the same amount") gives a figure of the
  // card's (same value; -1 when the card gives none).
  const figs = new Set(figureValues(text(i)).map((q) => String(q.value)));
  const units = r.related.find((a) => a.id === o)?.units ?? [];
  const near = c === undefined ? [] : units.filter((u) => Math.abs(u.i - c) <= 1).flatMap((u) => figureValues(u.text).map((q) => String(q.value)));
  const fig = figs.size ? (near.some((v) => figs.has(v)) ? 1 : 0) : -1;
  return { free, added: c !== undefined && addedU.has(c) ? 1 : 0, slot, both: free && slot, sFree: free ? s : 0, s, twin, twinS, cover, len, fig };
}

/** The panel audits' labels (sheets a70, a71 then a71h, a74, a75) keyed "sheet:event|hash". */
function panelLabels(): Map<string, { mark: string; cause: string }> {
  const out = new Map<string, { mark: string; cause: string }>();
  for (const f of ['audit70', 'audit71', 'audit74', 'audit75'])
    for (const l of readFileSync(`bench/data/${f}-cards.tsv`, 'utf8').trim().split('\n').slice(1)) {
      const x = l.split('\t');
      const key = `${x[0] === 'a71h' ? 'a71' : x[0]}:${x[1]!.split(':')[0]}|${x[2]}`;
      if (!out.has(key)) out.set(key, { mark: x[3]!, cause: x[4] ?? '' });
    }
  return out;
}

function rows(file: string): Row[] {
  const label = new Map([...pooledLabels(sheetFiles()), ...panelLabels()]);
  const out: Row[] = [];
  for (const d of JSON.parse(readFileSync(file, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>) {
    for (const card of d.cards) {
      if (card.section !== 'L') continue;
      const l = label.get(`${d.half}:${d.event}|${card.hash}`);
      if (!l) continue;
      const f = d.report.leftOut[Number(card.key.split(':').pop()) - 1]!;
      const partly = new Set((f.partly ?? []).map((p) => p.id));
      const outlets = f.missingFrom.filter((x) => !partly.has(x));
      if (!outlets.length) continue;
      const sigs = outlets.map((o) => {
        const near = f.closest?.find((x) => x.id === o);
        return orderSignals(d.report, f.i, o, near?.i, near?.s ?? 0);
      });
      const sig = Object.fromEntries(KEYS.map((k) => [k, Math.max(...sigs.map((x) => x[k]))])) as Sig;
      out.push({ half: d.half, key: `${d.half}:${card.key}`, reword: l.mark !== 'R' && /reword/.test(l.cause), mark: l.mark, cause: l.cause, sig, text: f.text, outlets });
    }
  }
  return out;
}

function auc(pos: number[], neg: number[]): number {
  let t = 0;
  for (const a of pos) for (const b of neg) t += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? t / (pos.length * neg.length) : NaN;
}
const count = (rs: Row[], k: keyof Sig, tau: number) => ({
  caught: rs.filter((r) => r.reword && r.sig[k] >= tau).length,
  softened: rs.filter((r) => r.mark === 'R' && r.sig[k] >= tau).length,
});
function fit(rs: Row[], k: keyof Sig): number | null {
  let best: { tau: number; gain: number } | null = null;
  for (const tau of [...new Set(rs.map((r) => r.sig[k]))].sort((a, b) => a - b)) {
    const c = count(rs, k, tau);
    const gain = c.caught - 2 * c.softened;
    if (gain > 0 && (!best || gain > best.gain)) best = { tau, gain };
  }
  return best?.tau ?? null;
}

const argv = process.argv.slice(2);
// --save-panel=F: the panel audits 70, 71, 74 and 75's readings (their own corpora, no zyte page: run with ZYTE_HTML_DIR=)
// saved as hedge67's --save saves the card sheets', halves a70 a71 a74 a75.
const savePanel = argv.find((a) => a.startsWith('--save-panel='))?.slice(13);
if (savePanel) {
  const out: unknown[] = [];
  for (const [half, loaders] of [['a70', L70], ['a71', L71], ['a74', L74], ['a75', L75]] as const) {
    const evs = Object.entries(loaders).flatMap(([name, load]) => { const articles = load(); return articles ? [{ name, articles }] : []; });
    for await (const { ev, r } of readings(panelReadings(evs, half))) out.push({ half, event: ev.event, cards: cardsOf(ev.event, r), report: r });
  }
  writeFileSync(savePanel, JSON.stringify(out));
  console.log(`${out.length} panel readings`);
  process.exit(0);
}
const all = argv.filter((a) => a.endsWith('.json')).flatMap((f) => rows(f));
const PANEL = ['a70', 'a71', 'a74', 'a75'];
const halves = HALVES.map((h) => all.filter((r) => h.includes(r.half)));
const panel = all.filter((r) => PANEL.includes(r.half));
const line = (rs: Row[]) => `${rs.filter((r) => r.reword).length} reword / ${rs.filter((r) => r.mark === 'R').length} R / ${rs.filter((r) => !r.reword && r.mark !== 'R').length} other`;
console.log(`judged top-5 Left-out cards with an outlet lacking the whole sentence: ${all.length} (${line(all)}); H1 ${line(halves[0]!)}; H2 ${line(halves[1]!)}; panel audits 70–75 ${line(panel)}`);
for (const k of KEYS) {
  const a = (rs: Row[]) => auc(rs.filter((r) => r.reword).map((r) => r.sig[k]), rs.filter((r) => r.mark === 'R').map((r) => r.sig[k])).toFixed(3);
  const binary = all.every((r) => r.sig[k] === 0 || r.sig[k] === 1);
  let tail: string;
  if (binary) tail = halves.map((h, n) => { const c = count(h, k, 1); return `H${n + 1} caught ${c.caught} softened ${c.softened}`; }).join('; ');
  else
    tail = [0, 1].map((n) => {
      const tau = fit(halves[n]!, k);
      if (tau === null) return `fit on H${n + 1}: nothing gains`;
      const c = count(halves[1 - n]!, k, tau);
      return `τ ${tau.toFixed(3)} fitted on H${n + 1} → H${2 - n} caught ${c.caught} softened ${c.softened}`;
    }).join('; ');
  const pc = count(panel, k, binary ? 1 : (fit([...halves[0]!, ...halves[1]!], k) ?? Infinity));
  console.log(`${k.padEnd(6)} AUC pooled ${a(all)}, H1 ${a(halves[0]!)}, H2 ${a(halves[1]!)}, panel ${a(panel)} | ${tail} | panel caught ${pc.caught} softened ${pc.softened}`);
}
if (argv.includes('--list'))
  for (const r of all.filter((x) => x.reword || x.mark === 'R').sort((a, b) => Number(b.reword) - Number(a.reword)))
    console.log(`${r.reword ? 'REWORD' : 'R     '} ${r.key} ${KEYS.map((k) => `${k}=${r.sig[k].toFixed(2)}`).join(' ')} | ${r.text.slice(0, 100)}`);
