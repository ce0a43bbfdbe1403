/**
 * hedge67: the judged top-5 Left-out / Added cards of the dev card sheets (bench/cards63-cards.ts), with the engine's
 * own reports saved once, so that document-level evidence that an outlet "missing" a card's sentence tells it in other
 * words can be measured against the sheets' R / P / W verdicts (docs/notes/hedge67.md). Texts go to /tmp only.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/hedge67-cards.ts --save=/tmp/x.json [--only=gvc,mn,c40,c41,c42,c43,wns,pac]
 *   npx tsx bench/hedge67-cards.ts --fit [--list] [--all] /tmp/x.json   # AUC per signal, τ fitted per half and scored on the other
 *   npx tsx bench/hedge67-cards.ts --check /tmp/main.json /tmp/branch.json  # same cards; the shipped `mayTell` by verdict
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { entityRuns } from '../lib/engine/report.ts';
import { contained, partlyTold, toldElsewhere, toldWithWords } from '../lib/engine/rank.ts';
import { figureValues, stems } from '../lib/nlp/index.ts';
import type { Report } from '../lib/types.ts';
import { cardsOf, type Card } from './audit-cards.ts';
import { events, pooledLabels, sheetFiles } from './cards63-cards.ts';
import { readings } from './cards59-wns.ts';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
if (opt('save')) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  const out: unknown[] = [];
  for await (const { ev, r } of readings(events(opt('only')?.split(',')))) out.push({ half: ev.half, event: ev.event, cards: cardsOf(ev.event, r), report: r });
  writeFileSync(opt('save')!, JSON.stringify(out));
  console.log(`${out.length} readings`);
}

// ---------------------------------------------------------------------------------------------------------------
// --fit: signals per judged card, AUC of reword (W / P whose cause holds "reword") against R, the threshold fitted on
// one half of the sheets and scored on the other (both ways). Halves fixed in the plan (docs/notes/hedge67.md §1).

interface Row {
  half: string;
  key: string;
  section: 'A' | 'L';
  mark: string;
  cause: string;
  /** Per outlet (Left out: each article lacking the whole sentence; Added: this article) its signals. */
  outlets: Array<{ id: string; sig: Record<string, number> }>;
  /** The card's sentence and the nearest sentence of its outlet with the highest p (for --list, to /tmp only). */
  text: string;
  near: string;
}

export const HALVES: Record<'A' | 'L', [string[], string[]]> = {
  L: [['gvc', 'c40', 'c43', 'wns'], ['mn', 'c41', 'c42']],
  A: [['gvc', 'wns'], ['mn', 'pac']],
};

/** The signals of an outlet `there` (its units' texts) against a card's sentence, `s` the report's closest similarity. */
function signals(text: string, s: number, there: string[], df: (w: string) => number, n: number): Record<string, number> {
  // cont exactly as the engine reads it (rank.ts `contained` over `reportWords`' stems); the other shares on content stems.
  const cont = contained(text, new Set(there.flatMap((t) => stems(t))));
  const words = new Set(there.flatMap((t) => stems(t, { keepFunctionWords: false })));
  const mine = [...new Set(stems(text, { keepFunctionWords: false }))];
  const idf = (w: string) => Math.log((n + 1) / (df(w) + 0.5));
  const tot = mine.reduce((t, w) => t + idf(w), 0);
  const wcont = tot ? mine.filter((w) => words.has(w)).reduce((t, w) => t + idf(w), 0) / tot : 0;
  // The card's rarest stems in the reading (in the fewest articles): the share of the rarest third found there.
  const rare = [...mine].sort((a, b) => df(a) - df(b)).slice(0, Math.max(1, Math.ceil(mine.length / 3)));
  const rareShare = rare.length ? rare.filter((w) => words.has(w)).length / rare.length : 0;
  const names = [...new Set(entityRuns(text).flat())];
  const thereNames = new Set(there.flatMap((t) => entityRuns(t).flat()));
  const nameShare = names.length ? names.filter((w) => thereNames.has(w)).length / names.length : -1;
  const figs = [...new Set(figureValues(text).map((q) => String(q.value)))];
  const thereFigs = new Set(there.flatMap((t) => figureValues(t).map((q) => String(q.value))));
  const figShare = figs.length ? figs.filter((v) => thereFigs.has(v)).length / figs.length : -1;
  return { s, cont, p: toldWithWords(s, cont), ps: toldElsewhere(s), wcont, rareShare, nameShare, figShare };
}

