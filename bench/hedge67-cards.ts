/**
 * hedge67: the judged top-5 Left-out / Added cards of the dev card sheets (bench/cards63-cards.ts), with the engine's
 * own reports saved once, so that document-level evidence that an outlet "missing" a card's sentence tells it in other
 * words can be measured against the sheets' R / P / W verdicts (docs/notes/hedge67.md). Texts go to /tmp only.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/hedge67-cards.ts --save=/tmp/x.json [--only=gvc,mn,c40,c41,c42,c43,wns,pac]
 *   npx tsx bench/hedge67-cards.ts --fit [--list] [--all] /tmp/x.json   # AUC per signal, τ fitted per half and scored on the other
 *   npx tsx bench/hedge67-cards.ts --check /tmp/main.json /tmp/branch.json  # same cards; a branch's `mayTell` by verdict
 *   npx tsx bench/hedge67-cards.ts --sample=20 [--band=short] F.json; … --judged=V.tsv F.json  # hedge67b's blind sheets
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
  /** The units of the reading's page (this article), for the rates by page length. */
  units: number;
  page: string;
}

export const HALVES: Record<'A' | 'L', [string[], string[]]> = {
  L: [['gvc', 'c40', 'c43', 'wns'], ['mn', 'c41', 'c42']],
  A: [['gvc', 'wns'], ['mn', 'pac']],
};

const WIN = Number(opt('win') ?? 3);
const WINS = new WeakMap<string[], Array<Set<string>>>();
const WINS_ALL = new WeakMap<string[], Array<Set<string>>>();
const PRE = new WeakMap<string[], { all: Set<string>; words: Set<string> }>();

/** The signals of an outlet `there` (its units' texts) against a card's sentence, `s` the report's closest similarity. */
function signals(text: string, s: number, there: string[], df: (w: string) => number, n: number): Record<string, number> {
  // cont exactly as the engine reads it (rank.ts `contained` over `reportWords`' stems: content stems since hedge68, so
  // cont and ccont now agree; hedge67's tables were read with function words kept); the other shares on content stems.
  const pre = PRE.get(there) ?? PRE.set(there, { all: new Set(there.flatMap((t) => stems(t))), words: new Set(there.flatMap((t) => stems(t, { keepFunctionWords: false }))) }).get(there)!;
  const cont = contained(text, pre.all);
  const words = pre.words;
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
  // hedge67b: length-robust shares. ccont: the content-stem share over the whole page (what `contained`'s comment meant);
  // win: the best content-stem share over any run of WIN consecutive units (a rewording told in a few adjacent
  // sentences; bounded by the run, not the page, so a long page does not fill it up).
  const ccont = mine.length ? mine.filter((w) => words.has(w)).length / mine.length : 0;
  let wins = WINS.get(there);
  if (!wins) {
    const unitWords = there.map((t) => new Set(stems(t, { keepFunctionWords: false })));
    wins = [];
    for (let i = 0; i < Math.max(1, unitWords.length - WIN + 1); i++) wins.push(new Set(unitWords.slice(i, i + WIN).flatMap((u) => [...u])));
    WINS.set(there, wins);
  }
  let win = 0;
  for (const ws of wins) win = Math.max(win, mine.length ? mine.filter((w) => ws.has(w)).length / mine.length : 0);
  // The engine's cont (every stem, function words kept) over the best run of WIN units: the page's own share when the
  // page has at most WIN units, bounded by WIN units on longer ones.
  let winsAll = WINS_ALL.get(there);
  if (!winsAll) {
    const unitAll = there.map((t) => new Set(stems(t)));
    winsAll = [];
    for (let i = 0; i < Math.max(1, unitAll.length - WIN + 1); i++) winsAll.push(new Set(unitAll.slice(i, i + WIN).flatMap((u) => [...u])));
    WINS_ALL.set(there, winsAll);
  }
  let wink = 0;
  for (const ws of winsAll) wink = Math.max(wink, contained(text, ws));
  return { s, cont, p: toldWithWords(s, cont), ps: toldElsewhere(s), wcont, rareShare, nameShare, figShare, ccont, pc: toldWithWords(s, ccont), win, pw: toldWithWords(s, win), wink, pwk: toldWithWords(s, wink), pwc: toldWithWords(s, wcont) };
}

