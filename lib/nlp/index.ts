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

/** Lower case, strip diacritics, plain quotes and dashes. Keeps length-agnostic semantics (not offsets). */
export function fold(s: string): string {
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

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][0-9]+)*/gu;

/** Word tokens with offsets. Possessive "'s" stays attached ("clinton's"); `stem` removes it. */
export function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const raw = m[0];
    out.push({ w: fold(raw), raw, start: m.index!, end: m.index! + raw.length });
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

const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', people: 'person', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', wrote: 'write', written: 'write', sent: 'send',
  gave: 'give', given: 'give', said: 'say', says: 'say', told: 'tell', took: 'take', taken: 'take', held: 'hold',
  made: 'make', came: 'come', became: 'become', went: 'go', gone: 'go', got: 'get', paid: 'pay', led: 'lead',
  left: 'leave', kept: 'keep', shown: 'show', seen: 'see', saw: 'see', knew: 'know', known: 'know', found: 'find',
  brought: 'bring', thought: 'think', began: 'begin', begun: 'begin', ran: 'run', won: 'win', lost: 'lose',
};

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

function stemUncached(word: string): string {
  let w = fold(word).replace(/'s$/, '').replace(/'$/, '');
  // Irregular forms give the base form's stem ("taken", "took" → the stem of "take", as "taking").
  if (IRREGULAR[w]) return IRREGULAR[w]!.length > 3 ? dropFinalE(IRREGULAR[w]!) : IRREGULAR[w]!;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  const rules: Array<[RegExp, string]> = [
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
  for (const [re, rep] of rules) {
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
  const text = ' ' + tokens(s).map((t) => t.w).join(' ') + ' ';
  const out: string[] = [];
  for (let k = 0; k + n <= text.length; k++) out.push(text.slice(k, k + n));
  return out;
}

export function counts(items: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Cosine of two sparse vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const u = big.get(k);
    if (u !== undefined) dot += v * u;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
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
// Quantities: numbers, money, counts in words, years, weekdays, months.

export type QuantityKind = 'money' | 'count' | 'year' | 'weekday' | 'month' | 'day' | 'duration' | 'percent';

export interface Quantity {
  kind: QuantityKind;
  /** Exact value when the text gives one (4.76e6 for "$4.76 million"); for vague counts the lower bound. */
  value: number;
  /** Upper bound for vague counts ("hundreds" → 200..999), else equal to value. */
  max: number;
  /** "more than", "at least", "about"… when present: the figure is a bound or an estimate. */
  qualifier: string | null;
  /** Stem of the word the figure counts ("venezuelan" in "200 Venezuelans"), or null. */
  head: string | null;
  /** The figure as written ("more than 200", "hundreds", "$4.76 million"). */
  text: string;
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 999999], millions: [2e6, 999e6],
  billions: [2e9, 999e9], scores: [40, 99],
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const DURATION_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'].map((w) => stem(w)));
const QUALIFIERS = ['more than', 'less than', 'fewer than', 'at least', 'at most', 'nearly', 'almost', 'about', 'around', 'approximately', 'over', 'under', 'up to', 'some'];

/**
 * A weekday or month name as a date ("on Monday", "in March"): capitalised, and not "May" (also a
 * modal verb). A date says when, not what happened: the aligner leaves these words out of its
 * vectors (dates are compared as figures instead), so two different events of the same month do not
 * look alike through "March".
 */
export function isCalendarToken(t: Pick<Token, 'w' | 'raw'>): boolean {
  return t.w !== 'may' && /^\p{Lu}/u.test(t.raw) && (WEEKDAYS.includes(t.w) || MONTHS.includes(t.w));
}

/**
 * Figures in a text with what they count. "more than 200 Venezuelans" → count 200 (qualifier
 * "more than", head "venezuelan"); "hundreds of Venezuelans" → count 200..999 (head "venezuelan");
 * "$4.76 million" → money 4760000; "1798" → year; "Monday" → weekday 1; "two weeks" → duration.
 * "11-minute video" → duration 11 with head "minute". Ordinals and list markers are ignored.
 */
export function quantities(s: string): Quantity[] {
  const toks = tokens(s);
  const out: Quantity[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const w = t.w;
    let value: number | null = null;
    let max: number | null = null;
    let kind: QuantityKind = 'count';
    let endTok = k;
    if (/^\d[\d,]*(\.\d+)?$/.test(w)) {
      value = Number(w.replace(/,/g, ''));
      if (Number.isNaN(value)) continue;
    } else if (NUMBER_WORDS[w] !== undefined && !(w === 'one' && isPronounOne(toks, k))) {
      value = NUMBER_WORDS[w]!;
    } else if (VAGUE[w]) {
      [value, max] = VAGUE[w]!;
    } else if (WEEKDAYS.includes(w) && /^[A-Z]/.test(t.raw)) {
      out.push(mk('weekday', WEEKDAYS.indexOf(w), null, null, t.raw, t.start, t.end));
      continue;
    } else if (MONTHS.includes(w) && /^[A-Z]/.test(t.raw) && !(w === 'may' && !/^May$/.test(t.raw))) {
      out.push(mk('month', MONTHS.indexOf(w) + 1, null, null, t.raw, t.start, t.end));
      continue;
    } else continue;

    // scale words: "4.76 million", "two hundred"
    while (toks[endTok + 1] && SCALE[toks[endTok + 1]!.w] !== undefined && max === null) {
      value *= SCALE[toks[endTok + 1]!.w]!;
      endTok++;
    }
    if (max === null && toks[endTok + 1]?.w === 'hundred') {
      value *= 100;
      endTok++;
    }
    const before = s.slice(Math.max(0, t.start - 2), t.start);
    const after = s.slice(toks[endTok]!.end, toks[endTok]!.end + 12).toLowerCase();
    if (/[$€£]\s?$/.test(before) || /^\s*(dollars?|euros?|pounds?|usd)\b/.test(after)) kind = 'money';
    if (/^\s*(%|percent|per cent)/.test(after)) kind = 'percent';
    // head noun: next non-function token ("200 Venezuelans", "hundreds of Venezuelans", "11-minute")
    let head: string | null = null;
    let h = endTok + 1;
    if (toks[h]?.w === 'of') h++;
    while (toks[h] && isFunctionWord(toks[h]!.w) && h < endTok + 3) h++;
    if (toks[h] && !/^\d/.test(toks[h]!.w)) head = stem(toks[h]!.w);
    if (kind === 'count' && head && DURATION_UNITS.has(head)) kind = 'duration';
    if (kind === 'count' && max === null && value >= 1 && value <= 31 && MONTHS.includes(toks[k - 1]?.w ?? '')) {
      kind = 'day';
      head = null;
    }
    if (kind === 'count' && max === null && value >= 1000 && value <= 2100 && Number.isInteger(value) && !/,/.test(t.raw)) {
      const unitLike = head && !DURATION_UNITS.has(head) && !MONTHS.includes(head);
      if (!unitLike || /\b(of|in|since|from|until|by)\s*$/i.test(s.slice(Math.max(0, t.start - 8), t.start))) {
        kind = 'year';
        head = null;
      }
    }
    // qualifier just before the figure
    let start = t.start;
    if (kind === 'money' && /[$€£]\s?$/.test(before)) start = t.start - (before.endsWith(' ') ? 2 : 1);
    const preText = s.slice(Math.max(0, start - 16), start);
    const qualifier = QUALIFIERS.find((q) => new RegExp(`\\b${q}\\s+$`, 'i').test(preText)) ?? null;
    if (qualifier) start -= preText.length - preText.search(new RegExp(`\\b${qualifier}\\s+$`, 'i'));
    const end = toks[endTok]!.end;
    out.push(mk(kind, value, max ?? value, qualifier, s.slice(start, end), start, end, head));
    k = endTok;
  }
  return out;

  function mk(kind: QuantityKind, value: number, max: number | null, qualifier: string | null, text: string, start: number, end: number, head: string | null = null): Quantity {
    return { kind, value, max: max ?? value, qualifier, head, text, start, end };
  }
}

function isPronounOne(toks: Token[], k: number): boolean {
  const prev = toks[k - 1]?.w;
  const next = toks[k + 1]?.w;
  return prev === 'no' || prev === 'the' || prev === 'every' || prev === 'any' || next === 'of' || next === 'another';
}

/** Do two figures say the same thing? Same kind and same value/range and same qualifier class. */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (!close(a.value, b.value) || !close(a.max, b.max)) return false;
  return true;
}

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
export function quotedSpans(s: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /“([^”]{3,})”|"([^"]{3,})"|‘([^’]{12,})’/g;
  for (const m of s.matchAll(re)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    out.push({ text, start: m.index! + 1, end: m.index! + 1 + text.length });
  }
  return out;
}
