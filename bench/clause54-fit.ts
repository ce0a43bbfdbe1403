/**
 * clause54: which clause54 rules to ship, chosen leave-one-set-out over all 17 dev sets (the nine + the BASIL eight).
 * Each variant is one run of `bench/clause54-run.ts --rules=… --only=<17>` (bench/eval.ts with the switches set); a set's
 * score is the mean of its added and left-out F1; a variant's, the mean over sets. For each set left out, the variant
 * best on the other 16 is chosen and scored on it. "none" (main's clause check) is always a candidate.
 *   git apply bench/clause54-experiments.patch   (the rules' switches; without it only main's rules and the grid run)
 *   npx tsx bench/clause54-fit.ts [--variants='none;verbless;listIng+frontedVerb'] [--grid] [--cache=DIR]
 * A variant is RULES (clause54 switches joined by +, or none) or RULES@CLAUSES (CLAUSES as bench/eval.ts --clauses=:
 * MIN_CONTENT,strong|mutual,FRESH[,MIN_CELLS], or off). --grid adds main's rules at the CLAUSE_TOLD grid: minContent 2–4 ×
 * floor strong / mutual × fresh 0 / 0.5 × gate 300 / 600 / 1000 cells, the shipped point gated at 0 / 100 / 200 cells, and off.
 * Default variants: every clause54 rule measured (bench/clause54-experiments.patch). Each run takes ~1 min (17 sets).
 * --cache=DIR keeps each variant's F1S line in DIR/<variant>.txt and reads it back when present.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BASIL_DEV_SETS, DEV_SETS } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const SETS = [...DEV_SETS, ...BASIL_DEV_SETS];
let variants = (arg('variants') ?? 'none;frame;restrictive;afterCut;restrictive+afterCut;verbless;listIng;frontedVerb;listIng+frontedVerb').split(';');
if (!variants.includes('none')) variants.unshift('none');
if (process.argv.includes('--grid')) {
  variants.push('none@off', 'none@2,strong,0,0', 'none@2,strong,0,100', 'none@2,strong,0,200');
  for (const n of [2, 3, 4]) for (const fl of ['strong', 'mutual']) for (const fresh of [0, 0.5]) for (const cells of [300, 600, 1000]) if (!(n === 2 && fl === 'strong' && fresh === 0 && cells === 300)) variants.push(`none@${n},${fl},${fresh},${cells}`);
}
const cache = arg('cache');
if (cache) mkdirSync(cache, { recursive: true });
const grid = new Map<string, Record<string, number>>();
for (const v of variants) {
  const file = cache ? `${cache}/${v}.txt` : '';
  let line: string;
  if (file && existsSync(file)) line = readFileSync(file, 'utf8');
  else {
    const [rules, clauses] = v.split('@');
    let out: string;
    try {
      out = execFileSync('npx', ['tsx', 'bench/clause54-run.ts', `--rules=${rules!.replace(/\+/g, ',')}`, ...(clauses ? [`--clauses=${clauses}`] : []), `--only=${SETS.join(',')}`], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      console.log(`${v}: ${String((e as { stdout?: string }).stdout ?? e).trim()}`);
      continue;
    }
    line = out.split('\n').find((l) => l.startsWith('F1S '))!;
    if (file) writeFileSync(file, line);
  }
  const f1 = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  grid.set(v, Object.fromEntries(SETS.map((s) => [s, (f1[s]![0] + f1[s]![1]) / 2])));
}
variants = variants.filter((v) => grid.has(v));
const mean = (v: string, sets: string[]) => sets.reduce((a, s) => a + grid.get(v)![s]!, 0) / sets.length;
console.log(`| variant | nine | BASIL eight | 17 | sets that move against none |\n|---|---|---|---|---|`);
for (const v of variants) {
  const moved = SETS.filter((s) => Math.abs(grid.get(v)![s]! - grid.get('none')![s]!) > 1e-9).map((s) => `${s} ${grid.get('none')![s]!.toFixed(4)} → ${grid.get(v)![s]!.toFixed(4)}`);
  console.log(`| ${v} | ${mean(v, DEV_SETS).toFixed(4)} | ${mean(v, BASIL_DEV_SETS).toFixed(4)} | ${mean(v, SETS).toFixed(4)} | ${moved.join('; ') || '—'} |`);
}
// Ties go to the earlier variant in the list ("none" first): a rule must win, not tie.
const best = (sets: string[]) => variants.reduce((b, v) => (mean(v, sets) > mean(b, sets) + 1e-9 ? v : b), variants[0]!);
let loso = 0;
const chosen = new Map<string, number>();
for (const s of SETS) {
  const v = best(SETS.filter((t) => t !== s));
  chosen.set(v, (chosen.get(v) ?? 0) + 1);
  loso += grid.get(v)![s]!;
  console.log(`  without ${s}: chose ${v}; ${s} ${grid.get(v)![s]!.toFixed(4)} (none ${grid.get('none')![s]!.toFixed(4)})`);
}
console.log(`in sample over 17: ${best(SETS)} ${mean(best(SETS), SETS).toFixed(4)} (none ${mean('none', SETS).toFixed(4)})`);
console.log(`leave one set out over 17: mean ${(loso / SETS.length).toFixed(4)} vs none ${mean('none', SETS).toFixed(4)}; folds chose ${[...chosen].map(([v, n]) => `${v} ×${n}`).join(', ')}`);
