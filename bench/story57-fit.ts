/**
 * story57: which signal tells a same-day near miss that is the page's event (another outlet's telling) from one that is a
 * template sibling (another company's dividend, another chain's monthly sales)? Reads the same-day step's added relations
 * on Reuters dev days with their blind labels (bench/story57-reuters.ts --dump, bench/data/story57-reuters-dev.tsv) and
 * the same-day near misses of PAC train (bench/story56-pac.ts --dump; PAC's gold: same AllSides story), and prints, for
 * each candidate signal, how many same / other additions it keeps on each source at each constant of a fixed grid:
 *   - the model's own inputs (p, cos, z, lead, names, figures, title, ratio, back), the page's count of same-day near misses
 *     (`near`, one event's single other telling vs a template family), the candidate's own count (`nearBack`), `mutual`,
 *     the relations the page already has (`mrel`);
 *   - text signals computed here: `figClash` (both texts carry figures, none shared: one template, other amounts), `leadNames`
 *     (cosine of the names of the two leads: the same actor opening both), `crowd` (same-day pool members the model leaves
 *     unrelated whose cosine with the page reaches the near miss's: the near miss does not stand out of its day).
 *
 *   TMPDIR=… nice npx tsx bench/story57-fit.ts reuters=/tmp/…/reu-dev.json pac=/tmp/…/pac-dev.json [rows=FILE]
 *
 * No constant is chosen here by eye: the ship rule (docs/notes/story57.md) reads this table.
 */
import './story-model.ts';
import { existsSync, readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import * as story from '../lib/engine/story.ts';
import { figureSet, nameVector } from '../lib/engine/vectors.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadPac } from './data/pac.ts';
import { loadReuters, REUTERS_GIT, reutersDays, reutersSpan } from './data/reuters.ts';

const opt = (k: string) => process.argv.find((a) => a.startsWith(`${k}=`))?.slice(k.length + 1);
// The two labelled sheets' shares first (no run needed): the step's additions and the model's own relations on dev days.
const wilson = (s: number, n: number) => {
  const z = 1.96;
  const p = s / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return `[${(c - h).toFixed(3)}, ${(c + h).toFixed(3)}]`;
};
// Each Reuters story's day (its <DATE>), from the mirror (empty without it).
const allDay = reutersDays();
for (const [name, file] of [['same-day step additions', 'bench/data/story57-reuters-dev.tsv'], ["the model's relations (sample)", 'bench/data/story57-reuters-model-dev.tsv']]) {
  const ls = readFileSync(file!, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('a\t')).map((l) => l.split('\t'));
  const same = ls.filter((l) => l[2] === 'same').length;
  const firm = ls.filter((l) => !l[3]);
  const firmSame = firm.filter((l) => l[2] === 'same').length;
  console.log(`${name}: ${same} same of ${ls.length} = ${(same / ls.length).toFixed(3)} ${wilson(same, ls.length)}; without borderline ${firmSame} of ${firm.length}`);
  if (allDay.size) {
    const sameDay = ls.filter((l) => allDay.get(l[0]!) === allDay.get(l[1]!));
    const other = ls.filter((l) => allDay.get(l[0]!) !== allDay.get(l[1]!));
    const n = (xs: string[][]) => `${xs.filter((l) => l[2] === 'same').length} same of ${xs.length}`;
    console.log(`  the two dated the same day: ${n(sameDay)}; 1–7 days apart: ${n(other)}`);
  }
}
const REU = opt('reuters');
const PAC = opt('pac');
if (!REU || !existsSync(REU)) {
  console.log('story57-fit: skipped: no reuters=DUMP (bench/story57-reuters.ts --split dev --dump FILE)');
  process.exit(0);
}
const storySameDay = (story as unknown as { storySameDay?: (on: boolean) => void }).storySameDay;

interface Row {
  src: 'reuters' | 'pac';
  same: boolean;
  f: Record<string, number>;
}
const rows: Row[] = [];

const cosine = (a: Map<string, number>, b: Map<string, number>) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};
const lead = (a: Article): Article => ({ ...a, title: '', text: a.units[0]?.text ?? '', units: a.units.slice(0, 1) });
function textSignals(p: Article, c: Article): Record<string, number> {
  const fp = figureSet(p);
  const fc = figureSet(c);
  const shared = [...fp].filter((x) => fc.has(x)).length;
  return { figClash: fp.size > 0 && fc.size > 0 && shared === 0 ? 1 : 0, leadNames: cosine(nameVector(lead(p)), nameVector(lead(c))) };
}

