/**
 * leftout28: can the engine's own evidence tell "this outlet tells the card's sentence in other words"
 * with high precision? (docs/notes/leftout28.md)
 *
 * Reads the closest-line sheets in ui14's format (key, in, unit, label para/paramiss/mislead/ok, card
 * mark), rebuilds each ECB+ reading exactly as bench/ui14-closest.ts does, and, for every judged
 * closest line (lib/sidebar/view.ts `closestLines(report, card, null)`), recomputes the pair's fact
 * matrix (align.ts `factMatrix`, the same units, IDF and word bonus the report aligned with) to read
 * the evidence a rule could use:
 *   s       the line's similarity (the report's `closest.s`)
 *   margin  s minus the second best of the card's row (left out) / column (added)
 *   mutual  the card's sentence is also the line's best counterpart on the card's side
 *   free    the line is aligned with no sentence of the card's side (ui14's flag)
 *   fig     the card's figures (numbers) all found in the line (1), some missing (0), none (–)
 *   names   capitalised words (not the first) of the card also in the line
 *   lead    the card's sentence or the line is its article's first fact unit
 *   near    a neighbour of the card's sentence is shared with a sentence within 2 of the line
 *   pos     the gap between the two sentences' relative positions in their articles
 * and searches, on the sheets given, rules of one or two of these with one cut for the one that
 * reaches a precision ≥ --target (default 0.8) of `para` (and of `para`+`paramiss`, "the outlet tells
 * it") among the lines it fires on, with the most `para` lines.
 *
 *   npx tsx bench/leftout28-evidence.ts --sheet=bench/data/ui14-closest-dev.tsv --sheet=bench/data/audit27-closest.tsv
 *   npx tsx bench/leftout28-evidence.ts --sheet=… --rule='s>=0.2&mutual'       # report a fixed rule
 *   npx tsx bench/leftout28-evidence.ts --sheet=… --dump                        # one line per judged line
 *   npx tsx bench/leftout28-evidence.ts --sheet=A --sheet=B --cv               # two-fold by sheet (logistic)
 *   … --side=L | --side=A                                                       # left-out / added lines only
 *
 * The same rules on the labelled facts sets (bench/eval.ts) need the report to act on them:
 * bench/leftout28-experiment.patch (not shipped; `git apply` it, then LEFTOUT28_CUT=t [LEFTOUT28_ADDED=1]
 * [LEFTOUT28_FIG=1 | LEFTOUT28_MARGIN=m] npx tsx bench/eval.ts --only=…; docs/notes/leftout28.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { closestLines } from '../lib/sidebar/view.ts';
import { factMatrix, REPORT_ALIGN } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import type { Article, Report } from '../lib/types.ts';
import { fitLogistic } from './logistic.ts';

const PER = 4;
const TOP = 5;
const argv = process.argv.slice(2);
const opts = (k: string) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3));
const sheets = opts('sheet');
const fixed = opts('rule')[0];
const target = Number(opts('target')[0] ?? 0.8);
if (!existsSync(ECB_GIT)) {
  console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
  process.exit(0);
}

type Label = 'para' | 'paramiss' | 'mislead' | 'ok' | 'artefact';
const sheet = new Map<string, { unit: number; label: Label; card: string; from: string }>();
for (const p of sheets)
  for (const l of readFileSync(p, 'utf8').trim().split('\n').slice(1)) {
    const [key, where, unit, label, card] = l.split('\t');
    sheet.set(`${key} ${where}`, { unit: Number(unit), label: label as Label, card: card ?? '', from: p });
  }
const events = [...new Set([...sheet.keys()].map((k) => k.split(':')[0]!))];

export interface Evidence {
  key: string;
  where: string;
  s: number;
  margin: number;
  mutual: boolean;
  free: boolean;
  fig: number | null;
  names: number;
  lead: boolean;
  near: boolean;
  pos: number;
  label: Label;
  card: string;
  from: string;
  card1: string;
  line: string;
}

const NUM = /\d[\d,.]*/g;
const figures = (t: string) => new Set((t.match(NUM) ?? []).map((x) => x.replace(/[,.]$/, '').replace(/,/g, '')));
const capitals = (t: string) => new Set(t.split(/\s+/).slice(1).map((w) => w.replace(/[^A-Za-z']/g, '')).filter((w) => /^[A-Z][a-z]/.test(w)));

const byStory = ecbEvents();
const seeds = await loadSet('seeds');
const rows: Evidence[] = [];
let mismatch = 0;
for (const ev of events) {
  const reading = auditReading(byStory, ev, seeds, PER);
  if (!reading) continue;
  const { read, corpus: pool } = reading;
  const r: Report = await compareArticle(read, new MemoryIndex(pool));
  // The report's own weighted units (compare.ts): the same features, IDF over the article and its related set.
  const byId = new Map<string, Article>(pool.map((a) => [a.id, a]));
  const feats = reportFeatures(read, featuresOf(read));
  const relFeats = new Map(r.related.map((x) => [x.id, reportFeatures(byId.get(x.id)!, featuresOf(byId.get(x.id)!))]));
  const idf = unitIdf([feats, ...relFeats.values()]);
  const here = weighAll(feats, idf);
  const there = new Map([...relFeats].map(([id, f]) => [id, weighAll(f, idf)]));
  const text = (id: string, i: number) => (id === r.article.id ? r.article.units : r.related.find((a) => a.id === id)?.units ?? []).find((u) => u.i === i)?.text ?? '';

  /** Evidence of one line: the card's unit `cu` on side `cardSide` ('here' for left out, the related article for added). */
  const evidence = (key: string, where: string, relId: string, hereUnit: number, thereUnit: number, dir: 'row' | 'column', s: number, free: boolean) => {
    const j = sheet.get(`${key} ${where}`);
    const lineUnit = dir === 'row' ? thereUnit : hereUnit;
    if (!j || j.unit !== lineUnit || j.label === 'artefact') return;
    const { ai, bi, S } = factMatrix(here, there.get(relId)!, REPORT_ALIGN.wordBonus);
    const a = ai.findIndex((w) => w.f.unit.i === hereUnit);
    const b = bi.findIndex((w) => w.f.unit.i === thereUnit);
    if (a < 0 || b < 0) return;
    const own = dir === 'row' ? S[a]! : S.map((row) => row[b]!);
    const back = dir === 'row' ? S.map((row) => row[b]!) : S[a]!;
    const at = dir === 'row' ? a : b;
    const line = dir === 'row' ? b : a;
    if (Math.abs(own[line]! - s) > 1e-3) mismatch++;
    const second = Math.max(0, ...own.filter((_, k) => k !== line));
    const mutual = back.every((x, k) => k === at || x < back[at]! + 1e-12);
    const cardText = dir === 'row' ? text(r.article.id, hereUnit) : text(relId, thereUnit);
    const lineText = dir === 'row' ? text(relId, thereUnit) : text(r.article.id, hereUnit);
    const cf = figures(cardText);
    const lf = figures(lineText);
    const cn = capitals(cardText);
    const ln = capitals(lineText);
    // A neighbour of the card's sentence is aligned (shared) with a sentence at most 2 from the line's.
    const near = r.shared.some((x) => Math.abs(x.i - hereUnit) === 1 && x.sources.some((y) => y.id === relId && Math.abs(y.i - thereUnit) <= 2 && y.i !== thereUnit));
    const nHere = r.article.units.length;
    const nThere = r.related.find((x) => x.id === relId)?.units.length ?? 1;
    rows.push({
      key,
      near,
      pos: Math.abs(hereUnit / nHere - thereUnit / nThere),
      where,
      s,
      margin: own[line]! - second,
      mutual,
      free,
      fig: cf.size ? ([...cf].every((x) => lf.has(x)) ? 1 : 0) : null,
      names: [...cn].filter((x) => ln.has(x)).length,
      lead: a === 0 || b === 0,
      label: j.label,
      card: j.card,
      from: j.from,
      card1: cardText,
      line: lineText,
    });
  };
  r.added.slice(0, TOP).forEach((f, k) => {
    for (const c of closestLines(r, f, null)) evidence(`${ev}:A:${k + 1}`, 'here', f.sources[0]!.id, c.i, f.sources[0]!.i, 'column', c.s, c.free);
  });
  r.leftOut.slice(0, TOP).forEach((f, k) => {
    for (const c of closestLines(r, f, null)) evidence(`${ev}:L:${k + 1}`, c.id, c.id, f.i, c.i, 'row', c.s, c.free);
  });
}

// --side=L|A: only the lines under left-out (L) or added (A) cards.
const side = opts('side')[0];
if (side) rows.splice(0, rows.length, ...rows.filter((x) => x.key.split(':')[1] === side));
const count = (xs: Evidence[], l: Label) => xs.filter((x) => x.label === l).length;
const told = (x: Evidence) => x.label === 'para' || x.label === 'paramiss';
console.log(`${sheets.join(' + ')}: ${events.length} readings; judged lines ${rows.length} (para ${count(rows, 'para')}, paramiss ${count(rows, 'paramiss')}, mislead ${count(rows, 'mislead')}, ok ${count(rows, 'ok')}); s recomputed ≠ report: ${mismatch}`);

if (argv.includes('--dump'))
  for (const x of rows)
    console.log(
      `${x.key}\t${x.where}\t${x.label}\t${x.card}\ts=${x.s.toFixed(3)}\tm=${x.margin.toFixed(3)}\t${x.mutual ? 'mutual' : '-'}\t${x.free ? 'free' : '-'}\tfig=${x.fig ?? '-'}\tnames=${x.names}\t${x.lead ? 'lead' : '-'}\t${x.card1.slice(0, 70)} || ${x.line.slice(0, 70)}`,
    );

// Rules: a conjunction of atoms; numeric atoms take one cut.
type Atom = { name: string; test: (x: Evidence) => boolean };
const bools: Atom[] = [
  { name: 'mutual', test: (x) => x.mutual },
  { name: 'free', test: (x) => x.free },
  { name: 'lead', test: (x) => x.lead },
  { name: 'fig', test: (x) => x.fig === 1 },
  { name: 'nofigmiss', test: (x) => x.fig !== 0 },
  { name: 'names', test: (x) => x.names > 0 },
  { name: 'near', test: (x) => x.near },
  { name: 'pos', test: (x) => x.pos <= 0.1 },
];
const numeric = (name: 'margin' | 's' | 'pos') => [...new Set(rows.map((x) => x[name]))].sort((p, q) => p - q).map((t): Atom => ({ name: `${name}>=${t.toFixed(3)}`, test: (x) => x[name] >= t - 1e-12 }));
const parse = (rule: string): Atom => {
  const parts = rule.split('&').map((p) => {
    const m = /^(s|margin)>=([\d.]+)$/.exec(p);
    if (m) return (x: Evidence) => x[m[1] as 's' | 'margin'] >= Number(m[2]) - 1e-12;
    const b = bools.find((a) => a.name === p);
    if (!b) throw new Error(`unknown atom ${p}`);
    return b.test;
  });
  return { name: rule, test: (x) => parts.every((t) => t(x)) };
};
const describe = (a: Atom) => {
  const f = rows.filter(a.test);
  const p = count(f, 'para');
  const t = f.filter(told).length;
  const right = f.filter((x) => x.card === 'R').length;
  return { a, n: f.length, p, t, prec: f.length ? p / f.length : 0, precTold: f.length ? t / f.length : 0, right, text: `${a.name.padEnd(34)} fires ${String(f.length).padStart(3)}: para ${p}/${count(rows, 'para')} (${f.length ? (p / f.length).toFixed(2) : '–'}), told ${t} (${f.length ? (t / f.length).toFixed(2) : '–'}), mislead ${count(f, 'mislead')}, ok ${count(f, 'ok')}; on R cards ${right}` };
};
if (argv.includes('--cv')) {
  // Two-fold by sheet: a logistic score of all the evidence fitted on one sheet, its cut the lowest
  // reaching the target precision of `para` there (firing ≥ 3), read on the other sheet.
  const x = (e: Evidence) => [e.s, e.margin, e.mutual ? 1 : 0, e.free ? 1 : 0, e.fig === 1 ? 1 : 0, e.fig === 0 ? 1 : 0, e.names > 0 ? 1 : 0, e.lead ? 1 : 0, e.near ? 1 : 0, e.pos];
  for (const test of sheets) {
    const fit = rows.filter((e) => e.from !== test);
    const held = rows.filter((e) => e.from === test);
    const { weights, bias } = fitLogistic(fit.map(x), fit.map((e) => e.label === 'para'));
    const score = (e: Evidence) => x(e).reduce((a, v, k) => a + v * weights[k]!, bias);
    const cuts = [...new Set(fit.map(score))].sort((p, q) => p - q);
    const cut = cuts.find((t) => {
      const f = fit.filter((e) => score(e) >= t);
      return f.length >= 3 && count(f, 'para') / f.length >= target;
    });
    const on = (xs: Evidence[]) => {
      const f = cut === undefined ? [] : xs.filter((e) => score(e) >= cut);
      return `fires ${f.length}: para ${count(f, 'para')}/${count(xs, 'para')} (${f.length ? (count(f, 'para') / f.length).toFixed(2) : '–'}), told ${f.filter(told).length}`;
    };
    console.log(`  cv: fitted without ${test}: weights ${weights.map((w) => w.toFixed(2)).join(' ')} bias ${bias.toFixed(2)}; cut ${cut?.toFixed(3) ?? 'none'}; on the fit sheet ${on(fit)}; on ${test} ${on(held)}`);
  }
  process.exit(0);
}
if (fixed) {
  console.log('  ' + describe(parse(fixed)).text);
  for (const x of rows.filter(parse(fixed).test)) console.log(`    ${x.key} ${x.where} ${x.label} ${x.card} s=${x.s.toFixed(3)}`);
  process.exit(0);
}
const atoms = [...bools, ...numeric('s'), ...numeric('margin')];
const posCuts = [0.05, 0.1, 0.2, 0.3].map((t): Atom => ({ name: `pos<=${t}`, test: (x) => x.pos <= t }));
atoms.push(...posCuts);
const rules: Atom[] = [...atoms];
for (let i = 0; i < atoms.length; i++)
  for (let k = i + 1; k < atoms.length; k++) {
    const x = atoms[i]!;
    const y = atoms[k]!;
    if (x.name.split('>=')[0] === y.name.split('>=')[0]) continue;
    rules.push({ name: `${x.name}&${y.name}`, test: (e) => x.test(e) && y.test(e) });
  }
for (const b of bools.map((a) => a.name)) console.log('  ' + describe(parse(b)).text);
for (const a of posCuts) console.log('  ' + describe(a).text);
for (const t of [0.1, 0.136, 0.15, 0.2, 0.25, 0.3]) console.log('  ' + describe(parse(`s>=${t}`)).text);
for (const t of [0.1, 0.136, 0.2]) console.log('  ' + describe(parse(`s>=${t}&mutual`)).text);
const all = rules.map(describe);
for (const [what, key] of [['para', 'prec'], ['told', 'precTold']] as const) {
  const ok = all.filter((d) => d[key] >= target && d.n >= 3).sort((p, q) => (what === 'para' ? q.p - p.p : q.t - p.t) || q.n - p.n);
  console.log(`best rules with ${what} precision ≥ ${target} (fires ≥ 3), most ${what} lines first:`);
  for (const d of ok.slice(0, 8)) console.log('    ' + d.text);
}
