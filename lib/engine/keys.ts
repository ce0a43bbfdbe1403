/**
 * Index keys for story matching, kept with the article and in the corpus's story-key postings (schema v9,
 * lib/store) when an article is written, and computed the same way for the article being read at query time.
 *
 * Design: the article's most salient content stems (function words dropped), where salience is the
 * term frequency with a bonus for capitalised words (names: "Bukele", "Frontline") and words of the
 * title, plus figures ("d:454", "d:4760000"). Keys are namespaced strings:
 *   `w:<stem>`  a content stem (see lib/nlp `stem`)
 *   `d:<value>` a figure: counts ≥ 10, money, years (vague words like "hundreds" are not keys)
 * At most `max` (default 48) such keys per article, plus at most QUOTE_KEYS (16) words of the
 * article's quotes (`Article.quotes`, see quoteKeys), so the index stays small (TOOLCHAIN: IndexedDB
 * pays per multi-entry key). Bump KEYS_VERSION whenever the output changes, or sentence splitting or
 * quote extraction change: Corpus.reindex() then rebuilds stored units, quotes and keys.
 * Version 3: quote keys. Version 4: stems keep agreeing after the final-e rule ("take" = "taking").
 * Version 5: figure keys leave out dates and identifiers ("Sept. 11", "9/11", "Route 66": lib/nlp/quantities.ts).
 * Version 6: schedule lines ("June 24 -- Jiffy Lube Live, Bristow, VA") are body units, not headings.
 * Version 8: quote speakers on US-politics coverage (lib/quotes, docs/notes/speak3.md).
 * Version 9: second round of speakers on US-politics coverage (docs/notes/speak4.md).
 * Version 10: third round (docs/notes/speak5.md): speakers, and quotes in lower case after a title cue.
 * Version 11: speakers chosen by the fitted candidate ranker (lib/quotes/ranker.ts, docs/notes/speak6.md);
 *   a range written with a dash ("30-60 per cent") is one figure (lib/nlp/quantities.ts).
 * Version 12: countries and organisations are not speakers, the one spoken to is not, a bare family name
 *   joins its full name (lib/quotes, docs/notes/speak7.md).
 * Version 13: a title word that is a surname in the article ("Billy King", "Ken Doctor") is a name.
 * Version 14: a pronoun or role phrase that says a quote resolves to its person for the ranker; quoted
 *   titles inside an attribution, plural groups (lib/quotes, docs/notes/speak8.md).
 * Version 15: a count a preposition follows has no head, so "in March 2018 after years" is a year, not a
 *   duration; numbers glued to letters ("802.11ac") and spaced times ("10: 00", "8 p. m.") are not
 *   counts; tens and units joined by a hyphen ("Fifty-two") are one number (lib/nlp/quantities.ts,
 *   docs/notes/conflicts3.md).
 * Version 16: speakers — '' as a quotation mark, auxiliaries after a quote, unnamed speakers, fronted
 *   phrases, initials, publications and call signs are nobody (docs/notes/speak9.md); a plural or
 *   compound role word before a name is a title ("Singer-guitarists Tom Johnston").
 * Version 17: "half a million" is 500,000 (a fraction of a scale word); a money figure's head skips the
 *   currency word ("half a million dollars to the agency" is about the agency).
 * Version 18: speak10's speakers (transcript labels, dash signatures, possessive claims, titles before a
 *   name, namesakes; docs/notes/speak10.md).
 * Version 19: a sentence ending on a colon introduces the quote paragraph after it (docs/notes/speak12.md);
 *   a surname after "in" stays a person when a role or a speech verb marks it, long names by their last
 *   two words (docs/notes/speak13.md);
 *   words an object inherits ("constructor") are plain words to the stemmer, quantities and speakers
 *   (lib/text/table.ts).
 * Version 20: speak14's speakers (a "Jr." suffix keeps the name's apposition, an unclosed apposition after a role noun,
 *   twelve verbs of saying counted from PolNeAR's cues; docs/notes/speak14.md).
 * Version 21: speak15's speakers (a name after an article and adjectives, listeners and possessive roles are no
 *   speakers, a first-name gender hint for "he"/"she"; docs/notes/speak15.md) and card15's ingestion (time stamps
 *   with an ordinal day and read-on lines are dropped; docs/notes/card15.md).
 * Version 22: conf10's figures (a currency code before the figure, "$US1 million", "$A2.5 million", is money;
 *   docs/notes/conf10.md) and speak16's speakers (a quote paragraph with no attribution of its own goes to the
 *   subject of the sentence before; docs/notes/speak16.md) and speak17's (a name after a preposition inside the
 *   subject, "20 percent of Slovaks said", names nobody; docs/notes/speak17.md).
 * Version 23: conf12's figures (a number after "#" is a rank or label, like "No. 1": no `d:` key;
 *   docs/notes/conf12.md) and speak18's speakers (a person named once in full is a person: "NAME of the ORG
 *   said", a given-name-led two- or three-word name; ".)" ends a sentence; docs/notes/speak18.md).
 * Version 24: speak19's speakers (a person before a several-word organisation or place; an inverted "said" before a
 *   role run and a full name; a quote closed by a full stop takes its own sentence's attribution when it names a
 *   person; "NAME, AGE," is a person; docs/notes/speak19.md).
 * Version 25: speak20's speakers (lower-case words and a title before a full name after an inverted "said"; a name
 *   suffix's dot read past; a straight closing mark typed after a space closes the quote; a description opening
 *   with a number word names nobody; docs/notes/speak20.md).
 * Version 26: speak36's speakers (a pronoun after a sentence whose speaker is unnamed, "a hospital official said", is
 *   nobody named; a quoted subheading continues nobody; "Mr Wilson" beside "Jane Wilson" is his own person;
 *   docs/notes/speak36.md).
 * Version 27: speak37's speakers (a name written with an Arabic article, "al-Shahristani", is one name; a headline's named
 *   subject says its quoted words, "Heidfeld 'very excited' about …"; a quoted nickname inside a name, "Joe “You Lie”
 *   Wilson"; a quoted span after a work's genre, "the recent epic “Beowulf.”", is a title; docs/notes/speak37.md).
 *   And qty37's figures (a scale or currency glued to a figure, "$5bn", "2.6million", "Rs 300", is one amount;
 *   a broadcaster's channel number, "21 News", "Fox 5", is no figure; docs/notes/qty37.md).
 * Version 28: speak39's speakers as speak40 kept them (a he/she is not somebody named inside the words a person reports, nor
 *   a country or organisation; "the official said" after "a government official said" is that unnamed official;
 *   docs/notes/speak39.md, speak40.md).
 * Version 29: speak41's speakers (a he/she after any unnamed agent noun that speaks, "One retailer told …", is nobody named;
 *   a role is not the name among its modifiers, "the former Manchester United striker"; a web address is a publication;
 *   docs/notes/speak41.md).
 * Version 30: speak42's speakers (an unnamed person who speaks stays unnamed past a relative clause between commas, "A
 *   neighbor, who asked not to be named, said …"; a paragraph of speech continues the quote before it when that quote's
 *   attribution lacks its full stop; docs/notes/speak42.md).
 * Version 31: speak43's speakers (a sentence-initial plural whose verb of saying agrees with a plural is no name; a
 *   possessive in an inverted attribution does not speak; a he/she whose sentence says the person is not named is nobody;
 *   a bare surname shared by relatives after one who just spoke; docs/notes/speak43.md).
 * Version 32: conf43's figures (a count multiplied or qualified in words is one figure: "two dozen" is 24, not 2 and 12;
 *   "several hundred", "a few dozen" are vague counts, as "hundreds" is; docs/notes/conf43.md).
 * Version 33: speak44's speakers (a police or military rank before a surname is a title: "said Major Lapatin" is David
 *   Lapatin; a possessed role with its name in apposition speaks: "said Hamon's aunt, Regina McDaniel"; docs/notes/speak44.md).
 * Version 34: perf47's figures (a line break ends every figure: a title's last word is no label of the text's first figure,
 *   a year ending a paragraph no count of the next one's first word; docs/notes/perf47.md) and speak47's speakers (a
 *   definite "the officer" nobody was named as is nobody named, not the person the text was just about;
 *   docs/notes/speak47.md).
 * Version 35: speak48's speakers ("…, and Y said:" is Y's; a post-nominal is no part of a name, "Peter Ainsworth MP"; "he
 *   added" after a possessive in an object takes up the sentence before's subject; a titled name after its verb speaks;
 *   docs/notes/speak48.md).
 * Version 36: speak49's speakers (no name from a wire dateline, "a U.S. Banker", a title before a common word, "X Co";
 *   docs/notes/speak49.md).
 * Version 37: speak51's speakers (a title's gender switches a shared surname's person only away from one known to be of the
 *   other gender; a report's or publication's words are nobody's unless the quote's sentence names its speaker first;
 *   docs/notes/speak51.md).
 * Version 38: speak52's speakers (a word or three in quotes after "so-called" is nobody's words; docs/notes/speak52.md).
 * Version 39: speak53's speakers ("who X refers to as “…”" and "X's assertion last week that Y “…”" are X's words;
 *   docs/notes/speak53.md).
 * Version 40: speak55's speakers ("the mayor himself said" keeps the mayor; a name inside the words an apposition-subject
 *   reports is no later he/she antecedent, unless the comma opens a who/which/that clause; docs/notes/speak55.md).
 * Version 41: speak56's speakers (a verb that passes a verdict — condemn, welcome, chide, liken, tout, ridicule — gives a
 *   quoted fragment to its subject, as the naming verbs do; docs/notes/speak56.md).
 * Version 42: speak57b's speakers (a nationality noun after a quote — "the Greek said", "said the American" — names the
 *   person the nearest of the three sentences before ties to that nation, or its subject; docs/notes/speak57b.md).
 * Version 43: speak58's speakers (an indefinite role before a person the article names in full — "another yoga
 *   instructor Melissa Brennan said", "said a sobbing Sandra Aponte Holmes" — names that person; docs/notes/speak58.md).
 * Version 44: speak59's speakers (after "his / her / their", a role then a full name that closes the clause — "said his
 *   wife, Sheraine Lathon" — names that person, not the possessor; docs/notes/speak59.md).
 * Version 45: speak60's speakers (after a verb of saying, "his / her / their", lower-case words, then a full name: that
 *   name is a person — "said his cousin Jennifer Rogulich" speaks; docs/notes/speak60.md, bench/speak60-kin.patch).
 * Version 46: speak61's speakers (an organisation's name stays whole — "The House Committee on Oversight and Reform told" is
 *   no person "Reform"; "said Hamon's cousin, Regina McDaniel" names her; "Prof" is a title; docs/notes/speak61.md).
 * Version 47: a four-digit figure right after a month or a month's day is that date's year ("On Feb. 23, 2019 he left"
 *   was a count of 2019 "left"; lib/nlp/quantities.ts `afterMonth`), and speak63's speakers (a bare given name the text
 *   gives a gender goes to the one two-word name it opens: "Kendall" → Kendall Jenner; docs/notes/speak63.md; "the
 *   president-elect said" names whoever the text calls President-elect, elect63).
 * Version 48: speak64's speakers (a surname that is also an organisation word names a person when a given name and a
 *   title or role stand with it: "Mayor Michael Bloomberg said"; docs/notes/speak64.md).
 * Version 49: speak65's verbs of saying counted on all of PolNeAR ("condemned", "proclaimed", …) change stored speakers,
 *   and qty65's figures (a year range's second side is a year, "1755 GMT" a clock time) change the figure keys.
 * Version 50: speak66's speakers (a name signing the quote before it: '"…" -- Arthur Delaney', '"…" - Name, Outlet')
 *   change stored speakers (docs/notes/speak66.md).
 * Version 51: speak67's speakers (a full name taken up by "he" / "she" is a person, a stop glued to the next sentence
 *   ends it, a verb of saying after "and" / "but" takes the name opening its sentence) change stored speakers
 *   (docs/notes/speak67.md).
 * Version 52: speak68's speakers (a role the preposition ties to a name is not the name's, an unnamed spokesman is
 *   nobody, a bare family name opening several full names is the first one's) change stored speakers
 *   (docs/notes/speak68.md).
 * Version 53: sentences glued without a space ("police said.The shooting") are two units (lib/segment, glue69):
 *   the bump makes reindex() resegment articles stored before it.
 * Version 54: an attribution set off by commas inside a sentence ("… wounds, Mr. Glover said, and were …") and
 *   "dismissed" / "dismisses" as naming verbs change stored speakers (docs/notes/speak70.md).
 * Version 55: "X quoted Y as saying" gives Y, "is reported to have replied" attributes, and an infinitive of purpose
 *   ("turned to Twitter to describe …") has its clause's subject: stored speakers change (docs/notes/speak71.md).
 * Version 56: "as X put it" and "in the words of X" / "in X's words" name the speaker: stored speakers change
 *   (docs/notes/speak72.md).
 * Version 57: a he / she goes to the sentence's subject named with a given name the name table does not know, not to
 *   a later person of known gender: stored speakers change (docs/notes/speak73.md).
 * Version 58: a name described after a verb of saying ("said paleontologist Xing Xu of …") and a name with any verb
 *   closing a quote that opens its sentence ("“…,” Dan Fishback whines.") speak: stored speakers change
 *   (docs/notes/speak74.md).
 * Version 59: a one-word label before a colon and a document's owner name the speaker (miss77), a group's words go to the
 *   first of the list the text names (speak78), an unnamed aide's or official's words to nobody (given78): stored speakers
 *   change (docs/notes/miss77.md, speak78.md, given78.md).
 * Version 60: quotations opened or closed by doubled marks (`` … '', ‘‘ … ’’) are quotations, and a name run followed by a
 *   gallery counter ("Hide Caption 1 of 15") is no speaker: stored quotes and speakers change (docs/notes/quote79.md).
 * Version 61: a pronoun's half gender vote to the sentence before goes to that sentence's subject, not its first name
 *   ("the death of ISIS leader al-Baghdadi" gets none): stored speakers change (docs/notes/speak81.md).
 * Version 62: a he/she after "according to X" gives its gender vote to X (stored speakers change, docs/notes/speak82.md),
 *   and an initial before a one-letter initial no longer ends a sentence ("Breanne L. A. Leigh", docs/notes/initial82.md).
 */
