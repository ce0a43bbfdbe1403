/**
 * Public sentence-pair data for the pair model's fitting scripts (bench/fit-align.ts, bench/fit-lexicon.ts).
 * Read from bare git mirrors (the data is not in the repo: MRPC's licence does not allow it):
 *   - MRPC train / val: brmson/dataset-sts, data/para/msr/ (DATASET_STS_GIT)
 *   - STS Benchmark train / dev (2012–2017 SemEval pairs with genre and source columns):
 *     aivilmo/textual-similarity, stsbenchmark/sts-{train,dev}.csv (STSB_GIT)
 * Never read: the STS-B test split, the MRPC test split, the SemEval headlines test files.
 *
 * The headlines-source rows of STS-B come from the SemEval 2013–2016 headlines test files, the project's
 * held-out acceptance data: nothing is fitted or chosen on them (`stsbFitPool`, `isHeadlines`); the dev
 * headlines rows are reported once, as the held-out figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Pair {
  a: string;
  b: string;
  /** MRPC: 0/1; STS: the gold score 0..5. */
  y: number;
  /** STS-B genre / source ("main-news" / "headlines"); empty for MRPC. */
  genre: string;
  source: string;
}

function gitDir(env: string | undefined, fallback: string): string | null {
  for (const d of [env, fallback, `${fallback}/.git`]) if (d && existsSync(d) && existsSync(`${d}/HEAD`)) return d;
  return null;
}
export const DATASET_STS = gitDir(process.env.DATASET_STS_GIT, '/work/.mirror/brmson+dataset-sts/repo');
export const STSB = gitDir(process.env.STSB_GIT, '/work/.mirror/aivilmo+textual-similarity/repo');

const show = (git: string, path: string) => execFileSync('git', ['--git-dir', git, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });

export function mrpc(split: 'train' | 'val'): Pair[] {
  if (!DATASET_STS) throw new Error('no dataset-sts mirror (fetch github:brmson/dataset-sts, or set DATASET_STS_GIT)');
  return show(DATASET_STS, `data/para/msr/msr-para-${split}.tsv`)
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { y: Number(c[0]), a: c[3]!, b: c[4]!, genre: '', source: '' };
    });
}

/** STS Benchmark train or dev (never test). */
export function stsb(split: 'train' | 'dev'): Pair[] {
  if (!STSB) throw new Error('no STS Benchmark mirror (fetch github:aivilmo/textual-similarity, or set STSB_GIT)');
  return show(STSB, `stsbenchmark/sts-${split}.csv`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { genre: c[0]!, source: c[1]!, y: Number(c[4]), a: (c[5] ?? '').trim(), b: (c[6] ?? '').trim() };
    })
    .filter((p) => Number.isFinite(p.y) && p.a && p.b);
}

/** SemEval STS files of brmson/dataset-sts that are not headlines (news-like dev files). */
export function semeval(path: string): Pair[] {
  if (!DATASET_STS) throw new Error('no dataset-sts mirror');
  if (/headlines/i.test(path)) throw new Error('the SemEval headlines files are held out');
  return show(DATASET_STS, `data/sts/semeval-sts/${path}`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { y: c[0]!.trim() ? Number(c[0]) : NaN, a: (c[1] ?? '').trim(), b: (c[2] ?? '').trim(), genre: '', source: path };
    })
    .filter((p) => Number.isFinite(p.y) && p.a && p.b);
}

/** The STS-B rows taken from the SemEval headlines test files (the acceptance data). */
export const isHeadlines = (p: Pair) => p.source === 'headlines';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** A sentence pair, order-free and case/space-insensitive. */
export const pairKey = (p: Pair) => {
  const a = norm(p.a);
  const b = norm(p.b);
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
};

/**
 * STS-B train rows a model may be fitted on: no headlines-source row, and no row whose sentence pair
 * is also a headlines row of the dev file (the held-out figure). `dropped` counts what was removed.
 */
export function stsbFitPool(): { pairs: Pair[]; droppedHeadlines: number; droppedDevPairs: number } {
  const devHead = new Set(stsb('dev').filter(isHeadlines).map(pairKey));
  const all = stsb('train');
  const noHead = all.filter((p) => !isHeadlines(p));
  const pairs = noHead.filter((p) => !devHead.has(pairKey(p)));
  return { pairs, droppedHeadlines: all.length - noHead.length, droppedDevPairs: noHead.length - pairs.length };
}
