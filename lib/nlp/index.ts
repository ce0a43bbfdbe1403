/**
 * Shared text-similarity utilities (pure, deterministic, no dependencies; Node and browser alike).
 *
 * Stable API (the quote tracer imports from here):
 * - `fold(s)`            lower case, accents removed, curly quotes/dashes made plain.
 * - `tokens(s)`          word tokens with offsets into `s` (`{ w, raw, start, end }`, `w` folded).
 * - `FUNCTION_WORDS`     closed-class English words (articles, pronouns, auxiliaries, prepositions…).
 * - `isFunctionWord(w)`  membership in FUNCTION_WORDS (folded word).
 * - `stem(w)`            light English suffix stripper (plural, -ed, -ing, -ly, -ment…); folded in, stem out.
 * - `stems(s, {keepFunctionWords})`  stems of `s` in order.
 * - `charNgrams(s, n)`   character n-grams of the folded text (words joined by one space, padded).
 * - `cosine(a, b)`, `dot`, `normalize`, `jaccard(a, b)`, `counts(items)`: sparse vectors as Map<string, number>.
 * - `quantities(s)`      numbers, money, counts in words ("hundreds", "two"), years with what they count.
 * - `isCalendarToken(t)` a capitalised weekday or month name (not "May").
 * - `names(s)`           capitalised word sequences that are not sentence-initial function words.
 * - `quotedSpans(s)`     text inside quotation marks (straight or curly; nested straight quotes tolerated).
 */
import { wordTable } from '../text/table';

const NON_ASCII = /[^\x00-\x7F]/;

/** Lower case, strip diacritics, plain quotes and dashes. Keeps length-agnostic semantics (not offsets). */
export function fold(s: string): string {
  // ASCII text: NFKD leaves it as it is and the replacements below only touch non-ASCII characters.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

export interface Token {
  /** Folded word (lower case, no accents, apostrophes plain). */
  w: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

/** What a word is; `scanWords` finds exactly the matches of this pattern, faster. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][0-9]+)*/gu;

// Character classes of `scanWords`: 1 other, 2 letter (\p{L}), 3 number (\p{N}); 0 not yet known.
const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmpClass[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : c >= 48 && c <= 57 ? 3 : 1;
const astralClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = bmpClass[cp]!;
    if (k === 0) {
      const ch = String.fromCharCode(cp);
      bmpClass[cp] = k = LETTER_RE.test(ch) ? 2 : NUMBER_RE.test(ch) ? 3 : 1;
    }
    return k;
  }
  let k = astralClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    astralClass.set(cp, (k = LETTER_RE.test(ch) ? 2 : NUMBER_RE.test(ch) ? 3 : 1));
  }
  return k;
}

/**
 * Calls `found(start, end)` for each match of WORD_RE in `s`, in order: a run of letters and
 * numbers, then any "'s"-like parts (an apostrophe, straight or curly, and letters), then any
 * ".5"/",000"-like parts (a point or comma and ASCII digits). The pattern has nothing after its
 * greedy parts, so its match is this greedy scan (tests/unit/nlp-scan.test.ts compares the two on
 * random text); a Unicode regex costs several times more per word.
 */
export function scanWords(s: string, found: (start: number, end: number) => void): void {
  const b: number[] = [];
  wordBounds(s, b);
  for (let k = 0; k < b.length; k += 2) found(b[k]!, b[k + 1]!);
}

/**
 * One value per word `scanWords` finds, in order: `make(raw, start, end)` (the word as written and
 * its offsets). What `tokens` and the story keys' tokenizer build their words with.
 */
export function mapWords<T>(s: string, make: (raw: string, start: number, end: number) => T): T[] {
  const b: number[] = [];
  wordBounds(s, b);
  const out: T[] = new Array(b.length / 2);
  for (let k = 0; k < b.length; k += 2) out[k / 2] = make(s.slice(b[k]!, b[k + 1]!), b[k]!, b[k + 1]!);
  return out;
}