import type { Article, Quote } from '../types';
import { figureValues, fold, isFunctionWord, quantities, stem, wordBounds, type Token } from '../nlp';

export const KEYS_VERSION = 62;

/** Words too generic to tell stories apart even though they are not function words. */
const GENERIC = new Set(
  'also new one two first last year years time people just like make made many much well back even get way day week told news report reported according share follow posts reply email address published required fields marked comment comments read more image images getty photo caption advertisement click subscribe newsletter'
    .split(' ')
    .map((w) => stem(w)),
);

export function contentStem(w: string): string | null {
  // A digit first by its code (what /^\d/ says), not a regex per word (perf47).
  const c = w.charCodeAt(0);
  if (w.length < 3 || (c >= 48 && c <= 57) || isFunctionWord(w)) return null;
  const s = stem(w);
  if (s.length < 3 || GENERIC.has(s)) return null;
  return s;
}

/** At most this many keys come from the article's quotes, on top of `max` (see quoteKeys). */
export const QUOTE_KEYS = 16;

/** A word token as lib/nlp `tokens` gives it (same scanner, same fold): its word (cached) and offsets. */
interface Tok {
  x: WordInfo;
  start: number;
  end: number;
}

const CACHE_MAX = 200_000;
/** What indexKeys needs of a word as written; depends on the word only, so kept per word. */
interface WordInfo {
  /** The word as written. */
  raw: string;
  /** Folded. */
  w: string;
  /** contentStem(w). */
  s: string | null;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A quantity may start at this word (mayStartFigure). */
  fig: boolean;
}
const startsFigure = new Map<string, boolean>();

