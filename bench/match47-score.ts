/**
 * Scores the path's dev misses and hits against match47's blind labels (bench/data/match47-labels.tsv; the sheet:
 * bench/match47-sheet.ts; docs/notes/match47.md).
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/match47-score.ts MN_OUT GVC_OUT [--labels FILE] [--no-corpus]
 *
 * MN_OUT / GVC_OUT: `--errors` outputs of `bench/story-multinews.ts --only-half dev` and `bench/story-gvc.ts --split dev
 * --errors dev` of the lib under test (the arm of each drawn ordered pair is re-read from them, so a branch's run is
 * scored on the same labels). Prints per set:
 *   - the labels by stratum (main's arm when drawn; each drawn ordered pair counts once, a pair drawn both ways twice);
 *   - recall on same-event pairs of the run scored, stratified (see `recall`); with --base MAIN_MN MAIN_GVC the strata's
 *     sizes are main's (scoring a branch's runs on main's draw);
 *   - each true miss (missed, judged `same`) by cause — not retrieved / declined by the model (p < threshold) / the
 *     window (dated, > STORY_DAYS apart) / a later step — with its evidence, and (unless --no-corpus) its key overlap in
 *     the bench's own corpus: the page's query keys, how many the partner carries, how many the 40th candidate carries,
 *     the index keys the two share; and for a pair not retrieved, the decision had the partner been the 40th candidate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { indexKeys } from '../lib/engine/keys.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { daysApart, queryKeys, STORY_DAYS } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems, gvcStoryCorpus } from './data/gvc.ts';
import { devSets, LABELS_FILE, pairKey as pairKeyOf, type Label, type SetName } from './match47-sheet.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const WITH_VALUE = new Set(['--labels', '--base']);
const [mnOut, gvcOut] = argv.filter((x, i) => !x.startsWith('--') && !WITH_VALUE.has(argv[i - 1] ?? '') && argv[i - 2] !== '--base');
if (!mnOut || !gvcOut) throw new Error('usage: match47-score.ts MN_OUT GVC_OUT [--labels FILE] [--no-corpus]');
const NO_CORPUS = argv.includes('--no-corpus');

interface Row {
  set: SetName;
  a: string;
  b: string;
  label: Label;
  borderline: boolean;
  /** The ordered pairs drawn, with their arm on main when drawn (the stratum) and their sample (a, b). */
  drawn: Array<{ pair: string; arm0: string; sample: string }>;
}
const rows: Row[] = readFileSync(arg('--labels') ?? LABELS_FILE, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [, set, a, b, , , label, bl, drawn] = l.split('\t');
    return { set: set as SetName, a: a!, b: b!, label: label as Label, borderline: bl === '1', drawn: drawn!.split(',').map((d) => ({ pair: d.split(':')[0]!, arm0: d.split(':')[1]!, sample: d.split(':')[2] ?? 'a' })) };
  });

/** The run's `missed` lines by ordered pair `a>b` (the line's evidence), and its step lines. */
function readRun(file: string) {
  const missed = new Map<string, string>();
  const stepOut = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    let m = /^ {2}missed (\S+) → (\S+): (.*)$/.exec(line);
    if (m) missed.set(`${m[1]}>${m[2]}`, m[3]!);
    m = /^ {2}step (\w+) out (\S+) → (\S+) \[same\]/.exec(line);
    if (m) stepOut.set(`${m[2]}>${m[3]}`, m[1]!);
  }
  return { missed, stepOut };
}

// Seeded PRNG (mulberry32) and a Beta draw (two Gamma draws, Marsaglia–Tsang), for the interval.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(47);
const f3 = (x: number) => x.toFixed(3);

/**
 * Recall on the pairs judged `ok` of the run scored: Σ_s N_s·share(ok ∧ related) / Σ_s N_s·share(ok) over the strata s
 * (main's arm when drawn: found / missed; N_s main's counts), 95% interval from 4,000 bootstrap resamples within each
 * stratum.
 */
function recall<D extends { arm0: string; related: boolean }>(draws: D[], ok: (d: D) => boolean, N: Record<string, number>): string {
  const strata = Object.keys(N).map((s) => draws.filter((d) => d.arm0 === s));
  const est = (xs: D[][]) => {
    let num = 0;
    let den = 0;
    xs.forEach((x, k) => {
      const n = N[Object.keys(N)[k]!]! / (x.length || 1);
      for (const d of x) if (ok(d)) ((den += n), d.related && (num += n));
    });
    return den ? num / den : 0;
  };
  const boot: number[] = [];
  for (let i = 0; i < 4000; i++) boot.push(est(strata.map((x) => x.map(() => x[Math.floor(rand() * x.length)]!))));
  boot.sort((x, y) => x - y);
  const parts = Object.keys(N).map((s, k) => `${s} ${strata[k]!.filter((d) => ok(d) && d.related).length}/${strata[k]!.filter(ok).length}/${strata[k]!.length} of ${N[s]}`);
  return `${f3(est(strata))} [${f3(boot[100]!)}, ${f3(boot[3900]!)}] (ok and related / ok / drawn: ${parts.join('; ')})`;
}

