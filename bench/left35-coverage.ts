/**
 * left35: does the other article's coverage of this one, or its length, say how sure a "left out" / "added" card is?
 * (docs/notes/left35.md, issue 8.)
 *
 * For a card's claimed absence the "other side" is, for a left-out card, each article of `missingFrom`, and for an
 * added card, this article (against the card's source article). Two inputs of that pair, read off the report:
 *   cov — the share of the card's article's fact units the other side tells (aligned: `coveredBy` for this article's
 *         units, `matches` for a related article's units);
 *   len — the other side's fact units / the card's article's fact units.
 * Modes:
 *   npx tsx bench/left35-coverage.ts --ecb [--sheet=bench/data/ui14-closest-dev.tsv]
 *       ui14's ECB+ dev lines (one per card × outlet, labelled told / not told): told rate by cov and len band, and the
 *       logistic p(told | s) against p(told | s, cov), p(told | s, log len) (maximum likelihood, bench/logistic.ts
 *       with a tiny L2), log-likelihoods and a leave-one-reading-out check.
 *   npx tsx bench/left35-coverage.ts --mn | --gvc [--all]
 *       every card of the dev sheet found in today's report (any rank; `--all` keeps unlabelled ones out anyway):
 *       per left-out / added card its mark, cause, rank, and the cov / len / s of its other side(s); then marks by
 *       band of the card's mean cov and of its mean len. Multi-News dev (audit30's 16 readings) or GVC (audit29's 15).
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { AddedFact, Article, LeftOutFact, Report } from '../lib/types.ts';
import { cardsOf, fnv } from './audit-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { gvcReadings } from './audit29-cards.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { closestLines } from '../lib/sidebar/view.ts';
import { fitLogistic } from './logistic.ts';
import { RANK_RULES, TOLD_CONT_LOGIT, TOLD_LOGIT, VOICE_SINKS, contained, partlyTold, reportTellings, sureAbsent, toldWithWords } from '../lib/engine/rank.ts';
import { stems } from '../lib/nlp/index.ts';
import { unitStems, windowShare } from './hedge69-share.ts';

/**
 * cont — the share of the claimed-absent text's distinct content stems found anywhere in the other side (a rewording
 * spread over several of its sentences shares the card's words though no one sentence is near): the engine's
 * `contained` (rank.ts) over the other side's stems, as `reportWords` reads them.
 */
function contOf(r: Report, text: string, to: string, w = Infinity): number {
  return w === Infinity ? contained(text, new Set(unitsOf(r, to).flatMap((u) => stems(u.text)))) : windowShare(text, unitStems(unitsOf(r, to)), w);
}
const unitsOf = (r: Report, id: string) => (id === r.article.id ? r.article.units : r.related.find((a) => a.id === id)?.units ?? []);
/** hedge69: the windows of consecutive units `--ecb` fits cont on (Infinity: the whole page, the engine's `contained`; bench/hedge69-share.ts). */
const WINDOWS = [1, 2, 3, 5, 8, 12, 20, Infinity];
const markedText = (text: string, spans?: Array<{ start: number; end: number }>) => (spans?.length ? spans.map((x) => text.slice(x.start, x.end)).join(' ') : text);

/** ln of the length ratio as the candidate logistic reads it (clamped to [1/20, 20]: an empty side is not infinitely short). */
const lnLength = (len: number) => Math.log(Math.min(20, Math.max(1 / 20, len)));

/** Fact units of each article of a report (this one and the related ones), keyed by id. */
function factCounts(r: Report): Map<string, number> {
  const n = (units: Array<{ fact?: boolean }>) => units.filter((u) => u.fact !== false).length;
  return new Map([[r.article.id, n(r.article.units)], ...r.related.map((a) => [a.id, n(a.units)] as [string, number])]);
}

/**
 * The candidate measured and not shipped (docs/notes/left35.md): p(s, len) = logistic(a + b·s + c·ln len), the
 * constants `--ecb` prints for 's + log len' (it was lib/engine/rank.ts TOLD_LOGIT at commit 5d365ef).
 */
