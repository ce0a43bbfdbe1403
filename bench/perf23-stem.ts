/**
 * lib/nlp's `stem` against the stemmer as main had it before perf23 (lib/ of b066893, read from git: its 20
 * suffix rules as regular expressions, built anew on each uncached word): the same stem for every distinct word of
 * the zyte pages' HTML text and for random strings over an alphabet of the rules' letters, digits,
 * apostrophes, spaces and line terminators; then the CPU of stemming the distinct words once each in
 * this fresh process (an empty stem cache, as in a newly opened side panel), old then new.
 *
 *   nice npx tsx bench/perf23-stem.ts [--pages 181] [--fuzz 300000] [--new-first]
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { stem, tokens } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';

/**
 * The stemmer as main had it before perf23: lib/ of commit b066893 taken from git into a temp directory (not a
 * copy kept in the repo) and its `stem` imported from there. Both stemmers cache; each word is stemmed once.
 */
const BEFORE = 'b066893';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'parallax-stem-'));
try {
  execSync(`git archive ${BEFORE} lib | tar -x -C ${JSON.stringify(tmp)}`, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
} catch {
  console.log(`perf23-stem: skipped: commit ${BEFORE} is not in this clone's history (a shallow clone?)`);
  process.exit(0);
}
const oldStem = ((await import(pathToFileURL(join(tmp, 'lib/nlp/index.ts')).href)) as { stem: (w: string) => string }).stem;
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const args = process.argv.slice(2);
const pages = Number(optionValue('--pages', args) ?? 181);
const fuzz = Number(optionValue('--fuzz', args) ?? 300_000);
const dir = process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html';
const words = new Set<string>();
// The pages' text with tags dropped (no ingest: it would stem, and warm the cache measured here).
for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort().slice(0, pages)) {
  const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
  for (const t of tokens(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g, ' '))) words.add(t.w);
}
const list = [...words];
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
// --new-first: the new stemmer timed first (each order pays the shared fold/tokens code's first runs once).
const newFirst = args.includes('--new-first');
const tNew0 = newFirst ? cpu(() => list.forEach(stem)) : 0;
const tOld = cpu(() => list.forEach(oldStem));
const tNew = newFirst ? tNew0 : cpu(() => list.forEach(stem));
let differ = list.filter((w) => oldStem(w) !== stem(w)).length;
// Random strings: the rules' letters, a few others, digits, apostrophes, a space and the line terminators `.` does not match.
const alphabet = [...'aeiouysltnmdgrbfkpchxzaeioustn', '0', '1', "'", '’', ' ', 'E', 'É', '\n', '\r', '\u2028', '\u2029'];
const suffixes = ['ational', 'ization', 'isation', 'fulness', 'iveness', 'ousness', 'ations', 'ation', 'ments', 'ment', 'ities', 'ies', 'ied', 'sses', 'shes', 'ches', 'xes', 'zes', 's', 'ss', 'eed', 'ed', 'ing', 'ly', 'ate', 'ive', 'nse', 'at', 'iv', "'s", "'", 'pped', 'tting', 'ee', 'e'];
let seed = 7;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
for (let k = 0; k < fuzz; k++) {
  let s = '';
  const len = rnd(10);
  for (let j = 0; j < len; j++) s += alphabet[rnd(alphabet.length)];
  const tail = rnd(3);
  for (let j = 0; j < tail; j++) s += suffixes[rnd(suffixes.length)];
  if (oldStem(s) !== stem(s)) {
    if (differ < 5) console.log('differs:', JSON.stringify(s), JSON.stringify(oldStem(s)), JSON.stringify(stem(s)));
    differ++;
  }
}
console.log(`${list.length} distinct words + ${fuzz} random strings: ${differ} stems differ`);
console.log(`cold, each word once (${newFirst ? 'new first' : 'old first'}): old stemmer ${tOld.toFixed(1)} ms CPU, stem now ${tNew.toFixed(1)} ms CPU`);
