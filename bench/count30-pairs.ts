/**
 * count30: the listed pairs of the Shared cards (top 5 per reading) and the evidence the engine has for each.
 *
 *   npx tsx bench/count30-pairs.ts --text [--src=ecb|gvc]   the pairs to judge, blind: texts only, no evidence
 *                                                            (GVC is unlicensed: read it on screen, commit no text)
 *   npx tsx bench/count30-pairs.ts --fit                     fit one cut on ECB+ labels, report it on GVC
 *
 * A pair: a Shared card's sentence here (unit a) and one listed source (article id, unit b). Its key is
 * `READING:S:RANK|ID#B` and its hash the FNV-1a of the two texts (labels match on both).
 * Labels: bench/data/count30-pairs.tsv (key, hash, y/n = the listed sentence tells the card's fact, note).
 * Readings: ECB+ audit14 dev (10) + audit27 fresh (10) — the fitting side; GVC audit29 (15) — out of source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { factMatrix, REPORT_ALIGN, sameFact, sentenceUnit, sharePredicate, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { fnv, gvcReadings } from './audit29-cards.ts';
import type { Article, Report } from '../lib/types.ts';

export const ECB_DEV = ['1b', '3b', '5a', '7a', '13a', '25a', '35a', '37b', '41b', '43b', '9a', '11b', '19a', '21b', '27b', '29a', '31b', '33a', '39b', '45a'];
const TOP = 5;
const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);

export interface Pair {
  src: 'ecb' | 'gvc' | 'mn';
  reading: string;
  key: string;
  hash: string;
  here: string;
  there: string;
  /** The card's outlets and the total, as shown. */
  count: number;
  total: number;
  told: boolean;
  s: number;
  z: number;
  p: number;
  mutual: boolean;
  cells: number;
  /** The two share a predicate word (align.ts sharePredicate, the shipped PredicateVeto's share). */
  pred: boolean;
  /** The card sentence cut into clauses (lib/nlp/clauses.ts predications, 2+ content words): the best and the
   * worst similarity of a clause with the listed sentence (the whole sentence when it has one clause). */
  clauseBest: number;
  clauseWorst: number;
  /** The similarity of the card sentence's first clause (its main predication) with the listed sentence. */
  clauseFirst: number;
  /** Other listed sources of the same card from the same article (a card lists an outlet once per unit). */
  outletKey: string;
}

/** The pairs of one reading's top Shared cards, with the alignment's evidence (recomputed as compare.ts does). */
export function pairsOf(src: Pair['src'], reading: string, read: Article, corpus: Article[], r: Report): Pair[] {
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const rel = r.related.map((x) => byId.get(x.id)!);
  const fx = reportFeatures(read, featuresOf(read));
  const fr = rel.map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf([fx, ...fr]);
  const A = weighAll(fx, idf);
  const out: Pair[] = [];
  r.shared.slice(0, TOP).forEach((f, k) => {
    for (const t of f.sources) {
      const ri = rel.findIndex((a) => a.id === t.id);
      const B = weighAll(fr[ri]!, idf);
      const { ai, bi, S } = factMatrix(A, B, REPORT_ALIGN.wordBonus);
      const x = ai.findIndex((w) => w.f.unit.i === f.i);
      const y = bi.findIndex((w) => w.f.unit.i === t.i);
      const all = S.flat();
      const sorted = [...all].sort((u, v) => u - v);
      const med = sorted[sorted.length >> 1]!;
      const mad = 1.4826 * all.map((u) => Math.abs(u - med)).sort((u, v) => u - v)[all.length >> 1]!;
      const s = x >= 0 && y >= 0 ? S[x]![y]! : 0;
      const rowMax = x >= 0 ? Math.max(...S[x]!) : 0;
      const colMax = y >= 0 ? Math.max(...S.map((row) => row[y]!)) : 0;
      const here = f.text;
      const there = rel[ri]!.units[t.i]!.text;
      const rr = r.related[ri]!;
      const cl = predications(here)
        .map((c) => unitFeatures(sentenceUnit(c.text)))
        .filter((u) => u.lex.length >= 2)
        .map((u) => (y >= 0 ? unitSimilarity(weigh(u, idf.words, idf.grams), bi[y]!, REPORT_ALIGN.wordBonus) : 0));
      const cs = cl.length ? cl : [s];
      out.push({
        src,
        reading,
        key: `${reading}:S:${k + 1}|${t.id}#${t.i}`,
        hash: fnv(`${here}|${there}`),
        here,
        there,
        count: f.count,
        total: f.total,
        told: t.told === 'differently',
        s,
        z: (s - med) / Math.max(mad, 0.02),
        p: x >= 0 && y >= 0 ? sameFact(ai[x]!, bi[y]!, REPORT_ALIGN.model).probability : 0,
        mutual: s > 0 && s === rowMax && s === colMax,
        cells: all.length,
        clauseBest: Math.max(...cs),
        clauseWorst: Math.min(...cs),
        clauseFirst: cs[0]!,
        pred: x >= 0 && y >= 0 && REPORT_ALIGN.predicates ? sharePredicate(ai[x]!, bi[y]!, REPORT_ALIGN.predicates) : true,
        outletKey: rr.sourceKey ?? rr.id,
      });
    }
  });
  return out;
}

