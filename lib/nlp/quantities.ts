/**
 * Quantities: numbers, money, counts in words, years, weekdays, months, day numbers — and the
 * numbers that are not quantities at all: dates ("Sept. 11", "9/11", "11 September"), times
 * ("5 p.m.", "10:30"), and identifiers ("Route 66", "Section 230", "Boeing 737", "COVID-19",
 * "F-35", "Air Force One"), which are returned with kind 'id' so that they still serve as story keys
 * but are never compared as amounts (lib/engine/conflicts.ts).
 */
import { wordTable } from '../text/table';
import { SAYS } from './actors';
import { isFunctionWord, stem, tokens, type Token } from './index';

export type QuantityKind = 'money' | 'count' | 'year' | 'weekday' | 'month' | 'day' | 'duration' | 'percent' | 'id';

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
  /**
   * For a duration, how it is anchored: the preposition before it and the relation word after its
   * unit ("in 25 years" → "in|", "50 years since" → "|since", "nine days before" → "|before"). Two
   * durations anchored differently measure time between different points (lib/engine/conflicts.ts).
   */
  anchor?: string;
  /**
   * For a weekday, the stems of the content words of its clause ("arrived in Germany on Monday" →
   * arriv): what the day dates. Two weekdays whose clauses share none date two events
   * (lib/engine/conflicts.ts). For other figures (not years) the same words, without the head and
   * other figures: what the figure tells when its article gives several of its kind and head.
   */
  event?: string[];
  /**
   * The place a count is counted over, named right after its head ("170,000 people in the province",
   * "230,000 people across Asia", "worldwide"): stems, or absent. Two counts over two places are two
   * quantities (lib/engine/conflicts.ts).
   */
  scope?: string[];
  /**
   * What a count says of the thing it counts (a percentage, of what it measures: "83.3 percent of Greeks
   * were unhappy"), right after its head: a phrase opened by a preposition ("four seasons as the team's
   * director of personnel" → team, director, personnel; "19 seasons with the 76ers" → 76ers) or a participle ("14 others trapped" → trap, "two others missing" → miss), up to the
   * clause's end: stems, names kept, figures left out; absent when the head is followed by neither. Two
   * counts of one head said of different things are two quantities (lib/engine/conflicts.ts).
   */
  complement?: string[];
  /**
   * Whose figure it is: the last word (folded) of a name read in three shapes (`ownerOf`: "Richard
   * Carter had 12 points" → carter; "27-year-old Christopher Kenyon Simpson" → simpson), or absent. When
   * an article gives several values of one kind and head, one value per name still says which thing a
   * figure is about (lib/engine/conflicts.ts `ambiguousFigures`); two owners, or an owner the other unit
   * does not name, are two things (conflicts.ts `sameThing`).
   */
  owner?: string;
  /**
   * A subject read past two words ("Reggie Bush will miss the final two games" → bush, "Horton was the
   * mother of 12 children" → horton), when `owner` is absent: evidence enough that two figures are two
   * owners' (conflicts.ts `sameThing`), not that an ambiguous figure is one owner's (`sameOwner`).
   */
  subject?: string;
  /**
   * The figure restates the one before it in another unit or currency, in parentheses right after it
   * ("$US1 million ($1.52 million)", "10 km (six miles)"): the same quantity, not a second one.
   */
  restates?: boolean;
  /**
   * The figure is written right after another and a slash ("41 / 2 months", "24/7 coverage", "1/2 cup"): the second
   * term of a fraction or ratio, not a count of the noun after it (conflicts.ts `figureDifference`; conf41).
   */
  afterSlash?: boolean;
  /**
   * The figure counts the people who told the outlet, unnamed ("four U.S. officials familiar with the matter said",
   * "two people with knowledge of the talks"): each outlet's own sources, never a figure of the story (conf49).
   */
  sources?: boolean;
  /**
   * The figure is the whole a part is counted from ("two of the three victims died" → three): it counts the set, and
   * what befell the part is not read as its fate (conflicts.ts `sameThing`; conf49).
   */
  whole?: boolean;
  /**
   * The figure is what someone needs, not what is ("needed just nine points to pass Ford", "requires 60
   * votes"): a target. A target and a figure that is are two things (conflicts.ts `sameThing`; conf11).
   */
  target?: boolean;
  /**
   * The figure counts a run of a sequence, named by the word before it ("his first 17 passes", "their last
   * 10 games", "the final two games", "another two touchdowns": an increment; conf12): that word. A run and a whole, or two runs named differently, are two
   * things (conflicts.ts `sameThing`; conf11).
   */
  run?: string;
  /**
   * The complement names the point the figure is measured from ("75 kilometers west of Manokwari", "135
   * kilometers from Manokwari"): where, not which. Two quakes lie at two distances from one town, so a shared
   * reference does not single out one figure of an ambiguous key (conflicts.ts `singledOut`; conf12).
   */
  reference?: boolean;
  /**
   * The place a distance is of, named right before it and a comma ("in Chilpancingo, 132 miles south of Mexico City",
   * "Iguala, some 200km (125 miles) south of Mexico City" → iguala): the name's last word (folded). Two distances from
   * one point, of two places, are two things (conflicts.ts `sameThing`; conf60).
   */
  place?: string;
  /**
   * For a percentage, who measured it: the names before the verb that reports it in its sentence ("an
   * opinion poll for the Kathimerini newspaper found that 68 per cent" → kathimerini). A rate is a
   * measurement by whoever took it; two named measurers are two measures (conflicts.ts `sameThing`; conf12).
   */
  by?: string[];
  /**
   * The figure is a survey's margin of error ("a margin of sampling error of plus or minus four percentage
   * points", "± 3.1 points"): how sure one poll is of its own figures, not an amount of anything. Two articles'
   * margins are of one poll only when both name one measurer (conflicts.ts `sameThing`; conf36).
   */
  margin?: boolean;
  /**
   * The clock times its text gives, in minutes after midnight ("struck at 7:48 a.m." → 468): when the
   * event its figures are of happened. Two units that time their events differently tell two events
   * (conflicts.ts `figureDifference`; conf12).
   */
  clock?: readonly number[];
  /**
   * For a duration written before a noun ("a 30-day program", "a 10-year sentence"), that noun's stem: what
   * the duration is the length of. Two durations of two named things ("a 30-day program" / "90 days of
   * treatment") are two quantities (conflicts.ts `sameThing`; conf13).
   */
  measures?: string;
  /**
   * For a count, what befell what it counts, read next to it: the verb right before it ("charged with shooting
   * the five men", "killed three people") and the words right after its head ("found four men dead", "six people
   * were wounded"), each as 'shot', 'dead' or 'hurt', and 'critical' for how badly ("three critically injured"). What is predicated of a count is part of what it
   * measures: people shot and people dead are two counts (conflicts.ts `sameThing`; conf14).
   */
  fate?: readonly string[];
  /**
   * The owner or subject read is one capitalised word that opens the sentence, a line or a stretch after a spaced dash
   * ("NOTE: Net excludes a gain of 40,000 dlrs", "Acme Inc - Offering of 50 mln dlrs"), and the text writes it
   * capitalised nowhere else: a capital there says nothing of a name. Whether it is one is asked of the whole article
   * (`nameEvidence`; conflicts.ts `ownersNamed`; conf57).
   */
  opens?: true;
  /** For an age ("a 7-year-old girl"), the stem of the common noun it describes: the person whose age it is. */
  person?: string;
  /**
   * For a count, how many of what it counts its clause says it includes ("six people, including an unborn child" → 1;
   * "four others were injured, including the gunman" → 1; "three counts of murder, including one of aggravated murder"
   * → 1), and the stem of the last word of what it names ("child", "gunman"; null when none): a part the count holds,
   * which another count may leave out (conflicts.ts `figureDifference`; conf40).
   */
  includes?: { n: number; what: string | null; plus?: boolean };
  /**
   * Who did what the figure counts, when no name does: a common noun right before the verb right before the
   * figure ("a guard fired one shot" → guard), its stem. A figure one side gives a named owner, whom the
   * other side names apart from its own figure's doer, is two doers' figures (conflicts.ts `sameThing`; conf14).
   */
  doer?: string;
  /**
   * How conflicts compares a figure whose kind and head ranking, index keys and story figures keep as they were
   * read before (conf15): an age in apposition ("Smith, 34,") is a count there and an age (duration, year) here;
   * "the 1700 block" is a year there and a block number here.
   */
  compareAs?: { kind: QuantityKind; head: string | null };
  /**
   * The words written before the owner's last word in its name, titles left out ("Dana Lee Reyes" → dana, lee;
   * "Officer Reyes" → none), folded: two given names of one surname are two people (conflicts.ts `sameThing`; conf16).
   */
  given?: readonly string[];
  /**
   * For a weekday, told at an edge of the day: 'late' ("late Sunday", "Sunday night", "overnight Sunday") or 'early'
   * ("early Monday"). Two days a day apart, late on the first or early on the second, may be one night (conf16).
   */
  edge?: 'late' | 'early';
  /** The names its text gives (the last word of each, folded): whom the text is about besides the owner. */
  named?: readonly string[];
  /**
   * For money, its currency when the text names it: the sign or letters before the figure or the word after it ("$5m",
   * "5 million dollars" → $; "£5m" → £; "€", "EUR" → €; "Rs 500" → rs). Two sums in two currencies are two amounts (conf39).
   */
  currency?: string;
  /**
   * A fraction written after a whole number ("4 1/2", "2-1/2", "7 ½"): the figure is value + fraction. Read for conflicts
   * only; ranking, keys and story figures keep the whole number as before (conf39).
   */
  fraction?: number;
  start: number;
  end: number;
}

const NUMBER_WORDS = wordTable<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
});
const VAGUE = wordTable<[number, number]>({
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 999999], millions: [2e6, 999e6],
  billions: [2e9, 999e9], scores: [40, 99],
});
/** "a quarter of a million": the fraction's divisor. */
const FRACTIONS = wordTable<number>({ quarter: 4, third: 3 });
const SCALE = wordTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9,
  // South Asian scales ("Rs 500 crore", "2 lakh people"): a hundred thousand, ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
/**
 * Scales written glued to a figure ("$5bn", "£2.6m", "2.6million", "$50k", "$1.2tn"; qty37). A letter glued to digits
 * names many things besides a scale ("4K", "5300M", "100m", "Block 1B"): only the words and "bn" are read as a scale
 * whatever precedes the figure; the single letters, "mn" and "tn" only after a currency.
 */
const GLUED_SCALE = wordTable<number>({ k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12, million: 1e6, billion: 1e9, trillion: 1e12 });
const GLUED_ALONE: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'bn']);
/** A figure and its glued scale in one word ("5bn", "us5bn" after "$"): the currency's letters, the digits, the scale. */
const GLUED_FIGURE = /^([a-z]{0,2})(\d[\d,]*(?:\.\d+)?)([a-z]*)$/;

/**
 * The words before the scale word at `k` ("dozen", "hundred", "million") that belong to its figure (conf43): an article
 * ("a dozen": times 1), "a couple (of)" (times 2), "a few" or "several" (a vague multiple); each word next to the
 * next with only spaces between. The first of those words (where a qualifier before the figure ends), or null.
 */