const CANDIDATE = { a: -3.606, b: 17.349, c: 0.927 };
const toldWithLen = (s: number, len: number) => 1 / (1 + Math.exp(-(CANDIDATE.a + CANDIDATE.b * s + CANDIDATE.c * lnLength(len))));

/**
 * The second candidate, measured and not shipped (docs/notes/left35.md §5): p(s, cont) = logistic(a + b·s + c·cont),
 * the constants `--ecb` prints for 's + cont' (lib/engine/rank.ts TOLD_LOGIT at commit b6d95c8).
 */
const CANDIDATE_CONT = { a: -6.155, b: 5.475, c: 7.814 };
const toldWithCont = (s: number, cont: number) => 1 / (1 + Math.exp(-(CANDIDATE_CONT.a + CANDIDATE_CONT.b * s + CANDIDATE_CONT.c * cont)));

/**
 * How sure with cont beside s: the mean over the card's other sides of 1 − p(s, cont); for a side that tells the
 * sentence but for a marked part (and a marked added card) s = 0 and cont is read on the marked part alone.
 */
function sureWithCont(r: Report, f: AddedFact | LeftOutFact): number {
  if (!('missingFrom' in f)) return 1 - toldWithCont(f.novel?.length ? 0 : f.closest?.s ?? 0, contOf(r, markedText(f.text, f.novel), r.article.id));
  if (!f.missingFrom.length) return sureAbsent(f);
  const partly = new Map((f.novel?.length ? f.partly ?? f.missingFrom.map((id) => ({ id, novel: f.novel })) : []).map((p) => [p.id, p.novel ?? f.novel]));
  const near = new Map((f.closest ?? []).map((c) => [c.id, c.s]));
  return f.missingFrom.reduce((t, id) => t + 1 - (partly.has(id) ? toldWithCont(0, contOf(r, markedText(f.text, partly.get(id)), id)) : toldWithCont(near.get(id) ?? 0, contOf(r, f.text, id))), 0) / f.missingFrom.length;
}

/** rank34's sureAbsent with len beside s: the mean over the card's other sides of 1 − p(s, len). */
function sureWithLen(r: Report, f: AddedFact | LeftOutFact): number {
  const counts = factCounts(r);
  const ratio = (other: string, of: string) => (counts.get(of) ? (counts.get(other) ?? 0) / counts.get(of)! : 1);
  if (!('missingFrom' in f)) return 1 - toldWithLen(f.novel?.length ? 0 : f.closest?.s ?? 0, ratio(r.article.id, f.sources[0]!.id));
  if (!f.missingFrom.length) return sureAbsent(f);
  const partly = partlyTold(f);
  const near = new Map((f.closest ?? []).map((c) => [c.id, c.s]));
  return f.missingFrom.reduce((t, id) => t + 1 - toldWithLen(partly.has(id) ? 0 : near.get(id) ?? 0, ratio(id, r.article.id)), 0) / f.missingFrom.length;
}
import { careOnly } from './rank34-care.ts';

/**
 * The care-only order ui14 keyed its lines by (`${event}:A|L:${rank}`), rebuilt on today's engine: the rules that
 * switch (RANK_RULES, VOICE_SINKS) as they stood then — place weighed, the later sinks off — and the "how sure" factor
 * one constant, as careOnly meant it (since cards40, sureAbsent reads cont even with every `closest` dropped, so the
 * keys, and with them the fitting lines, moved with `contained` and with each later rank rule; hedge68).
 */