function cached<V>(m: Map<string, V>, k: string, f: (k: string) => V): V {
  const hit = m.get(k);
  if (hit !== undefined || m.has(k)) return hit as V;
  const v = f(k);
  if (m.size > CACHE_MAX) m.clear();
  m.set(k, v);
  return v;
}

const CAPITAL = /^\p{Lu}/u;
const wordOf = (raw: string): WordInfo => {
  const w = fold(raw);
  return { raw, w, s: contentStem(w), cap: CAPITAL.test(raw), fig: mayStartFigure(w) };
};

/**
 * The words seen, by their characters: open addressing on an FNV-1a hash of the word read in place in the scanned
 * string, each slot holding the hash, the word's number and where its characters are in one pool, so a word seen
 * before costs no slice, no Map look-up of a fresh string and (mostly) one cache line (the key worker's largest cost,
 * docs/notes/perf67.md). Up to CACHE_MAX words, then it starts again (as a Map would be cleared).
 */
class WordTable {
  /** Per slot: hash, word number + 1 (0: empty), start in `pool`, length. */
  private slots = new Int32Array(4 << 12);
  private pool = new Uint16Array(1 << 15);
  private used = 0;
  private infos: WordInfo[] = [];

  /** The WordInfo of the word s[start, end). */
  get(s: string, start: number, end: number): WordInfo {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    const { slots, pool } = this;
    const n = end - start;
    const mask = (slots.length >> 2) - 1;
    for (let i = (h & mask) << 2; slots[i + 1] !== 0; i = (i + 4) & (4 * mask + 3)) {
      if (slots[i] !== h || slots[i + 3] !== n) continue;
      const at = slots[i + 2]! - start;
      let k = start;
      while (k < end && pool[at + k] === s.charCodeAt(k)) k++;
      if (k === end) return this.infos[slots[i + 1]! - 1]!;
    }
    const x = wordOf(s.slice(start, end));
    if (this.infos.length > CACHE_MAX) this.reset(4 << 12, true);
    else if (2 * (this.infos.length + 1) > slots.length >> 2) this.reset(2 * slots.length, false);
    if (this.used + n > this.pool.length) {
      const grown = new Uint16Array(2 * (this.used + n));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    for (let k = 0; k < n; k++) this.pool[this.used + k] = s.charCodeAt(start + k);
    this.infos.push(x);
    this.place(h, this.infos.length, this.used, n);
    this.used += n;
    return x;
  }

  /** Slots anew of `size` numbers: the words kept when it grows, none when it starts again (`empty`). */
  private reset(size: number, empty: boolean): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    if (empty) {
      this.infos = [];
      this.used = 0;
      return;
    }
    for (let i = 0; i < old.length; i += 4) if (old[i + 1] !== 0) this.place(old[i]!, old[i + 1]!, old[i + 2]!, old[i + 3]!);
  }

