/**
 * The predicate veto (lib/engine/align.ts `PredicateVeto`) and synonyms in the unit similarity
 * (`SynonymUse`), measured on the DEV sets: each grid point is one run of `bench/eval.ts
 * --predicates=… --synonyms=…` over the nine dev sets (held-out sets are never read); the score of a
 * run is the mean over sets of the mean of added and left-out F1. Prints every point, the best in
 * sample, and leave one set out (each set scored at the point chosen on the other eight; ties go to
 * "off", then to the earlier point).
 *   SYN_DIR=/tmp npx tsx bench/fit-predicates.ts [--grid=predicates|synonyms]   (the synonyms grid runs without the veto)
 * The synonym cuts other than `full` are built first:
 *   MIN_TAGS=T MAX_SENSE=S npx tsx bench/build-synonyms.ts --out=$SYN_DIR/syn…ts (see facts-synonym-arg.ts).
 */
import { execFileSync } from 'node:child_process';
import { DEV_SETS } from './facts-causes.ts';

const which = process.argv.find((a) => a.startsWith('--grid='))?.slice(7) ?? 'predicates';
const grid: Array<{ name: string; args: string[] }> = [{ name: 'off', args: ['--predicates=off', '--synonyms=off'] }];
if (which === 'synonyms') {
  for (const cut of (process.env.CUTS ?? 'full,5,20,S1,S2,S3,5S1,5S2').split(',')) for (const w of (process.env.WEIGHTS ?? '1').split(',')) grid.push({ name: `syn ${cut} w${w}`, args: [`--synonyms=${cut},${w}`, "--predicates=off"] });
} else {
  for (const cells of (process.env.CELLS ?? '0,300').split(','))
    for (const cut of (process.env.CUTS ?? 'none,full').split(','))
      for (const share of (process.env.SHARES ?? '0.05,0.1,0.2').split(','))
        for (const cap of (process.env.CAPS ?? '0.2,0.25,0.3,2').split(',')) grid.push({ name: `veto cap ${cap} share ${share} ${cut} cells>${cells}`, args: [`--predicates=${cap},${share},${cells},${cut}`] });
}

const runs: Array<{ name: string; f1: Record<string, number> }> = [];
for (const g of grid) {
  const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${DEV_SETS.join(',')}`, ...g.args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = out.split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error(`no F1S line for ${g.name}`);
  const f1s = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  const f1 = Object.fromEntries(Object.entries(f1s).map(([k, [a, l]]) => [k, (a + l) / 2]));
  runs.push({ name: g.name, f1 });
  const sets = Object.keys(f1);
  console.log(`${g.name.padEnd(40)} ${sets.map((s) => `${s} ${f1[s]!.toFixed(3)}`).join('  ')}  mean ${(sets.reduce((t, s) => t + f1[s]!, 0) / sets.length).toFixed(4)}`);
}
const sets = Object.keys(runs[0]!.f1);
const mean = (r: (typeof runs)[number], skip?: string) => {
  const ss = sets.filter((s) => s !== skip);
  return ss.reduce((t, s) => t + r.f1[s]!, 0) / ss.length;
};
const best = (skip?: string) => runs.reduce((b, r) => (mean(r, skip) > mean(b, skip) + 1e-9 ? r : b), runs[0]!);
const b = best();
console.log(`\nbest in-sample: ${b.name} (mean ${mean(b).toFixed(4)}; off ${mean(runs[0]!).toFixed(4)})`);
console.log('\nleave one set out: | set | chosen on the other sets | F1 there | F1 off |\n|---|---|---|---|');
let lo = 0;
let off = 0;
for (const s of sets) {
  const c = best(s);
  lo += c.f1[s]!;
  off += runs[0]!.f1[s]!;
  console.log(`| ${s} | ${c.name} | ${c.f1[s]!.toFixed(3)} | ${runs[0]!.f1[s]!.toFixed(3)} |`);
}
console.log(`| **mean** | | ${(lo / sets.length).toFixed(4)} | ${(off / sets.length).toFixed(4)} |`);