/** `scanWords` into an array: the start and end of each word, in order (no call per word). */
export function wordBounds(s: string, out: number[]): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    // The next letter or number.
    let cp = s.charCodeAt(i);
    let size = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (classOf(cp) === 1) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    // Letters and numbers.
    for (;;) {
      const k = classAt(s, i);
      if ((k & 3) < 2) break;
      i += k >> 2 || 1;
    }
    // Apostrophe + letters, repeated.
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019) break;
      const k = classAt(s, i + 1);
      if ((k & 3) !== 2) break;
      i += 1;
      for (;;) {
        const k2 = classAt(s, i);
        if ((k2 & 3) !== 2) break;
        i += k2 >> 2 || 1;
      }
    }
    // Point or comma + ASCII digits, repeated.
    while (i + 1 < n) {
      const c = s.charCodeAt(i);
      if (c !== 0x2e && c !== 0x2c) break;
      const d = s.charCodeAt(i + 1);
      if (d < 48 || d > 57) break;
      i += 2;
      while (i < n) {
        const e = s.charCodeAt(i);
        if (e < 48 || e > 57) break;
        i++;
      }
    }
    out.push(start, i);
  }
}

/**
 * Class of the code point at `i` (0 past the end), with its size in code units in the bits above 2
 * (4 for a surrogate pair; 0 meaning 1).
 */
function classAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return bmpClass[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return classOf((c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000) | 8;
  }
  return classOf(c);
}

/** `fold` of each word as written, kept for the words met (bounded: cleared past WORD_CACHE_MAX). */
const foldedWords = new Map<string, string>();
const WORD_CACHE_MAX = 200_000;

function foldWord(raw: string): string {
  let w = foldedWords.get(raw);
  if (w === undefined) {
    w = fold(raw);
    if (foldedWords.size >= WORD_CACHE_MAX) foldedWords.clear();
    foldedWords.set(raw, w);
  }
  return w;
}

/** Is s[start, end) its own fold (ASCII without capitals: `fold` is toLowerCase there)? Most words are: no cache look-up for them (perf45). */
function folded(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Tokens of the texts met lately, up to sentence size (a compare tokenizes the same units in several
 * places: features, actors, the report's details, near-copies). The arrays are frozen: shared, never
 * changed. Bounded: cleared when TOKEN_CACHE entries are held.
 */
const tokenCache = new Map<string, Token[]>();
const TOKEN_CACHE = 10_000;
const TOKEN_CACHE_TEXT = 2_000;
/** Characters `tokens` has scanned so far (not those answered from its cache): a load-free count for benches and tests (perf43). */
let tokenised = 0;
export function tokenisedChars(): number {
  return tokenised;
}

/**
 * Word tokens with offsets. Possessive "'s" stays attached ("clinton's"); `stem` removes it.
 * The array may be shared with other callers (texts up to TOKEN_CACHE_TEXT characters are cached):
 * read it, do not change it (it is frozen).
 */
export function tokens(s: string): Token[] {
  const cache = s.length <= TOKEN_CACHE_TEXT;
  if (cache) {
    const hit = tokenCache.get(s);
    if (hit) return hit;
  }
  tokenised += s.length;
  const out: Token[] = mapWords(s, (raw, start, end) => ({ w: folded(s, start, end) ? raw : foldWord(raw), raw, start, end }));
  if (cache) {
    if (tokenCache.size >= TOKEN_CACHE) tokenCache.clear();
    tokenCache.set(s, Object.freeze(out) as Token[]);
  }
  return out;
}

/** Closed-class words. Kept in similarity vectors (they matter for short quotes), dropped from index keys. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at by for with about ' +
    'against between into through during before after above below to from up down out off over under again further ' +
    'once all any both each few more most other some such no not only own same too very can will just should now ' +
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves what which who whom whose when where why how ' +
    'am is are was were be been being have has had having do does did doing would could might must shall may ' +
    'as until while because although though whether also even still however thus therefore since upon within without ' +
    'among across along around toward towards via per onto amid despite unless whereas whatever whoever ' +
    "it's he's she's they're we're i'm don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't " +
    'said says say told tells according'
  ).split(/\s+/),
);

export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w);
}

const IRREGULAR = wordTable<string>({
  men: 'man', women: 'woman', children: 'child', people: 'person', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', wrote: 'write', written: 'write', sent: 'send',
  gave: 'give', given: 'give', said: 'say', says: 'say', told: 'tell', took: 'take', taken: 'take', held: 'hold',
  made: 'make', came: 'come', became: 'become', went: 'go', gone: 'go', got: 'get', paid: 'pay', led: 'lead',
  left: 'leave', kept: 'keep', shown: 'show', seen: 'see', saw: 'see', knew: 'know', known: 'know', found: 'find',
  brought: 'bring', thought: 'think', began: 'begin', begun: 'begin', ran: 'run', won: 'win', lost: 'lose',
});

/**
 * A light, deterministic English stemmer: enough to bring "deported/deportation/deports" and
 * "prisons/prison's" together without a dictionary. Not Porter; over-stemming is harmless here
 * because both sides of a comparison go through the same function.
 */
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (stemCache.size > 100_000) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/** The suffix rules of `stemUncached`, in order (built once: none is global or sticky, so none keeps state). */
const STEM_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ational$/, 'ate'],
  [/ization$/, 'ize'],
  [/isation$/, 'ize'],
  [/fulness$/, 'ful'],
  [/iveness$/, 'ive'],
  [/ousness$/, 'ous'],
  [/ations?$/, ''],
  [/ments?$/, ''],
  [/ities$/, 'ity'],
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/(ss)es$/, '$1'],
  [/(sh|ch|x|z)es$/, '$1'],
  [/([^s])s$/, '$1'],
  [/eed$/, 'ee'],
  [/([aeiouy].*?)(ed|ing)$/, '$1'],
  [/ly$/, ''],
  [/(.{5})ate$/, '$1'],
  [/(.{4})ive$/, '$1'],
  [/(.{3})nse$/, '$1nd'],
];

