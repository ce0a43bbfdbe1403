/**
 * lib/nlp's `stem` against the stemmer as main had it before perf23 (copied here: its 20 suffix rules
 * as regular expressions, built anew on each uncached word): the same stem for every distinct word of
 * the zyte pages' HTML text and for random strings over an alphabet of the rules' letters, digits,
 * apostrophes, spaces and line terminators; then the CPU of stemming the distinct words once each in
 * this fresh process (an empty stem cache, as in a newly opened side panel), old then new.
 *
 *   nice npx tsx bench/perf23-stem.ts [--pages 181] [--fuzz 300000] [--new-first]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fold, FUNCTION_WORDS, stem, tokens } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';

const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', people: 'person', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', wrote: 'write', written: 'write', sent: 'send',
  gave: 'give', given: 'give', said: 'say', says: 'say', told: 'tell', took: 'take', taken: 'take', held: 'hold',
  made: 'make', came: 'come', became: 'become', went: 'go', gone: 'go', got: 'get', paid: 'pay', led: 'lead',
  left: 'leave', kept: 'keep', shown: 'show', seen: 'see', saw: 'see', knew: 'know', known: 'know', found: 'find',
  brought: 'bring', thought: 'think', began: 'begin', begun: 'begin', ran: 'run', won: 'win', lost: 'lose',
};
const irregular = (w: string) => (Object.prototype.hasOwnProperty.call(IRREGULAR, w) ? IRREGULAR[w] : undefined);
function oldDropFinalE(w: string): string {
  if (w.length > 4 || (w.length === 4 && !FUNCTION_WORDS.has(w) && !/ee$/.test(w))) return w.replace(/e$/, '');
  return w;
}
/** main b066893's stemUncached. */
function oldStem(word: string): string {
  let w = fold(word).replace(/'s$/, '').replace(/'$/, '');
  const irr = irregular(w);
  if (irr) return irr.length > 3 ? oldDropFinalE(irr) : irr;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  const rules: Array<[RegExp, string]> = [
    [/ational$/, 'ate'], [/ization$/, 'ize'], [/isation$/, 'ize'], [/fulness$/, 'ful'], [/iveness$/, 'ive'],
    [/ousness$/, 'ous'], [/ations?$/, ''], [/ments?$/, ''], [/ities$/, 'ity'], [/ies$/, 'y'], [/ied$/, 'y'],
    [/(ss)es$/, '$1'], [/(sh|ch|x|z)es$/, '$1'], [/([^s])s$/, '$1'], [/eed$/, 'ee'], [/([aeiouy].*?)(ed|ing)$/, '$1'],
    [/ly$/, ''], [/(.{5})ate$/, '$1'], [/(.{4})ive$/, '$1'], [/(.{3})nse$/, '$1nd'],
  ];
  for (const [re, rep] of rules) {
    if (re.test(w)) {
      const next = w.replace(re, rep);
      if (next.length >= 3) {
        w = next;
        if (!/ed$|ing$/.test(w)) break;
      }
    }
  }
  w = w.replace(/([bdfgklmnprt])\1$/, '$1');
  w = oldDropFinalE(w);
  if (w.length > 6) w = w.replace(/(.{5})(at|iv)$/, '$1');
  return w;
}

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
