/**
 * para77: the 17 dev sets' facts F1 from bench/eval.ts's `F1S {...}` lines (one file per run), mean of added and left-out
 * F1 per set, the mean over sets, each set's change against a base run, and the mean with each set left out in turn.
 *
 *   npx tsx bench/eval.ts --only=$(npx tsx bench/para77-score.ts --dev) [--synonyms=news,1] > RUN.txt
 *   npx tsx bench/para77-score.ts BASE.txt RUN.txt
 */
import { readFileSync } from 'node:fs';

export const DEV17 = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan', 'basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];

if (process.argv.includes('--dev')) {
  console.log(DEV17.join(','));
  process.exit(0);
}
const read = (f: string): Record<string, number> => {
  const line = readFileSync(f, 'utf8').split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error(`${f}: no F1S line`);
  const o = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  return Object.fromEntries(DEV17.filter((s) => o[s]).map((s) => [s, (o[s]![0] + o[s]![1]) / 2]));
};
const [baseF, ...runs] = process.argv.slice(2);
const base = read(baseF!);
const mean = (r: Record<string, number>, skip?: string) => {
  const ks = DEV17.filter((s) => s !== skip && r[s] !== undefined);
  return ks.reduce((a, s) => a + r[s]!, 0) / ks.length;
};
console.log(`base ${baseF}: mean ${mean(base).toFixed(4)} over ${Object.keys(base).length} sets`);
for (const f of runs) {
  const r = read(f);
  const downs = DEV17.filter((s) => r[s]! - base[s]! < -0.005);
  const loso = DEV17.map((s) => mean(r, s) - mean(base, s));
  console.log(`${f}: mean ${mean(r).toFixed(4)} (${(mean(r) - mean(base) >= 0 ? '+' : '')}${(mean(r) - mean(base)).toFixed(4)}); left one out: min ${Math.min(...loso).toFixed(4)} max ${Math.max(...loso).toFixed(4)}; sets down > 0.005: ${downs.join(', ') || 'none'}`);
  console.log('  ' + DEV17.filter((s) => Math.abs(r[s]! - base[s]!) >= 0.00005).map((s) => `${s} ${base[s]!.toFixed(4)}→${r[s]!.toFixed(4)}`).join('; '));
}