function stemUncached(word: string): string {
  let w = fold(word).replace(/'s$/, '').replace(/'$/, '');
  // Irregular forms give the base form's stem ("taken", "took" → the stem of "take", as "taking").
  if (IRREGULAR[w]) return IRREGULAR[w]!.length > 3 ? dropFinalE(IRREGULAR[w]!) : IRREGULAR[w]!;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  for (const [re, rep] of STEM_RULES) {
    if (re.test(w)) {
      const next = w.replace(re, rep);
      if (next.length >= 3) {
        w = next;
        if (!/ed$|ing$/.test(w)) break;
      }
    }
  }
  // Undouble a final consonant left by -ed/-ing ("stopped" → "stopp" → "stop"), drop a final e.
  w = w.replace(/([bdfgklmnprt])\1$/, '$1');
  w = dropFinalE(w);
  // "cooperat(ing)" / "investigat(ive)" → the same stem as "cooperate" / "investigation".
  if (w.length > 6) w = w.replace(/(.{5})(at|iv)$/, '$1');
  return w;
}

/**
 * A final silent e goes, so that "take", "taking" and "taken" share the stem "tak" ("make"/"making",
 * "rule"/"ruled"). Four-letter function words keep it ("here" must not become "her").
 */
function dropFinalE(w: string): string {
  if (w.length > 4 || (w.length === 4 && !FUNCTION_WORDS.has(w) && !/ee$/.test(w))) return w.replace(/e$/, '');
  return w;
}

/** Stems of `s` in order. Function words are kept unless asked otherwise (they carry meaning in quotes). */
export function stems(s: string, opts: { keepFunctionWords?: boolean } = {}): string[] {
  const keep = opts.keepFunctionWords ?? true;
  const out: string[] = [];
  for (const t of tokens(s)) {
    if (!keep && isFunctionWord(t.w)) continue;
    out.push(stem(t.w));
  }
  return out;
}

/** Character n-grams over the folded words joined by single spaces, with a space pad at both ends. */
export function charNgrams(s: string, n = 4): string[] {
  return windows(' ' + tokens(s).map((t) => t.w).join(' ') + ' ', n);
}
function windows(text: string, n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k + n <= text.length; k++) out.push(text.slice(k, k + n));
  return out;
}

/**
 * `charNgrams(words.join(' '), n)` for words that are tokens' folded forms (`Token.w`): the
 * n-unit windows of `gramText(words)`.
 */
export function wordNgrams(words: readonly string[], n = 4): string[] {
  return windows(gramText(words), n);
}
/**
 * The text whose windows are `charNgrams(words.join(' '))`, without tokenising the joined text again
 * when each word is its own one token: a word whose scan is the whole word and whose fold is itself
 * is scanned the same between single spaces (the scan stops at a space, and the space is no letter,
 * number, apostrophe or point), so the joined text's tokens are the words. Any other word (a fold
 * that holds a space or an apostrophe at its end, …): the joined text is tokenised as `charNgrams` does.
 */
