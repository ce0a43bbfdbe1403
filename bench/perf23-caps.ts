/**
 * features.ts `capsShare` before perf23 (letters matched into an array, then filtered) against the
 * one-pass count that replaced it: the same share on every BMP code unit alone, astral code points
 * and random mixes, and the CPU of each over the sentences of the zyte pages' HTML text (each run
 * in its own order: old, new, new, old).
 *
 *   nice npx tsx bench/perf23-caps.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { capsShareForBench as now } from '../lib/engine/features.ts';

const before = (text: string) => {
  const l = text.match(/\p{L}/gu) ?? [];
  if (l.length === 0) return 0;
  return l.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / l.length;
};
let n = 0;
let bad = 0;
const pool: string[] = [];
for (let c = 0; c < 0x10000; c++) pool.push(String.fromCharCode(c));
for (let c = 0x10000; c < 0x20000; c += 7) pool.push(String.fromCodePoint(c));
for (const s of pool) (n++, before(s) !== now(s) && bad++);
let seed = 1;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let k = 0; k < 200_000; k++) {
  let s = '';
  const len = 1 + Math.floor(rnd() * 30);
  for (let j = 0; j < len; j++) s += pool[Math.floor(rnd() * (rnd() < 0.5 ? 128 : pool.length))];
  n++;
  if (before(s) !== now(s)) bad++;
}
console.log(`${n} strings, ${bad} with a different share`);

const dir = process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html';
const sentences: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.html.gz')).sort()) {
  const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
  for (const s of html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g, ' ').split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 20) sentences.push(s.trim());
}
const time = (f: (s: string) => number) => {
  const c0 = process.cpuUsage();
  let h = 0;
  for (const s of sentences) h += f(s);
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, h] as const;
};
const runs = [time(before), time(now), time(now), time(before)];
console.log(`${sentences.length} sentences: before ${runs[0]![0].toFixed(0)} / ${runs[3]![0].toFixed(0)} ms CPU (first run cold), now ${runs[1]![0].toFixed(0)} / ${runs[2]![0].toFixed(0)} ms; sums equal: ${runs.every((r) => r[1] === runs[0]![1])}`);