function ui14Order(r: Report): Report {
  const saved = [{ ...RANK_RULES }, { ...VOICE_SINKS }, { ...TOLD_CONT_LOGIT }] as const;
  Object.assign(RANK_RULES, { unfinished: false, byGroup: false, shown: false, place: true });
  for (const k of Object.keys(VOICE_SINKS) as Array<keyof typeof VOICE_SINKS>) VOICE_SINKS[k] = false;
  Object.assign(TOLD_CONT_LOGIT, { a: TOLD_LOGIT.a, b: 0, c: 0 });
  try {
    return careOnly(r);
  } finally {
    Object.assign(RANK_RULES, saved[0]);
    Object.assign(VOICE_SINKS, saved[1]);
    Object.assign(TOLD_CONT_LOGIT, saved[2]);
  }
}

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);

/** cov and len of the other side `to` for a card resting on article `of` (both ids of the report). */
export function pairInputs(r: Report, of: string, to: string): { cov: number; len: number } {
  const counts = factCounts(r);
  let told = 0;
  let n = 0;
  if (of === r.article.id) {
    for (const u of r.article.units) if (u.fact !== false) (n++, u.coveredBy.includes(to) && told++);
  } else {
    const a = r.related.find((x) => x.id === of);
    for (const u of a?.units ?? []) if (u.fact !== false) (n++, u.matches.length > 0 && told++);
  }
  const b = counts.get(of) ?? 0;
  return { cov: n ? told / n : 0, len: b ? (counts.get(to) ?? 0) / b : 1 };
}

const f2 = (x: number) => x.toFixed(2);
const sig = (z: number) => 1 / (1 + Math.exp(-z));