export function gramText(words: readonly string[]): string {
  for (const w of words) if (!ownToken(w)) return ' ' + tokens(words.join(' ')).map((t) => t.w).join(' ') + ' ';
  return ' ' + words.join(' ') + ' ';
}
/** Words known to be their own one token (see wordNgrams); bounded like the fold cache. */
const ownTokens = new Map<string, boolean>();
function ownToken(w: string): boolean {
  let ok = ownTokens.get(w);
  if (ok === undefined) {
    const b: number[] = [];
    wordBounds(w, b);
    ok = b.length === 2 && b[0] === 0 && b[1] === w.length && fold(w) === w;
    if (ownTokens.size >= WORD_CACHE_MAX) ownTokens.clear();
    ownTokens.set(w, ok);
  }
  return ok;
}

export function counts(items: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Cosine of two sparse vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const d = dot(a, b);
  return d === 0 ? 0 : d / (norm(a) * norm(b));
}

/** A sparse vector over small integer term ids (a story pool's, lib/engine/story.ts): ids and weights in its map's order. */
export interface TermVec {
  ids: Int32Array;
  vals: Float64Array;
}

/** `norm` of a TermVec: its weights squared and summed in the same order. */
export function normOf(v: TermVec): number {
  let s = 0;
  for (const x of v.vals) s += x * x;
  return Math.sqrt(s);
}

/** `cosine` of two TermVecs given their dot product (pairDots) and norms (normOf): the same number. */
export function cosineOf(a: TermVec, b: TermVec, d: number, na: number, nb: number): number {
  if (a.ids.length === 0 || b.ids.length === 0) return 0;
  return d === 0 ? 0 : d / (na * nb);
}

/**
 * The dot product of each pair [a, b] of `vecs` exactly as `dot` (below) sums it on their maps: over
 * the smaller vector's terms in its order (a's when the sizes are equal), each times the larger's
 * weight, read here from a dense array of the larger vector (filled once for all the pairs it is the
 * larger of) instead of a map look-up. A term the larger lacks reads 0 and adds ±0, which leaves a
 * finite sum as it is: the same numbers. `terms`: more than the largest id.
 */
export function pairDots(vecs: TermVec[], pairs: ReadonlyArray<readonly [number, number]>, terms: number): Float64Array {
  const out = new Float64Array(pairs.length);
  const byBig: number[][] = vecs.map(() => []);
  for (let p = 0; p < pairs.length; p++) {
    const [a, b] = pairs[p]!;
    byBig[vecs[a]!.ids.length <= vecs[b]!.ids.length ? b : a]!.push(p);
  }
  const dense = new Float64Array(pairs.length ? terms : 0);
  for (let g = 0; g < vecs.length; g++) {
    const ps = byBig[g]!;
    if (ps.length === 0) continue;
    const big = vecs[g]!;
    for (let k = 0; k < big.ids.length; k++) dense[big.ids[k]!] = big.vals[k]!;
    for (const p of ps) {
      const [a, b] = pairs[p]!;
      out[p] = denseDot(vecs[a === g ? b : a]!, dense);
    }
    for (let k = 0; k < big.ids.length; k++) dense[big.ids[k]!] = 0;
  }
  return out;
}

/** A TermVec's terms in order, each times its weight in `dense`. */
function denseDot({ ids, vals }: TermVec, dense: Float64Array): number {
  let d = 0;
  for (let k = 0; k < ids.length; k++) d += vals[k]! * dense[ids[k]!]!;
  return d;
}

/** Dot product of two sparse vectors (the cosine when both are unit length, see `normalize`). */
export function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [k, v] of small) {
    const u = big.get(k);
    if (u !== undefined) d += v * u;
  }
  return d;
}

/** The vector scaled to unit length (unchanged when empty). */
export function normalize(a: Map<string, number>): Map<string, number> {
  const n = norm(a);
  if (n === 0) return a;
  const out = new Map<string, number>();
  for (const [k, v] of a) out.set(k, v / n);
  return out;
}