function scaleMultiple(s: string, toks: Token[], k: number): { lead: Token; times: number | 'vague' } | null {
  const next = (i: number) => toks[i] && /^\s+$/.test(s.slice(toks[i]!.end, toks[i + 1]!.start));
  const article = (i: number) => (toks[i]?.w === 'a' || toks[i]?.w === 'an') && next(i);
  let j = k - 1;
  if (toks[j]?.w === 'of' && toks[j - 1]?.w === 'couple' && next(j)) j--;
  const w = next(j) ? toks[j]!.w : '';
  if (w === 'couple' && article(j - 1)) return { lead: toks[j - 1]!, times: 2 };
  if (w === 'few' && article(j - 1)) return { lead: toks[j - 1]!, times: 'vague' };
  if (w === 'several') return { lead: toks[j]!, times: 'vague' };
  return article(k - 1) ? { lead: toks[k - 1]!, times: 1 } : null;
}

/** The value of a glued scale `w` after a figure (null: no scale, or one that needs a currency and has none). */
function gluedScale(w: string, money: boolean): number | null {
  const v = GLUED_SCALE[w];
  return v !== undefined && (money || GLUED_ALONE.has(w)) ? v : null;
}
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** Month names and the newspaper abbreviations of them ("Sept. 11", "Jan. 6"), folded. */
const MONTH_WORDS = new Set([...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
let durationUnits: Set<string> | null = null;
const DURATION_UNITS = () =>
  (durationUnits ??= new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'].map((w) => stem(w))));
// "no more than" before "more than", "no less than" before "less than": the first that matches is read.
const QUALIFIERS = [
  'no more than', 'no less than', 'no fewer than', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'nearly', 'almost',
  'about', 'around', 'approximately', 'roughly', 'close to', 'over', 'under', 'up to', 'within', 'as many as', 'as much as', 'upwards of', 'in excess of', 'some',
];
/** Each qualifier with the pattern that finds it right before a figure (made once). */
const QUALIFIER_RES: ReadonlyArray<readonly [string, RegExp]> = QUALIFIERS.map((q) => [q, new RegExp(`\\b${q}\\s+$`, 'i')] as const);
/** Prepositions: after a figure they end its phrase (no head); before a duration they anchor it. */
const PREPOSITIONS = new Set(
  ('on in at by for with about against between into through during before after above below to from up down out off ' +
    'over under since upon within without among across along around toward towards via per onto amid despite until than').split(' '),
);
/** Words after a duration's unit that say what it is measured from ("two days ago", "years since", "days before"). */
const ANCHOR_AFTER = new Set(['ago', 'before', 'after', 'later', 'earlier', 'since', 'from', 'into', 'left', 'remaining', 'early', 'late']);
/**
 * Lower-case nouns that name a thing by its number ("section 230", "flight 370", "room 12"). A
 * closed list of labelling nouns; capitalised words before a number are handled by shape.
 */
const LABEL_NOUNS = new Set(
  (
    'section article chapter route highway interstate flight room page number no title amendment paragraph ' +
    'rule resolution proposition prop model version episode season volume gate platform exit ' +
    'terminal apartment suite district precinct ward phase stage category grade channel pier runway'
  ).split(' '),
);

/** Weekday and month names, folded ("may" among them), and a capital first letter, for isCalendarToken. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
const CAPITAL = /^\p{Lu}/u;
/**
 * A weekday or month name as a date ("on Monday", "in March"): capitalised, and not "May" (also a
 * modal verb). A date says when, not what happened: the aligner leaves these words out of its
 * vectors (dates are compared as figures instead), so two different events of the same month do not
 * look alike through "March".
 */
export function isCalendarToken(t: Pick<Token, 'w' | 'raw'>): boolean {
  // The name first (a set look-up most words fail), the capital only then: the same answer.
  return t.w !== 'may' && CALENDAR_NAMES.has(t.w) && CAPITAL.test(t.raw);
}

/** A currency sign, and a figure with its currency's country letters before it ("US1", "A2.5"; folded). */
/** $, € or £ (a character code; NaN before the text's start is none): the scan asks of the character before every word. */
const isCurrencySign = (c: number) => c === 36 || c === 8364 || c === 163;
const CODED_FIGURE = /^(?:us|a|au|nz|c|ca|hk|s|nt)\d[\d,]*(?:\.\d+)?$/;
const CODED_PREFIX: ReadonlySet<string> = new Set(['us', 'a', 'au', 'nz', 'c', 'ca', 'hk', 's', 'nt']);
/**
 * A currency written in letters right before a figure: rupees ("Rs 500", "Rs. 500", "Rs500") and the ISO codes
 * ("USD 5bn"), as written (capitals), with at most a point and a space between (qty37).
 */
const CURRENCY_WORD_BEFORE = /(?:^|[^\p{L}])(?:Rs|RS|INR|USD|EUR|GBP)\.?\s?$/u;
/** A money figure's currency as `Quantity.currency` names it, from the text before it (`at`: its token) and after it. */
function currencyOf(s: string, at: number, w: string, after: string): string | undefined {
  const m = /([$€£])\s?$|(?:^|[^\p{L}])(rs|inr|usd|eur|gbp)\.?\s?$/iu.exec(s.slice(Math.max(0, at - 5), at));
  const word = (m?.[1] ?? m?.[2] ?? (/^rs/.test(w) ? 'rs' : /^\s*(dollar|euro|pound|usd)/.exec(after)?.[1]))?.toLowerCase();
  return word && (CURRENCIES[word] ?? word);
}
const CURRENCIES: Record<string, string> = { usd: '$', dollar: '$', inr: 'rs', eur: '€', euro: '€', gbp: '£', pound: '£' };
/** A fraction after a whole number, glued, after a space or a hyphen: "1/2" (halves to eighths) or a fraction sign ("½"; "Â½" as a page mis-decoded it). */
const FRACTION_AFTER = /^(?:[\s-]?([1-7])\/([2-8])(?![\d/])|\s?\u00c2?([\u00bc-\u00be\u2153-\u215e]))/;
/**
 * Token `i` opens an age's unit: "year(s)" or "month(s)" and then "old", one space or hyphen apart ("… year old",
 * "…-year-old", "… years old").
 */
function ageUnitAt(s: string, toks: Token[], i: number): boolean {
  const unit = toks[i];
  const old = toks[i + 1];
  return !!unit && !!old && /^(?:years?|months?)$/.test(unit.w) && old.w === 'old' && /^[\s-]+$/.test(s.slice(toks[i - 1]!.end, unit.start)) && /^[\s-]$/.test(s.slice(unit.end, old.start));
}
const FRACTION_SIGNS: Record<string, number> = { '\u00bc': 1 / 4, '\u00bd': 1 / 2, '\u00be': 3 / 4, '\u2153': 1 / 3, '\u2154': 2 / 3, '\u215b': 1 / 8, '\u215c': 3 / 8, '\u215d': 5 / 8, '\u215e': 7 / 8 };
/** Is there a currency right before `at`: a sign ("$5", "£ 5"), or its letters ("Rs 500")? */
function currencyBefore(s: string, at: number): boolean {
  return /[$€£]\s?$/.test(s.slice(Math.max(0, at - 2), at)) || CURRENCY_WORD_BEFORE.test(s.slice(Math.max(0, at - 5), at));
}

/**
 * Every word `quantities` reads as something other than a number in digits: the number words, vague
 * counts, weekdays and months, so that skipping the others changes nothing.
 */
const SPECIAL_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(VAGUE),
  ...WEEKDAYS,
  ...MONTHS,
]);

/** Is token k the first word of a sentence (start of text, or after . ! ? and optional closing marks)? */
function sentenceInitial(s: string, toks: Token[], k: number): boolean {
  const prevEnd = k > 0 ? toks[k - 1]!.end : 0;
  const between = s.slice(prevEnd, toks[k]!.start);
  if (k === 0) return true;
  return /[.!?…:;]["”’)\]]*\s*["“‘(\[]*$/.test(between) || /\n/.test(between);
}

/**
 * Does token k open a sentence, a line, or a stretch set off by a spaced dash ("Acme Inc - Offering of …")? Not after
 * an initial's full stop ("J. Smith", "the U.S. Government"): a single capital letter there is part of the name.
 */
function opensAt(s: string, toks: Token[], k: number): boolean {
  if (k === 0) return true;
  const between = s.slice(toks[k - 1]!.end, toks[k]!.start);
  if (/^\p{Lu}$/u.test(toks[k - 1]!.raw) && /^\.[ \t]+$/.test(between)) return false;
  return sentenceInitial(s, toks, k) || /\s[-–—]{1,2}\s+$/.test(between);
}

/** A word written with a capital and then lower case ("Yida", "Manning"): not a line in capitals. */
const TITLED = /^\p{Lu}\p{Ll}/u;

/**
 * The words (folded, a possessive dropped) a text writes capitalised where no sentence, line or dashed stretch opens
 * ("refugees in Yida" → yida): evidence that a capitalised word opening another sentence of the article is a name
 * (Quantity.opens; conf57).
 */
export function nameEvidence(s: string, out = new Set<string>()): Set<string> {
  for (const line of s.split('\n')) {
    const toks = tokens(line);
    for (let k = 1; k < toks.length; k++) if (TITLED.test(toks[k]!.raw) && nameLike(toks[k]!) && !opensAt(line, toks, k)) out.add(toks[k]!.w.replace(/['’]s$/, ''));
  }
  return out;
}

/** Names a broadcaster's channel number follows ("Fox 5", "NBC 26", "News 12", "Channel 2", "WSB-TV 2"), folded. */
const NETWORKS: ReadonlySet<string> = new Set(['fox', 'nbc', 'abc', 'cbs', 'cw', 'pbs', 'wgn', 'channel', 'news', 'tv']);
/** A US station's call letters ("KIRO", "WSB"), as written. */
const CALL_LETTERS = /^[KW][A-Z]{2,3}$/;
const NEWS_WORD = /^(?:News|NEWS)$/;

/**
 * Is the number at token k a broadcaster's channel, part of a station's name and no figure at all (qty37)? A
 * number of one to three digits after call letters or a network's name ("told KIRO 7", "Fox 5 reported", "WSB-TV 2",
 * "Channel 2 Action News"), or before "News", one capitalised word between at most ("21 News spoke with", "Local 6
 * News", "2 Action News"). One space apart each, so "… the WHO. 5 people" is not one; call letters not a function word
 * nor followed by a word in capitals ("WE ARE TOLD THERE WERE 16 PEOPLE INSIDE": a line in capitals).
 */
function station(s: string, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (!/^\d{1,3}$/.test(t.w)) return false;
  const prev = toks[k - 1];
  const n1 = toks[k + 1];
  // Call letters among words not in capitals: in a line in capitals "WERE 16 PEOPLE" is no station.
  const call = !!prev && CALL_LETTERS.test(prev.raw) && !isFunctionWord(prev.w) && !(n1 && s.slice(t.end, n1.start) === ' ' && /^\p{Lu}{2,}$/u.test(n1.raw) && !NEWS_WORD.test(n1.raw));
  if (prev && s.slice(prev.end, t.start) === ' ' && (call || (NETWORKS.has(prev.w) && (prev.w === 'channel' || CAPITAL.test(prev.raw))))) return true;
  if (!n1 || s.slice(t.end, n1.start) !== ' ') return false;
  if (NEWS_WORD.test(n1.raw)) return true;
  const n2 = toks[k + 2];
  return !!n2 && /^\p{Lu}\p{Ll}+$/u.test(n1.raw) && s.slice(n1.end, n2.start) === ' ' && NEWS_WORD.test(n2.raw);
}

/**
 * Is the number at token k a label, date or time rather than an amount?
 * - joined to other digits by "/" or ":" ("9/11", "24/7", "10:30") or to letters by a hyphen
 *   ("COVID-19", "F-35", "MH17"); after a number sign ("the #1 seed", as "No. 1");
 * - after a month ("Sept. 11", "December 23") or before one ("11 September") — a day;
 * - after a labelling noun ("section 230") or a capitalised word that does not start the
 *   sentence ("Route 66", "Boeing 737", "Air Force One");
 * - before "a.m." / "p.m." — a time.
 */
function role(s: string, toks: Token[], k: number): 'day' | 'id' | 'time' | 'station' | null {
  const t = toks[k]!;
  const after = s.slice(t.end, t.end + 6);
  const prev = toks[k - 1];
  const gap = prev ? s.slice(prev.end, t.start) : '';
  const isDigit = /^\d/.test(t.w);
  if (isDigit) {
    if (station(s, toks, k)) return 'station';
    if (/^:\d/.test(after) || (gap === ':' && /^\d/.test(prev!.w))) return 'time';
    // "10: 00", "(GMT+05: 00)": an hour and its minutes written with a space (text rebuilt from tokens).
    const hour = Number(t.w);
    if (/^:\s\d\d\b/.test(after) && hour <= 24) return 'time';
    if (/^:\s$/.test(gap) && /^\d\d$/.test(t.w) && /^\d{1,2}$/.test(prev!.w) && Number(prev!.w) <= 24) return 'time';
    if (/^\/\d/.test(after) || (gap === '/' && /^\d/.test(prev!.w))) return 'id';
    // "the #1 seed", "#12 Duke": the number sign is "No." written short, a rank or a label (conf12).
    if (s[t.start - 1] === '#') return 'id';
    if (/^\s?(?:a\.?\s?m\b|p\.?\s?m\b)/i.test(after)) return 'time';
    // "at 1755 GMT", "0900 UTC", "1430 local time": an hour and its minutes in four digits before a time zone (qty65).
    // So is a span of two ("0922-0952 GMT"): its first side too.
    const span = /^[-\u2013](\d{4})/.exec(after);
    if (hhmm(t.w) !== null && ZONE_AFTER.test(s.slice(t.end + (span && hhmm(span[1]!) !== null ? span[0].length : 0), t.end + 17))) return 'time';
    // "802.11ac": a number with letters glued to it names a standard or a model.
    // Not a scale glued to an amount ("2.6million", "£2.6m": the scanner splits a decimal from the letters after it).
    const glued = toks[k + 1];
    if (glued && glued.start === t.end && /^\p{L}/u.test(glued.raw) && gluedScale(glued.w, currencyBefore(s, t.start)) === null) return 'id';
    // "COVID-19", "F-35", "MH-17": letters joined by a hyphen ("11-minute" has the letters after).
    if (gap === '-' && /\p{L}/u.test(prev!.raw)) return 'id';
    // "the 16-inch MacBook Pro", "a 737-seat Airbus": a size that names a product model.
    const unit = toks[k + 1];
    const model = toks[k + 2];
    if (unit && model && s.slice(t.end, unit.start) === '-' && /^\p{Ll}+$/u.test(unit.raw) && s.slice(unit.end, model.start) === ' ' && /^\p{Lu}/u.test(model.raw)) return 'id';
    // "in the last 16", "the final 8 of the Cup", "the round of 16": a round of a competition, unless a word it counts follows ("the last 16 people"; nlp66).
    if (/\b(?:the (?:last|final)|round of) $/i.test(s.slice(Math.max(0, t.start - 15), t.start)) && !counts(s, toks, k)) return 'id';
  }
  const value = Number(t.w.replace(/,/g, ''));
  const dayLike = isDigit && value >= 1 && value <= 31 && Number.isInteger(value);
  if (dayLike && prev && MONTH_WORDS.has(prev.w) && /^\p{Lu}/u.test(prev.raw) && /^\.?\s$/.test(gap)) return 'day';
  const next = toks[k + 1];
  // "11 September" — unless the month has its own day ("the 19 Sept. 11 hijackers").
  const after2 = toks[k + 2];
  const monthHasDay = after2 && /^\d{1,2}$/.test(after2.w) && /^\.?\s$/.test(s.slice(next!.end, after2.start));
  if (dayLike && next && MONTH_WORDS.has(next.w) && /^\p{Lu}/u.test(next.raw) && s.slice(t.end, next.start) === ' ' && !monthHasDay) return 'day';
  // "Feb 22 or 23", "September 19 and 20", "March 3-4": a month's second day, unless a word it counts follows ("March 3 and 10 people"; nlp66).
  const d = /\b\d\d?(?:([-\u2013])| (?:or|and|to|through) )$/.exec(s.slice(Math.max(0, t.start - 11), t.start));
  if (dayLike && d && !counts(s, toks, k) && role(s, toks, d[1] ? k - 1 : k - 2) === 'day') return 'day';
  if (!prev) return null;
  if (LABEL_NOUNS.has(prev.w) && /^\.?\s$/.test(gap)) return 'id';
  if (
    gap === ' ' &&
    prev.raw.length >= 2 &&
    /^\p{Lu}/u.test(prev.raw) &&
    (isDigit || /^\p{Lu}/u.test(t.raw)) &&
    !isFunctionWord(prev.w) &&
    !MONTH_WORDS.has(prev.w) &&
    !WEEKDAYS.includes(prev.w) &&
    NUMBER_WORDS[prev.w] === undefined &&
    !sentenceInitial(s, toks, k - 1)
  ) {
    // "Route 66", "Boeing 737", "Section 230", "Air Force One".
    return 'id';
  }
  return null;
}

/** A lower-case word that is no function word one space or a hyphen after figure k: a word it counts ("16 people", "12-month"). */
function counts(s: string, toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return !!n && /^[ -]$/.test(s.slice(toks[k]!.end, n.start)) && /^\p{Ll}/u.test(n.raw) && !isFunctionWord(n.w);
}

/** A time zone's letters or "local time" right after a figure. */
const ZONE_AFTER = /^\s(?:GMT|UTC|BST|CET|[ECMP][SD]T|local time)\b/;

/** Four digits read as an hour and its minutes ("1755", "0900"), in minutes after midnight; else null. */
function hhmm(w: string): number | null {
  const m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(w);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The year a number written right after a year and a dash ends a span of years at ("1973-90" → 1990, "1998–2001" →
 * 2001, "2019-20" → 2020, "1999-00" → 2000; qty65): four digits as written, two read as the first year after the first
 * side that ends in them. Null when the number is no such side: the figure before it no year, or the month of an ISO
 * date ("2010-02-12").
 */
function yearSpanEnd(s: string, toks: Token[], k: number, last: Quantity | undefined): number | null {
  const t = toks[k]!;
  const p = toks[k - 1]!;
  if (last?.kind !== 'year' || last.end !== p.end || !/^[-\u2013\u2014]$/.test(s.slice(p.end, t.start)) || /^[-\u2013\u2014]\d/.test(s.slice(t.end, t.end + 2))) return null;
  const v = Number(t.w);
  if (t.w.length === 4) return v;
  const y = last.value - (last.value % 100) + v;
  return t.w.length !== 2 ? null : y > last.value ? y : y + 100;
}

/** "Feb. 23, 2019 he left", "in March 2020 police said": a four-digit figure right after a month, or after a month's day,
 * completes that date (a year), whatever word follows it. */
function afterMonth(s: string, toks: Token[], k: number): boolean {
  const month = (i: number) => toks[i] !== undefined && MONTH_WORDS.has(toks[i]!.w) && /^\p{Lu}/u.test(toks[i]!.raw);
  const gap = (i: number) => s.slice(toks[i]!.end, toks[i + 1]!.start);
  if (k >= 1 && month(k - 1) && /^\.?\s$/.test(gap(k - 1))) return true;
  return k >= 2 && month(k - 2) && /^\d{1,2}$/.test(toks[k - 1]!.w) && /^\.?\s$/.test(gap(k - 2)) && /^,?\s$/.test(gap(k - 1));
}

/**
 * A figure written as four bare digits from 1000 to 2100 ("2020"; not "2,020", "about 2020" nor "2020.5"). News writes a
 * count of a thousand or more with a comma ("2,000 people"), so a figure written so is a year ("2020 Democrats", "between
 * 2008 and 2009") or names something ("1424 Bever Ave."). The scan reads it as a year where its context says so
 * (conflicts compare no year); a card's reason never gives it as a figure (lib/engine/rank.ts signals; audit70).
 */
export function yearShaped(written: string, value: number): boolean {
  return /^\d{4}$/.test(written) && value >= 1000 && value <= 2100;
}

/**
 * Figures in a text with what they count. "more than 200 Venezuelans" → count 200 (qualifier
 * "more than", head "venezuelan"); "hundreds of Venezuelans" → count 200..999 (head "venezuelan");
 * "$4.76 million" → money 4760000; "1798" → year; "Monday" → weekday 1; "two weeks" → duration.
 * "11-minute video" → duration 11 with head "minute". "Sept. 11" → day; "Route 66", "9/11" → id.
 * Times ("5 p.m.", "10:30") and ordinals ("19th") are ignored. `toks` may be passed when the caller
 * already has the tokens of `s`.
 */
export function quantities(s: string, toks?: Token[]): Quantity[] {
  return scanQuantities(s, toks, false);
}

/**
 * The figures `quantities` finds, in the same order, with the same kind, value, max, qualifier,
 * head, text and offsets, but none of what is read around them for conflicts (event, scope,
 * complement, owner, fate, …): what the story vectors keep of a text (lib/engine/vectors.ts reads
 * kind, value and max only). Those readings set fields of a figure already made; none decides
 * whether a figure is found or what it is, so the list is the same (perf35).
 */
export function figureValues(s: string, toks?: Token[]): Quantity[] {
  return scanQuantities(s, toks, true);
}

/**
 * A line break ends whatever a figure is read from (perf47): a title's last word and the text's first ("… Route" /
 * "66 …"), or a paragraph's last figure and the next paragraph's first word ("since March 2022." / "The …", no head
 * of the year), are never one figure nor each other's context. So a text with line breaks is scanned line by line,
 * each line on its own (its tokens made relative to it), and the figures' offsets made the text's again; the figures
 * of a text are then its lines' figures in turn (lib/engine/vectors.ts scans a title and a text apart for that).
 * Without `toks`, each line is tokenised on its own (a word never spans a line break: the same tokens as the text's).
 */
function scanQuantities(s: string, toks: Token[] | undefined, bare: boolean): Quantity[] {
  let nl = s.indexOf('\n');
  if (nl < 0) return scanLine(s, toks ?? tokens(s), bare);
  const out: Quantity[] = [];
  let k = 0;
  for (let from = 0; ; from = nl + 1, nl = s.indexOf('\n', from)) {
    const to = nl < 0 ? s.length : nl;
    const text = s.slice(from, to);
    let line: Token[] = [];
    if (!toks) line = tokens(text);
    else {
      for (; k < toks.length && toks[k]!.start < to; k++) {
        const t = toks[k]!;
        line.push(from ? { w: t.w, raw: t.raw, start: t.start - from, end: t.end - from } : t);
      }
    }
    if (line.length) {
      for (const q of scanLine(text, line, bare)) {
        q.start += from;
        q.end += from;
        out.push(q);
      }
    }
    if (nl < 0) return out;
  }
}

function scanLine(s: string, toks: Token[], bare: boolean): Quantity[] {
  const out: Quantity[] = [];
  let named: string[] | null = null;
  /** The clock times the text gives (minutes after midnight): Quantity.clock of each figure. */
  const clocks: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const w = t.w;
    // Most words are none of the below (not a digit first, no number, weekday or month word): one look-up.
    /** "$US1 million", "$A2.5 million": a currency's country written between its sign and the figure. */
    let coded = false;
    /** A figure and its scale in one word ("5bn", "$50k", "$US5bn", "Rs500"; qty37): its value, read as one amount. */
    let scaled: number | null = null;
    if (!SPECIAL_WORDS.has(w)) {
      const c = w.charCodeAt(0);
      const digit = c >= 48 && c <= 57;
      const sign = !digit && isCurrencySign(s.charCodeAt(t.start - 1));
      // Not a digit first: a figure after a currency's sign ("$US1", "$US5bn"), or the rupee's letters ("Rs500").
      if (!digit && !sign && !(c === 114 && w.charCodeAt(1) === 115)) continue;
      if (!digit) coded = sign && CODED_FIGURE.test(w);
      // "Rs 300", "USD 5bn": money, and the capitalised letters before it no label's name ("Route 66").
      else if (CURRENCY_WORD_BEFORE.test(s.slice(Math.max(0, t.start - 5), t.start))) coded = true;
      const plain = digit ? /^\d[\d,]*(?:\.\d+)?$/.test(w) : coded;
      if (!plain) {
        const m = GLUED_FIGURE.exec(w);
        if (!m) continue;
        const [, letters, digits, scale] = m as unknown as [string, string, string, string];
        // The currency's letters before the digits: a country's after a sign ("$US5bn"), or the rupee's ("Rs500").
        if (letters && !(letters === 'rs' || (sign && CODED_PREFIX.has(letters)))) continue;
        const money = !!letters || currencyBefore(s, t.start);
        const times = scale ? gluedScale(scale, money) : 1;
        if (times === null) continue;
        scaled = Number(digits.replace(/,/g, '')) * times;
        coded = money;
      }
    }
    let value: number | null = null;
    let max: number | null = null;
    /** What the words before a scale word multiply it by ("a couple of dozen": 2; "several hundred": 'vague'). */
    let times: number | 'vague' = 1;
    let kind: QuantityKind = 'count';
    let endTok = k;
    /** The word a figure's text starts with when it is not `t` ("half" in "half a million"). */
    let lead: Token | null = null;
    if (scaled !== null) {
      value = scaled;
      if (Number.isNaN(value)) continue;
      if (coded) kind = 'money';
    } else if (coded) {
      value = Number(w.replace(/^[a-z]+|,/g, ''));
      if (Number.isNaN(value)) continue;
      kind = 'money';
    } else if (/^\d[\d,]*(\.\d+)?$/.test(w)) {
      value = Number(w.replace(/,/g, ''));
      if (Number.isNaN(value)) continue;
    } else if (NUMBER_WORDS[w] !== undefined && !(w === 'one' && isPronounOne(toks, k))) {
      value = NUMBER_WORDS[w]!;
      // "Sixty-seven": tens and units joined by a hyphen are one number.
      const units = toks[k + 1];
      if (value >= 20 && value <= 90 && value % 10 === 0 && units && s.slice(t.end, units.start) === '-' && (NUMBER_WORDS[units.w] ?? 10) < 10) {
        value += NUMBER_WORDS[units.w]!;
        endTok = k + 1;
      }
      // "half a million", "a quarter of a million", "half a dozen": a fraction of the scale word.
      if (value >= 12 && (toks[k - 1]?.w === 'a' || toks[k - 1]?.w === 'an')) {
        const fraction = toks[k - 2]?.w === 'half' ? 2 : toks[k - 2]?.w === 'of' ? FRACTIONS[toks[k - 3]?.w ?? ''] : undefined;
        if (fraction) {
          value /= fraction;
          lead = toks[toks[k - 2]!.w === 'half' ? k - 2 : k - 3]!;
        }
      }
      // The words before a scale word that are part of its figure (conf43): "a dozen", "nearly a million" (the article
      // opens the figure, so a qualifier before it is read), "a couple of dozen" (twice the scale word), "several
      // hundred", "a few dozen" (a vague multiple, read as the plural "hundreds" is: 2 to 10 times the word, less one).
      if (value >= 12 && !lead) {
        const multiple = scaleMultiple(s, toks, k);
        if (multiple) {
          lead = multiple.lead;
          times = multiple.times;
        }
      }
    } else if (VAGUE[w]) {
      // "four scores", "two dozens": after a number the word is what the number counts (its head), not a
      // vague figure of its own (conf12).
      const pv = toks[k - 1];
      if (pv && /^\s+$/.test(s.slice(pv.end, t.start)) && (/^\d[\d,]*(\.\d+)?$/.test(pv.w) || NUMBER_WORDS[pv.w] !== undefined)) continue;
      [value, max] = VAGUE[w]!;
    } else if (WEEKDAYS.includes(w) && /^[A-Z]/.test(t.raw)) {
      const q = mk('weekday', WEEKDAYS.indexOf(w), null, null, t.raw, t.start, t.end);
      if (bare) {
        out.push(q);
        continue;
      }
      q.event = clauseWords(s, toks, k);
      const pw = toks[k - 1] && /^\s+$/.test(s.slice(toks[k - 1]!.end, t.start)) ? toks[k - 1]!.w : '';
      const nw = toks[k + 1] && /^\s+$/.test(s.slice(t.end, toks[k + 1]!.start)) ? toks[k + 1]!.w : '';
      if (pw === 'late' || pw === 'overnight' || nw === 'night') q.edge = 'late';
      else if (pw === 'early') q.edge = 'early';
      out.push(q);
      continue;
    } else if (MONTHS.includes(w) && /^[A-Z]/.test(t.raw) && !(w === 'may' && !/^May$/.test(t.raw))) {
      const q = mk('month', MONTHS.indexOf(w) + 1, null, null, t.raw, t.start, t.end);
      if (!bare) q.event = clauseWords(s, toks, k);
      out.push(q);
      continue;
    } else continue;

    if (max === null && !coded && scaled === null) {
      const r = role(s, toks, k);
      if (r === 'station') continue;
      if (r === 'time') {
        const c = clockOf(s, toks, k);
        if (c !== null) clocks.push(c);
        // "10:30": skip the minutes too.
        if (s[t.end] === ':' && toks[k + 1]?.start === t.end + 1) k++;
        continue;
      }
      if (r === 'day') {
        out.push(mk('day', value, null, null, t.raw, t.start, t.end));
        continue;
      }
      if (r === 'id') {
        // "9/11", "24/7": one identifier.
        let e = k;
        while (toks[e + 1] && toks[e + 1]!.start === toks[e]!.end + 1 && /[/:]/.test(s[toks[e]!.end]!) && /^\d/.test(toks[e + 1]!.w)) e++;
        out.push(mk('id', value, null, null, s.slice(t.start, toks[e]!.end), t.start, toks[e]!.end));
        k = e;
        continue;
      }
    }

    // A range written with a hyphen or dash between two figures ("30-60 per cent", "10–12 people") is
    // one figure from the first to the second. Only a rising pair: "won 3-2" is a score, and two
    // years ("2019-2020") stay years.
    if (max === null && /^\d/.test(w)) {
      const nx = toks[k + 1];
      const gap = nx ? s.slice(t.end, nx.start) : '';
      const hi = nx && /^\d[\d,]*(\.\d+)?$/.test(nx.w) ? Number(nx.w.replace(/,/g, '')) : NaN;
      const years = value >= 1000 && value <= 2100 && hi >= 1000 && hi <= 2100;
      if (/^[-\u2013\u2014]$/.test(gap) && hi > value && !years) {
        max = hi;
        endTok = k + 1;
      }
    }

    // A scale glued to a decimal, which the scanner splits from it ("2.6million", "£2.6m", "$1.2tn"; qty37).
    const glued = toks[endTok + 1];
    if (max === null && scaled === null && /^\d/.test(w) && glued && glued.start === t.end) {
      const times = gluedScale(glued.w, currencyBefore(s, t.start));
      if (times !== null) {
        value *= times;
        endTok++;
      }
    }
    // "two dozen", "3 dozen": the number multiplies the dozen; one figure (conf43). ("two dozens" stays a count of dozens; conf12.)
    const dozen = toks[endTok + 1];
    if (max === null && value < 12 && dozen?.w === 'dozen' && /^[\s-]+$/.test(s.slice(toks[endTok]!.end, dozen.start))) {
      value *= 12;
      endTok++;
    }
    // "two and a half year old", "2-and-a-half-year-old": one age with its half (conf76; read for ages only, where the
    // unit and "old" follow: "two and a half years" elsewhere is read as before). Conflicts read it as an age with its
    // half (`compareAs`, `fraction`); ranking, keys and story figures keep the count of 2 "half" they read before.
    let half = false;
    if (max === null && endTok === k && Number.isInteger(value) && toks[k + 1]?.w === 'and' && toks[k + 2]?.w === 'a' && toks[k + 3]?.w === 'half' && ageUnitAt(s, toks, k + 4) && [k + 1, k + 2, k + 3].every((i) => /^[\s-]+$/.test(s.slice(toks[i - 1]!.end, toks[i]!.start)))) {
      endTok = k + 3;
      half = true;
    }
    // scale words: "4.76 million", "two hundred"
    while (toks[endTok + 1] && SCALE[toks[endTok + 1]!.w] !== undefined && max === null) {
      value *= SCALE[toks[endTok + 1]!.w]!;
      endTok++;
    }
    if (max === null && toks[endTok + 1]?.w === 'hundred') {
      value *= 100;
      endTok++;
    }
    if (times === 'vague') {
      max = value * 10 - 1;
      value *= 2;
    } else value *= times;
    const before = s.slice(Math.max(0, t.start - 2), t.start);
    const after = s.slice(toks[endTok]!.end, toks[endTok]!.end + 12).toLowerCase();
    if (coded || /[$€£]\s?$/.test(before) || CURRENCY_WORD_BEFORE.test(s.slice(Math.max(0, t.start - 5), t.start)) || /^\s*(dollars?|euros?|pounds?|usd)\b/.test(after)) kind = 'money';
    if (/^\s*(%|percent|per cent)/.test(after)) kind = 'percent';
    // head noun: next content token ("200 Venezuelans", "hundreds of Venezuelans", "11-minute"),
    // skipping a date inside the phrase ("the 19 Sept. 11 hijackers" counts hijackers).
    // A preposition right after a count ends its phrase: "a total of four on the season" counts
    // nothing named ("season" is where, not what), so the count has no head. Money and percentages
    // name what they are about after one ("$4 million on roads", "5 percent of voters").
    let head: string | null = null;
    let h = endTok + 1;
    const counted = kind === 'count';
    // "half a million dollars to the agency": the currency word is the unit, not the thing paid for.
    if (kind === 'money' && /^(dollars?|euros?|pounds?|usd)$/.test(toks[h]?.w ?? '')) h++;
    const from = h;
    if (toks[h]?.w === 'of') h++;
    while (toks[h] && isFunctionWord(toks[h]!.w) && !(counted && PREPOSITIONS.has(toks[h]!.w)) && h < from + 2) h++;
    if (counted && toks[h] && PREPOSITIONS.has(toks[h]!.w)) h = toks.length;
    if (toks[h] && MONTH_WORDS.has(toks[h]!.w) && /^\p{Lu}/u.test(toks[h]!.raw) && /^\d{1,2}$/.test(toks[h + 1]?.w ?? '')) h += 2;
    else if (toks[h] && /^\d{1,2}$/.test(toks[h]!.w) && s[toks[h]!.end] === '/' && /^\d/.test(toks[h + 1]?.w ?? '')) h += 2;
    // "420 nautical miles off Somalia", "300 square kilometers of forest": the unit is both words (a nautical mile is no
    // mile), and what is said of the figure follows the second (conf51).
    const unitWord = counted && toks[h] && /^(?:nautical|square|cubic)$/.test(toks[h]!.w) && toks[h + 1] && /^\s+$/.test(s.slice(toks[h]!.end, toks[h + 1]!.start)) ? toks[h++]!.w : null;
    if (toks[h] && !/^\d/.test(toks[h]!.w)) head = unitWord ? `${unitWord} ${stem(toks[h]!.w)}` : stem(toks[h]!.w);
    if (kind === 'count' && head && DURATION_UNITS().has(head)) kind = 'duration';
    // A score ("88-72 loss", "won 3-2"): two figures joined by a dash, falling. Its figures count
    // points, not the noun after them ("72 losses"), so neither has a head.
    if (max === null && /^\d/.test(w)) {
      const nx = toks[k + 1];
      const pv = toks[k - 1];
      const fallingAfter = nx && /^[-\u2013\u2014]$/.test(s.slice(t.end, nx.start)) && /^\d+$/.test(nx.w) && Number(nx.w) < value;
      const fallingBefore = pv && /^[-\u2013\u2014]$/.test(s.slice(pv.end, t.start)) && /^\d+$/.test(pv.w) && Number(pv.w) > value;
      if (fallingAfter || fallingBefore) head = null;
    }
    /** The kind and head ranking, keys and story figures keep for a figure that conflicts reads otherwise (`Quantity.compareAs`). */
    let legacy: { kind: QuantityKind; head: string | null } | null = half ? { kind: 'count', head: 'half' } : null;
    const blockNumber = head === 'block';
    if (kind === 'count' && max === null && yearShaped(t.raw, value)) {
      const unitLike = head && !DURATION_UNITS().has(head) && !MONTHS.includes(head);
      // "in 2016", "the 2016 election", "Trump's 2020 re-election bid": a year. News writes a count of a
      // thousand or more with a comma ("2,000 people"), so a bare four-digit figure after a determiner
      // or a possessive names a year whatever noun follows.
      // "a 2017 study found": a year after "a" too, unless a hyphen makes it a size ("a 1500-word essay").
      const yearOfA = /\ba\s$/i.test(s.slice(Math.max(0, t.start - 3), t.start)) && s[t.end] !== '-';
      if (!unitLike || yearOfA || afterMonth(s, toks, k) || /\b(of|in|since|from|until|by|the|this|that|its|their|his|her)\s*$|['’]s\s*$/i.test(s.slice(Math.max(0, t.start - 8), t.start))) {
        kind = 'year';
        head = null;
      }
    }
    // The second side of a span of years ("his 1973-90 rule", "from 1989-2013", "1998–2001 as mayor") is its last year,
    // whatever word follows: a date, as "from 1973 to 1990" writes it, not a count (qty65).
    const spanEnd = kind === 'count' && max === null ? yearSpanEnd(s, toks, k, out[out.length - 1]) : null;
    if (spanEnd !== null) {
      kind = 'year';
      value = spanEnd;
      head = null;
    }
    // A head is read within the figure's phrase: a comma or another mark between the figure and the next
    // word ends the phrase ("his two half-brothers, 17 and 22, were also arrested", "Carrasquillo, 24, were
    // arrested", "$5 million, the council said"): no head. Read after the kind is settled (a year, a
    // duration), which stays as it was (conf12).
    if (head && h < toks.length && /[,;:()\[\]"“”—–]|\s-\s/.test(s.slice(toks[endTok]!.end, toks[h]!.start))) head = null;
    // An age in apposition: a bare whole number set off by commas right after a name ("John Smith, 34, of
    // Chicago", "Smith, 35, was charged"; the news convention) is that person's age, as "34-year-old John
    // Smith" is; its owner is the name (conf15). Not after a weekday or a month (nameLike), nor a number of
    // four digits or more (a year, a ZIP code).
    const apposed = kind === 'count' && !head && max === null && endTok === k ? apposedTo(s, toks, k) : null;
    if (apposed) {
      legacy = { kind, head };
      kind = 'duration';
      head = 'year';
    }
    // "55.3 million a decade ago": a time unit after an article and before "ago" dates the figure; it is not what the
    // figure measures. Conflicts reads a count with no head (conf41).
    if (kind === 'duration' && head && toks[h - 1] && (toks[h - 1]!.w === 'a' || toks[h - 1]!.w === 'an') && h - 1 > endTok && toks[h + 1]?.w === 'ago') {
      legacy = { kind, head };
      kind = 'count';
      head = null;
    }
    // "the 1700 block of …" is an address, not a year: conflicts reads it as a block number (conf15).
    if (kind === 'year' && blockNumber) {
      legacy = { kind, head };
      kind = 'count';
      head = 'block';
    }
    // qualifier just before the figure
    let start = (lead ?? t).start;
    if (kind === 'money' && /[$€£]\s?$/.test(before)) start = t.start - (before.endsWith(' ') ? 2 : 1);
    const preText = s.slice(Math.max(0, start - 16), start);
    const qualified = QUALIFIER_RES.find(([, re]) => re.test(preText));
    let qualifier = qualified?.[0] ?? null;
    if (qualified) start -= preText.length - preText.search(qualified[1]);
    // A conversion in parentheses right after a figure ("less than 50 km (30 miles)") is that figure
    // in other units: it keeps its qualifier.
    const last = out[out.length - 1];
    const converted = !!last && /^\s*-?\p{L}*\.?\s*\(\s*[$€£]?\s*$/u.test(s.slice(last.end, start));
    if (!qualifier && converted) qualifier = last!.qualifier;
    const end = toks[endTok]!.end;
    const q = mk(kind, value, max ?? value, qualifier, s.slice(start, end), start, end, head);
    if (bare) {
      if (legacy) {
        q.kind = legacy.kind;
        q.head = legacy.head;
      }
      out.push(q);
      k = endTok;
      continue;
    }
    if (kind === 'money') {
      const c = currencyOf(s, t.start, w, after);
      if (c) q.currency = c;
    }
    if (kind === 'count') {
      const inc = includedPart(s, toks, head ? h + 1 : endTok + 1);
      if (inc) q.includes = inc;
    }
    // A whole number and a fraction after it ("4 1/2 years", "7 ½ hours"): one figure for conflicts (conf39).
    const fr = endTok === k && max === null && /^\d+$/.test(w) ? FRACTION_AFTER.exec(s.slice(t.end, t.end + 6)) : null;
    if (fr) {
      const f = fr[3] ? FRACTION_SIGNS[fr[3]] : Number(fr[1]) / Number(fr[2]);
      if (f && f < 1) q.fraction = f;
    }
    if (half) q.fraction = 0.5;
    // The same quantity in another unit or currency: "$US1 million ($1.52 million)", "10 km (six miles)".
    // Money converts to money; a count to a count of another unit (a head on both sides, not the same).
    // A sum right after a bare number is that number in another currency, its own sign lost or never written
    // ("110 billion ($158 billion)"; conf41).
    // "Pounds" is a weight as well as a currency: "30,000 pounds (13,608 kilograms)", "55 kg (120 pounds)" (conf46).
    const weight = (m: Quantity, c: Quantity) => m.kind === 'money' && m.currency === '£' && !m.text.includes('£') && c.kind === 'count' && !!c.head;
    const sameKind = last?.kind === kind || (kind === 'money' && last?.kind === 'count' && !last.head);
    if (converted && ((sameKind && (kind === 'money' || (!!head && !!last!.head && head !== last!.head))) || weight(last!, q) || weight(q, last!)) && /^\s*(?:-?\p{L}+\.?\s*)?\)/u.test(s.slice(toks[endTok]!.end))) q.restates = true;
    if (/^\d/.test(w) && k > 0 && /^\d/.test(toks[k - 1]!.w) && /^\s*\/\s*$/.test(s.slice(toks[k - 1]!.end, t.start))) q.afterSlash = true;
    if (kind === 'count' && SOURCED.test(s.slice(toks[endTok]!.end, toks[endTok]!.end + 60))) q.sources = true;
    // A target: the figure is the object of a verb of needing ("needed just nine points"; the qualifier and
    // "just" / "only" may come between).
    if (/\b(?:need|needs|needed|needing|require|requires|required|requiring)\s+(?:(?:just|only|another|a|an|the)\s+)?$/i.test(s.slice(Math.max(0, start - 24), start))) q.target = true;
    // "another two touchdowns", "an additional 40 people": an increment on top of what was counted before is
    // a run as well, not the whole (conf12).
    const runWord = /\b(first|last|final|next|past|previous|opening|remaining|another|additional)\s+$/i.exec(s.slice(Math.max(0, start - 13), start));
    if (runWord) q.run = runWord[1]!.toLowerCase();
    // "four other people", "two others": the rest of a group besides the one(s) named next to it ("a baby and
    // four other people"), not its total ("five people, including an infant"). A remainder is a part, as a
    // run is; two remainders still compare (conf14).
    else if (/^other/.test(toks[endTok + 1]?.w ?? '') && /^\s+$/.test(s.slice(toks[endTok]!.end, toks[endTok + 1]!.start))) q.run = 'other';
    // "one more spacewalk", "15 more inches of rain", "about 21,000 more deaths": what is added to a count told
    // before, not its total ("three spacewalks in all"), as "another two" is (conf49).
    else if (toks[endTok + 1]?.w === 'more' && /^\s+$/.test(s.slice(toks[endTok]!.end, toks[endTok + 1]!.start))) q.run = 'more';
    // An age in apposition is anchored at birth, as "34-year-old" is; nothing after it is its noun.
    if (kind === 'duration' && apposed) q.anchor = '|old';
    else if (kind === 'duration') {
      // How the duration is anchored: "in 25 years" / "50 years since" / "nine days before".
      const pre = toks.slice(0, k).reverse().find((x) => x.end <= start);
      const post = toks[h + 1];
      // An age ("26-year-old", "27 years old") is anchored at birth, whatever preposition the phrase it
      // modifies follows ("Trial is set for 26-year-old Christopher Kenyon Simpson"; conf11).
      // "within 24 hours" is a bound (its qualifier) and still anchored by "within", as before it was one.
      const preW = qualifier === 'within' ? 'within' : pre?.w;
      q.anchor = post?.w === 'old' ? '|old' : `${preW && PREPOSITIONS.has(preW) ? preW : ''}|${post && ANCHOR_AFTER.has(post.w) ? post.w : ''}`;
      // A duration joined to its unit and written before a noun ("a 30-day program", "a 10-year sentence")
      // is the length of that noun: what it measures (conf13). Not an age ("26-year-old"), anchored above.
      const noun = toks[h + 1];
      if (head && post?.w !== 'old' && /^-$/.test(s.slice(toks[endTok]!.end, toks[h]!.start)) && noun && /^\s+$/.test(s.slice(toks[h]!.end, noun.start)) && !isFunctionWord(noun.w) && !/^\d/.test(noun.w) && !PREPOSITIONS.has(noun.w) && !ANCHOR_AFTER.has(noun.w))
        q.measures = stem(noun.w);
      // An age describes the person written right after it ("a 7-year-old girl" → girl; conf14).
      // Past a name that modifies it ("a 7-year-old South Side girl" → girl).
      // Past words that modify it ("a 58-year-old white man" → man, "a 21-year-old college student" → student; age76).
      const run = post?.w === 'old' ? nameRunFrom(s, toks, h + 2) : -1;
      const person = post?.w === 'old' ? toks[run >= 0 ? run + 1 : personNounEnding(s, toks, h + 2)] : undefined;
      if (person && /^\p{Ll}+$/u.test(person.raw) && !isFunctionWord(person.w) && /^\s+$/.test(s.slice(toks[toks.indexOf(person) - 1]!.end, person.start)) && (run < 0 || PERSON_NOUNS.has(person.w))) q.person = stem(person.w);
    }
    if (head) {
      const sc = scopeAfter(s, toks, h + 1);
      if (sc) q.scope = sc;
      if (kind === 'count' || kind === 'duration' || kind === 'percent') {
        const cp = complementAfter(s, toks, h + 1, head === MULTIPLE);
        if (cp) q.complement = [...cp];
        if (cp && REFERENCE_OPENERS.has(cp.opener)) q.reference = true;
      }
      const pl = placeBefore(s, toks, h, start);
      if (pl) q.place = pl;
    }
    // What the figure tells beyond its head: its clause's content words (names and figures left out).
    if (kind !== 'year') q.event = clauseWords(s, toks, k).filter((x) => x !== head && !/^\d/.test(x) && NUMBER_WORDS[x] === undefined && VAGUE[x] === undefined);
    const margin = (kind === 'percent' || kind === 'count') && MARGIN.test(s.slice(Math.max(0, start - 60), start));
    if (margin) q.margin = true;
    if (kind === 'percent' || margin) {
      const by = measurer(s, toks, k);
      if (by) q.by = by;
    }
    // A block number is an address: it belongs to the street it names ("the 14600 block of South Main
    // Street"), not to the clause's subject or to what befell anyone there (conf15). Its street is its complement.
    const address = kind === 'count' && head === 'block' && !!q.complement;
    // "two of the three victims died": the three are the whole the two are counted from; what befell the two is not
    // the whole's (conf49).
    const det = /^(?:the|its|their|his|her|these|those)$/.test(toks[k - 1]?.w ?? '') ? 1 : 0;
    const of = toks[k - 1 - det];
    const part = toks[k - 2 - det];
    if (kind === 'count' && of?.w === 'of' && part && (/^\d[\d,]*$/.test(part.w) || NUMBER_WORDS[part.w] !== undefined)) q.whole = true;
    else if (kind === 'count' && !address) {
      const f = fateOf(s, toks, k, head ? h + 1 : endTok + 1, start);
      if (f.length) q.fate = f;
    }
    if (apposed) {
      if (apposed.owner) {
        q.owner = apposed.owner;
        const g = givenNames(s, toks, k - 1);
        if (g) q.given = g;
      }
      if (apposed.person) q.person = apposed.person;
      q.named = named ??= namesIn(s, toks);
    } else if (kind !== 'year' && !address) {
      // A figure in parentheses opened right after a name is that name's ("Klitschko (52-3, 46 KOs)" / "Rahman
      // (45-7-2, 36 KOs)": two boxers' records), as an age set off by commas is (conf40).
      const p = parenthesisedAfter(s, toks, start);
      const o = p ? { name: p, far: false, at: -1 } : ownerOf(s, toks, k, head ? h : endTok, start);
      if (o && !o.far) {
        q.owner = o.name;
        const g = o.at >= 0 ? givenNames(s, toks, o.at) : null;
        if (g) q.given = g;
      }
      else if (o) q.subject = o.name;
      else {
        const d = doerOf(s, toks, k, start);
        if (d) q.doer = d;
      }
      if (o && o.at >= 0 && bareOpener(s, toks, o.at)) q.opens = true;
      q.named = named ??= namesIn(s, toks);
    }
    if (legacy) {
      q.compareAs = { kind: q.kind, head: q.head };
      q.kind = legacy.kind;
      q.head = legacy.head;
    }
    out.push(q);
    k = endTok;
  }
  if (clocks.length && !bare) for (const q of out) q.clock = clocks;
  return out;

  function mk(kind: QuantityKind, value: number, max: number | null, qualifier: string | null, text: string, start: number, end: number, head: string | null = null): Quantity {
    return { kind, value, max: max ?? value, qualifier, head, text, start, end };
  }
}

/** Words that open a new clause inside a sentence. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'when', 'whereas', 'after', 'before', 'because', 'although', 'though', 'who', 'which', 'where', 'that', 'as', 'since', 'until']);
/** Day words that are not what a weekday dates ("last Monday", "early Tuesday"). */
const DAY_WORDS = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tomorrow']);

/**
 * The content stems of the clause around token k: from the last clause boundary before it (a
 * punctuation mark or a clause-opening word) to the first one after it, without names, function
 * words, day words and the weekday itself.
 */
const SCOPE_PREPOSITIONS = new Set(['in', 'across', 'around', 'throughout']);
const SCOPE_WORDS = wordTable<string>({ worldwide: 'world', globally: 'world', nationwide: 'nation', statewide: 'state', countrywide: 'country' });
const PLACE_NOUNS = new Set(['world', 'country', 'nation', 'province', 'region', 'state', 'city', 'county', 'area', 'district', 'globe', 'continent', 'town', 'village', 'capital']);

/**
 * The place named at token i, right after a count's head: "in the province", "across Asia", "around
 * the world", "worldwide" → its stems; null when what follows is no place ("in the attack").
 */
function scopeAfter(s: string, toks: Token[], i: number): string[] | null {
  const t = toks[i];
  if (!t || /[,;:()]/.test(s.slice(toks[i - 1]!.end, t.start))) return null;
  if (SCOPE_WORDS[t.w]) return [SCOPE_WORDS[t.w]!];
  if (!SCOPE_PREPOSITIONS.has(t.w)) return null;
  let j = i + 1;
  while (toks[j] && isFunctionWord(toks[j]!.w) && j < i + 3) j++;
  const first = toks[j];
  if (!first || !(/^\p{Lu}/u.test(first.raw) || PLACE_NOUNS.has(first.w))) return null;
  const out: string[] = [];
  for (let k = j; k < j + 3 && toks[k] && !isFunctionWord(toks[k]!.w) && !/[,;:()]/.test(s.slice(toks[k - 1]!.end, toks[k]!.start)); k++) out.push(stem(toks[k]!.w));
  return out;
}

/** Directions a distance is measured in from a place ("75 kilometers west of Manokwari"): they open its complement. */
const COMPASS = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western'];
/** Words that open a complement naming the point a figure is measured from ("135 kilometers from Manokwari"). */
const REFERENCE_OPENERS: ReadonlySet<string> = new Set(['from', ...COMPASS]);
/**
 * The place a distance set off by a comma is of (Quantity.place): the figure (at `start`, its head at token h) is
 * measured from a point (a compass word or "from" after its head, past a restatement in parentheses) and follows
 * a name and ", " — with at most one lower-case word ("some") and a figure in another unit opening a parenthesis
 * between ("Iguala, some 200km (125 miles) south of …"). The name's last word, folded; null otherwise.
 */
function placeBefore(s: string, toks: Token[], h: number, start: number): string | null {
  const head = toks[h];
  const next = head && /^(?:\s*\([^()]{0,30}\))?\)?\s+(\p{L}+)/u.exec(s.slice(head.end));
  if (!next || !REFERENCE_OPENERS.has(next[1]!.toLowerCase())) return null;
  const m = /(\p{L}[\p{L}'\u2019-]*), (?:\p{Ll}+ )?(?:[$\u20ac\u00a3]?\d[\d.,]*\s?\p{L}*\s?\(\s?)?$/u.exec(s.slice(Math.max(0, start - 60), start));
  if (!m) return null;
  const at = start - m[0].length;
  const name = toks.find((t) => t.start === at);
  return name && nameLike(name) && !/['\u2019]s$/.test(name.raw) ? name.w : null;
}

/** Auxiliaries of a passive right after a count's head ("people were killed"). */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are']);
/** Prepositions that open what a count is said of ("seasons as director", "points in the game"). */
const COMPLEMENT_OPENERS = new Set([...PREPOSITIONS, 'as', 'of', ...COMPASS]);
/** Clause openers that end a count's complement ("as" opens one: "four seasons as director"). */
const COMPLEMENT_ENDS = new Set([...CLAUSE_OPENERS].filter((w) => w !== 'as'));

/**
 * The complement of a count's head at token i (Quantity.complement): opened by a preposition or by a
 * participle (a word of five letters or more ending in -ed or -ing: "trapped", "missing"), read to the
 * next punctuation mark or clause opener; its content stems without figures, or null.
 */
/**
 * The head of a multiple ("ten times the speed of USB 2.0", "four times that of the old model"): what it multiplies,
 * written after "the" or "that", is said of it as a complement is; two multiples of two things are two ratios (conf41).
 */
const MULTIPLE = 'tim'; // stem('times'), written out: this module loads before stem's cache.
function complementAfter(s: string, toks: Token[], i: number, multiple = false): (string[] & { opener: string }) | null {
  // The figure restated in parentheses right after its head ("75 kilometers (50 miles) west of Manokwari"):
  // what follows the parentheses is said of the figure (conf12).
  const open = toks[i] ? s.slice(toks[i - 1]!.end, toks[i]!.start) : '';
  let restated = false;
  const w0 = toks[i]?.w ?? '';
  if (/^\s*\(\s*[$€£]?$/u.test(open) && (/^\d/.test(w0) || CODED_FIGURE.test(w0) || NUMBER_WORDS[w0] !== undefined)) {
    let j = i;
    while (j < i + 3 && toks[j + 1] && !/\)/.test(s.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
    if (toks[j + 1] && /^\.?\)\s+$/.test(s.slice(toks[j]!.end, toks[j + 1]!.start))) (i = j + 1), (restated = true);
  }
  // A passive's auxiliary before its participle ("168,000 people were killed in Aceh province"): the
  // participle opens the complement as it does right after the head ("14 others trapped"; conf11).
  if (PASSIVE_AUX.has(toks[i]?.w ?? '') && /^.{3,}ed$/.test(toks[i + 1]?.w ?? '') && !isFunctionWord(toks[i + 1]!.w) && !/[,;:()\[\]"“”—–!?]|\.\s|\s-\s/.test(s.slice(toks[i]!.end, toks[i + 1]!.start))) i++;
  const t = toks[i];
  const stop = (k: number) => /[,;:()\[\]"“”—–!?]|\.\s|\s-\s/.test(s.slice(toks[k - 1]!.end, toks[k]!.start));
  if (!t || (!restated && stop(i))) return null;
  if (!COMPLEMENT_OPENERS.has(t.w) && !(t.w.length >= 5 && /(?:ed|ing)$/.test(t.w) && !isFunctionWord(t.w)) && !(multiple && (t.w === 'the' || t.w === 'that'))) return null;
  const out: string[] = [];
  for (let k = i; k < toks.length && (k === i || (!stop(k) && !COMPLEMENT_ENDS.has(toks[k]!.w))); k++) {
    const w = toks[k]!.w;
    if (!isFunctionWord(w) && !/^\d[\d,.]*$/.test(w) && NUMBER_WORDS[w] === undefined) out.push(stem(w));
  }
  return out.length ? Object.assign(out, { opener: t.w }) : null;
}

/** The first and last token of the clause around token k (see clauseWords). */
function clauseSpan(s: string, toks: Token[], k: number): [number, number] {
  const boundary = (i: number, j: number) => /[,;:()\[\]"“”—–]|\s-\s/.test(s.slice(toks[i]!.end, toks[j]!.start));
  let a = k;
  while (a > 0 && !boundary(a - 1, a) && !CLAUSE_OPENERS.has(toks[a - 1]!.w)) a--;
  let b = k;
  while (b + 1 < toks.length && !boundary(b, b + 1) && !CLAUSE_OPENERS.has(toks[b + 1]!.w)) b++;
  return [a, b];
}

function clauseWords(s: string, toks: Token[], k: number): string[] {
  const [a, b] = clauseSpan(s, toks, k);
  const out: string[] = [];
  for (let i = a; i <= b; i++) {
    const x = toks[i]!.w;
    // Names are left out: the actor is compared apart (conflicts.ts `sharedActor`), and "Rahman
    // arrived on Monday" / "Rahman fought on Saturday" share only him.
    if (i === k || isFunctionWord(x) || DAY_WORDS.has(x) || WEEKDAYS.includes(x) || /^\p{Lu}/u.test(toks[i]!.raw)) continue;
    out.push(stem(x));
  }
  return out;
}

/** Nouns for a person that a place name may modify ("a South Side girl", "a Dallas man") or an age follow in apposition ("the gunman, 59,"). */
const PERSON_NOUNS = new Set([...'man woman boy girl baby infant child toddler teen teenager son daughter mother father wife husband brother sister'.split(' '), ...'student resident suspect victim gunman shooter driver'.split(' ')]);
/**
 * The person nouns of `PERSON_NOUNS` that say what a person is — sex, age, kin (the first part of that list) — not what
 * part the person plays in the story (a suspect, a victim, a driver: the second part). One person may be told by two of
 * them ("a ranger's three-year-old son" / "a 2-year-old toddler"); a story's roles are its different people. Stems
 * (conflicts.ts `onePerson`, conf76). Is `person` (a stem, Quantity.person) one of them?
 */
export function personKind(person: string): boolean {
  return (personKinds ??= new Set('man woman boy girl baby infant child toddler teen teenager son daughter mother father wife husband brother sister'.split(' ').map((w) => stem(w)))).has(person);
}
let personKinds: Set<string> | null = null;

/** Quantity.doer: "a / an / the" + a lower-case noun + a lower-case verb, then the figure, one space apart. */
function doerOf(s: string, toks: Token[], k: number, at: number): string | null {
  let p = k - 1;
  while (p >= 0 && toks[p]!.end > at) p--;
  if (p < 2) return null;
  // One adverb may come between the noun and its verb ("a guard then fired one shot").
  const adverb = p >= 3 && /^(?:then|also|later|again|first|\p{Ll}+ly)$/u.test(toks[p - 1]!.raw) ? 1 : 0;
  const [det, noun, verb] = [toks[p - 2 - adverb]!, toks[p - 1 - adverb]!, toks[p]!];
  if (!/^(?:a|an|the)$/.test(det.w) || isFunctionWord(noun.w) || isFunctionWord(verb.w) || !/^\p{Ll}+$/u.test(noun.raw) || !/^\p{Ll}+$/u.test(verb.raw)) return null;
  if (!/^\s+$/.test(s.slice(det.end, noun.start)) || !/^\s+$/.test(s.slice(noun.end, toks[p - adverb]!.start)) || !/^\s+$/.test(s.slice(verb.end, at))) return null;
  if (adverb && !/^\s+$/.test(s.slice(toks[p - 1]!.end, verb.start))) return null;
  return stem(noun.w);
}

/**
 * Quantity.includes: the size of the part a count's clause says the count includes — "including" after the count's
 * phrase, in its sentence, with no figure or clause end (";", ".", ":") between, followed by a figure (its value) or
 * by "a", "an", "one" or "the" and a noun that is no plural (one). Null otherwise (conf40).
 */
function includedPart(s: string, toks: Token[], i: number): { n: number; what: string | null; plus?: boolean } | null {
  let j = i;
  // What says a part follows: "including", "among them" / "among whom", "of whom" (the part is in the count), or
  // "plus" (the part is beside it: "five people plus the gunman" counts six; conf41).
  const marker = (k: number) => {
    const w = toks[k]!.w;
    const nx = toks[k + 1]?.w;
    return w === 'including' || w === 'plus' ? 1 : (w === 'among' && (nx === 'them' || nx === 'whom')) || (w === 'of' && nx === 'whom') ? 2 : 0;
  };
  while (toks[j] && !marker(j)) {
    if (/^\d/.test(toks[j]!.w) || NUMBER_WORDS[toks[j]!.w] !== undefined || /[;:.!?]/.test(s.slice(toks[j - 1]!.end, toks[j]!.start))) return null;
    j++;
  }
  if (!toks[j]) return null;
  const plus = toks[j]!.w === 'plus' ? { plus: true } : {};
  j += marker(j) - 1;
  const t = toks[j + 1];
  if (!t || /[;:.!?]/.test(s.slice(toks[j - 1]!.end, toks[j]!.start))) return null;
  // The words after the figure or article up to a break or a function word: what the part is ("one police officer").
  let e = j + 1;
  while (toks[e + 1] && e < j + 4 && /^\s+$/.test(s.slice(toks[e]!.end, toks[e + 1]!.start)) && !isFunctionWord(toks[e + 1]!.w)) e++;
  const last = toks[e]!;
  const what = e > j + 1 && !/^\d/.test(last.w) && NUMBER_WORDS[last.w] === undefined ? stem(last.w) : null;
  const n = /^\d+$/.test(t.w) ? Number(t.w) : NUMBER_WORDS[t.w];
  if (n !== undefined && n > 0 && Number.isInteger(n)) return { n, what, ...plus };
  // After an article, one thing: a noun that is no plural ("the gunman", "an unborn child").
  if ((t.w !== 'a' && t.w !== 'an' && t.w !== 'the') || !what || /(?<!s)s$/.test(last.raw)) return null;
  return { n: 1, what, ...plus };
}

/**
 * The name whose parenthesis a figure at `at` is written in: the parenthesis still open at `at` was opened right
 * after a name-like word ("Klitschko (52-3, 46 KOs)") — that word, folded; null otherwise (conf40).
 */
function parenthesisedAfter(s: string, toks: Token[], at: number): string | null {
  const open = s.lastIndexOf('(', at);
  if (open < 0 || s.lastIndexOf(')', at) > open) return null;
  let p = toks.length - 1;
  while (p >= 0 && toks[p]!.end > open) p--;
  const name = toks[p];
  return name && /^\s*$/.test(s.slice(name.end, open)) && nameLike(name) ? name.w : null;
}

/** What a word says befell people or things counted: shot, dead or hurt (Quantity.fate). */
const FATES: ReadonlyArray<[string, RegExp]> = [
  ['shot', /^(?:shot|shoot|shoots|shooting)$/],
  ['dead', /^(?:dead|kill|kills|killed|killing|die|dies|died|slain|murdered|fatally)$/],
  ['hurt', /^(?:wounded|wounding|injured|injuring|hurt|hospitalized)$/],
  // How badly: those critically hurt are some of the hurt, a part of them (conf16).
  ['critical', /^(?:critically|critical|seriously|serious|gravely)$/],
];

/**
 * Quantity.fate: the fates said by the words next to a count in its clause, up to two content words before
 * it (function words skipped: "shooting the five") and up to three words after its head ("men were
 * found dead"), never across punctuation. No constant is fitted: a phrase's reach.
 */
function fateOf(s: string, toks: Token[], k: number, after: number, at: number): string[] {
  const out = new Set<string>();
  // How badly is read after the count only: before it, it is said of a part ("the most seriously injured of six people").
  const read = (w: string, before = false) => {
    for (const [f, re] of FATES) if (re.test(w) && !(before && f === 'critical')) out.add(f);
  };
  let p = k - 1;
  while (p >= 0 && toks[p]!.end > at) p--;
  for (let seen = 0, i = p; i >= 0 && seen < 2; i--) {
    if (!/^\s+$/.test(s.slice(toks[i]!.end, i === p ? at : toks[i + 1]!.start))) break;
    read(toks[i]!.w, true);
    if (!isFunctionWord(toks[i]!.w)) seen++;
  }
  for (let i = after; i < toks.length && i < after + 3; i++) {
    if (!/^\s+$/.test(s.slice(toks[i - 1]!.end, toks[i]!.start))) break;
    read(toks[i]!.w);
  }
  return [...out];
}

/** A word that can be part of a name: capitalised, not a function word, a date word or a number word. */
function nameLike(t: Token): boolean {
  return /^\p{Lu}/u.test(t.raw) && !/^\d/.test(t.w) && !isFunctionWord(t.w) && !MONTH_WORDS.has(t.w) && !WEEKDAYS.includes(t.w) && NUMBER_WORDS[t.w] === undefined && VAGUE[t.w] === undefined;
}

const DETERMINERS = new Set('a an the this that these those his her its their our my your'.split(' '));

/**
 * The name a bare number at token k stands in apposition to, as an age: "Smith, 34," / "John Smith, 34." — a
 * whole number under 120 written in digits, right after a name and ", ", and closed by a comma, a semicolon, a full
 * stop or a parenthesis: the name's last word (folded) as its owner; after a person noun and a determiner ("the
 * gunman, 59,"), that noun as its person. Null otherwise.
 */
function apposedTo(s: string, toks: Token[], k: number): { owner?: string; person?: string } | null {
  const t = toks[k]!;
  const p = toks[k - 1];
  if (!p || !/^\d{1,3}$/.test(t.w) || Number(t.w) < 1 || Number(t.w) >= 120) return null;
  if (s.slice(p.end, t.start) !== ', ' || /['’]s$/.test(p.w)) return null;
  // Closed by a comma, a semicolon (a list of people), a full stop or a parenthesis, and no list of numbers
  // ("the boys, 12, 13 and 15").
  if (!/^[,;.)]/.test(s.slice(t.end)) || /^[,;.]\s?\d/.test(s.slice(t.end))) return null;
  if (nameLike(p)) return { owner: p.w };
  // "the gunman, 59,": a person noun after a determiner, as "the 59-year-old gunman" (Quantity.person).
  if (/^\p{Ll}+$/u.test(p.raw) && PERSON_NOUNS.has(p.w) && DETERMINERS.has(toks[k - 2]?.w ?? '')) return { person: stem(p.w) };
  return null;
}

/**
 * Right after a count, within its clause: the words news uses to say the people counted told it unnamed, then a verb of
 * saying ("four officials familiar with the matter said", "two people briefed on the talks told Reuters"; `Quantity.sources`).
 */
const SOURCED = /^[^,;:!?]{0,40}?\b(?:familiar with|with (?:direct )?knowledge of|briefed on|not authori[sz]ed to)\b[^;:!?]{0,60}?\b(?:said|say|says|told|tell|tells)\b/i;

/**
 * Where the noun phrase opened at `i`, after an age's "old", ends on a person noun: the word at `i` itself when it is
 * one or when the phrase ends on none; else the first PERSON_NOUNS word (by stem: "students") reached through words
 * joined by a space or a hyphen, no function word, figure or punctuation between ("white man", "college student",
 * "well-known local woman"). The words passed modify the noun; the phrase's head is what the age describes (age76).
 */
function personNounEnding(s: string, toks: Token[], i: number): number {
  const isPerson = (t: Token) => /^\p{Ll}+$/u.test(t.raw) && (personNounStems ??= new Set([...PERSON_NOUNS].map((w) => stem(w)))).has(stem(t.w));
  if (!toks[i] || isPerson(toks[i]!)) return i;
  for (let j = i; toks[j] && /^\p{L}+$/u.test(toks[j]!.raw) && !isFunctionWord(toks[j]!.w) && NUMBER_WORDS[toks[j]!.w] === undefined; j++) {
    const next = toks[j + 1];
    if (!next || !/^(?:\s+|-)$/.test(s.slice(toks[j]!.end, next.start))) break;
    if (isPerson(next) && /^\s+$/.test(s.slice(toks[j]!.end, next.start))) return j + 1;
  }
  return i;
}
let personNounStems: Set<string> | null = null;

/** The name run (name-like words joined by single spaces) that starts at token i: its last token, or -1. */
function nameRunFrom(s: string, toks: Token[], i: number): number {
  if (!toks[i] || !nameLike(toks[i]!)) return -1;
  let j = i;
  while (toks[j + 1] && nameLike(toks[j + 1]!) && s.slice(toks[j]!.end, toks[j + 1]!.start) === ' ') j++;
  return j;
}

/**
 * Quantity.owner, read in three shapes only (nearest-name guesses mistake objects and places for owners:
 * "Garrard drove Jacksonville to the 7-yard line"):
 * - the name the figure describes, right after it: "27-year-old Christopher Kenyon Simpson" (after the
 *   head, or after "old"); not a possessive there, which names a maker ("a .38 caliber Rohm's revolver");
 * - a possessive name right before it: "Owens's two-yard run", "Charles' 86-yard run";
 * - the subject, a name followed by lower-case words and the figure, in one clause: "Richard Carter had
 *   12 points", "Manning threw for 364 yards" (past two words: Quantity.subject, "Reggie Bush will miss the
 *   final two games", conf10).
 * `k`: the figure's first token, `h`: its head's, `at`: where its text starts (a qualifier included).
 */
function ownerOf(s: string, toks: Token[], k: number, h: number, at: number): { name: string; far: boolean; at: number } | null {
  ownerAt = -1;
  const o = ownerRead(s, toks, k, h, at);
  return o === null ? null : typeof o === 'string' ? { name: o, far: false, at: ownerAt } : { ...o, at: ownerAt };
}
/** The token of the name's last word `ownerRead` last returned (-1: the owner read is no name). */
let ownerAt = -1;

/**
 * Is the name at token j one word written with a capital and lower case (not an acronym) that opens the sentence, a
 * line or a dashed stretch, and that the text writes capitalised nowhere else (Quantity.opens)?
 */
function bareOpener(s: string, toks: Token[], j: number): boolean {
  const t = toks[j]!;
  if (!TITLED.test(t.raw) || !opensAt(s, toks, j)) return false;
  const w = t.w.replace(/['’]s$/, '');
  return !toks.some((x, k) => k !== j && k > 0 && x.w.replace(/['’]s$/, '') === w && TITLED.test(x.raw) && !opensAt(s, toks, k));
}

/** Titles written before a name ("Officer Dana Reyes"): not a given name. */
const TITLES = new Set('mr mrs ms miss dr officer sgt sergeant detective det deputy chief lt capt captain sheriff trooper agent judge rev gov sen rep president mayor'.split(' '));

/** The words of the name that ends at token j, before it, titles left out (Quantity.given); null when there are none. */
function givenNames(s: string, toks: Token[], j: number): string[] | null {
  const out: string[] = [];
  for (let i = j - 1; i >= 0 && nameLike(toks[i]!) && /^\.?\s$/.test(s.slice(toks[i]!.end, toks[i + 1]!.start)); i--) if (!TITLES.has(toks[i]!.w)) out.push(toks[i]!.w);
  return out.length ? out : null;
}

/**
 * Currencies and units of measure, folded: a name written right before one says which currency or unit it is ("Swiss
 * francs", "Australian dlrs", "Imperial gallons"), not whose figure it is. A closed class, not words read off rows.
 */
const UNIT_WORDS = new Set(
  ('dollar dollars dlr dlrs franc francs mark marks yen pound pounds euro euros lira lire peso pesos rupee rupees crown crowns ' +
    'krona kronor krone kroner guilder guilders schilling schillings rand yuan won rouble roubles ruble rubles shekel shekels ' +
    'dinar dinars riyal riyals ringgit baht rupiah cent cents ton tons tonne tonnes barrel barrels bushel bushels gallon gallons ' +
    'litre litres liter liters ounce ounces mile miles acre acres hectare hectares metre metres meter meters foot feet').split(' '),
);

function ownerRead(s: string, toks: Token[], k: number, h: number, at: number): string | { name: string; far: boolean } | null {
  const last = (j: number) => ((ownerAt = j), toks[j]!.w.replace(/['’]s$/, ''));
  let n = h + 1;
  if (toks[n]?.w === 'old' && /^-?\s?$/.test(s.slice(toks[h]!.end, toks[n]!.start))) n++;
  if (toks[n] && toks[n - 1] && s.slice(toks[n - 1]!.end, toks[n]!.start) === ' ') {
    const j = nameRunFrom(s, toks, n);
    // A possessive name there ("a .38 caliber Rohm's Industry revolver") names the maker, not the thing described.
    // After a determiner, one capitalised word is the phrase's own noun ("the 40-year-old American"), not a
    // name (conf11); a name of two words or more stays one ("the 27-year-old Christopher Simpson").
    const pre = toks.slice(0, k).reverse().find((x) => x.end <= at);
    const noun = j === n && !!pre && DETERMINERS.has(pre.w);
    // A name run followed at once by a lower-case noun modifies that noun ("a 7-year-old South Side girl": the
    // girl's age, not South Side's; conf14).
    // So does a name run before a currency or a unit: "200 mln Swiss francs", "50 mln Australian dlrs" (the francs'
    // nationality, not whose figure it is; conf56b).
    const modifies = j >= 0 && !!toks[j + 1] && /^\p{Ll}+$/u.test(toks[j + 1]!.raw) && (PERSON_NOUNS.has(toks[j + 1]!.w) || UNIT_WORDS.has(toks[j + 1]!.w)) && s.slice(toks[j]!.end, toks[j + 1]!.start) === ' ';
    if (j >= 0 && !noun && !modifies && !((/['’]s$/.test(toks[j]!.w) || (toks[j + 1]?.w === 's' && /^['’]\s?$/.test(s.slice(toks[j]!.end, toks[j + 1]!.start)))))) return last(j);
  }
  let p = k - 1;
  while (p >= 0 && toks[p]!.end > at) p--;
  const prev = toks[p];
  if (prev && nameLike(prev) && (/['’]s$/.test(prev.w) || /^['’]\s$/.test(s.slice(prev.end, at)))) {
    // An age is the age of the person it is written before; a possessive name before it says whose relation
    // that person is ("Andersen's 37-year-old daughter" is the daughter's age, not Andersen's; conf14).
    const old = toks[h + 1];
    const person = toks[h + 2];
    if (old?.w === 'old' && person && /^\p{Ll}/u.test(person.raw) && !isFunctionWord(person.w) && /^\s+$/.test(s.slice(old.end, person.start))) return person.w;
    return last(p);
  }
  // An age written before a person noun is that person's ("Police arrested the 35-year-old suspect"), not the
  // clause subject's (conf15).
  const old = toks[h + 1];
  const person = toks[h + 2];
  if (old?.w === 'old' && person && /^\p{Ll}/u.test(person.raw) && !isFunctionWord(person.w) && /^\s+$/.test(s.slice(old.end, person.start))) return null;
  // The subject: lower-case words only (a verb phrase) between a name and the figure, in one clause
  // ("Richard Carter had 12 points", "Reggie Bush will miss the final two games", "Horton was the mother
  // of 12 children"; conf10 lifted conf8's limit of two words).
  const [a] = clauseSpan(s, toks, k);
  const spaceAfter = (x: number) => /^\s+$/.test(s.slice(toks[x]!.end, x === p ? at : toks[x + 1]!.start));
  let i = p;
  while (i >= a && /^\p{Ll}/u.test(toks[i]!.raw) && spaceAfter(i)) i--;
  // The word after the name is its verb, not a preposition or determiner ("Garrard drove Jacksonville to
  // the 7-yard line": Jacksonville is no subject); nor a verb of saying, whose subject is a source
  // ("Officials say at least 24 people were killed"). Past two words, a figure after a passive's "by" is
  // the agent, not the subject's ("Drake was paced by 13 points from Seth VanDeest").
  if (p - i > 2 && toks[p]!.w === 'by') return null;
  if (i < p && i >= a && nameLike(toks[i]!) && spaceAfter(i) && !PREPOSITIONS.has(toks[i + 1]!.w) && !DETERMINERS.has(toks[i + 1]!.w) && !SAYS.has(toks[i + 1]!.w)) return { name: last(i), far: p - i > 2 };
  return null;
}

/**
 * The clock time read at token k, a time's hour (`role` 'time': "7:48 a.m.", "4 p.m.", "19:48", "10: 00"),
 * in minutes after midnight; null for the minutes of a time already read, or a number that is no hour.
 */
function clockOf(s: string, toks: Token[], k: number): number | null {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (prev && /^:\s?$/.test(s.slice(prev.end, t.start))) return null;
  const four = hhmm(t.w);
  if (four !== null) return four;
  if (!/^\d{1,2}$/.test(t.w)) return null;
  let hour = Number(t.w);
  if (hour > 24) return null;
  const m = /^:\s?(\d\d)\b/.exec(s.slice(t.end, t.end + 4));
  const minutes = m ? Number(m[1]) : 0;
  const rest = s.slice(t.end + (m ? m[0].length : 0), t.end + (m ? m[0].length : 0) + 8);
  const half = /^\s?([ap])\.?\s?m\b/i.exec(rest)?.[1]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour * 60 + minutes;
}

/** Verbs that report a measure: a verb of saying, or of finding ("a poll … found that 68 per cent"). */
let finds: ReadonlySet<string> | null = null;
/** Made on first use: actors.ts (SAYS) and this module import each other, so SAYS is not there yet when this module loads. */
const FINDS = () =>
  (finds ??= new Set([...SAYS, 'found', 'finds', 'find', 'showed', 'shows', 'show', 'suggested', 'suggests', 'estimated', 'estimates', 'put', 'puts']));

/**
 * The words right before a margin of error (Quantity.margin): "plus or minus", "+/-", "±", or "margin of
 * (sampling) error" and at most a few words ("… is", "… of", "… was about") within the sentence.
 */
const MARGIN = /(?:\bplus or minus|\+\/-|\u00b1)\s*(?:about\s+)?$|\bmargins? of (?:sampling )?error\b[^.;!?]{0,24}$/i;

/**
 * Quantity.by: who measured a percentage — the names before a verb that reports it in its sentence ("An
 * opinion poll for the Kathimerini newspaper found that 68 per cent" → kathimerini; "A poll published by
 * Ethnos on Sunday said 83.3 percent" → ethnos). The sentence's first word is left out (a capital there
 * need not be a name). Null when no such verb comes before the figure or no name before it.
 */
function measurer(s: string, toks: Token[], k: number): string[] | null {
  let a = k;
  while (a > 0 && !sentenceInitial(s, toks, a)) a--;
  let v = -1;
  for (let i = k - 1; i > a; i--) if (FINDS().has(toks[i]!.w)) { v = i; break; }
  if (v < 0) return null;
  const out: string[] = [];
  for (let i = a + 1; i < v; i++) if (nameLike(toks[i]!)) out.push(toks[i]!.w.replace(/['’]s$/, ''));
  return out.length ? out : null;
}

/** Every name run's last word in the text (folded, a possessive dropped), and each of its words. */
function namesIn(s: string, toks: Token[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const j = nameRunFrom(s, toks, i);
    if (j < 0) continue;
    for (let k = i; k <= j; k++) out.add(toks[k]!.w.replace(/['’]s$/, ''));
    i = j;
  }
  return [...out];
}

function isPronounOne(toks: Token[], k: number): boolean {
  const prev = toks[k - 1]?.w;
  const next = toks[k + 1]?.w;
  return prev === 'no' || prev === 'the' || prev === 'every' || prev === 'any' || next === 'of' || next === 'another';
}

/** The value of the scale word a figure written in words ends with ("nearly a dozen" → 12, "about two million" → 1e6), else 0. */
export function wordScale(text: string): number {
  const v = NUMBER_WORDS[/(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase() ?? ''];
  return v !== undefined && v >= 12 ? v : 0;
}

/** Do two figures say the same thing? Same kind and same value/range and same qualifier class. */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (!close(a.value, b.value) || !close(a.max, b.max)) return false;
  return true;
}