  private place(h: number, j: number, at: number, n: number): void {
    const { slots } = this;
    const mask = (slots.length >> 2) - 1;
    let i = (h & mask) << 2;
    while (slots[i + 1] !== 0) i = (i + 4) & (4 * mask + 3);
    slots[i] = h;
    slots[i + 1] = j;
    slots[i + 2] = at;
    slots[i + 3] = n;
  }
}
const words = new WordTable();

/** lib/nlp `tokens(s)` plus each word's content stem, both cached per distinct word as written. */
function tokenize(s: string): Tok[] {
  // The words lib/nlp `tokens` finds (same scanner).
  const b: number[] = [];
  wordBounds(s, b);
  const out: Tok[] = new Array(b.length / 2);
  for (let k = 0; k < b.length; k += 2) out[k / 2] = { x: words.get(s, b[k]!, b[k + 1]!), start: b[k]!, end: b[k + 1]! };
  return out;
}

/** Scale words that follow a figure without being figures themselves ("5 bn"). */
const SCALE_TAIL = new Set(['k', 'm', 'bn', 'trillion']);
/**
 * Can a quantity start at this (folded) word? A figure, or a word lib/nlp `quantities` reads as a
 * quantity on its own ("twelve", "million"): a superset of the words a quantity starts at.
 */