if (argv.includes('--ecb')) {
  const sheetPath = opt('sheet') ?? 'bench/data/ui14-closest-dev.tsv';
  const sheet = new Map<string, { unit: number; label: string }>();
  for (const l of readFileSync(sheetPath, 'utf8').trim().split('\n').slice(1)) {
    const [key, where, unit, label] = l.split('\t');
    sheet.set(`${key} ${where}`, { unit: Number(unit), label: label! });
  }
  const events = [...new Set([...sheet.keys()].map((k) => k.split(':')[0]!))];
  const byStory = ecbEvents();
  const seeds = await loadSet('seeds');
  const data: Array<{ ev: string; sec: string; s: number; cov: number; len: number; cont: number; both: number; win: number[]; bothWin: number[]; units: number; y: number }> = [];
  let unjudged = 0;
  for (const ev of events) {
    const reading = auditReading(byStory, ev, seeds, 4);
    if (!reading) continue;
    const r = await compareArticle(reading.read, new MemoryIndex(reading.corpus));
    const tellings = reportTellings(r);
    const take = (key: string, where: string, unit: number, s: number, of: string, to: string, text: string, told: Array<{ id: string; text: string }> = []) => {
      const j = sheet.get(`${key} ${where}`);
      if (!j || j.unit !== unit) return void unjudged++;
      if (j.label === 'artefact') return;
      // both (cards43): cont read on the card's wording or, when larger, on a third outlet's telling of it (left out).
      const cont = contOf(r, text, to);
      const both = Math.max(cont, ...told.filter((t) => t.id !== to).map((t) => contOf(r, t.text, to)));
      const win = WINDOWS.map((w) => contOf(r, text, to, w));
      const bothWin = WINDOWS.map((w, k) => Math.max(win[k]!, ...told.filter((t) => t.id !== to).map((t) => contOf(r, t.text, to, w))));
      data.push({ ev, sec: key.split(':')[1]!, s, ...pairInputs(r, of, to), cont, both, win, bothWin, units: unitsOf(r, to).length, y: j.label === 'para' || j.label === 'paramiss' ? 1 : 0 });
    };
    // ui14 keyed its lines by the top 5 of the order before rank34 (care alone): the keys are read off that order,
    // the lines (closest, s) off the report as the engine gives it today.
    const care = ui14Order(r);
    const srcKey = (f: AddedFact) => `${f.sources[0]!.id}#${f.sources[0]!.i}`;
    const addedBy = new Map(r.added.map((f) => [srcKey(f), f]));
    const leftBy = new Map(r.leftOut.map((f) => [f.i, f]));
    care.added.slice(0, 5).forEach((g, k) => {
      const f = addedBy.get(srcKey(g))!;
      for (const c of closestLines(r, f, null)) take(`${ev}:A:${k + 1}`, 'here', c.i, c.s, f.sources[0]!.id, r.article.id, f.text);
    });
    care.leftOut.slice(0, 5).forEach((g, k) => {
      const f = leftBy.get(g.i)!;
      for (const c of closestLines(r, f, null)) take(`${ev}:L:${k + 1}`, c.id, c.i, c.s, r.article.id, c.id, f.text, tellings.get(f.i));
    });
  }
  console.log(`${sheetPath}: ${data.length} lines (${data.filter((d) => d.y).length} told), ${unjudged} unjudged; left-out lines ${data.filter((d) => d.sec === 'L').length}`);
  const bands = (name: 'cov' | 'len' | 'cont', cuts: number[]) => {
    for (const sec of ['all', 'L']) {
      const rows = data.filter((d) => sec === 'all' || d.sec === sec);
      const parts: string[] = [];
      for (let k = 0; k + 1 < cuts.length; k++) {
        const b = rows.filter((d) => d[name] >= cuts[k]! && d[name] < cuts[k + 1]!);
        if (b.length) parts.push(`[${cuts[k]}, ${cuts[k + 1]}) ${b.filter((d) => d.y).length}/${b.length} told, mean s ${(b.reduce((t, d) => t + d.s, 0) / b.length).toFixed(3)}`);
      }
      console.log(`  ${name} (${sec}): ${parts.join('; ')}`);
    }
  };
  bands('cov', [0, 0.1, 0.2, 0.3, 0.5, 1.01]);
  bands('len', [0, 0.5, 0.8, 1.25, 2, 100]);
  bands('cont', [0, 0.4, 0.6, 0.8, 0.9, 1.01]);
  const ll = (p: (d: (typeof data)[number]) => number, rows = data) => rows.reduce((t, d) => t + Math.log(d.y ? p(d) : 1 - p(d)), 0);
  /** Within each reading, how often a score puts a told line above a not-told one (ties half), and of how many pairs. */
  const toldAbove = (z: (d: (typeof data)[number]) => number, rows = data) => {
    let right = 0;
    let n = 0;
    for (const ev of new Set(rows.map((d) => d.ev))) {
      const one = rows.filter((d) => d.ev === ev);
      for (const a of one.filter((d) => d.y)) for (const b of one.filter((d) => !d.y)) (n++, (right += z(a) > z(b) ? 1 : z(a) === z(b) ? 0.5 : 0));
    }
    return { share: right / n, n };
  };
  const models: Array<[string, (d: (typeof data)[number]) => number[]]> = [
    ['s', (d) => [d.s]],
    ['s + cov', (d) => [d.s, d.cov]],
    ['s + log len', (d) => [d.s, lnLength(d.len)]],
    ['s + cov + log len', (d) => [d.s, d.cov, lnLength(d.len)]],
    ['s + cont', (d) => [d.s, d.cont]],
    ['cont', (d) => [d.cont]],
    ...WINDOWS.map((w, k) => [`s + cont ${w}`, (d: (typeof data)[number]) => [d.s, d.win[k]!]] as [string, (d: (typeof data)[number]) => number[]]),
  ];
  const lens = data.map((d) => d.units).sort((a, b) => a - b);
  console.log(`  units of the other side: median ${lens[lens.length >> 1]}, max ${lens[lens.length - 1]}; ${WINDOWS.map((w) => `> ${w}: ${lens.filter((n) => n > w).length}`).join(', ')}`);
  const loo = new Map<string, number>();
  const fits = new Map<string, { weights: number[]; bias: number }>();
  for (const [name, x] of models) {
    const fit = fitLogistic(data.map(x), data.map((d) => d.y === 1), 0);
    const p = (d: (typeof data)[number]) => sig(fit.bias + x(d).reduce((t, v, k) => t + v * fit.weights[k]!, 0));
    // Leave one reading out: fit on the others, score the held reading's lines.
    let cv = 0;
    for (const ev of new Set(data.map((d) => d.ev))) {
      const tr = data.filter((d) => d.ev !== ev);
      const f = fitLogistic(tr.map(x), tr.map((d) => d.y === 1), 0);
      cv += ll((d) => sig(f.bias + x(d).reduce((t, v, k) => t + v * f.weights[k]!, 0)), data.filter((d) => d.ev === ev));
    }
    // Halves (hedge68): the readings in their order, alternately; fit on one half, the other half's log-lik and
    // within-reading order (told above not told) with those constants.
    const evs = [...new Set(data.map((d) => d.ev))];
    const halves = [0, 1].map((h) => {
      const tr = data.filter((d) => evs.indexOf(d.ev) % 2 !== h);
      const te = data.filter((d) => evs.indexOf(d.ev) % 2 === h);
      const f = fitLogistic(tr.map(x), tr.map((d) => d.y === 1), 0);
      const z = (d: (typeof data)[number]) => f.bias + x(d).reduce((t, v, k) => t + v * f.weights[k]!, 0);
      return `${ll((d) => sig(z(d)), te).toFixed(2)} / ${toldAbove(z, te).share.toFixed(3)} (${te.length} lines)`;
    });
    fits.set(name, fit);
    loo.set(name, cv);
    console.log(`  ${name.padEnd(18)} bias ${fit.bias.toFixed(3)} weights ${fit.weights.map((w) => w.toFixed(3)).join(', ')}; log-lik ${ll(p).toFixed(2)}, leave-one-reading-out ${cv.toFixed(2)}; held halves (log-lik / told above not told) ${halves.join(', ')}`);
  }
  // Ranking compares cards of one reading only: within each reading, how often does p put a told line above a
  // not-told one (ties half)? s alone against s + log len, each with its fit on all lines.
  for (const name of ['s', 's + log len', 's + cont']) {
    const fit = fits.get(name)!;
    const x = models.find((m) => m[0] === name)![1];
    const t = toldAbove((d) => fit.bias + x(d).reduce((t, v, k) => t + v * fit.weights[k]!, 0));
    console.log(`  within one reading, told above not told: ${name} ${t.share.toFixed(3)} of ${t.n} pairs`);
  }
  // cards43: the left-out lines, shipped p(s, cont) (TOLD_CONT_LOGIT) against the same constants on both = max(cont, third).
  const left = data.filter((d) => d.sec === 'L');
  for (const [name, p] of [['p(s, cont)', (d: (typeof data)[number]) => toldWithWords(d.s, d.cont)], ['p(s, both)', (d: (typeof data)[number]) => toldWithWords(d.s, d.both)]] as const) {
    const t = toldAbove(p, left);
    console.log(`  left-out lines (${left.length}, ${left.filter((d) => d.y).length} told; third differs on ${left.filter((d) => d.both > d.cont).length}): ${name} log-lik ${ll(p, left).toFixed(2)}, within one reading told above not told ${t.share.toFixed(3)} of ${t.n} pairs`);
  }
  // hedge69: the window w of the best leave-one-reading-out log-lik, and its constants (TOLD_CONT_LOGIT).
  const bestW = WINDOWS.reduce((b, w) => (loo.get(`s + cont ${w}`)! > loo.get(`s + cont ${b}`)! ? w : b));
  const fw = fits.get(`s + cont ${bestW}`)!;
  console.log(`  best window (leave one reading out): TOLD_CONT_LOGIT = { a: ${fw.bias.toFixed(3)}, b: ${fw.weights[0]!.toFixed(3)}, c: ${fw.weights[1]!.toFixed(3)}, w: ${bestW} }`);
  // hedge69: constants fitted elsewhere (bench/hedge69-window.ts --facts), scored on these lines: --held=w:a,b,c …
  for (const h of argv.filter((a) => a.startsWith('--held=')).map((a) => a.slice(7))) {
    const [w, abc] = h.split(':') as [string, string];
    const [a, b, c] = abc.split(',').map(Number) as [number, number, number];
    const k = WINDOWS.indexOf(Number(w));
    // cont as the engine reads it: the wording's or a third telling's share (cards43), in windows of w units.
    const z = (d: (typeof data)[number]) => a + b * d.s + c * d.bothWin[k]!;
    console.log(`  held constants ${h}: log-lik ${ll((d) => sig(z(d))).toFixed(2)}, told above not told ${toldAbove(z).share.toFixed(3)}; left-out lines ${ll((d) => sig(z(d)), left).toFixed(2)}`);
  }
  const fc = fits.get('s + cont')!;
  console.log(`  CANDIDATE_CONT (below) from 's + cont': { a: ${fc.bias.toFixed(3)}, b: ${fc.weights[0]!.toFixed(3)}, c: ${fc.weights[1]!.toFixed(3)} }`);
  const f = fits.get('s + log len')!;
  console.log(`  candidate constants (CANDIDATE below) from 's + log len': { a: ${f.bias.toFixed(3)}, b: ${f.weights[0]!.toFixed(3)}, c: ${f.weights[1]!.toFixed(3)} }`);
  for (const len of [0.25, 0.5, 1, 2, 4]) console.log(`    1 − p(s, len=${len}): ${[0, 0.1, 0.136, 0.2].map((s) => `s ${s} ${(1 - sig(f.bias + f.weights[0]! * s + f.weights[1]! * lnLength(len))).toFixed(2)}`).join(', ')}`);
  process.exit(0);
}