export function norm(a: Map<string, number>): number {
  let s = 0;
  for (const v of a.values()) s += v * v;
  return Math.sqrt(s);
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// ---------------------------------------------------------------------------------------------
// Quantities: lib/nlp/quantities.ts.

export { figureValues, isCalendarToken, nameEvidence, personKind, quantities, sameFigure, wordScale, yearShaped, type Quantity, type QuantityKind } from './quantities';

// ---------------------------------------------------------------------------------------------
// Names and quotes.

/**
 * Capitalised words (folded), skipping a capitalised function word at a sentence start. A cheap
 * stand-in for named entities: "Nayib Bukele" → ["nayib", "bukele"]; "U.S." → ["u", "s"] is skipped
 * (single letters). Glued words ("Clintonthe") stay as written; callers compare with char n-grams.
 */
export function names(s: string): string[] {
  const out: string[] = [];
  for (const t of tokens(s)) {
    if (!/^\p{Lu}/u.test(t.raw) || t.w.length < 2) continue;
    if (isFunctionWord(t.w)) continue;
    if (/^\p{Lu}+$/u.test(t.raw) && t.raw.length > 5) continue; // all-caps shouting, not a name
    out.push(t.w.replace(/'s$/, ''));
  }
  return out;
}

/**
 * Spans inside quotation marks. Curly quotes pair with their closers; straight double quotes pair
 * greedily, and a straight quote right after an opening bracket/space inside a curly quote is
 * treated as nested (seed-style `“… described as "political prisoners") …”`).
 */
const TITLE_SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'de', 'by', 'with']);

/**
 * Words written as a title: two or more words, each capitalised but the small words after the first
 * ("Takin’ It to the Streets", "What a Fool Believes") — a song, a book, a show, not something said.
 * Shouting in capitals ("NO COLLUSION AND NO OBSTRUCTION") is not a title.
 */
export function titleCased(s: string): boolean {
  const ws = s.trim().replace(/[.,;:]+$/, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length < 2 || /[?!]$/.test(s.trim())) return false;
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length >= 3 && caps.length >= 2 && caps.every((w) => w.length >= 2 && w === w.toUpperCase())) return false;
  // A contraction in lower case ("And Tonight Thank God it's Them Instead of You") is a small word of a title too (qty65).
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && (TITLE_SMALL.has(w) || /^\p{Ll}+['’](?:s|t|re|ve|ll|d|m)$/u.test(w))));
}

/**
 * The doubled marks of wire copy and old CMS exports read as curly ones, where the text shows them opening or closing (quote79):
 * ``…'' and ''…'', and their smart-quoted forms ‘‘…’’ and ‘’…’’ (“…’’ at ctpost). A doubled mark opens before a word (`` ‘‘ ‘’,
 * and '' after a space or a bracket) when a doubled closer follows in its line; it closes after a stop, or after a word before a
 * space or punctuation; after a digit it is inches (5' 11''). Same length (a mark and a filler), so the offsets hold.
 */
function curlDoubled(s: string): string {
  return s.replace(/(?<!['`‘’])(?:``|''|‘‘|‘’|’’)(?!['`‘’])/g, (m, at: number) => {
    const before = s[at - 1] ?? ' ', after = s[at + 2] ?? ' ';
    const line = s.slice(at + 2, s.indexOf('\n', at) >>> 0);
    if (!/\s/.test(after) && m !== '’’' && (m !== "''" || /[\s(\[\u2014\u2013-]/.test(before)) && /''|’’/.test(line)) return '\u0000“';
    const closes = /[,.!?]/.test(before) || (/[\p{L};:)\]\u2014-]/u.test(before) && /[\s.,;:!?)\]\u2014-]/.test(after));
    return (m === "''" || m === '’’') && closes ? '”\u0000' : m;
  });
}

export function quotedSpans(s: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /“([^”]{3,})”|"([^"]{3,})"|‘([^’]{12,})’/g;
  const t = /''|``|‘[‘’]|’’/.test(s) ? curlDoubled(s) : s;
  for (const m of t.matchAll(re)) {
    const len = (m[1] ?? m[2] ?? m[3] ?? '').length;
    out.push({ text: s.slice(m.index! + 1, m.index! + 1 + len), start: m.index! + 1, end: m.index! + 1 + len });
  }
  return out;
}