/** The bench's own corpus of a set (as story-multinews.ts --only-half dev / story-gvc.ts --split dev build it). */
async function corpusOf(name: SetName): Promise<Article[]> {
  const sets = devSets()!;
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  const zyte = loadZyte();
  const items = gvcItems()!;
  if (name === 'mn') {
    const undate = (a: Article): Article => ({ ...a, date: null, url: null });
    const gvc = gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, 1000).map((x) => x.picked[0]!)).map((d) => undate(d.article));
    return [...sets.mn.read.map(undate), ...gvc, ...seeds, ...zyte];
  }
  const c = gvcStoryCorpus(items, 'dev', 300, 4);
  return [...c.read.map((d) => d.article), ...c.distractors.map((d) => d.article), ...seeds, ...zyte];
}

/** The index that always hands the partner back as the last of the candidates (what the path would decide had it been retrieved). */
class WithPartner extends MemoryIndex {
  partner = '';
  override async candidates(keys: string[], limit = 100): Promise<Array<{ id: string; hits: number }>> {
    const base = await super.candidates(keys, limit);
    if (!this.partner || base.some((h) => h.id === this.partner)) return base;
    const mine = new Set(indexKeys((await this.getMany([this.partner]))[0]!));
    const hits = [...new Set(keys)].filter((k) => mine.has(k)).length;
    return [...base.slice(0, limit - 2), { id: this.partner, hits }, ...base.slice(limit - 2, limit - 1)];
  }
}