function rows(file: string, every?: Row[]): Row[] {
  const label = pooledLabels(sheetFiles());
  const out: Row[] = [];
  for (const d of JSON.parse(readFileSync(file, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>) {
    const r = d.report;
    const arts = [r.article, ...r.related];
    const n = arts.length;
    const dfm = new Map<string, number>();
    for (const a of arts) for (const w of new Set(a.units.flatMap((u) => stems(u.text, { keepFunctionWords: false })))) dfm.set(w, (dfm.get(w) ?? 0) + 1);
    const df = (w: string) => dfm.get(w) ?? 0;
    const textsOf = new Map<string, string[]>();
    const texts = (id: string) => textsOf.get(id) ?? textsOf.set(id, (arts.find((a) => a.id === id)?.units ?? []).map((u) => u.text)).get(id)!;
    for (const c of d.cards) {
      if (c.section !== 'A' && c.section !== 'L') continue;
      const l = label.get(`${d.half}:${d.event}|${c.hash}`);
      if (!l) continue;
      const rank = Number(c.key.split(':').pop()) - 1;
      const row: Row = { half: d.half, key: `${d.half}:${c.key}:${c.hash}`, section: c.section, mark: l.mark, cause: l.cause, outlets: [], text: '', near: '', units: r.article.units.length, page: r.article.id };
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
    // Every unmarked Added card of the reading (judged or not, any rank), for the rates by page length (mark '-').
    if (every)
      for (const f of r.added)
        if (!f.novel?.length)
          every.push({ half: d.half, key: '', section: 'A', mark: '-', cause: '', outlets: [{ id: r.article.id, sig: signals(f.text, f.closest?.s ?? 0, texts(r.article.id), df, n) }], text: f.text, near: '', units: r.article.units.length, page: r.article.id });
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
// save's reports mark `mayTell` (hedge67's line, reverted by hedge67b: the field is read untyped) tallied by verdict.
if (argv.includes('--check')) {
  const [a, b] = argv.filter((x) => x.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>);
  const same = a!.every((d, k) => JSON.stringify(d.cards) === JSON.stringify(b![k]!.cards));
  const label = pooledLabels(sheetFiles());
  const n: Record<string, number> = {};
  for (const d of b!)
    for (const c of d.cards.filter((x) => x.section === 'A')) {
      const l = label.get(`${d.half}:${d.event}|${c.hash}`);
      if (!l || !(d.report.added[Number(c.key.split(':').pop()) - 1] as { mayTell?: true }).mayTell) continue;
      const k = l.mark === 'R' ? 'R' : /reword/.test(l.cause) ? `${l.mark} reword` : 'other';
      n[k] = (n[k] ?? 0) + 1;
    }
  console.log(`cards (hash, rank) identical: ${same}; judged Added cards with mayTell: ${JSON.stringify(n)}`);
}

// --sample=N [--seed=S] [--key=p] [--tau=0.512] [--band=short] F.json: a blind sheet of Added cards on long pages (60–199 units, the
// Congressional Record page left out): N hedged (key ≥ τ) and N/2 not, shuffled by a seeded generator, each with the
// page's five units sharing most of its content stems; the sheet to /tmp/…-blind.tsv (no score), the key to …-key.tsv.
// --judged=V.tsv (id, verdict t = the page tells it wholly or in part in other words / n = not / x = unclear) joins them.
if (opt('sample') || opt('judged')) {
  const every: Row[] = [];
  const file = argv.find((a) => a.endsWith('.json'))!;
  rows(file, every);
  const k = opt('key') ?? 'p';
  const tau = Number(opt('tau') ?? 0.512);
  let seed = Number(opt('seed') ?? 67);
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const shuffle = <T,>(xs: T[]) => { const ys = [...xs]; for (let i = ys.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [ys[i], ys[j]] = [ys[j]!, ys[i]!]; } return ys; };
  // --band=short: the same sheet from pages under 60 units (the judge's calibration against the sheets' verdicts).
  const long = every.filter((r) => (opt('band') === 'short' ? r.units < 60 : r.units >= 60 && r.units < 200));
  const N = Number(opt('sample') ?? 20);
  const pick = shuffle([...shuffle(long.filter((r) => cardScore(r, k) >= tau)).slice(0, N), ...shuffle(long.filter((r) => cardScore(r, k) < tau)).slice(0, Math.ceil(N / 2))]);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Array<{ half: string; report: Report }>;
  const base = `/tmp/hedge67b/sample-${k}${opt('band') === 'short' ? '-short' : ''}`;
  if (opt('sample')) {
    const blind: string[] = [];
    const key: string[] = [];
    pick.forEach((r, i) => {
      const units = data.find((d) => d.half === r.half && d.report.article.id === r.page)!.report.article.units.map((u) => u.text);
      const mine = new Set(stems(r.text, { keepFunctionWords: false }));
      const top = units.map((t) => ({ t, n: new Set(stems(t, { keepFunctionWords: false }).filter((w) => mine.has(w))).size })).sort((a, b) => b.n - a.n).slice(0, 5);
      blind.push(`#${i}\tCARD: ${r.text}\n${top.map((x) => `\t  page: ${x.t}`).join('\n')}`);
      key.push(`${i}\t${cardScore(r, k) >= tau ? 'hedged' : 'not'}\t${cardScore(r, k).toFixed(3)}\t${r.page}`);
    });
    writeFileSync(`${base}-blind.tsv`, blind.join('\n\n') + '\n');
    writeFileSync(`${base}-key.tsv`, key.join('\n') + '\n');
    console.log(`${pick.length} cards (${long.length} unmarked Added cards on ${new Set(long.map((r) => r.page)).size} long pages) → ${base}-blind.tsv`);
  } else {
    const v = new Map(readFileSync(opt('judged')!, 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]));
    const key = readFileSync(`${base}-key.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    for (const h of ['hedged', 'not']) {
      const ks = key.filter((x) => x[1] === h);
      const c = (m: string) => ks.filter((x) => v.get(x[0]!) === m).length;
      console.log(`${h}: ${ks.length} — told in other words ${c('t')}, not ${c('n')}, unclear ${c('x')}`);
    }
  }
}

if (argv.includes('--fit')) {
  const every: Row[] = [];
  const all = rows(argv.find((a) => a.endsWith('.json'))!, every);
  // hedge67b: the page's own baseline b = the mean content share ccont of every unmarked Added card of the reading (how
  // much of what the others add a page of this length "contains" anyway); rc = (ccont − b) / (1 − b), prc = p(s, rc).
  const base = new Map<string, number[]>();
  for (const r of every) (base.get(`${r.half}|${r.page}`) ?? base.set(`${r.half}|${r.page}`, []).get(`${r.half}|${r.page}`)!).push(r.outlets[0]!.sig.ccont!);
  // hedge67b: a length-only null. For each reading's page, nul = the mean content share ccont, on that page, of 200
  // unmarked Added cards drawn (seeded) from the other events' readings: what a page of its vocabulary "contains" of an
  // unrelated sentence. Fitted as nul ≈ V / (V + k) (V = the page's distinct content stems; one constant k, least
  // squares over a grid); rcn = (ccont − E) / (1 − E) with E = V / (V + k), prn = p(s, rcn).
  const data = JSON.parse(readFileSync(argv.find((a) => a.endsWith('.json'))!, 'utf8')) as Array<{ half: string; event: string; report: Report }>;
  let sd = 67;
  const rnd = () => ((sd = (sd * 1103515245 + 12345) % 2147483648) / 2147483648);
  const evOf = new Map(data.map((d) => [`${d.half}|${d.report.article.id}`, d.event]));
  const V = new Map<string, number>();
  const pts: Array<[number, number]> = [];
  for (const d of data) {
    const key = `${d.half}|${d.report.article.id}`;
    const words = new Set(d.report.article.units.flatMap((u) => stems(u.text, { keepFunctionWords: false })));
    V.set(key, words.size);
    const others = every.filter((r) => evOf.get(`${r.half}|${r.page}`) !== d.event);
    let t = 0;
    let m = 0;
    for (let i = 0; i < 200 && others.length; i++) {
      const mine = [...new Set(stems(others[Math.floor(rnd() * others.length)]!.text, { keepFunctionWords: false }))];
      if (!mine.length) continue;
      t += mine.filter((w) => words.has(w)).length / mine.length;
      m++;
    }
    if (m) pts.push([words.size, t / m]);
  }
  let K = 0;
  let bestErr = Infinity;
  for (let k = 50; k <= 100000; k *= 1.02) {
    const e = pts.reduce((a, [v, y]) => a + (y - v / (v + k)) ** 2, 0);
    if (e < bestErr) [bestErr, K] = [e, k];
  }
  console.log(`null coverage fit: k = ${K.toFixed(0)} over ${pts.length} pages (rmse ${Math.sqrt(bestErr / pts.length).toFixed(3)}); e.g. ${pts.slice(0, 6).map(([v, y]) => `V ${v}: ${y.toFixed(3)} vs ${(v / (v + K)).toFixed(3)}`).join(', ')}`);
  for (const r of [...all, ...every])
    if (r.section === 'A')
      for (const o of r.outlets) {
        const E = (V.get(`${r.half}|${r.page}`) ?? 0) / ((V.get(`${r.half}|${r.page}`) ?? 0) + K);
        o.sig.rcn = (o.sig.ccont! - E) / (1 - E);
        o.sig.prn = toldWithWords(o.sig.s!, o.sig.rcn);
      }
  for (const r of [...all, ...every])
    if (r.section === 'A')
      for (const o of r.outlets) {
        const xs = base.get(`${r.half}|${r.page}`) ?? [];
        const b = xs.reduce((t, x) => t + x, 0) / Math.max(1, xs.length);
        o.sig.rc = b < 1 ? (o.sig.ccont! - b) / (1 - b) : 0;
        o.sig.prc = toldWithWords(o.sig.s!, o.sig.rc);
      }
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
    for (const k of argv.includes('--all') ? keys : opt('keys')?.split(',') ?? ['p', 's', 'cont', 'wcont']) {
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
      if (sec === 'A') {
        // hedge67b: the line's rate by the page's length (units), over every unmarked Added card of the 119 readings and
        // over the judged top-5 ones; the 373-unit Congressional Record page (the one reading over 200) apart.
        const bands: Array<[string, (u: number) => boolean]> = [['<15', (u) => u < 15], ['15-59', (u) => u >= 15 && u < 60], ['60+ (not CR)', (u) => u >= 60 && u < 200], ['CR 373', (u) => u >= 200]];
        const rate = (xs: Row[]) => bands.map(([b, f]) => { const ys = xs.filter((r) => f(r.units)); return `${b} ${ys.filter((r) => cardScore(r, k) >= tau).length}/${ys.length}`; }).join(', ');
        console.log(`     rate by page units — every Added card: ${rate(every)} | judged: ${rate(rs)}`);
        const judgedHedged = (f: (u: number) => boolean) => { const ys = rs.filter((r) => f(r.units) && cardScore(r, k) >= tau); return `${ys.filter(isReword).length} reword, ${ys.filter((r) => r.mark === 'R').length} R, ${ys.length - ys.filter(isReword).length - ys.filter((r) => r.mark === 'R').length} other`; };
        console.log(`     judged hedged by band: <60: ${judgedHedged((u) => u < 60)}; 60+: ${judgedHedged((u) => u >= 60)}`);
      }
      if (argv.includes('--list') && k === 'p')
        for (const r of rs.filter((x) => cardScore(x, k) >= tau)) console.log(`    ${r.key} ${r.mark} ${r.cause} p=${f3(cardScore(r, 'p'))} s=${f3(cardScore(r, 's'))} cont=${f3(cardScore(r, 'cont'))}\n      card: ${r.text}\n      near: ${r.near}`);
    }
  }
}