const mayStartFigure = (w: string) =>
  /^\d/.test(w) || /^[a-z]{1,2}\d/.test(w) || SCALE_TAIL.has(w) || cached(startsFigure, w, (x) => figureValues(x).length > 0);

/** Tokens and characters of context kept around each figure (quantities looks ≤ 3 tokens / 16 chars away). */
const CONTEXT_TOKENS = 5;
const CONTEXT_CHARS = 32;

/**
 * lib/nlp `quantities(s)` restricted to the stretches of `s` around words where a quantity can
 * start (with CONTEXT_TOKENS / CONTEXT_CHARS of context, cut at word boundaries): the same figures,
 * without reading the whole article a second time. tests/unit/store-keys.test.ts pins the keys.
 */
function figuresOf(s: string, toks: Tok[]): ReturnType<typeof quantities> {
  const n = toks.length;
  // Each window: its first and last character, and its first and last token.
  const windows: Array<[number, number, number, number]> = [];
  for (let k = 0; k < n; k++) {
    if (!toks[k]!.x.fig) continue;
    let a = Math.max(0, k - CONTEXT_TOKENS);
    while (a > 0 && toks[a]!.start > toks[k]!.start - CONTEXT_CHARS) a--;
    let e = Math.min(n - 1, k + CONTEXT_TOKENS);
    while (e < n - 1 && toks[e]!.end < toks[k]!.end + CONTEXT_CHARS) e++;
    const ws = toks[a]!.start;
    const we = e === n - 1 ? s.length : toks[e]!.end;
    const last = windows[windows.length - 1];
    if (last && ws <= last[1]) {
      if (we > last[1]) {
        last[1] = we;
        last[3] = e;
      }
    } else windows.push([ws, we, a, e]);
  }
  // The window's tokens are the article's, offsets made relative to the window: what lib/nlp
  // `tokens` gives for the window's text (it starts at a word and ends at a word's end or at the
  // text's end), without reading it again.
  return windows.flatMap(([ws, we, a, e]) => {
    const wt: Token[] = [];
    for (let k = a; k <= e; k++) {
      const t = toks[k]!;
      wt.push({ w: t.x.w, raw: t.x.raw, start: t.start - ws, end: t.end - ws });
    }
    return figureValues(s.slice(ws, we), wt);
  });
}