// Reuters dev: the dump, the labels, the articles (titles carried) and the same-day crowd of each page's pool.
const labels = new Map<string, string>();
for (const l of readFileSync('bench/data/story57-reuters-dev.tsv', 'utf8').split('\n')) {
  if (!l || l.startsWith('#') || l.startsWith('a\t')) continue;
  const [a, b, y] = l.split('\t');
  labels.set([a, b].sort().join('|'), y!);
}
const dump = JSON.parse(readFileSync(REU, 'utf8')) as { rows: Array<{ page: string; cand: string; day: string; p: number; near: number; nearBack: number; mutual: boolean; modelRelated: number; ev: Record<string, number> }> };
const docs = loadReuters(REUTERS_GIT, { titles: true });
if (!docs) {
  console.log('story57-fit: skipped: Reuters mirror absent');
  process.exit(0);
}
const span = reutersSpan(docs, '1987-03-02', 14, allDay);
const byId = new Map(span.map((a) => [a.id, a]));
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const index = new MemoryIndex([...span, ...seeds, ...loadZyte()]);
storySameDay?.(false);
const crowdOf = async (page: Article, candId: string) => {
  const cs = (await findRelated(page, index)).candidates;
  const c = cs.find((x) => x.article.id === candId)!;
  return cs.filter((x) => x !== c && !x.related && x.apart !== null && x.apart < 1 && x.docScore >= c.docScore).length;
};
for (const r of dump.rows) {
  const y = labels.get([r.page, r.cand].sort().join('|'));
  if (!y) throw new Error(`unlabelled ${r.page} ${r.cand}`);
  const p = byId.get(r.page)!;
  const c = byId.get(r.cand)!;
  rows.push({ src: 'reuters', same: y === 'same', f: { p: r.p, ...r.ev, near: r.near, nearBack: r.nearBack, mutual: r.mutual ? 1 : 0, mrel: r.modelRelated, crowd: await crowdOf(p, r.cand), ...textSignals(p, c) } });
}

let pacAlone = 0;
// PAC train: every same-day near miss of the dump (what the step adds there), gold = same AllSides story.
if (PAC && existsSync(PAC)) {
  const pd = JSON.parse(readFileSync(PAC, 'utf8')) as { rows: Array<Record<string, number | string | boolean | null>> };
  const pac = new Map((loadPac(["train"]) ?? []).map((d) => [d.id, d.article]));
  const byQ = new Map<string, typeof pd.rows>();
  // How many of PAC's same-day near misses are the only same-day article of their page's pool (sparse days).
  for (const r of pd.rows) byQ.set(r.q as string, [...(byQ.get(r.q as string) ?? []), r]);
  const isNear = (r: (typeof pd.rows)[number]) => r.apart !== null && (r.apart as number) < 1 && (r.score as number) >= STORY_CLOSURE.pmin && (r.score as number) < STORY_MODEL.threshold;
  for (const [q, cs] of byQ) {
    const near = cs.filter(isNear);
    for (const c of near) {
      const back = byQ.get(c.c as string) ?? [];
      const b = back.find((x) => x.c === q);
      if (cs.filter((x) => x.apart !== null && (x.apart as number) < 1).length === 1) pacAlone++;
      const crowd = cs.filter((x) => x !== c && (x.score as number) < STORY_MODEL.threshold && x.apart !== null && (x.apart as number) < 1 && (x.docScore as number) >= (c.docScore as number)).length;
      const pa = pac.get(q);
      const ca = pac.get(c.c as string);
      const ev = Object.fromEntries(['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back'].map((k) => [k, c[k] as number]));
      rows.push({
        src: 'pac',
        same: c.label === true,
        f: { p: c.score as number, ...ev, near: near.length, nearBack: back.filter(isNear).length, mutual: b && (b.score as number) >= STORY_CLOSURE.pmin ? 1 : 0, mrel: cs.filter((x) => (x.score as number) >= STORY_MODEL.threshold).length, crowd, ...(pa && ca ? textSignals(pa, ca) : { figClash: NaN, leadNames: NaN }) },
      });
    }
  }
}

