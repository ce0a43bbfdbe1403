/**
 * One bench/eval.ts option over a grid of values on the nine dev sets (facts13): each point's per-set
 * F1 (mean of added and left out), the mean, and leave one set out (each set scored at the point the
 * other eight choose; ties go to the point listed first, so list the shipped / off value first).
 *   npx tsx bench/facts-grid.ts --opt=report-floor --grid="0.04;300;true,0.02;300;true,0.06;300;true"
 * (a ; inside a value stands for a comma). facts13's --strong-only and --clause-actor options exist at
 * commit 827c899 only (measured, not shipped; docs/notes/facts13.md). Each point is one run of `npx tsx bench/eval.ts --only=<dev sets> --OPT=VALUE`. Held-out sets are never read.
 */
import { devScores, leaveOneSetOut } from './facts-figures.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const opt = arg('opt');
const grid = arg('grid')?.split(',');
if (!opt || !grid) throw new Error('usage: --opt=NAME --grid=A,B,C (grid values may use ; for a , inside a value)');
const points = grid.map((g) => ({ name: g, scores: devScores([`--${opt}=${g.replaceAll(';', ',')}`]) }));
const sets = Object.keys(points[0]!.scores);
console.log(`| ${opt} | ${sets.join(' | ')} | mean |\n|---|${sets.map(() => '---|').join('')}---|`);
for (const p of points) console.log(`| ${p.name} | ${sets.map((s) => p.scores[s]!.toFixed(4)).join(' | ')} | ${(sets.reduce((x, s) => x + p.scores[s]!, 0) / sets.length).toFixed(4)} |`);
const l = leaveOneSetOut(points);
console.log(`\nleave one set out: ${l.mean.toFixed(4)}; picks ${Object.entries(l.picks).map(([s, p]) => `${s}:${p}`).join(' ')}`);