// Audit sheets: every labelled card found in today's report, with its other sides' inputs.
const gvc = argv.includes('--gvc');
const sheetPath = opt('sheet') ?? (gvc ? 'bench/data/audit29-cards.tsv' : 'bench/data/audit30-cards.tsv');
const readings: Array<{ event: string; read: Article; own: Article[] }> = gvc
  ? gvcReadings(15).map((r) => ({ event: r.incident, read: r.read, own: r.own }))
  : mnReadings(16, 'dev').map((r) => ({ event: r.story, read: r.read, own: r.own }));
const labels = new Map(
  readFileSync(sheetPath, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' }]),
);
const distractors = [...(await loadSet('seeds')), ...loadZyte()];
type Row = { ev: string; key: string; sec: 'A' | 'L'; rank: number; mark: string; cause: string; sureS: number; sureLen: number; sureCont: number; sides: Array<{ id: string; cov: number; len: number; s: number; partly: boolean }> };
const rows: Row[] = [];
const spans = (x?: Array<{ start: number; end: number }>) => (x ?? []).map((s) => `${s.start}-${s.end}`).join(',');
for (const rd of readings) {
  const r = await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors]));
  const top = new Set(cardsOf(rd.event, r).map((c) => c.hash));
  const look = (sec: 'A' | 'L', f: AddedFact | LeftOutFact, rank: number) => {
    const hash =
      sec === 'A'
        ? fnv(`A|${f.text}|${(f as AddedFact).sources.map((s) => s.id).sort().join(',')}|${spans(f.novel)}`)
        : fnv(`L|${f.text}|${[...(f as LeftOutFact).missingFrom].sort().join(',')}|${((f as LeftOutFact).partly ?? []).map((p) => `${p.id}:${spans(p.novel)}`).join(';')}`);
    const l = labels.get(`${rd.event}|${hash}`);
    if (!l) return;
    let sides: Row['sides'];
    if (sec === 'L') {
      const lo = f as LeftOutFact;
      const partly = partlyTold(lo);
      const near = new Map((lo.closest ?? []).map((c) => [c.id, c.s]));
      sides = lo.missingFrom.map((id) => ({ id, ...pairInputs(r, r.article.id, id), s: partly.has(id) ? 0 : near.get(id) ?? 0, partly: partly.has(id) }));
    } else {
      const a = f as AddedFact;
      sides = [{ id: 'here', ...pairInputs(r, a.sources[0]!.id, r.article.id), s: a.novel?.length ? 0 : a.closest?.s ?? 0, partly: !!a.novel?.length }];
    }
    rows.push({ ev: rd.event, key: `${rd.event}:${sec}:${rank}${top.has(hash) ? '' : ' (not top 5)'}`, sec, rank, ...l, sureS: sureAbsent(f), sureLen: sureWithLen(r, f), sureCont: sureWithCont(r, f), sides });
  };
  r.added.forEach((f, k) => look('A', f, k + 1));
  r.leftOut.forEach((f, k) => look('L', f, k + 1));
}
for (const sec of ['L', 'A'] as const) {
  console.log(`${sheetPath}: ${sec === 'L' ? 'left-out' : 'added'} cards found (${rows.filter((r) => r.sec === sec).length})`);
  for (const r of rows.filter((x) => x.sec === sec))
    console.log(`  ${r.key.padEnd(26)} ${r.mark} ${(r.cause || '-').padEnd(12)} ${r.sides.map((x) => `${x.id.slice(0, 10)} cov ${f2(x.cov)} len ${f2(x.len)} s ${x.s.toFixed(3)}${x.partly ? ' partly' : ''}`).join(' | ')}`);
  const mean = (r: Row, k: 'cov' | 'len') => r.sides.reduce((t, x) => t + x[k], 0) / r.sides.length;
  for (const [k, cuts] of [['cov', [0, 0.1, 0.2, 0.3, 0.5, 1.01]], ['len', [0, 0.5, 0.8, 1.25, 2, 100]]] as const) {
    const parts: string[] = [];
    for (let b = 0; b + 1 < cuts.length; b++) {
      const inb = rows.filter((x) => x.sec === sec && mean(x, k) >= cuts[b]! && mean(x, k) < cuts[b + 1]!);
      const c = (m: string) => inb.filter((x) => x.mark === m).length;
      if (inb.length) parts.push(`[${cuts[b]}, ${cuts[b + 1]}) R ${c('R')} P ${c('P')} W ${c('W')} (W reword ${inb.filter((x) => x.mark === 'W' && x.cause === 'reword').length})`);
    }
    console.log(`  by mean ${k}: ${parts.join('; ')}`);
  }
}