export function indexKeys(article: Pick<Article, 'title' | 'text'> & { quotes?: Quote[] }, max = 48): string[] {
  const score = new Map<string, number>();
  const add = (s: string, v: number) => score.set(s, (score.get(s) ?? 0) + v);
  const title = article.title ?? '';
  const text = article.text ?? '';
  // One tokenization of "title\ntext" (what quantities reads); words never cross the newline.
  const both = `${title}\n${text}`;
  const all = tokenize(both);
  const shift = title.length + 1;
  let split = 0;
  while (split < all.length && all[split]!.end <= title.length) split++;
  for (let k = 0; k < split; k++) {
    const s = all[k]!.x.s;
    if (s) add(s, 2);
  }
  const textStems: Array<string | null> = [];
  for (let k = split; k < all.length; k++) {
    const t = all[k]!;
    const s = t.x.s;
    textStems.push(s);
    if (!s) continue;
    // A capitalised word not opening a sentence is probably a name: names tell stories apart.
    let v = 1;
    if (t.x.cap) {
      const start = t.start - shift;
      const prev = text.slice(Math.max(0, start - 3), start);
      const sentenceStart = k === split || /[.!?"“”]\s*$|\n\s*$/.test(prev);
      if (!sentenceStart) v = 1.5;
    }
    add(s, v);
  }
  // The best max − 8 stems, by score then name. Only stems scoring at least the (max − 8)-th best
  // score can be among them: those are sorted (a numeric sort finds that score), not all.
  const want = max - 8;
  let floor = -Infinity;
  if (want > 0 && score.size > want) {
    const values = Float64Array.from(score.values()).sort();
    floor = values[values.length - want]!;
  }
  const best: Array<[string, number]> = [];
  for (const e of score) if (e[1] >= floor) best.push(e);
  const words = best
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, want)
    .map(([w]) => `w:${w}`);
  const figures: string[] = [];
  for (const q of figuresOf(both, all)) {
    if (q.value !== q.max) continue;
    if (q.kind === 'money' || q.kind === 'year' || (q.kind === 'count' && q.value >= 10)) {
      const key = `d:${q.value}`;
      if (!figures.includes(key)) figures.push(key);
    }
  }
  figures.sort();
  const keys = [...words, ...figures.slice(0, max - words.length)];
  return [...keys, ...quoteKeys(article.quotes ?? [], textStems, new Set(keys), QUOTE_KEYS)];
}

/**
 * Keys for the words of the article's quotes, so that tracing a quote finds the articles that carry
 * it (the salient-stem keys rarely include the words of a short quote: "it must be everyone").
 * Each sentence of each quote in turn gives its next word, rarest in the article first (then
 * longest): every quoted sentence gets a key or two before any gets many. Bounded by `budget`.
 */
function quoteKeys(quotes: Quote[], textStems: Array<string | null>, taken: Set<string>, budget: number): string[] {
  if (budget <= 0 || quotes.length === 0) return [];
  const tf = new Map<string, number>();
  for (const s of textStems) if (s) tf.set(s, (tf.get(s) ?? 0) + 1);
  const queues: string[][] = [];
  for (const q of quotes) {
    for (const sentence of q.text.split(/(?<=[.!?…])\s+/)) {
      const stems = [...new Set(tokenize(sentence).map((t) => t.x.s).filter((x): x is string => x !== null))];
      stems.sort((a, b) => (tf.get(a) ?? 0) - (tf.get(b) ?? 0) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
      if (stems.length) queues.push(stems);
    }
  }
  const out: string[] = [];
  for (let round = 0; out.length < budget; round++) {
    let any = false;
    for (const qs of queues) {
      if (round >= qs.length) continue;
      any = true;
      const key = `w:${qs[round]}`;
      if (taken.has(key)) continue;
      taken.add(key);
      out.push(key);
      if (out.length >= budget) break;
    }
    if (!any) break;
  }
  return out;
}