/** `order`: the report as ranked for the pairs (default: as compareArticle ranks it). */
export async function allPairs(which: Array<Pair['src']>, order: (r: Report) => Report = (r) => r): Promise<Pair[]> {
  const out: Pair[] = [];
  const seeds = await loadSet('seeds');
  if (which.includes('ecb') && existsSync(ECB_GIT)) {
    const byStory = ecbEvents();
    for (const l of byStory.values()) l.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const ev of ECB_DEV) {
      const rd = auditReading(byStory, ev, seeds, 4);
      if (!rd) continue;
      const r = await compareArticle(rd.read, new MemoryIndex(rd.corpus));
      out.push(...pairsOf('ecb', ev, rd.read, rd.corpus, order(r)));
    }
  }
  if (which.includes('gvc')) {
    const distractors = [...seeds, ...loadZyte()];
    for (const rd of gvcReadings(15)) {
      const corpus = [...rd.own.slice(1), ...distractors];
      const r = await compareArticle(rd.read, new MemoryIndex(corpus));
      out.push(...pairsOf('gvc', rd.incident, rd.read, corpus, order(r)));
    }
  }
  return out;
}

export function labels(path = 'bench/data/count30-pairs.tsv'): Map<string, { label: string; hash: string }> {
  if (!existsSync(path)) return new Map();
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  return new Map(rows.map((x) => [`${x[0]}|${x[1]}`, { label: x[2]!, hash: x[1]! }]));
}

const isMain = process.argv[1]?.endsWith('count30-pairs.ts');
if (isMain) {
  const src = opt('src');
  const which: Array<Pair['src']> = src === 'ecb' ? ['ecb'] : src === 'gvc' ? ['gvc'] : ['ecb', 'gvc'];
  const pairs = await allPairs(which);
  if (argv.includes('--text')) {
    // Blind: the texts and the key, nothing of the evidence.
    let last = '';
    for (const p of pairs) {
      const card = p.key.split('|')[0]!;
      if (card !== last) console.log(`\n${card} [${p.count}/${p.total}] HERE: ${p.here}`);
      last = card;
      console.log(`   ${p.key.split('|')[1]} ${p.hash}: ${p.there}`);
    }
    process.exit(0);
  }
  if (argv.includes('--dump')) {
    for (const p of pairs) console.log(JSON.stringify({ ...p, here: undefined, there: undefined }));
    process.exit(0);
  }
}

/** Area under the ROC curve of `score` for telling y (same fact) from n, ties counted half. */
function auc(xs: Array<{ v: number; y: boolean }>): number {
  const pos = xs.filter((x) => x.y);
  const neg = xs.filter((x) => !x.y);
  let a = 0;
  for (const p of pos) for (const q of neg) a += p.v > q.v ? 1 : p.v === q.v ? 0.5 : 0;
  return a / Math.max(1, pos.length * neg.length);
}

/** The cut on `v` (drop a listing when v < cut) with the best Youden J (TPR of n dropped − FPR of y dropped). */
export function youden(xs: Array<{ v: number; y: boolean }>): { cut: number; j: number } {
  const vals = [...new Set(xs.map((x) => x.v))].sort((a, b) => a - b);
  const nn = xs.filter((x) => !x.y).length;
  const ny = xs.length - nn;
  let best = { cut: -Infinity, j: 0 };
  for (let k = 0; k < vals.length; k++) {
    const cut = k + 1 < vals.length ? (vals[k]! + vals[k + 1]!) / 2 : vals[k]! + 1e-9;
    const dn = xs.filter((x) => !x.y && x.v < cut).length;
    const dy = xs.filter((x) => x.y && x.v < cut).length;
    const j = dn / nn - dy / ny;
    if (j > best.j) best = { cut, j };
  }
  return best;
}

/** What dropping the listings with v < cut does to the cards: listings and outlets dropped, right and wrong. */
export function effect(pairs: Array<Pair & { y: boolean }>, keep: (p: Pair) => boolean) {
  const cards = new Map<string, Array<Pair & { y: boolean }>>();
  for (const p of pairs) cards.set(p.key.split('|')[0]!, [...(cards.get(p.key.split('|')[0]!) ?? []), p]);
  const r = { listings: pairs.length, wrong: 0, dropWrong: 0, dropRight: 0, outlets: 0, outletsWrong: 0, outDropWrong: 0, outDropRight: 0, cardsChanged: 0, cardsGone: 0, cardsAllRightBefore: 0, cardsAllRightAfter: 0 };
  for (const ps of cards.values()) {
    let changed = false;
    const outlets = new Map<string, Array<Pair & { y: boolean }>>();
    for (const p of ps) {
      outlets.set(p.outletKey, [...(outlets.get(p.outletKey) ?? []), p]);
      if (!p.y) r.wrong++;
      if (!keep(p)) (changed = true, p.y ? r.dropRight++ : r.dropWrong++);
    }
    let allRightBefore = true;
    let allRightAfter = true;
    let left = 0;
    for (const os of outlets.values()) {
      const right = os.some((p) => p.y);
      const kept = os.filter(keep);
      r.outlets++;
      if (!right) (r.outletsWrong++, (allRightBefore = false));
      if (kept.length) left++;
      if (kept.length && !kept.some((p) => p.y)) allRightAfter = false;
      if (!kept.length) right ? r.outDropRight++ : r.outDropWrong++;
    }
    if (changed) r.cardsChanged++;
    if (!left) r.cardsGone++;
    if (allRightBefore) r.cardsAllRightBefore++;
    if (allRightAfter && left) r.cardsAllRightAfter++;
  }
  return r;
}