const tally = (src: string, keep: (f: Record<string, number>) => boolean) => {
  const rs = rows.filter((r) => r.src === src && keep(r.f));
  return `${rs.filter((r) => r.same).length}/${rs.filter((r) => !r.same).length}`;
};
console.log(`rows: reuters ${tally('reuters', () => true)} (same/other), pac ${tally('pac', () => true)}; PAC near misses alone of their day in the pool: ${pacAlone}`);
// The best single cut in sample: for each signal, the threshold whose kept Reuters additions are most often the same story (≥ 4 same kept).
for (const k of Object.keys(rows[0]?.f ?? {})) {
  let best: [number, number, number, number] | null = null;
  for (const t of new Set(rows.filter((r) => r.src === 'reuters').map((r) => r.f[k]!))) {
    for (const dir of [1, -1]) {
      const kept = rows.filter((r) => r.src === 'reuters' && dir * (r.f[k]! - t) >= 0);
      const s = kept.filter((r) => r.same).length;
      if (s >= 4 && (!best || s / kept.length > best[0] || (s / kept.length === best[0] && s > best[1]))) best = [s / kept.length, s, kept.length - s, dir * t];
    }
  }
  if (best) console.log(`best single cut on ${k} (in sample): ${best[1]} same / ${best[2]} other kept (${best[0].toFixed(2)}) at ${best[3] < 0 ? '≤ ' + (-best[3]).toFixed(3) : '≥ ' + best[3].toFixed(3)}`);
}
const grid: Array<[string, (f: Record<string, number>) => boolean]> = [];
for (const k of ['near', 'nearBack', 'crowd']) for (const t of [0, 1, 2, 3]) grid.push([`${k} <= ${t}`, (f) => f[k]! <= t]);
grid.push(['mutual', (f) => f.mutual === 1], ['no figClash', (f) => f.figClash !== 1]);
for (const k of ['p', 'z', 'names', 'title', 'lead', 'leadNames', 'mrel']) {
  const qs = rows.filter((r) => r.src === 'reuters').map((r) => r.f[k]!).sort((x, y) => x - y);
  for (const q of [0.25, 0.5, 0.75]) {
    const t = qs[Math.floor(q * (qs.length - 1))]!;
    grid.push([`${k} >= ${t.toFixed(3)} (Reuters q${q * 100})`, (f) => f[k]! >= t]);
  }
}
// rows=FILE: the rows (source, label, signals) as JSON, for a joint look (docs/notes/story57.md: an in-sample logistic).
const ROWS = opt('rows');
if (ROWS) (await import('node:fs')).writeFileSync(ROWS, JSON.stringify(rows));
for (const [name, keep] of grid) console.log(`${name.padEnd(34)} reuters same/other ${tally('reuters', keep).padEnd(6)} pac ${tally('pac', keep)}`);

// A joint look: a logistic over every signal above (standardised, L2 0.1, gradient descent), fitted on Reuters dev +
// PAC train together; scored in sample (optimistic) and leaving one row out. Prints, at each score cut, the same / other
// additions kept per source: is there any cut that keeps most of PAC's same-story additions and few Reuters others?
const KEYS = ['p', 'docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back', 'near', 'nearBack', 'mutual', 'mrel', 'crowd', 'figClash', 'leadNames'];
const data = rows.filter((r) => KEYS.every((k) => Number.isFinite(r.f[k])));
const mean = KEYS.map((k) => data.reduce((s, r) => s + r.f[k]!, 0) / data.length);
const sd = KEYS.map((k, j) => Math.sqrt(data.reduce((s, r) => s + (r.f[k]! - mean[j]!) ** 2, 0) / data.length) || 1);
const xOf = (r: Row) => KEYS.map((k, j) => (r.f[k]! - mean[j]!) / sd[j]!);
function fitLogit(train: Row[]): number[] {
  const w = new Array(KEYS.length + 1).fill(0);
  const xs = train.map(xOf);
  for (let it = 0; it < 3000; it++) {
    const g = new Array(w.length).fill(0);
    train.forEach((r, i) => {
      const z = w[0] + xs[i]!.reduce((s, x, j) => s + x * w[j + 1], 0);
      const e = 1 / (1 + Math.exp(-z)) - (r.same ? 1 : 0);
      g[0] += e;
      xs[i]!.forEach((x, j) => (g[j + 1] += e * x));
    });
    for (let j = 0; j < w.length; j++) w[j] -= (0.5 * (g[j] + (j ? 0.1 * w[j] : 0))) / train.length;
  }
  return w;
}
const scoreOf = (w: number[], r: Row) => 1 / (1 + Math.exp(-(w[0]! + xOf(r).reduce((s, x, j) => s + x * w[j + 1]!, 0))));
const wAll = fitLogit(data);
const inSample = data.map((r) => scoreOf(wAll, r));
const loo = data.map((r, i) => scoreOf(fitLogit(data.filter((_, j) => j !== i)), r));
for (const [name, s] of [['in sample', inSample], ['leave one out', loo]] as const) {
  const line = [0.3, 0.5, 0.7, 0.8, 0.9].map((cut) => {
    const kept = data.filter((_, i) => s[i]! >= cut);
    const t = (src: string, same: boolean) => kept.filter((r) => r.src === src && r.same === same).length;
    return `≥ ${cut}: reuters ${t('reuters', true)}/${t('reuters', false)} pac ${t('pac', true)}/${t('pac', false)}`;
  });
  console.log(`logistic (${name}), same/other kept: ${line.join('; ')}`);
}
