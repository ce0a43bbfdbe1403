/**
 * perf24: lib/nlp's `wordNgrams(words, n)` (the unit 4-grams of lib/engine/features.ts, made without
 * tokenising the joined words again when each word is its own token) against `charNgrams(words.join(' '), n)`,
 * what features.ts called before: the same n-grams, in the same order, for the folded words of every
 * unit of tests/data's sets, the seeds and the zyte pages (calendar words left out as features.ts does,
 * and kept), and for random texts over letters, digits, apostrophes (straight and curly), points, commas,
 * spaces, hyphens, accented and combining letters, ligatures whose fold holds a space or several letters,
 * astral letters and lone surrogates. Then the CPU of both over the units' words (each made once per pass).
 *
 *   nice npx tsx bench/perf24-grams.ts [--fuzz 300000]
 *   nice npx tsx bench/perf24-grams.ts --arm old|new     (no check: one arm's CPU over the units' words, once, in
 *     this fresh process — empty token and fold caches, as a newly opened side panel; run the two arms in turn)
 */
import { charNgrams, tokens, wordNgrams } from '../lib/nlp/index.ts';
import { isCalendarToken } from '../lib/nlp/quantities.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { optionValue } from './args.ts';

const fuzz = Number(optionValue('--fuzz', process.argv.slice(2)) ?? 300_000);
const arm = optionValue('--arm', process.argv.slice(2));
const texts: string[] = [];
for (const a of (await loadCorpusDir('seeds', { cacheDir: null })).articles) texts.push(a.title, ...a.units.map((u) => u.text));
for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) for (const a of await loadSet(set)) texts.push(a.title, ...a.units.map((u) => u.text));
for (const a of loadZyte()) texts.push(a.title, ...a.units.map((u) => u.text));

if (arm) {
  // The features' path: each text tokenised (as termTokens), then its 4-grams one way or the other.
  const c0 = process.cpuUsage();
  let grams = 0;
  for (const t of texts) {
    const ws = tokens(t).filter((x) => !isCalendarToken(x)).map((x) => x.w);
    grams += (arm === 'new' ? wordNgrams(ws, 4) : charNgrams(ws.join(' '), 4)).length;
  }
  const c = process.cpuUsage(c0);
  console.log(`${arm}: ${((c.user + c.system) / 1000).toFixed(1)} ms CPU for ${texts.length} texts (tokens + 4-grams, ${grams} grams)`);
  process.exit(0);
}
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);
let checked = 0;
let differ = 0;
const check = (words: string[], n: number) => {
  checked++;
  if (!same(wordNgrams(words, n), charNgrams(words.join(' '), n))) {
    differ++;
    if (differ <= 5) console.log('differs:', JSON.stringify(words));
  }
};
const wordLists = texts.flatMap((t) => {
  const toks = tokens(t);
  return [toks.map((x) => x.w), toks.filter((x) => !isCalendarToken(x)).map((x) => x.w)];
});
for (const ws of wordLists) for (const n of [4, 3]) check(ws, n);
const real = checked;

// Random texts: their tokens' folded words, as features.ts hands them over.
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'   \'\'’’.,.,-–"“”!?()\n\t',
  ...'éÉüÜßçÇñØøÅåłŁ',
  'e\u0301', 'a\u0308', '\u0301', // combining acute alone and after letters
  'ﬁ', 'ﬂ', 'Ⅻ', '½', '²', '\uFDFA', '\u3300', '\u1E9E', 'İ', // folds that change length or hold spaces
  '😀', '𝐀', '𝟏', '\uD835', '\uDC00', // astral letters and digits, lone surrogates
  'ا', 'ب', '中', '文', '٣',
];
let seed = 24;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (let k = 0; k < fuzz; k++) {
  let s = '';
  const len = 1 + Math.floor(rnd() * 24);
  for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)]!;
  check(tokens(s).map((x) => x.w), k % 2 ? 4 : 3);
}
console.log(`wordNgrams vs charNgrams(words.join(' ')): ${differ} of ${checked} word lists differ (${real} from ${texts.length} real texts, ${checked - real} random)`);

// CPU: each list's n-grams once per pass, both ways, alternating which goes first.
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const lists = wordLists.filter((_, k) => k % 2 === 1);
for (let r = 0; r < 6; r++) {
  const oldMs = () => cpu(() => lists.forEach((ws) => charNgrams(ws.join(' '), 4)));
  const newMs = () => cpu(() => lists.forEach((ws) => wordNgrams(ws, 4)));
  let oldCpu: number;
  let newCpu: number;
  if (r % 2) (newCpu = newMs()), (oldCpu = oldMs());
  else (oldCpu = oldMs()), (newCpu = newMs());
  console.log(`pass ${r + 1} (${r % 2 ? 'new' : 'old'} first): charNgrams(join) ${oldCpu.toFixed(1)} ms, wordNgrams ${newCpu.toFixed(1)} ms (${lists.length} unit word lists; later passes find the joined texts in the token cache)`);
}