const sets = devSets();
if (!sets) {
  console.log('match47-score: skipped: a mirror is absent (Multi-News or GVC)');
  process.exit(0);
}
const runs = { mn: mnOut, gvc: gvcOut };
// --base MN_OUT GVC_OUT: main's outputs (the strata's sizes) when the runs scored are a branch's.
const baseArgs = argv.includes('--base') ? argv.slice(argv.indexOf('--base') + 1, argv.indexOf('--base') + 3) : [mnOut, gvcOut];
const base = { mn: baseArgs[0]!, gvc: baseArgs[1]! };
const samples = [...new Set(rows.flatMap((r) => r.drawn.map((d) => `${r.set} ${d.sample}`)))].sort();
for (const key of samples) {
  const [name, sample] = key.split(' ') as [SetName, string];
  const out = runs[name];
  const { missed, stepOut } = readRun(out);
  const goldN = sets[name].read.reduce((n, a) => n + sets[name].read.filter((b) => b.id !== a.id && sets[name].groupOf.get(b.id) === sets[name].groupOf.get(a.id)).length, 0);
  const M = readRun(base[name]).missed.size;
  const F = goldN - M;
  // Each drawn ordered pair with its label, its stratum (main's arm when drawn) and whether the run scored relates it.
  const draws = rows
    .filter((r) => r.set === name)
    .flatMap((r) => r.drawn.filter((d) => d.sample === sample).map(({ pair, arm0 }) => ({ pair, r, arm0, related: !missed.has(pair) })));
  const byArm = (arm: string) => draws.filter((d) => d.arm0 === arm);
  const N = { found: F, missed: M };
  const count = (xs: typeof draws) => ['same', 'background', 'unrelated', 'debris'].map((l) => `${l} ${xs.filter((d) => d.r.label === l).length}`).join(', ') + ` (borderline ${xs.filter((d) => d.r.borderline).length})`;
  console.log(`\n== ${name} dev, sample ${sample}: ${goldN} ordered gold pairs; main found ${F}, missed ${M}; this run missed ${missed.size}; drawn ${draws.length}`);
  console.log(`  found  (${byArm('found').length}): ${count(byArm('found'))}`);
  console.log(`  missed (${byArm('missed').length}): ${count(byArm('missed'))}`);
  console.log(`  recall on same-event pairs: ${recall(draws, (d) => d.r.label === 'same', N)}`);
  console.log(`  recall, 'same' not borderline: ${recall(draws, (d) => d.r.label === 'same' && !d.r.borderline, N)}`);
  console.log(`  recall, 'same' or 'background' (lenient): ${recall(draws, (d) => d.r.label === 'same' || d.r.label === 'background', N)}`);
  console.log(`  recall by the set's own grouping, on the drawn pairs (a check): ${recall(draws, () => true, N)}`);
  console.log(`  share of misses judged same event: ${f3(byArm('missed').filter((d) => d.r.label === 'same').length / byArm('missed').length)}; debris ${f3(byArm('missed').filter((d) => d.r.label === 'debris').length / byArm('missed').length)}`);

  // The true misses by cause.
  const trueMisses = draws.filter((d) => d.r.label === 'same' && !d.related);
  const corpus = NO_CORPUS ? [] : await corpusOf(name);
  const index = NO_CORPUS || !trueMisses.length ? null : new MemoryIndex(corpus);
  const forced = NO_CORPUS || !trueMisses.length ? null : new WithPartner(corpus);
  const causes = new Map<string, number>();
  const lines: string[] = [];
  for (const d of trueMisses) {
    const [a, b] = d.pair.split('>') as [string, string];
    const ev = missed.get(d.pair)!;
    // The step that took it out (the run's `step … out` lines), else the model's own decline.
    const cause = ev === 'not retrieved' ? 'not retrieved' : (stepOut.get(d.pair) ?? 'model');
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    let keys = '';
    if (index && forced) {
      const [pa, pb] = await index.getMany([a, b]);
      const ka = indexKeys(pa!);
      const kb = new Set(indexKeys(pb!));
      const n = await index.count();
      const df = await index.keyCounts(ka);
      const q = queryKeys(ka, df, n);
      const cands = await index.candidates(q, 41);
      const ranked = cands.filter((h) => h.id !== a);
      const partnerHits = q.filter((k) => kb.has(k)).length;
      keys = `keys: query ${q.length}, partner carries ${partnerHits}, 40th candidate ${ranked[39]?.hits ?? 0}; shared index keys ${ka.filter((k) => kb.has(k)).length} of ${ka.length} / ${kb.size}`;
      if (cause === 'not retrieved') {
        forced.partner = b;
        const { candidates } = await findRelated(pa!, forced);
        const c = candidates.find((x) => x.article.id === b);
        const days = daysApart(pa!.date ?? null, pb!.date ?? null);
        keys += c
          ? `; had it been retrieved: p ${c.score.toFixed(2)} cos ${c.docScore.toFixed(2)} z ${c.z.toFixed(1)} ratio ${c.ratio.toFixed(2)} back ${c.back.toFixed(2)}${days !== null ? ` apart ${Math.round(days)}d` : ''} → ${c.score >= STORY_MODEL.threshold && (days === null || days <= STORY_DAYS) ? 'related by the model' : 'declined'}`
          : '; (forced candidate absent)';
      }
    }
    lines.push(`  true miss ${d.pair}${d.r.borderline ? ' (borderline)' : ''}: ${cause}; ${ev}${keys ? `; ${keys}` : ''}`);
  }
  console.log(`  true misses drawn ${trueMisses.length}: ${[...causes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const l of lines) console.log(l);
  // The drawn misses judged not `same`, by cause, for contrast.
  const other = draws.filter((d) => d.r.label !== 'same' && !d.related);
  const oc = new Map<string, number>();
  for (const d of other) {
    const ev = missed.get(d.pair)!;
    const k = `${d.r.label}/${ev === 'not retrieved' ? 'not retrieved' : (stepOut.get(d.pair) ?? 'model')}`;
    oc.set(k, (oc.get(k) ?? 0) + 1);
  }
  console.log(`  other misses drawn ${other.length}: ${[...oc].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

// Agreement with story34's judge (bench/data/story-multinews-reader-dev.tsv, the same written convention) on the
// Multi-News pairs both sheets hold: the same label, and the same borderline flag.
{
  const theirs = new Map<string, [string, string]>();
  for (const l of readFileSync('bench/data/story-multinews-reader-dev.tsv', 'utf8').split('\n')) {
    if (!l || l.startsWith('#')) continue;
    const f = l.split('\t');
    theirs.set(pairKeyOf(f[2]!, f[3]!), [f[6]!, f[7]!]);
  }
  const both = rows.filter((r) => theirs.has(pairKeyOf(r.a, r.b)));
  const sameLabel = both.filter((r) => theirs.get(pairKeyOf(r.a, r.b))![0] === r.label).length;
  const sameFlag = both.filter((r) => (theirs.get(pairKeyOf(r.a, r.b))![1] === '1') === r.borderline).length;
  console.log(`\nagreement with story34's labels on ${both.length} shared pairs: label ${sameLabel}, borderline flag ${sameFlag}`);
}
