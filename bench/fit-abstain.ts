/**
 * Calibrated abstention for the speaker ranker (docs/notes/speak16.md): the threshold below which the best candidate's
 * probability makes the trace say "speaker not named" rather than guess, and whether refitting the ranker's weights on
 * every judged sample carries to the samples left out.
 *
 *   npx tsx bench/fit-abstain.ts            # per sample: shipped, shipped + fitted threshold, LOSO refit, LOSO refit + threshold
 *   npx tsx bench/fit-abstain.ts --curve    # right answers against the threshold on the proxy, the older and the fresh samples
 *   npx tsx bench/fit-abstain.ts --errors   # each fresh quote the shipped model gets wrong, with its candidates' probabilities
 *
 * The threshold is fitted on the PolNeAR-train proxy (bench/speakers-proxy.ts: named and unnamed labels, a quote no
 * attribution holds nobody's) and on the older judged samples — never on the fresh ones (senior14-*, as15-*, senior15-*,
 * the samples first read on text nobody tuned on), which are only scored. Leave one sample out: the weights are fitted
 * on every other judged sample; the threshold on the proxy and the other older samples.
 * Rows: bench/speakers-rows.ts (SPEAKERS_ROWS_CACHE=F for a dev loop).
 */
import { SPEAKER_MODEL } from '../lib/quotes/fitted-speakers.ts';
import { candidateScore, FEATURES, type SpeakerModel } from '../lib/quotes/ranker.ts';
import { fitLogistic } from './logistic.ts';
import { isRight } from './speakers-data.ts';
import { proxyRight } from './speakers-proxy.ts';
import { cachedRows, type JudgedRow, type ProxyRowC } from './speakers-rows.ts';

const args = process.argv.slice(2);
const FRESH = /^(?:senior14|as15|senior15)-/;
const NOBODY = FEATURES.indexOf('ruleNobody');
const { judged, proxy } = cachedRows();
type Row = JudgedRow | ProxyRowC;
const isJudged = (r: Row): r is JudgedRow => 'judged' in r;
const right = (r: Row, got: string | null) => (isJudged(r) ? isRight(got, r.judged) : proxyRight(got, r.label) === true);
/** As lib/quotes/extract.ts: an attribution the rules read to no person stands; else the best candidate at or above t. */
function decide(r: Row, m: SpeakerModel, t: number): string | null {
  if (r.cands[0]?.x[NOBODY] === 1) return r.rule;
  let best: string | null = null;
  let bp = 0;
  for (const c of r.cands) {
    const p = candidateScore(c, m);
    if (p > bp) [best, bp] = [c.name, p];
  }
  return best !== null && bp >= t ? best : null;
}
function fit(rows: Row[]): SpeakerModel {
  const xs: number[][] = [];
  const ys: boolean[] = [];
  for (const r of rows) {
    if (r.cands[0]?.x[NOBODY] === 1) continue;
    for (const c of r.cands) {
      xs.push(c.x);
      ys.push(right(r, c.name));
    }
  }
  const { weights, bias } = fitLogistic(xs, ys, 1e-3);
  return { weights: Object.fromEntries(FEATURES.map((f, i) => [f, weights[i]!])) as SpeakerModel['weights'], bias };
}
const GRID = Array.from({ length: 13 }, (_, i) => Number((0.3 + 0.05 * i).toFixed(2)));
/** The threshold with the most right answers on the proxy and the given judged rows together (ties: nearest one half). */
function fitT(m: SpeakerModel, older: JudgedRow[]): number {
  let best = { t: 0.5, n: -1 };
  for (const t of GRID) {
    const n = [...proxy, ...older].filter((r) => right(r, decide(r, m, t))).length;
    if (n > best.n || (n === best.n && Math.abs(t - 0.5) < Math.abs(best.t - 0.5))) best = { t, n };
  }
  return best.t;
}
const samples = [...new Set(judged.map((r) => r.sample))];
const ship = SPEAKER_MODEL!;
const count = (rows: Row[], m: SpeakerModel, t: number) => rows.filter((r) => right(r, decide(r, m, t))).length;

if (args.includes('--errors')) {
  // Each fresh quote the shipped model gets wrong, with every candidate's probability (* = the judged person).
  for (const r of judged.filter((x) => FRESH.test(x.sample) && !right(x, decide(x, ship, 0.5)))) {
    const sc = r.cands.map((c) => ({ n: c.name, p: candidateScore(c, ship), ok: isRight(c.name, r.judged) })).sort((a, b) => b.p - a.p);
    console.log(`${r.sample} ${r.page}@${r.judged.start} judged ${r.judged.speaker ?? '—'}, rules ${r.rule ?? '—'}${r.cands[0]?.x[NOBODY] === 1 ? ' (to nobody)' : ''}: ${sc.map((c) => `${c.ok ? '*' : ''}${c.n} ${c.p.toFixed(2)}`).join(', ')}`);
  }
  process.exit(0);
}
if (args.includes('--curve')) {
  const older = judged.filter((r) => !FRESH.test(r.sample));
  const fresh = judged.filter((r) => FRESH.test(r.sample));
  console.log(`shipped model: right answers by threshold (proxy ${proxy.length}, older ${older.length}, fresh ${fresh.length} quotes)`);
  for (const t of GRID) console.log(`  t=${t.toFixed(2)}  proxy ${count(proxy, ship, t)}  older ${count(older, ship, t)}  fresh ${count(fresh, ship, t)}`);
  process.exit(0);
}

const tShip = fitT(ship, judged.filter((r) => !FRESH.test(r.sample)));
console.log(`${judged.length} judged quotes in ${samples.length} samples, ${proxy.length} proxy quotes; shipped model's fitted threshold ${tShip}`);
console.log('sample            quotes  shipped  ship+t   LOSO    LOSO+t  (t)');
const tot = [0, 0, 0, 0, 0];
const fr = [0, 0, 0, 0, 0];
for (const s of samples) {
  const test = judged.filter((r) => r.sample === s);
  const others = judged.filter((r) => r.sample !== s);
  const m = fit(others);
  const t = fitT(m, others.filter((r) => !FRESH.test(r.sample)));
  const v = [test.length, count(test, ship, 0.5), count(test, ship, tShip), count(test, m, 0.5), count(test, m, t)];
  v.forEach((x, i) => ((tot[i]! += x), FRESH.test(s) && (fr[i]! += x)));
  console.log(`${s.padEnd(17)} ${v.map((x) => String(x).padStart(6)).join('   ')}  (${t})`);
}
console.log(`all              ${tot.map((x) => String(x).padStart(6)).join('   ')}`);
console.log(`fresh            ${fr.map((x) => String(x).padStart(6)).join('   ')}`);
const p = (m: SpeakerModel, t: number) => `${count(proxy, m, t)}/${proxy.length}`;
const all = fit(judged);
const tAll = fitT(all, judged.filter((r) => !FRESH.test(r.sample)));
console.log(`proxy: shipped ${p(ship, 0.5)}, shipped+t ${p(ship, tShip)}; refit on all judged ${p(all, 0.5)}, +t(${tAll}) ${p(all, tAll)}`);
