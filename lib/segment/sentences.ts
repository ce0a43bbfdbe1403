/**
 * Sentence boundaries inside one paragraph: the browser's built-in `Intl.Segmenter` (ICU's
 * Unicode sentence rules, 0 bytes shipped) followed by an abbreviation pass that joins the pieces
 * ICU cuts after an abbreviation.
 *
 * ICU already keeps "D-N.Y., speaking", "U.S. for 20 years", "Jan. 5 in", decimals and "a.m." before
 * a lower-case word whole; it cuts after any "X. " followed by a capital. The repair pass decides
 * those cuts from the last token of the piece and the first word of the next one:
 * - after a title that only ever stands before a name ("Mr.", "Sen.", "Gov.", "Dr.", "Sra.") — join;
 * - after an initial ("J.") or a known abbreviation ("U.S.", "Sept.", "Inc.", "Calif.", "a.m.") —
 *   join unless the next word is a closed-class function word that starts sentences ("The", "He",
 *   "But", "In", "El", "Pero"…): "the U.S. Secretary" stays whole, "the U.S. How about you?" is cut.
 * Measured on the pragmatic segmenter's golden rules and the zyte pages: `npx tsx bench/sentences.ts`.
 * The lists are closed word classes, not fitted values.
 */

export type Splitter = 'rules' | 'intl';

/** Titles written before a name: a cut after one is always wrong. Lower-cased, without the final dot. */
const TITLES = new Set(
  (
    'mr mrs ms messrs mmes dr drs prof profs sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt cpl pvt ' +
    'gens cols supt det insp rev hon pres sec atty amb fr msgr sr sra srta sres sras dra lic ing arq mtro mtra dña ' +
    'mme mlle st mt ft'
  ).split(' '),
);

/** Other abbreviations that are usually followed by more of the same sentence. */
const ABBREVIATIONS = new Set(
  (
    // months and days
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ene abr ago dic lun mié jue vie sáb dom ' +
    // companies, names, misc
    'inc co corp ltd llc plc bros jr esq dept univ assn ave blvd rd hwy no nos vol vols ch fig figs pp p ' +
    'approx est etc al vs v cf ca gen op nr tel min máx núm pág págs art arts párr párrf admón ud uds vd vds cía avda ee uu ' +
    // US states as newspapers abbreviate them
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex vt va wash wis wyo'
  ).split(' '),
);

/**
 * Closed-class words that begin sentences (English and Spanish, the corpus's main languages):
 * articles, pronouns, conjunctions, prepositions, sentence adverbs. A capital word outside this
 * list after an abbreviation is most often a name continuing the sentence.
 */
const STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there here his her its their our my your ' +
    'but and or so yet nor in on at for with by from to of as if when while after before since although though ' +
    'because how what why where who whom whose which some many most all both each every no not now then still ' +
    'also such one another other others meanwhile however instead later earlier today yesterday ' +
    'el la los las un una unos unas él ella ellos ellas esto este esta estos estas eso ese esa pero y o en de ' +
    'por para con sin según cuando como donde mientras aunque también hoy ayer ahora luego después antes'
  ).split(' '),
);

/** Sentence spans [start, end) of `text` (trimmed of surrounding spaces), in order, covering all non-space text. */
export function sentenceSpans(text: string, splitter: Splitter = 'rules', lang = 'en'): Array<[number, number]> {
  const seg = segmenter(lang);
  const spans: Array<[number, number]> = [];
  for (const s of seg.segment(text)) {
    const start = firstNonSpace(text, s.index);
    const end = trimEnd(text, s.index + s.segment.length);
    if (end > start) spans.push([start, end]);
  }
  if (splitter === 'intl') return spans;
  const out: Array<[number, number]> = [];
  let open = -1; // a lone opening quote the glue cut left: it starts the next piece
  for (const p of spans.flatMap((sp) => splitBeforeNumber(text, sp)).flatMap((sp) => splitGlued(text, sp))) {
    const s: [number, number] = open < 0 ? p : [open, p[1]];
    open = -1;
    const last = out[out.length - 1];
    if (s[1] - s[0] === 1 && '"“‘'.includes(text[s[0]]!)) open = s[0];
    else if (last && joinAcross(text, last, s)) last[1] = s[1];
    else out.push(s);
  }
  if (open >= 0) out.push([open, open + 1]);
  return out;
}

