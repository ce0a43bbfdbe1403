/**
 * facts50: every pair of fact units the actor check (lib/engine/align.ts `differentActors`) keeps apart on the nine DEV sets,
 * at a similarity of at least --min (default 0.15), with the labels' verdict (same fact / different / unlabelled) and both
 * actors — to read by eye which vetoes are wrong (one outlet names the actor, the other writes "the president", "he", a
 * group) and which hold.   npx tsx bench/facts50-veto.ts [--min=0.15] [--sets=dnc,pompeo] [--list]
 */
import { differentActors, REPORT_ALIGN, unitSimilarity } from '../lib/engine/align.ts';
import { labelsOf, readingInputs, weighedByUnit } from './reading-inputs.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';
import { MemoryIndex } from '../lib/engine/index.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const min = Number(arg('min') ?? 0.15);
const sets = arg('sets')?.split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const list = process.argv.includes('--list');
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 130);
const act = (a: Set<string> | null | undefined) => (a ? [...a].join(' ') : '-');
const count = { same: 0, different: 0, unlabelled: 0 };
for (const name of sets) {
  const articles = await loadSet(name);
  if (!articles) {
    console.log(`${name}: skipped (texts absent)`);
    continue;
  }
  const { sameByLabels } = labelsOf(name, articles);
  const index = new MemoryIndex(articles);
  const seen = new Set<string>();
  for (const x of articles) {
    const { rel, fx, fr, idf } = await readingInputs(x, index);
    const X = weighedByUnit(fx, idf);
    rel.forEach((R, k) => {
      const key = [x.id, R.id].sort().join('|');
      if (seen.has(key)) return; // each pair of articles once: the veto is symmetric
      seen.add(key);
      const Y = weighedByUnit(fr[k]!, idf);
      for (const [i, a] of X.w)
        for (const [j, b] of Y.w) {
          const s = unitSimilarity(a, b, REPORT_ALIGN.wordBonus);
          if (s < min || !differentActors(a, X.a.get(i)!, b, Y.a.get(j)!)) continue;
          const v = sameByLabels(x.id, i, R.id, j);
          const tag = v === null ? 'unlabelled' : v ? 'same' : 'different';
          count[tag]++;
          if (list || v) console.log(`[${name} ${x.id.slice(0, 4)}#${i} ~ ${R.id.slice(0, 4)}#${j}] ${tag} s=${s.toFixed(3)}  [${act(X.a.get(i))}] / [${act(Y.a.get(j))}]\n   "${sh(a.f.unit.text)}"\n   "${sh(b.f.unit.text)}"`);
        }
    });
  }
}
console.log(`vetoed pairs at s >= ${min}: same fact by the labels ${count.same}, different ${count.different}, unlabelled ${count.unlabelled}`);