function rows(file: string): Row[] {
  const label = pooledLabels(sheetFiles());
  const out: Row[] = [];
  for (const d of JSON.parse(readFileSync(file, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>) {
    const r = d.report;
    const arts = [r.article, ...r.related];
    const n = arts.length;
    const dfm = new Map<string, number>();
    for (const a of arts) for (const w of new Set(a.units.flatMap((u) => stems(u.text, { keepFunctionWords: false })))) dfm.set(w, (dfm.get(w) ?? 0) + 1);
    const df = (w: string) => dfm.get(w) ?? 0;
    const texts = (id: string) => (arts.find((a) => a.id === id)?.units ?? []).map((u) => u.text);
    for (const c of d.cards) {
      if (c.section !== 'A' && c.section !== 'L') continue;
      const l = label.get(`${d.half}:${d.event}|${c.hash}`);
      if (!l) continue;
      const rank = Number(c.key.split(':').pop()) - 1;
      const row: Row = { half: d.half, key: `${d.half}:${c.key}:${c.hash}`, section: c.section, mark: l.mark, cause: l.cause, outlets: [], text: '', near: '' };
      const unit = (id: string, i?: number) => arts.find((a) => a.id === id)?.units.find((u) => u.i === i)?.text ?? '';
      if (c.section === 'L') {
        const f = r.leftOut[rank]!;
        const partly = partlyTold(f);
        const near = new Map((f.closest ?? []).map((x) => [x.id, x.s]));
        for (const id of f.missingFrom.filter((x) => !partly.has(x))) row.outlets.push({ id, sig: signals(f.text, near.get(id) ?? 0, texts(id), df, n) });
        const top = [...row.outlets].sort((a, b) => b.sig.p! - a.sig.p!)[0];
        row.text = f.text;
        row.near = top ? unit(top.id, f.closest?.find((x) => x.id === top.id)?.i) : '';
      } else {
        const f = r.added[rank]!;
        if (!f.novel?.length) row.outlets.push({ id: r.article.id, sig: signals(f.text, f.closest?.s ?? 0, texts(r.article.id), df, n) });
        row.text = f.text;
        row.near = unit(r.article.id, f.closest?.i);
      }
      out.push(row);
    }
  }
  return out;
}

const isReword = (r: Row) => r.mark !== 'R' && /reword/.test(r.cause);
const cardScore = (r: Row, k: string, how: 'max' | 'min' = 'max') => (r.outlets.length ? (how === 'max' ? Math.max : Math.min)(...r.outlets.map((o) => o.sig[k]!)) : -Infinity);

/** Mann–Whitney AUC of the reword cards' scores over the R cards' (cards with no outlet to hedge left out). */
export function auc(pos: number[], neg: number[]): number {
  let t = 0;
  for (const a of pos) for (const b of neg) t += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? t / (pos.length * neg.length) : NaN;
}

function tally(rs: Row[], k: string, tau: number) {
  const hedged = rs.filter((r) => cardScore(r, k) >= tau);
  const definite = rs.filter((r) => !(cardScore(r, k) >= tau));
  const R = (xs: Row[]) => xs.filter((r) => r.mark === 'R').length;
  return {
    caught: hedged.filter(isReword).length,
    caughtW: hedged.filter((r) => isReword(r) && r.mark === 'W').length,
    softened: R(hedged),
    other: hedged.length - hedged.filter(isReword).length - R(hedged),
    strictAll: R(rs) / rs.length,
    strictDefinite: definite.length ? R(definite) / definite.length : NaN,
    n: rs.length,
    hedged: hedged.length,
  };
}

/** τ maximising caught − 2·softened on `rs` (null when the maximum is ≤ 0). */
export function fitTau(rs: Row[], k: string): number | null {
  const cands = [...new Set(rs.map((r) => cardScore(r, k)).filter((x) => Number.isFinite(x)))].sort((a, b) => a - b);
  let best: { tau: number; gain: number } | null = null;
  for (const tau of cands) {
    const t = tally(rs, k, tau);
    const gain = t.caught - 2 * t.softened;
    if (gain > 0 && (!best || gain > best.gain)) best = { tau, gain };
  }
  return best?.tau ?? null;
}

// --check A.json B.json: the judged top-5 cards of two saves are the same (hash and rank), and the Added cards the second
// save's reports mark `mayTell` (the shipped rule) tallied by verdict, as --fit tallies p ≥ MAY_TELL.
if (argv.includes('--check')) {
  const [a, b] = argv.filter((x) => x.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>);
  const same = a!.every((d, k) => JSON.stringify(d.cards) === JSON.stringify(b![k]!.cards));
  const label = pooledLabels(sheetFiles());
  const n: Record<string, number> = {};
  for (const d of b!)
    for (const c of d.cards.filter((x) => x.section === 'A')) {
      const l = label.get(`${d.half}:${d.event}|${c.hash}`);
      if (!l || !d.report.added[Number(c.key.split(':').pop()) - 1]!.mayTell) continue;
      const k = l.mark === 'R' ? 'R' : /reword/.test(l.cause) ? `${l.mark} reword` : 'other';
      n[k] = (n[k] ?? 0) + 1;
    }
  console.log(`cards (hash, rank) identical: ${same}; judged Added cards with mayTell: ${JSON.stringify(n)}`);
}

if (argv.includes('--fit')) {
  const all = rows(argv.find((a) => a.endsWith('.json'))!);
  const f3 = (x: number) => x.toFixed(3);
  for (const sec of ['L', 'A'] as const) {
    const rs = all.filter((r) => r.section === sec);
    const withOutlet = rs.filter((r) => r.outlets.length);
    console.log(`\n== ${sec === 'L' ? 'Left out' : 'Added'}: ${rs.length} judged top-5 cards (R ${rs.filter((r) => r.mark === 'R').length}, reword ${rs.filter(isReword).length} of which W ${rs.filter((r) => isReword(r) && r.mark === 'W').length}); with an outlet to hedge ${withOutlet.length} (R ${withOutlet.filter((r) => r.mark === 'R').length}, reword ${withOutlet.filter(isReword).length})`);
    const [h1, h2] = HALVES[sec].map((hs) => withOutlet.filter((r) => hs.includes(r.half))) as [Row[], Row[]];
    const keys = Object.keys(withOutlet[0]!.outlets[0]!.sig);
    console.log(`  AUC reword vs R (card = max over outlets; min in brackets): signal  H1  H2  all`);
    for (const k of keys) {
      const a = (xs: Row[], how: 'max' | 'min') => f3(auc(xs.filter(isReword).map((r) => cardScore(r, k, how)), xs.filter((r) => r.mark === 'R').map((r) => cardScore(r, k, how))));
      console.log(`    ${k.padEnd(10)} ${a(h1, 'max')} ${a(h2, 'max')} ${a(withOutlet, 'max')}   [${a(h1, 'min')} ${a(h2, 'min')} ${a(withOutlet, 'min')}]`);
    }
    for (const k of argv.includes('--all') ? keys : ['p', 's', 'cont', 'wcont']) {
      for (const [fitName, fit, testName, test] of [['H1', h1, 'H2', h2], ['H2', h2, 'H1', h1]] as const) {
        const tau = fitTau(fit, k);
        if (tau === null) {
          console.log(`  ${k}: fitted on ${fitName}: no τ with caught > 2·softened`);
          continue;
        }
        // Precision over every judged card of the half (cards with no outlet to hedge stay definite).
        const allOf = (name: string) => rs.filter((r) => HALVES[sec][name === 'H1' ? 0 : 1]!.includes(r.half));
        const show = (name: string) => {
          const t = tally(allOf(name), k, tau);
          return `${name}: hedged ${t.hedged} of ${t.n} — reword ${t.caught} (W ${t.caughtW}), R ${t.softened}, other ${t.other}; strict all ${f3(t.strictAll)} → definite ${f3(t.strictDefinite)}`;
        };
        console.log(`  ${k}: τ ${f3(tau)} fitted on ${fitName} | ${show(fitName)} | held ${show(testName)}`);
      }
      const tau = fitTau(withOutlet, k);
      if (tau === null) continue;
      const t = tally(rs, k, tau);
      console.log(`  ${k}: τ ${f3(tau)} fitted on both halves | hedged ${t.hedged} of ${t.n} — reword ${t.caught} (W ${t.caughtW}), R ${t.softened}, other ${t.other}; strict all ${f3(t.strictAll)} → definite ${f3(t.strictDefinite)}`);
      if (argv.includes('--list') && k === 'p')
        for (const r of rs.filter((x) => cardScore(x, k) >= tau)) console.log(`    ${r.key} ${r.mark} ${r.cause} p=${f3(cardScore(r, 'p'))} s=${f3(cardScore(r, 's'))} cont=${f3(cardScore(r, 'cont'))}\n      card: ${r.text}\n      near: ${r.near}`);
    }
  }
}
