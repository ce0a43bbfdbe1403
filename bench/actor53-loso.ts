/**
 * actor53: choose between variants of the actor test leaving one set out. Each argument is NAME=FILE, FILE the output
 * of `bench/eval.ts --only=<the 17 dev sets>` under that variant (its F1S line). For each set left out, the variant
 * with the best mean F1S over the other sets is picked (ties: the earlier argument, so list main first) and scored on
 * the set left out; prints the picks and the mean out of fold, per group (nine / BASIL eight).
 *
 *   npx tsx bench/actor53-loso.ts main=/tmp/base-eval.txt speakers=/tmp/v8-eval.txt
 */
import { readFileSync } from 'node:fs';

const variants = process.argv.slice(2).map((a) => {
  const [name, file] = a.split('=') as [string, string];
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error(`${file}: no F1S line`);
  const f1 = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  return { name, f1: Object.fromEntries(Object.entries(f1).map(([k, v]) => [k, v[0]])) };
});
const sets = Object.keys(variants[0]!.f1);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const out: Record<string, number> = {};
const base: Record<string, number> = {};
for (const left of sets) {
  const rest = sets.filter((s) => s !== left);
  let best = variants[0]!;
  for (const v of variants) if (mean(rest.map((s) => v.f1[s]!)) > mean(rest.map((s) => best.f1[s]!)) + 1e-12) best = v;
  out[left] = best.f1[left]!;
  base[left] = variants[0]!.f1[left]!;
  console.log(`${left}: picks ${best.name} → ${best.f1[left]!.toFixed(4)} (${variants[0]!.name} ${base[left]!.toFixed(4)})`);
}
for (const [g, ss] of [['nine', sets.filter((s) => !s.startsWith('basil-'))], ['basil', sets.filter((s) => s.startsWith('basil-'))]] as const)
  console.log(`${g}: out of fold ${mean(ss.map((s) => out[s]!)).toFixed(4)}, ${variants[0]!.name} ${mean(ss.map((s) => base[s]!)).toFixed(4)}`);