// Within a reading and a section, how often does the factor put a right card above a wrong one (ties count half)?
// s alone (len = 1) against s and len (the shipped factor). Strict: R against W; lenient: R or P against W.
for (const sec of ['L', 'A'] as const) {
  for (const [name, good] of [['strict R vs W', ['R']], ['lenient R+P vs W', ['R', 'P']]] as const) {
    const tally = { s: 0, len: 0, cont: 0, n: 0 };
    for (const ev of new Set(rows.map((r) => r.ev))) {
      const cards = rows.filter((r) => r.ev === ev && r.sec === sec);
      for (const g of cards.filter((r) => (good as readonly string[]).includes(r.mark)))
        for (const w of cards.filter((r) => r.mark === 'W')) {
          tally.n++;
          tally.s += g.sureS > w.sureS ? 1 : g.sureS === w.sureS ? 0.5 : 0;
          tally.len += g.sureLen > w.sureLen ? 1 : g.sureLen === w.sureLen ? 0.5 : 0;
          tally.cont += g.sureCont > w.sureCont ? 1 : g.sureCont === w.sureCont ? 0.5 : 0;
        }
    }
    console.log(`${sec === 'L' ? 'left out' : 'added'}, ${name}: ${tally.n} pairs in one reading; the factor orders them right: s alone ${(tally.s / tally.n).toFixed(3)}, s + len ${(tally.len / tally.n).toFixed(3)}, s + cont ${(tally.cont / tally.n).toFixed(3)}`);
  }
}