const cache = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  const key = lang || 'en';
  let s = cache.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    cache.set(key, s);
  }
  return s;
}

/** Should the cut between `prev` and `next` be undone (the cut follows an abbreviation)? */
function joinAcross(text: string, prev: [number, number], next: [number, number]): boolean {
  const before = text.slice(prev[0], prev[1]);
  // The last token of the piece, ending in a dot (no closing quote or bracket after it).
  const m = /(?:^|[\s(\[“"‘'«¿¡—–])([\p{L}][\p{L}.'’-]*\.)$/u.exec(before);
  if (!m) return false;
  const token = m[1]!;
  // "D-N.Y." / "R-S.C." / "D-Minn.": after a party letter, the state is the abbreviation.
  const core = token.replace(/^\p{Lu}-/u, '');
  const word = core.slice(0, -1);
  const bare = word.toLowerCase();
  const nextWord = /^[\s"“‘'«(\[¿¡]*([\p{L}\p{N}]+)/u.exec(text.slice(next[0], next[1]))?.[1] ?? '';
  const startsSentence = STARTERS.has(nextWord.toLowerCase());
  if (TITLES.has(bare)) return true;
  const initial = /^\p{Lu}$/u.test(word);
  // "Breanne L. A. Leigh": an initial after an initial is no article or pronoun ("A", "I") when a name or
  // another initial follows it.
  const after = initial && /^\p{Lu}\.\s+(\p{Lu}\.|\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(next[0]));
  if (after && (after[1]!.endsWith('.') || !STARTERS.has(after[1]!.toLowerCase()))) return true;
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // U.S, a.m, N.Y, E.U
  if (initial || dotted || ABBREVIATIONS.has(bare)) return !startsSentence;
  return false;
}

/**
 * ICU never cuts "every month. 12 issues for £11.99." (a sentence that starts with a number and
 * goes on in lower case). Cut there when the word before the dot is an ordinary word of two or more
 * letters, not an abbreviation ("Sept. 11", "No. 5", "p. 55" stay whole).
 */
function splitBeforeNumber(text: string, span: [number, number]): Array<[number, number]> {
  return cutAt(text, span, /(\p{L}{2,})\.\s+(?=\p{N})/gu, (m, word) =>
    ABBREVIATIONS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase()) || /^\p{Lu}+$/u.test(word)
      ? null
      : [m.index + word.length + 1, m.index + m[0].length],
  );
}

/**
 * ICU never cuts "police said.The shooting" either (Unicode's rule SB7 keeps "U.S." whole, and so a word, a dot and a
 * capital with no space between). Text pasted or fed without paragraph breaks glues sentences that way. Cut after an
 * ordinary word's final stop before a capitalised word ("The", "LASD Lt.", "A "), unless the stop is inside an address
 * ("Jane.Doe@…", "www.Site.com") or after a title ("St.Louis"). A straight quote after the stop closes the sentence when
 * the quotes before it are odd in number, else it opens the next one.
 */
function splitGlued(text: string, span: [number, number]): Array<[number, number]> {
  return cutAt(text, span, /(\p{L}*\p{Ll})[.!?]+("?)(?=[“‘"]?\p{Lu}(?:\p{Ll}|\p{Lu}*\s))/gu, (m, word) => {
    const b = text.indexOf(' ', m.index);
    let cut = m.index + m[0].length;
    if (m[2] && text.slice(0, cut - 1).split('"').length % 2) cut--;
    return word.length < 2 || TITLES.has(word.toLowerCase()) || /@|\/|www\./i.test(text.slice(text.lastIndexOf(' ', m.index) + 1, b < 0 ? undefined : b))
      ? null
      : [cut, cut];
  });
}

/** `span` cut at the matches of `re` where `at` gives [end of the piece, start of the next]. */
function cutAt(
  text: string,
  span: [number, number],
  re: RegExp,
  at: (m: RegExpExecArray, word: string) => [number, number] | null,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = span[0];
  let start = span[0];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < span[1]) {
    const c = at(m, m[1]!);
    if (!c) continue;
    if (c[1] >= span[1]) break;
    out.push([start, c[0]]);
    start = c[1];
  }
  out.push([start, span[1]]);
  return out;
}

function firstNonSpace(s: string, from: number): number {
  let k = from;
  while (k < s.length && /\s/.test(s[k]!)) k++;
  return k;
}
function trimEnd(s: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(s[k - 1]!)) k--;
  return k;
}
