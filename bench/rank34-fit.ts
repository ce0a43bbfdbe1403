/**
 * rank34: how sure is a card's claimed absence? (docs/notes/rank34.md)
 *
 * Fits p(s) = P(the other side tells the card's fact | s) = 1 / (1 + exp(−(a + b·s))), s the similarity of the
 * nearest sentence on the other side (the report's `closest`, ui14), by maximum likelihood (Newton's method) on
 * ui14's ECB+ **dev** lines: bench/data/ui14-closest-dev.tsv, `para` or `paramiss` = that outlet (or this article,
 * for an added card) tells the fact; `ok` or `mislead` = it does not; `artefact` not counted. The lines' s come from
 * today's engine (`bench/ui14-closest.ts --show`), a line whose closest unit is not the judged one is left out.
 *
 *   npx tsx bench/ui14-closest.ts --show 1b 3b 5a 7a 13a 25a 35a 37b 41b 43b > /tmp/lines.tsv
 *   npx tsx bench/rank34-fit.ts --lines=/tmp/lines.tsv [--sheet=bench/data/ui14-closest-dev.tsv]
 *
 * Prints the fitted a, b (the constants of lib/engine/rank.ts `TOLD_LOGIT`), the log-likelihood against a constant
 * model, and p(s) by bands of s beside the observed share told.
 */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const linesPath = opt('lines');
const sheetPath = opt('sheet') ?? 'bench/data/ui14-closest-dev.tsv';
if (!linesPath) {
  console.log('usage: npx tsx bench/rank34-fit.ts --lines=FILE (the output of bench/ui14-closest.ts --show …)');
  process.exit(1);
}

const sheet = new Map<string, { unit: number; label: string }>();
for (const l of readFileSync(sheetPath, 'utf8').trim().split('\n').slice(1)) {
  const [key, where, unit, label] = l.split('\t');
  sheet.set(`${key} ${where}`, { unit: Number(unit), label: label! });
}

const data: Array<{ s: number; y: number }> = [];
let unjudged = 0;
for (const l of readFileSync(linesPath, 'utf8').split('\n')) {
  const [key, where, unit, s] = l.split('\t');
  if (!key || !/:[AL]:\d+$/.test(key) || s === undefined) continue;
  const j = sheet.get(`${key} ${where}`);
  if (!j || j.unit !== Number(unit)) {
    unjudged++;
    continue;
  }
  if (j.label === 'artefact') continue;
  data.push({ s: Number(s), y: j.label === 'para' || j.label === 'paramiss' ? 1 : 0 });
}

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const loglik = (a: number, b: number) => data.reduce((t, d) => t + (d.y ? Math.log(sig(a + b * d.s)) : Math.log(1 - sig(a + b * d.s))), 0);

// Newton's method on the two-parameter logistic log-likelihood.
let a = 0;
let b = 0;
for (let it = 0; it < 50; it++) {
  let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
  for (const d of data) {
    const p = sig(a + b * d.s);
    const w = p * (1 - p);
    ga += d.y - p;
    gb += (d.y - p) * d.s;
    haa += w;
    hab += w * d.s;
    hbb += w * d.s * d.s;
  }
  const det = haa * hbb - hab * hab;
  const da = (hbb * ga - hab * gb) / det;
  const db = (haa * gb - hab * ga) / det;
  a += da;
  b += db;
  if (Math.abs(da) + Math.abs(db) < 1e-10) break;
}
const told = data.filter((d) => d.y).length;
const base = told / data.length;
const ll0 = told * Math.log(base) + (data.length - told) * Math.log(1 - base);
console.log(`${sheetPath} × ${linesPath}: ${data.length} lines judged (${told} told elsewhere), ${unjudged} unjudged`);
console.log(`  fitted a = ${a.toFixed(3)}, b = ${b.toFixed(3)}; log-likelihood ${loglik(a, b).toFixed(2)} vs constant ${ll0.toFixed(2)}`);
const bands = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 1.01];
for (let k = 0; k + 1 < bands.length; k++) {
  const inBand = data.filter((d) => d.s >= bands[k]! && d.s < bands[k + 1]!);
  if (!inBand.length) continue;
  const mid = inBand.reduce((t, d) => t + d.s, 0) / inBand.length;
  console.log(`  s in [${bands[k]!.toFixed(2)}, ${Math.min(1, bands[k + 1]!).toFixed(2)}): ${inBand.length} lines, told ${inBand.filter((d) => d.y).length} (${(inBand.filter((d) => d.y).length / inBand.length).toFixed(2)}); p at mean s ${mid.toFixed(3)}: ${sig(a + b * mid).toFixed(2)}`);
}
for (const s of [0, 0.1, 0.136, 0.2, 0.3, 0.4]) console.log(`  p(${s}) = ${sig(a + b * s).toFixed(3)}, 1 − p = ${(1 - sig(a + b * s)).toFixed(3)}`);
