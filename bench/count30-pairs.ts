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
import { factMatrix, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
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
  src: 'ecb' | 'gvc';
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
        outletKey: rr.sourceKey ?? rr.id,
      });
    }
  });
  return out;
}

export async function allPairs(which: Array<Pair['src']>): Promise<Pair[]> {
  const out: Pair[] = [];
  const seeds = await loadSet('seeds');
  if (which.includes('ecb') && existsSync(ECB_GIT)) {
    const byStory = ecbEvents();
    for (const l of byStory.values()) l.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const ev of ECB_DEV) {
      const rd = auditReading(byStory, ev, seeds, 4);
      if (!rd) continue;
      const r = await compareArticle(rd.read, new MemoryIndex(rd.corpus));
      out.push(...pairsOf('ecb', ev, rd.read, rd.corpus, r));
    }
  }
  if (which.includes('gvc')) {
    const distractors = [...seeds, ...loadZyte()];
    for (const rd of gvcReadings(15)) {
      const corpus = [...rd.own.slice(1), ...distractors];
      const r = await compareArticle(rd.read, new MemoryIndex(corpus));
      out.push(...pairsOf('gvc', rd.incident, rd.read, corpus, r));
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