if (isMain && argv.includes('--fit')) {
  const lab = labels();
  const src = opt('src');
  const listed = await allPairs(src === 'ecb' ? ['ecb'] : src === 'gvc' ? ['gvc'] : ['ecb', 'gvc']);
  const pairs = listed.flatMap((p) => {
    const l = lab.get(`${p.key}|${p.hash}`);
    return l ? [{ ...p, y: l.label === 'y' }] : [];
  });
  if (pairs.length < listed.length) console.log(`listings with no label (cards changed since the labels): ${listed.length - pairs.length}`);
  const f3 = (x: number) => x.toFixed(3);
  // Relative to the card: the listing's s over the best s among the card's listings (one outlet's weak pair beside strong ones).
  const bestS = new Map<string, number>();
  for (const p of pairs) bestS.set(p.key.split('|')[0]!, Math.max(bestS.get(p.key.split('|')[0]!) ?? 0, p.s));
  const feats: Array<[string, (p: Pair) => number]> = [
    ['s/best', (p) => p.s / Math.max(1e-9, bestS.get(p.key.split('|')[0]!)!)],
    ['aligned', (p) => (p.told ? 0 : 1)],
    // The shipped predicate veto read as a display rule in every matrix: 0 when s < its cap and no predicate word is shared.
    ['vetoFree', (p) => (p.s < (REPORT_ALIGN.predicates?.cap ?? 0) && !p.pred ? 0 : 1)],
    ['pred', (p) => (p.pred ? 1 : 0)],
    ['clauseBest', (p) => p.clauseBest],
    ['clauseWorst', (p) => p.clauseWorst],
    ['clauseFirst', (p) => p.clauseFirst],
    ['p(same)', (p) => p.p],
    ['s', (p) => p.s],
    ['z', (p) => p.z],
    ['mutual', (p) => (p.mutual ? 1 : 0)],
  ];
  for (const s of ['ecb', 'gvc'] as const) {
    const ps = pairs.filter((p) => p.src === s);
    console.log(`${s}: ${ps.length} labelled listings, ${ps.filter((p) => !p.y).length} another fact`);
    for (const [name, f] of feats) console.log(`  AUC ${name}: ${f3(auc(ps.map((p) => ({ v: f(p), y: p.y }))))}`);
  }
  const ecb = pairs.filter((p) => p.src === 'ecb');
  const gvc = pairs.filter((p) => p.src === 'gvc');
  const feat = opt('feature') ?? 'p(same)';
  const f = feats.find((x) => x[0] === feat)![1];
  const fixed = opt('cut');
  // `--precision=X`: the largest cut whose dropped ECB+ listings are at least a share X another fact (a precision target).
  const target = opt('precision');
  const byTarget = (x: number) => {
    const vals = [...new Set(ecb.map(f))].sort((a, b) => a - b);
    let best = -Infinity;
    for (const v of vals) {
      const d = ecb.filter((p) => f(p) <= v);
      if (d.length >= 5 && d.filter((p) => !p.y).length / d.length >= x) best = v + 1e-9;
    }
    return best;
  };
  const { cut, j } = fixed !== undefined ? { cut: Number(fixed), j: NaN } : target !== undefined ? { cut: byTarget(Number(target)), j: NaN } : youden(ecb.map((p) => ({ v: f(p), y: p.y })));
  console.log(`cut on ${feat}: drop a listing when ${feat} < ${f3(cut)} (${fixed !== undefined ? 'given' : target !== undefined ? `precision ≥ ${target} on ECB+` : `Youden on ECB+, J ${f3(j)}`})`);
  for (const [name, ps] of [['ECB+ (fit)', ecb], ['GVC (out of source)', gvc]] as const) {
    console.log(`  ${name}:`, JSON.stringify(effect(ps, (p) => f(p) >= cut)));
  }
  if (argv.includes('--list')) for (const p of pairs) if (f(p) < cut) console.log(`   dropped ${p.y ? 'RIGHT' : 'wrong'} ${p.key} p ${f3(p.p)} s ${f3(p.s)} z ${p.z.toFixed(1)} mutual ${p.mutual} told ${p.told} cells ${p.cells}`);
}
