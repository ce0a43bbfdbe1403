/**
 * Per-unit features the aligner compares, and the weighting (IDF) over a set of units.
 */
import type { Article, Unit } from '../types';
import { titleDerived } from '../ingest/warnings';
import { opensWithDate } from '../segment/index';
import { datelineLength, postSignatureLength, subjectOffset } from '../nlp/actors';
import { charNgrams, counts, figureValues, gramText, wordNgrams, fold, isCalendarToken, isFunctionWord, names, quantities, quotedSpans, stem, tokens, type Quantity } from '../nlp';
import { People, type Mention, type Person } from '../quotes/speakers';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, MORE_SPEECH_VERBS, ROLE_WORDS, SPEECH_VERBS } from '../quotes/lexicon';

export interface UnitFeatures {
  unit: Unit;
  /** `words`, `grams` and `quoteGrams` ready to weigh (align.ts `weigh`), made on first use and kept with the features. */
  prepared?: PreparedUnit;
  /** True when the unit states something a reader could miss: not a heading, caption, salutation… */
  fact: boolean;
  /** Stem counts, function words kept. */
  words: Map<string, number>;
  /** Character 4-gram counts of the folded text. */
  grams: Map<string, number>;
  /** Character 4-gram counts of the quoted spans only (empty when the unit quotes nobody). */
  quoteGrams: Map<string, number>;
  figures: Quantity[];
  /** Number of content (non-function) words. */
  content: number;
  /** Stems of every word in order (function words kept, dates left out): n-grams and the LCS of `pairFeatures`. */
  seq: string[];
  /**
   * Stems of capitalised words (a stand-in for named entities; see lib/nlp `names`). The word opening the
   * sentence is left out here (its capital is the sentence's); the report adds it back when the article
   * writes the same word capitalised inside a sentence (`resolveLeadNames`).
   */
  names: Set<string>;
  /** Stem of the sentence's first word when it is capitalised and could be a name (`names` would keep it mid-sentence). */
  lead?: string;
  /**
   * Who the unit's main clause is about when its subject is a pronoun or a role phrase ("He said…",
   * "The president signed…", "“…,” she said"): the folded words of the person it resolves to in the
   * article (`resolvePeople`), or null when it resolves to nobody for sure. Absent when the subject is
   * neither (a name, a noun) or the report has not resolved people (the story stage, `pairs`).
   */
  subject?: string[] | null;
  /** The unit negates something ("not", "never", "n't", "no"…). */
  negated: boolean;
  /**
   * Content stems in order (function words and dates left out, dotted acronyms joined: "F.B.I." →
   * "fbi"): the words the pair model aligns one to one, identical or paraphrases (lib/nlp/paraphrases).
   */
  lex: string[];
  /** The folded words `lex` stems, in the same order (word vectors are looked up by word). */
  lexWords: string[];
}

const ACRONYM = /\b(?:\p{Lu}\.){2,}/u;

/** "F.B.I." / "U.S." → "FBI" / "US", so an acronym is one word. */
function joinAcronyms(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '') + ' ');
}

/** Folded content words of a text, in order (see `UnitFeatures.lex`). */
export function contentWords(text: string): string[] {
  return tokens(joinAcronyms(text))
    .filter((t) => !isCalendarToken(t) && !isFunctionWord(t.w))
    .map((t) => t.w);
}

/** Content stems of a text, in order (see `UnitFeatures.lex`). */
export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}

const NEGATION = /^(not|no|never|nobody|none|nothing|neither|nor|without|cannot)$|n't$/;

const LETTER = /^\p{L}$/u;

/**
 * Share of letters in upper case: promo headlines and shouted link texts are all caps. Letters are
 * counted by code point; ASCII is read by its codes, any other character by its \p{L} class and case
 * (the same count as matching /\p{L}/gu and filtering, without an array of one-letter strings).
 */
function capsShare(text: string): number {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) (letters++, upper++);
      else if (c >= 0x61 && c <= 0x7a) letters++;
      continue;
    }
    let ch = text[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) ch = text.slice(i, ++i + 1);
    }
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
  }
  return letters === 0 ? 0 : upper / letters;
}
/** `capsShare`, for bench/perf23-caps.ts. */
export const capsShareForBench = capsShare;

/** A line ending as a sentence does: a stop, "!", "?", "…", ":" or ";" (a closing quotation mark or bracket after it), or a closing quotation mark. */
export function endsSentence(text: string): boolean {
  return /[.!?…:;]["”’'»)]*$|["”’]$/.test(text.trim());
}

/**
 * Is this unit a fact worth reporting? Headings (by kind or by look: all caps, or short with no
 * sentence punctuation, like "Clinton shared a report" or "Similar Posts") and fragments (fewer than
 * four words or two content words ("(Getty Images)", "she wrote.") are not. Embedded posts are content.
 */
export function isFactUnit(unit: Unit, codes = false): boolean {
  if (unit.kind === 'heading') return false;
  const text = unit.text.trim();
  const toks = tokens(text);
  const content = toks.filter((t) => !isFunctionWord(t.w) && !/^\d+$/.test(t.w)).length;
  if (content < 2 || toks.length < 4) return false;
  if (isStamp(toks)) return false;
  if (capsShare(text) > 0.6 && toks.length >= 3) return false;
  const sentenceEnd = endsSentence(text);
  // A line of a schedule ("June 24 -- Jiffy Lube Live, Bristow, VA": a day and a named place) states
  // when and where something happens, even without a verb or a full stop (lib/segment does not
  // take it for a heading either).
  if (!sentenceEnd && toks.length < 8 && !opensWithDate(text)) return false;
  // Cut off mid-sentence ("… which she calls a"): a teaser or excerpt fragment, not a statement. With
  // `codes` (the report's reading, `reportFeatures`), a last word in capitals is a code, not a dangling
  // "on" / "in" ("July 19 -- Budweiser Stage, Toronto, ON"); the story stage keeps what it was fitted on.
  const last = toks[toks.length - 1]!;
  if (!sentenceEnd && isFunctionWord(last.w) && !(codes && /^\p{Lu}{2,}$/u.test(last.raw))) return false;
  return true;
}

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const WEEKDAY_WORD = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:tues|wednes|thurs|satur)day$/;
/** A number, a day with its ordinal ("24th"), a time with its half of the day ("22am"). */
const STAMP_NUMBER = /^\d{1,4}(?:st|nd|rd|th|am|pm)?$/;
/** The rest of a page's time stamp: what it says of the line, when, and the time zone. */
const STAMP_WORDS = new Set(
  'posted updated published modified filed created added last first on at of the a m am pm p noon midnight today yesterday et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist aest'.split(' '),
);

/**
 * A page's time stamp, not a statement: every word a date, a time or a stamp word, with a month,
 * a weekday or a number in it ("posted Apr 24th, 2013 at 12:28 PM", "July 03, 2013 6:22AM",
 * "Updated: Monday 3rd of June 2013, 10:15 a.m. EDT").
 */
export function isStamp(toks: ReadonlyArray<{ w: string }>): boolean {
  let when = false;
  for (const { w } of toks) {
    if (MONTH_WORD.test(w) || WEEKDAY_WORD.test(w) || STAMP_NUMBER.test(w)) when = true;
    else if (!STAMP_WORDS.has(w)) return false;
  }
  return when;
}

/** Folded letters and digits only: "Trump's UK Visit On 13 July…" and "Trump’s UK visit on 13 July" compare equal. */
const bare = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A question states nothing: "What's in it for Britain?", "How is the plague spread?" (a section
 * heading asked of the reader). A question inside a quotation is someone's words, and stays a fact
 * ("Lammy asked: “Anybody any good at making placards?”"). A statement closed by a tag question is a statement: a
 * declarative clause, then a comma and a tag ("I do believe that there's a spectrum of behavior, right?", "It was a
 * mistake, wasn't it?"), as a transcript gives a speaker's answers (`isTagged`).
 */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?$/.test(t) && !/["“”«»]/.test(t) && !isTagged(t);
}

/** English auxiliaries and modals, a closed class: what opens an inverted question ("Is it…", "Can we…") and heads a tag. */
const AUXILIARIES = new Set('am is are was were be do does did have has had can could will would shall should may might must'.split(' '));
/** The contracted negatives whose stem is not the auxiliary's spelling ("can't", "won't", "shan't", "ain't"). */
const NEGATIVE_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
/** A tag's subject: the personal pronouns and "there" ("…, isn't it?", "…, don't you?", "…, wasn't there?"). */
const TAG_SUBJECTS = new Set('i you he she it we they there'.split(' '));
/** The words that open a question asked with a question word. */
const QUESTION_WORDS = new Set('what who whom whose which why how when where whether'.split(' '));
/** The coordinating conjunctions a spoken clause may open with before its subject ("And it was …", "So is it …"). */
const CONJUNCTIONS = new Set('and but so or yet'.split(' '));

/** An auxiliary, alone or with its contracted "not" ("isn't", "can't", "won't"). */
function isAuxiliary(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  const stem = w.endsWith("n't") ? w.slice(0, -3) : w;
  return AUXILIARIES.has(NEGATIVE_STEMS[stem] ?? stem);
}

/**
 * A statement ending in a tag question: the text after its last comma is a tag — one lower-case word ("right", "no",
 * "eh"; not a question word: "If that's true, why?"), a subject pronoun and one word ("you know", "I guess"), or an auxiliary, "not" if any, a subject pronoun and
 * one word if any ("isn't it", "don't you think", "is it not") — and the clause before it is declarative: it does not
 * open (after a conjunction) with a question word or an auxiliary, as "Is it true, right?" and "Who knew, right?" do,
 * and it has a verb (`hasVerb`; "Nice, right?" has none).
 */
function isTagged(t: string): boolean {
  const comma = t.lastIndexOf(',');
  if (comma < 0) return false;
  const tag = t.slice(comma + 1, -1).trim().split(/\s+/);
  const lower = tag.every((w) => /^[\p{Ll}'’]+$/u.test(w) || w === 'I');
  const subject = (w: string | undefined) => w !== undefined && TAG_SUBJECTS.has(w.toLowerCase());
  let k = 0;
  if (isAuxiliary(tag[0] ?? '')) k = tag[1] === 'not' ? 2 : 1;
  const shaped =
    lower &&
    (tag.length === 1
      ? /^\p{Ll}+$/u.test(tag[0]!) && !isAuxiliary(tag[0]!) && !QUESTION_WORDS.has(tag[0]!)
      : subject(tag[k]) && tag.length <= k + 2);
  if (!shaped) return false;
  const before = t.slice(0, comma);
  const words = before.replace(/^[^\p{L}]+/u, '').split(/\s+/);
  const first = (CONJUNCTIONS.has(words[0]?.toLowerCase() ?? '') ? words[1] : words[0])?.toLowerCase().replace(/[^\p{L}'’]/gu, '') ?? '';
  return first !== '' && !QUESTION_WORDS.has(first) && !isAuxiliary(first) && hasVerb(before);
}

/**
 * Words that show a sentence has a verb (English): forms of be / have / do, modals, common irregular
 * pasts and the base forms most often found after a plural subject ("Tickets go on sale", "Symptoms
 * include …"). Together with any lower-case word in -ed or -s (a past or a third person; plural
 * nouns pass too, which only keeps more units as facts) they tell a sentence from a photo caption,
 * which names who and where with no verb ("President Trump and Prime Minister Theresa May of
 * Britain at the White House in 2017.").
 */
const wordList = (s: string) => s.split(' ').filter(Boolean);
/**
 * Words that put a sentence out of the present: the past and perfect auxiliaries, "will" / "would", and the common
 * irregular pasts (with the forms a past shares with the base: "set", "put", "read"). Part of `VERB_WORDS`; alone, with
 * lower-case words in -ed, they tell a story's dated past event from a photo caption's present (`isPhotoCaption`).
 */
const NOT_PRESENT_WORDS = new Set(
  wordList(
    'was were been has have had did will would ' +
      'said told wrote made came went got gave took held left kept saw knew found brought thought began ran won lost met sent paid ' +
      'led put set hit cut let read spoke stood sat fell rose grew drew flew threw wore broke chose drove ate fought sought bought ' +
      'caught taught heard felt meant spent built struck hung sold sank sang swore shot spread quit cost hurt shut became forgot hid ' +
      'fed fled dealt',
  ),
);
const VERB_WORDS = new Set([
  ...NOT_PRESENT_WORDS,
  ...wordList(
    'am is are be being having does do can could may might must shall should ' +
      'go come get give make take say see know think seem show include remain plan want need face continue begin ' +
      'become hold keep run tell call ask expect believe beat live play pay rate perform work lead win lose',
  ),
]);

/** "it's", "that's", "there's": a verb; "the party's": a possessive. */
const CONTRACTED_IS = /^(it|he|she|that|there|here|what|who|where|let)['’]s$/;

/**
 * A caption, not a sentence: no verb (`VERB_WORDS`, a lower-case word in -ed or -s, a contraction),
 * no quotation, no figure but a year, not a schedule line (a date opening it), not the continuation of a sentence cut at a
 * semicolon (it opens in lower case: the verb is in the part before).
 */
export function isCaption(text: string): boolean {
  const t = text.trim();
  if (/^\p{Ll}/u.test(t) || /["“”]/.test(t) || opensWithDate(t)) return false;
  // A line with a figure states it ("Mekhi Robinson 1 goal, 1 assist."); a caption's year does not count.
  if (figureValues(t).some((q) => !['year', 'month', 'day', 'weekday'].includes(q.kind))) return false;
  return !hasVerb(t);
}

/**
 * Whether a text has a word that can be its verb (the caption test's: `VERB_WORDS`, a contraction, a lower-case word in -ed
 * or -s; a capital inside the text is a name, a participle after an article an adjective). A report's card marks no part
 * without one (mark54: "Democrats' landmark campaign finance", "In a speech earlier this month").
 */
export function hasVerb(text: string): boolean {
  const toks = tokens(text);
  for (const [n, k] of toks.entries()) {
    const w = k.w;
    // A capital inside the sentence is a name ("Theresa May", "Jones", "Reed"), not a verb.
    if (/^\p{Lu}/u.test(k.raw) && n > 0) continue;
    if (VERB_WORDS.has(w) || /['’](re|ve|ll|d|m|t)$/.test(w) || CONTRACTED_IS.test(w)) return true;
    if (/^\p{Lu}/u.test(k.raw)) continue;
    // A participle after an article is an adjective ("the proposed state visit"), not the verb.
    if (w.length >= 4 && /ed$/.test(w) && n > 0 && /^(the|a|an)$/.test(toks[n - 1]!.w)) continue;
    if (w.length >= 4 && (/ed$/.test(w) || (/s$/.test(w) && !/(ss|us|is|['’]s)$/.test(w)))) return true;
  }
  return false;
}

/**
 * A news agency's photo caption written as a sentence (AP style: present tense, then the place and the full
 * date — weekday, month, day and year — as the caption's own dateline; a story gives a date of this week by
 * its weekday and never with the year). Taken for one when the unit ends with that full date set off by a
 * comma or a place name, the place may follow ("…, in Portree, Scotland Friday, June 3, 2011.", "…, Tuesday,
 * March 8, 2016.", "…, Sunday, April 2, 2017 in Dunmore."), when it carries an agency photo credit
 * ("(AP Photo/…)"), or when it opens with the file-photo formula ("FILE - In this Jan. 9, 2012, file photo, …").
 * A sentence dating an event puts the date right after its verb ("The warehouse first opened on Monday, May 3,
 * 1999.", "…, of Dunmore, died Friday, May 20, 2016, in Scranton.") and stays a fact.
 * AP's caption also writes the date after the place with "on" ("… in Dunmore on Tuesday, March 8, 2016."; Getty and
 * Reuters leave the weekday out, furn68: "… in New York on September 20, 2019."), as a story
 * dates a past event ("… died in Scranton on Friday, May 20, 2016."): that form is a caption only in the caption's
 * present tense, no word of the sentence a past, a perfect or a future (`NOT_PRESENT_WORDS`, a lower-case word in -ed).
 * A unit that opens with an image label ("Image caption …", "Image copyright …", "Photo: …", "Image 3 of 12 …",
 * "Caption …", "Buy Photo …", a graphic's "Map locates …" / "Chart shows …", a gallery's counter and player controls
 * "2 of 10 Full Screen …") or a picture credit ("Jane Roe/AP …", "AFP/Getty Images …", a layout's "| Getty Images …"),
 * or that closes with a gallery's navigation ("… 1 / 5 Back to Gallery"), is a caption too.
 */
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|April|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const FULL_DATE = `${WEEKDAY},? ${MONTH} \\d{1,2},? \\d{4}`;
const CREDITS = '(?:\\s*\\((?:AP|Associated Press|Reuters|AFP|Getty)[^()]*\\))*';
const CAPTION_DATE_END = new RegExp(`(?:,\\s(?:on\\s)?|\\p{Lu}[\\p{L}.]*\\s)${FULL_DATE}(?:,?\\s+in\\s+\\p{Lu}[^!?]{0,60}?)?[.,]?${CREDITS}\\s*$`, 'u');
const CAPTION_CREDIT = /\((?:AP|Associated Press) Photo\b|\bAP Photo\//;
const CAPTION_ON_DATE = new RegExp(`\\p{Lu}[\\p{L}.]*\\son\\s(?:${WEEKDAY},? )?${MONTH} \\d{1,2},? \\d{4}[.,]?${CREDITS}\\s*$`, 'u');
const IMAGE_LABEL =
  /^(?:(?:Image|Photo|Picture)(?:\s+(?:caption|copyright|credit)\b|\s*:|\s+\d+\s+of\s+(?:\/\s*)?\d+\b|(?:\s+illustration)?\s+by\b)|Caption\s+\p{Lu}|Buy Photo\b|(?:Map|Graphic|Chart)\s+(?:shows|locates)\b|\d+\s+of\s+\d+\s+(?:Full\s?Screen|Autoplay)\b|\|\s*(?:Getty Images|AP|AFP|Reuters|EPA)\b|\(?(?!(?:A|An|The)\s)(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?(?:AP|AFP|Reuters|EPA|Getty Images)(?:\s?\/\s?(?:AFP|Getty Images))?(?:\s+file)?\)?\.?(?:\s+\p{Lu}|\s*$)|\(?(?:AFP|AP|EPA|Reuters)\s?\/\s?Getty Images\b)/u;
/** A gallery's navigation closing the unit: "… 1 / 5 Back to Gallery". */
const GALLERY_TAIL = /\b\d+\s*\/\s*\d+\s+Back to Gallery\W*$/;
/** The caption's present tense: no word of the text a past, a perfect or a future. */
function presentTense(text: string): boolean {
  return !tokens(text).some((k) => /^\p{Ll}/u.test(k.raw) && (NOT_PRESENT_WORDS.has(k.w) || (k.w.length >= 4 && /ed$/.test(k.w))));
}
/** The formula may follow the agency credits a caption's end may carry (`CREDITS`), glued before it: "(Associated Press) FILE - In this …" (furniture81). */
const FILE_PHOTO = new RegExp(`^${CREDITS}\\s*(?:FILE\\s*[-–—:]\\s*)?In this\\b[^!?]{0,60}?\\b(?:file photo|(?:photo|image|picture) (?:taken?|made|provided|released|shot|from)\\b|(?:photo|image|picture),)`);
/**
 * A gallery's caption under its date stamp: the full date, then at once (no colon, dash or comma: a timeline sets its
 * entry off) a capitalised sentence in the caption's present ("March 30, 2016 A stray lion passes in front of a car …").
 * A story's lead under a stamp the crawl glued to it tells a past ("March 30, 2016 A lion escaped …") and stays a fact.
 */
const CAPTION_DATE_OPEN = new RegExp(`^${MONTH} \\d{1,2},? \\d{4}\\s+(?=\\p{Lu}\\p{Ll}*\\s)`, 'u');
/**
 * furn42: furniture met on the card sheets (docs/notes/furn42.md). A picture credit of two agencies anywhere in the unit
 * ("… Mohammed Abed/AFP/Getty Images Egyptian men walk past …": a gallery's label, credit and caption glued); a picture
 * that is "shown in this … photo" (the agency's caption formula, mid-sentence); a Reuters caption — present tense, then a
 * place and the date with no weekday, no "on" ("… leaves court during a lunch break in San Francisco, California March
 * 25, 2015."); a unit that is only a bracketed title, a link to another article ("[Zuckerberg's $3 billion effort aims …]"),
 * or only a web address (furn68).
 */
const CREDIT_INSIDE = /\p{Lu}[\p{L}.'’-]*\s?\/\s?(?:AP|AFP|Reuters|EPA)\s?\/\s?(?:Getty Images|AFP)\b/u;
const IN_THIS_PHOTO = /\b(?:is|are) (?:shown|pictured) in this\b[^!?]{0,60}?\b(?:photo|image|picture)\b/;
const CAPTION_PLACE_DATE = new RegExp(`\\p{Lu}[\\p{L}.]*,\\s\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?,?\\s${MONTH} \\d{1,2},? \\d{4}\\.?${CREDITS}\\s*$`, 'u');
const LINK_TITLE = /^\[[^[\]]{12,}\]$|^(?:https?:\/\/|www\.)\S+$/;
/** Which caption form a unit takes, if any (bench/cards31-captions.ts counts them per form). */
export function photoCaptionForm(text: string): 'credit' | 'file photo' | 'date' | 'label' | 'on date' | 'date open' | 'credit inside' | 'shown in photo' | 'place date' | 'link' | null {
  const t = text.trim();
  if (CAPTION_CREDIT.test(t)) return 'credit';
  if (FILE_PHOTO.test(t)) return 'file photo';
  if (CAPTION_DATE_END.test(t)) return 'date';
  if (IMAGE_LABEL.test(t) || GALLERY_TAIL.test(t)) return 'label';
  if (CREDIT_INSIDE.test(t)) return 'credit inside';
  if (IN_THIS_PHOTO.test(t)) return 'shown in photo';
  if (LINK_TITLE.test(t)) return 'link';
  if (CAPTION_PLACE_DATE.test(t) && presentTense(t) && !/["“”]/.test(t)) return 'place date';
  if (CAPTION_DATE_OPEN.test(t) && presentTense(t)) return 'date open';
  return CAPTION_ON_DATE.test(t) && presentTense(t) ? 'on date' : null;
}

export const isPhotoCaption = (text: string): boolean => photoCaptionForm(text) !== null;

/**
 * The page speaking to its reader about the site itself, not a fact of the story: a promotion or a service line ("Get
 * daily updates directly to your inbox", "Watch free streaming video on our mobile app", "Read or Share this story: …").
 * A plain "you" is not enough: an explainer tells the reader what an app lets "you" do, and that is a fact.
 * The form: the site speaks of itself ("us", "our") or opens with an imperative of what a reader does on a site
 * (subscribe, follow, watch, read, share, stay with …) — about one of the site's channels (an app, a newsletter,
 * the inbox, alerts, updates, a social network, "this story"), or a form's status line, a sentence with no subject
 * ("Could not subscribe, try again later", "Unable to sign in"), in the present tense (`presentTense`: "… told us on Facebook" tells an
 * event) and outside any quotation or embedded post (a quoted appeal, a post closing with its signature: someone's words).
 */
const SITE_CHANNEL =
  /\b(?:apps?|newsletters?|inbox|subscrib(?:e|ing)|sign(?:ing)? (?:up|in)|log in|alerts|notifications|up to date|updates|this (?:\w+ )?(?:story|article|page|video)|Facebook|Twitter|Instagram|YouTube)\b/i;
const READER = /\b(?:us|[Oo]ur)\b|^(?:Subscribe|Sign|Follow|Add|Get|Click|Tap|Download|Join|Like|Share|Watch|Read|Register|Log|Visit|Let|Stay)\s|^(?:Could not|Couldn['’]t|Cannot|Can['’]t|Unable to|Failed to)\s/;
const REPORTED = /\b(?:says|said|tells|told)\b/i;
export function isPromotion(text: string): boolean {
  const t = text.trim();
  // "A spokesperson tells us …", "… Facebook said": the outlet reporting what it was told is news, not an offer.
  return SITE_CHANNEL.test(t) && READER.test(t) && !/["“”«»]/.test(t) && !REPORTED.test(t) && postSignatureLength(t) === 0 && presentTense(t);
}

/**
 * furn43: two more forms of page furniture met on the card sheets (docs/notes/furn43.md). A **plug**: the publication
 * selling its own product to the reader — an issue or edition ("this week's issue", "the digital edition", "a copy", the
 * newsstand or newsagent, its app's store) with a purchase ("buy", "pick up", "download", "on sale", "subscribe", "rate") — addressed to the reader
 * ("you", "your", an imperative opening, "now"), in the present, outside a quotation and not reported ("… Vanity Fair
 * said"). "The issue hits newsstands Friday." (no reader addressed) stays a fact. A **credits box**: a film or show's
 * data box, three or more distinct capitalised credit labels ("Director:", "Cast:", "Running Length:", "Rated R",
 * "Directed by") in one unit; a review's sentence names its director in lower case ("the film, directed by …").
 */
const PLUG_PRODUCT = /\b(?:(?:[Tt]his|[Nn]ext) (?:week|month)['’]s (?:issue|edition|magazine|\p{Lu}\S*)|(?:digital|print|tablet|iPad|Kindle) (?:edition|issue|version)|new issue|a copy|newsstands?|newsagents?|iTunes|App Store|Google Play)\b/u;
const PLUG_PURCHASE = /\b(?:buy|pick up|download|order|subscribe|on sale|grab|rate)\b/i;
const PLUG_READER = /\b(?:you|your|now)\b|^(?:And\s+)?(?:Buy|Pick|Get|Grab|Download|Order|Subscribe|Remember|Don['’]t forget|Head|Run)\b/i;
const CREDIT_LABELS =
  /(?<![\p{L}-])(Directed by|Written by|Starring|Rated|Director|Screenplay|Writers?|Producers?|Cast|Cinematography|Music|Editing|Running (?:Length|Time|length|time)|Runtime|MPAA(?: Classification| Rating| classification| rating)?|Release Date|Release date|Studio|Distributor|Genre)(?=\s*:|\s+(?:by\s)?\p{Lu})/gu;
/**
 * furn68 (docs/notes/furn68.md): a gallery's or video player's **controls** glued to its caption ("Hide Caption 3 of 23
 * Photos: …", "… 1 of 20 Show Caption …", "JUST WATCHED … Replay More Videos …", "MUST WATCH … 01:20", a player's "CLOSE"
 * before the video's summary); a **credit line**, who wrote the report, from where, or where it first ran ("Jo Roe
 * reported from Kampala, Uganda.", "… contributed to this report from Niamey.", "Some information for this report
 * provided by AP.", "Originally published on Space.com.", "Jo Roe can be reached at jroe@example.com.").
 */
const PLAYER = /\b(?:Show|Hide) Caption\b|^(?:JUST WATCHED|MUST WATCH|CLOSE)\s+\p{Lu}|\bReplay More Videos\b/u;
const CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*,?\s+(?:and\s+)?){1,4}(?:reported from|reports? for)(?:\s+(?:the|of|at|on|in|and)|\s+[\p{Lu}\d][\p{L}\d.,'’-]*)+$|\b(?:contributed(?: reporting)?|information) (?:to|for) this (?:report|story|article)\b|^Originally (?:published|appeared) (?:on|in|at)\b|\b(?:can|may) be reached at \S+@\S+$/u;
export function pageFurnitureForm(text: string): 'plug' | 'credits box' | 'player' | 'credit line' | null {
  const t = text.trim();
  if (PLUG_PRODUCT.test(t) && PLUG_PURCHASE.test(t) && PLUG_READER.test(t) && !/["“”«»]/.test(t) && !REPORTED.test(t) && presentTense(t)) return 'plug';
  const labels = new Set([...t.matchAll(CREDIT_LABELS)].map((m) => m[1]!.toLowerCase()));
  return labels.size >= 3 ? 'credits box' : PLAYER.test(t) ? 'player' : CREDIT.test(t) && !/["“”]/.test(t) ? 'credit line' : null;
}

/**
 * A sentence that only says who told it, not what: a subject, a verb of telling and at most the name told ("Tacoma police
 * told KIRO 7.", "News4's Jane Roe reports."), in one clause of at most six words — a line the crawl split from the
 * sentence it attributes, or a station's credit before its video — or a story's credit line ("Jane Roe contributed to
 * this report."). A verb followed by anything but a name tells something ("Police said he shot himself.", "The man called
 * 911.") and stays a fact, as does a passive ("No injuries were reported.": the verb after a function word), a noun ("I
 * did two reports.": "reports" tells only after a name) and a sentence with a clause before it ("Two died, police told
 * WXYZ.").
 */
const TELLING = new Set(wordList('said says told tells reports reported'));
const CREDIT_LINE = /\bcontributed(?: reporting)? to this (?:report|story|article)\.$/;
export function isBareAttribution(text: string): boolean {
  const t = text.trim();
  if (!/[^.]\.$/.test(t) || /[,;:—–"“”]|\s-\s/.test(t)) return false;
  const toks = tokens(t);
  if (CREDIT_LINE.test(t) && toks.length <= 16) return true;
  if (toks.length > 6) return false;
  const v = toks.findIndex((k, n) => n > 0 && TELLING.has(k.w) && /^\p{Ll}/u.test(k.raw) && !isFunctionWord(toks[n - 1]!.w) && (!/^report/.test(k.w) || /^\p{Lu}/u.test(toks[n - 1]!.raw)));
  if (v < 0) return false;
  const after = toks.slice(v + 1);
  return after.length === 0 || (/^\p{Lu}/u.test(after[0]!.raw) && after.every((k) => /^[\p{Lu}\d]/u.test(k.raw)));
}

/**
 * The lead-in to a quoted statement the page gives in full: a short sentence (at most six words, as a bare attribution,
 * `isBareAttribution`) ending on a colon, the next paragraph opening with a quotation mark ("They released this
 * statement:" then “We have interviewed …”). It only says who speaks; what was said is the next paragraph's, and a fact
 * there. A longer lead-in tells something of its own ("The mayor cancelled the council meeting and read a statement instead:") and stays a fact.
 */
export function isQuoteLeadIn(unit: Unit, next: Unit | undefined): boolean {
  const t = unit.text.trim();
  return next !== undefined && /:$/.test(t) && next.p > unit.p && /^["“«„]/.test(next.text.trim()) && tokens(t).length <= 6;
}

/**
 * The units the REPORT counts as facts: the story stage's (`isFactUnit`) minus the headline repeated
 * as the body's first line (a text file whose first line is its title: the title already names the
 * article, it is not a fact another outlet "left out") with the rest of its paragraph, and questions; plus the
 * lines that end in a code ("July 19 -- Budweiser Stage, Toronto, ON": `isFactUnit` with `codes`). Kept apart from `isFactUnit`
 * so the same-story model (story.ts, fitted on `isFactUnit`) sees exactly what it was fitted on.
 * Cached per feature list.
 */
const reportCache = new WeakMap<UnitFeatures[], UnitFeatures[]>();

/**
 * The report reads the paragraph after a repeated headline as a standfirst when it holds at most
 * `maxUnits` units (0: never; docs/notes/facts12.md). Changed only by bench/eval.ts --standfirst=N.
 */
export const STANDFIRST = { maxUnits: 2 };

/**
 * The paragraph number of the standfirst under the headline paragraph `headP`: the next paragraph, when
 * it holds one to `maxUnits` units and does not open with a dateline; undefined otherwise.
 */
export function standfirstOf(units: readonly Unit[], headP: number, maxUnits = STANDFIRST.maxUnits): number | undefined {
  const next = units.filter((u) => u.p === headP + 1 && u.kind !== 'heading');
  if (next.length === 0 || next.length > maxUnits || datelineLength(next[0]!.text) > 0) return undefined;
  return headP + 1;
}

/**
 * A title the ingest derived from the text ("no headline found", lib/ingest/article.ts) repeats the first sentence
 * whether that line is a headline written with a full stop or the story's lead. The line is read as a headline only
 * when its paragraph, from it on, holds at most `maxWords` words and opens with no dateline ("HARLOW, Essex — …" opens a
 * story). 16 words: the fewest errors between the zyte pages' headlines and their first body paragraphs
 * (`npx tsx bench/lead30-headline.ts --para`; docs/notes/lead30.md).
 */
export const DERIVED_HEADLINE = { maxWords: 16 };
function readsAsHeadline(units: readonly Unit[], line: Unit): boolean {
  const words = units.filter((u) => u.p === line.p && u.i >= line.i).reduce((n, u) => n + u.text.split(/\s+/).filter(Boolean).length, 0);
  return words <= DERIVED_HEADLINE.maxWords && datelineLength(line.text) === 0;
}

/**
 * furniture81: another story's video teaser (docs/notes/furniture81.md). A unit that is only a "(Published <weekday>, <date>)"
 * stamp closes a video's blurb: the units of its paragraph before it. The blurb is another story's teaser, no fact of this
 * article, when none of its names (and its first word) occurs as a name in the article's other units — headings, stamps and
 * blurbs left out. A blurb of the story's own video names its place or people and stays a fact (the outlet's telling).
 */
const PUBLISHED_STAMP = new RegExp(`^\\(Published ${WEEKDAY},\\s[^()]{3,30}\\d{4}\\)$`);
export function otherStoryTeasers(feats: readonly UnitFeatures[]): Set<number> {
  const stamps = feats.flatMap((f, k) => (PUBLISHED_STAMP.test(f.unit.text.trim()) ? [k] : []));
  const out = new Set<number>();
  if (stamps.length === 0) return out;
  const blurbs = stamps.map((s) => {
    const block: number[] = [];
    for (let k = s - 1; k >= 0 && feats[k]!.unit.p === feats[s]!.unit.p; k--) block.push(k);
    return block;
  });
  const inBlock = new Set([...stamps, ...blurbs.flat()]);
  const known = new Set<string>();
  feats.forEach((f, k) => {
    if (!inBlock.has(k) && f.unit.kind !== 'heading') for (const n of f.names) known.add(n);
  });
  for (const block of blurbs) {
    const own = block.flatMap((k) => [...feats[k]!.names, ...(feats[k]!.lead ? [feats[k]!.lead!] : [])]);
    if (!own.some((n) => known.has(n))) for (const k of block) out.add(k);
  }
  return out;
}

/**
 * furniture81: a gallery's or a teaser's cut copy — a unit cut off by "..." / "…" whose words before the mark open another,
 * longer unit of the page ("… Kurt Engelhardt … approved a plea..." beside the whole caption): the page tells it whole
 * elsewhere, the cut copy is no fact of its own.
 */
export function cutCopies(feats: readonly UnitFeatures[]): Set<number> {
  const out = new Set<number>();
  feats.forEach((f, k) => {
    const head = /^(.+?)\s*(?:\.\.\.|…)$/su.exec(f.unit.text.trim())?.[1];
    if (head && feats.some((g, j) => j !== k && g.unit.text.length > f.unit.text.length && g.unit.text.trim().startsWith(head))) out.add(k);
  });
  return out;
}

export function reportFeatures(article: Pick<Article, 'title' | 'language'> & { warnings?: readonly string[] }, feats: UnitFeatures[]): UnitFeatures[] {
  let out = reportCache.get(feats);
  if (!out) {
    const title = bare(article.title ?? '');
    // The caption test reads English verbs: other languages keep every unit.
    const english = article.language === 'en';
    // The headline repeated in the body, and the rest of its paragraph: a two-sentence headline
    // ("President Trump Is Coming to Britain. Here's What He Can Expect.") whose title kept the first.
    // A title derived from the first sentence finds that sentence: a headline only when it reads as one.
    const found = title ? feats.find((f) => bare(f.unit.text) === title)?.unit : undefined;
    const heading = found && (!titleDerived(article) || readsAsHeadline(feats.map((f) => f.unit), found)) ? found : undefined;
    const inHeading = (u: UnitFeatures['unit']) => heading !== undefined && u.p === heading.p && u.i >= heading.i;
    // The standfirst: the paragraph of one or two sentences between that headline and the story, which
    // sums the story up ("DNC files lawsuit over election interference.") or is the lead picture's
    // caption. A dateline opening it ("WASHINGTON (Reuters) - …") means the story has begun.
    const standfirst = heading ? standfirstOf(feats.map((f) => f.unit), heading.p) : undefined;
    const teasers = english ? otherStoryTeasers(feats) : undefined;
    const cut = cutCopies(feats);
    const read = resolveLeadNames(
      feats.map((f, k) => {
        if (f.fact) return inHeading(f.unit) || f.unit.p === standfirst || isQuestion(f.unit.text) || isQuoteLeadIn(f.unit, feats[k + 1]?.unit) || teasers?.has(k) || cut.has(k) || (english && (isCaption(f.unit.text) || isPhotoCaption(f.unit.text) || isPromotion(f.unit.text) || pageFurnitureForm(f.unit.text) !== null || isBareAttribution(f.unit.text))) ? { ...f, fact: false } : f;
        // A line ending in a code ("…, Toronto, ON") is no fragment (isFactUnit `codes`).
        return f.unit.kind !== 'heading' && /\p{Lu}{2}\W*$/u.test(f.unit.text) && isFactUnit(f.unit, true) && !inHeading(f.unit) && f.unit.p !== standfirst ? { ...f, fact: true } : f;
      }),
    );
    // Pronouns and role phrases are read in English only (lib/quotes' lexicon is English).
    out = english ? resolvePeople(read) : read;
    reportCache.set(feats, out);
  }
  return out;
}

/**
 * A sentence's first word is a name when the article writes the same word capitalised inside a
 * sentence ("Comey said…" where another sentence has "James Comey"; "Netanyahu presented…"): the
 * unit's `names` gain its `lead`. A capital that only ever opens sentences ("Officials", "Police")
 * stays ambiguous and is left out, as before. Units that gain a name are copies; the others are the
 * same objects.
 */
export function resolveLeadNames(feats: UnitFeatures[]): UnitFeatures[] {
  const known = new Set<string>();
  for (const f of feats) for (const n of f.names) known.add(n);
  return feats.map((f) => (f.lead && known.has(f.lead) && !f.names.has(f.lead) ? { ...f, names: new Set([f.lead, ...f.names]) } : f));
}

/** Subject pronouns whose antecedent a unit's names gain (`resolvePeople`). */
const PRONOUNS = new Set(['he', 'she']);
/** Units after its first over which a quotation without a closing mark runs on (`resolvePeople`). */
const QUOTE_RUN = 2;
/** Units before a pronoun's within which its person must have been named (the pronoun's own unit included). */
const PRONOUN_REACH = 2;

/**
 * The people a unit refers to without naming them, resolved within its article (lib/quotes
 * speakers.ts `People`, read-only): a subject pronoun ("he said Friday…") whose person is the one of
 * that gender named in the units just before, and a role phrase ("the president", "the former
 * director", "the US President") whose role the article gives to exactly one person ("President
 * Trump", "FBI Director James Comey"). Conservative: a pronoun with another person of that gender, or
 * of unknown gender, named between it and its antecedent ("Trump met Macron. He said…") stays
 * unresolved, so does a role two people carry, a pronoun or role inside a quotation, and a place or
 * organisation. The unit's `names` gain the person's surname stem, so the actor check, the pair
 * model's name miss and the coverage model see "The president said Friday…" and "Trump said
 * Friday…" as about one actor. Units that gain nothing stay the same objects.
 */
export function resolvePeople(feats: UnitFeatures[]): UnitFeatures[] {
  if (feats.length < 2) return feats;
  // The article's text rebuilt from its units (paragraphs by blank lines): People reads sentences and quotes from it.
  const at: number[] = [];
  const quoted: Array<[number, number]> = [];
  let text = '';
  // A quotation that runs on past its sentence ("“He had 11 and 11, and had six blocks." / "We could
  // not stop him.”") has no closing mark in its first unit nor an opening one in its last: quoted
  // too, from its opening mark to its closing one, over at most QUOTE_RUN units after it (a stray
  // opening mark must not quote the rest of the article; docs/notes/audit14.md: its "He" was the coach).
  let open = 0;
  feats.forEach((f, k) => {
    if (k > 0) text += f.unit.p !== feats[k - 1]!.unit.p ? '\n\n' : ' ';
    at.push(text.length);
    const t = f.unit.text;
    const spans = quotedSpans(t);
    for (const q of spans) quoted.push([text.length + q.start - 1, text.length + q.end + 1]);
    const close = t.indexOf('”');
    if (open > 0 && close >= 0 && (spans.length === 0 || close < spans[0]!.start - 1)) quoted.push([text.length, text.length + close + 1]);
    else if (open > 0 && close < 0 && t.indexOf('“') < 0) quoted.push([text.length, text.length + t.length]);
    open = open > 0 && close < 0 ? open - 1 : 0;
    const from = t.lastIndexOf('“');
    if (from >= 0 && t.indexOf('”', from) < 0 && /\p{L}/u.test(t.slice(from))) {
      quoted.push([text.length + from, text.length + t.length]);
      open = QUOTE_RUN;
    }
    text += t;
  });
  const inQuote = (x: number) => quoted.some(([a, b]) => x >= a && x < b);
  let people: People;
  try {
    people = new People(text, quoted);
  } catch {
    return feats;
  }
  const unitOf = (x: number) => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const persons = people.allPersons().filter((p) => !people.isEntityLike(p));
  const isPerson = new Set(persons);
  const pronounPerson = (x: number, g: 'm' | 'f'): Person | null => {
    const p = people.antecedent(x, g);
    // A person the article gives that gender ("he" of someone else is how "Trump" gets a "she").
    if (!p || !isPerson.has(p) || p.gender !== g) return null;
    const before = people.mentions.filter((m) => m.start < x);
    const last = before.filter((m) => m.person === p).pop();
    // Named just before, and not only after a preposition ("a man, also from Inner Mongolia. He had…").
    if (!last || unitOf(x) - unitOf(last.start) > PRONOUN_REACH || people.isObliqueMention(last)) return null;
    // Anyone else who could be meant, named since the start of that sentence: the same gender or an unknown one.
    const rival = before.some((m) => m.sent >= last.sent && m.person !== p && isPerson.has(m.person) && (m.person.gender === g || m.person.gender === null));
    if (rival) return null;
    // Named only as the source that closes the sentence ("Comeaux, 49, took the officers' weapons …,
    // Lyons said. He was serving a life sentence …"): the next sentence goes on with what was told,
    // not with who told it, unless it is a saying again ("He added …"). Nobody for sure
    // (docs/notes/audit14.md).
    if (sourceOnly(last) && !saysNext(x)) return null;
    return p;
  };
  const says = (k: number) => SPEECH_VERBS.has(toks[k]?.lo ?? '') || MORE_SPEECH_VERBS.has(toks[k]?.lo ?? '');
  /** A mention that is only the sentence's closing attribution: ", (spokesman) X said." / ", said X." (X's words may follow: ", said X, a spokesman."). */
  const sourceOnly = (m: Mention): boolean => {
    const e = people.tokenAt(m.end);
    const prev = toks[m.k - 1];
    const endsAfter = (k: number) => toks[k] === undefined || toks[k]!.sent !== m.sent || /^[.!?]$/.test(toks[k]!.raw);
    // Not the sentence's subject (its first word), then a verb of saying that ends the sentence.
    if (prev && prev.sent === m.sent && says(e) && endsAfter(e + 1)) return true;
    return prev !== undefined && says(m.k - 1) && /^[,"”]$/.test(toks[m.k - 2]?.raw ?? '');
  };
  /** The pronoun at offset x says something itself: a verb of saying within its next three words. */
  const saysNext = (x: number): boolean => {
    const k = people.tokenAt(x);
    for (let j = k + 1; j <= k + 3 && j < toks.length && toks[j]!.sent === toks[k]!.sent; j++) if (says(j)) return true;
    return false;
  };
  const toks = people.toks;
  // Roles written right beside a name: "President Trump", "FBI Director James Comey", "Israel's
  // ambassador, Ron Dermer", "Mr. Trump, the president," (People's own roles reach further, to any
  // role word a few words before a name).
  const beside = new Map<string, Set<Person>>();
  const give = (role: string | undefined, p: Person) => {
    if (role === undefined || !ROLE_WORDS.has(role)) return;
    const ps = beside.get(role) ?? new Set<Person>();
    ps.add(p);
    beside.set(role, ps);
  };
  for (const m of people.mentions) {
    if (!isPerson.has(m.person)) continue;
    const b = toks[m.k - 1];
    if (b?.sent === m.sent) give(b.raw === ',' ? toks[m.k - 2]?.lo : b.lo, m.person);
    let e = people.tokenAt(m.end);
    if (toks[e]?.raw !== ',') continue;
    for (e++; e < toks.length && e <= people.tokenAt(m.end) + 5 && toks[e]!.word && !toks[e]!.cap; e++) give(toks[e]!.lo, m.person);
  }
  const rolePerson = (role: string, x: number): Person | null => {
    const holders = [...(beside.get(role) ?? [])];
    if (holders.length !== 1) return null;
    const p = holders[0]!;
    return people.mentions.some((m) => m.person === p && m.start < x) ? p : null;
  };
  let k = 0;
  return feats.map((f, u) => {
    if (!f.fact) return f; // only facts are compared
    const from = at[u]!;
    const to = from + f.unit.text.length;
    while (k < toks.length && toks[k]!.start < from) k++;
    const limit = people.tokenAt(to);
    const found = new Set<Person>();
    const s0 = subjectOffset(f.unit.text);
    const subjectAt = s0 === null ? -1 : from + s0;
    let subject: Person | null | undefined;
    for (let j = k; j < limit; j++) {
      const t = toks[j]!;
      if (!t.word || inQuote(t.start)) continue;
      if (PRONOUNS.has(t.lo)) {
        const p = pronounPerson(t.start, MALE_PRONOUNS.has(t.lo) ? 'm' : FEMALE_PRONOUNS.has(t.lo) ? 'f' : 'm');
        if (t.start === subjectAt) subject = p;
        if (p) found.add(p);
      } else if (t.lo === 'the') {
        const r = people.readForward(j, limit);
        // Not an apposition ("Matthew Pottinger, the senior director…", "The committee chairman, Richard Burr,") nor a role of a place or body
        // named after it ("the director of South Korea's intelligence service", "the president of France").
        const apposition = (toks[j - 1]?.raw === ',' && toks[j - 2]?.cap === true) || (r !== null && toks[r.end]?.raw === ',' && toks[r.end + 1]?.cap === true);
        const complement = r !== null && /^(?:of|for|at|to|in)$/.test(toks[r.end]?.lo ?? '');
        if (r && r.phrase.kind === 'role' && ROLE_WORDS.has(r.phrase.role) && !apposition && !complement) {
          const p = rolePerson(r.phrase.role, t.start);
          if (t.start === subjectAt) subject = p;
          if (p) found.add(p);
        }
      }
    }
    if (!found.size && subject === undefined) return f;
    const add = [...found].flatMap((p) => nameStems(names(p.key.replace(/^\p{L}/u, (c) => c.toUpperCase())))).filter((n) => !f.names.has(n));
    const out = add.length ? { ...f, names: new Set([...f.names, ...add]) } : { ...f };
    if (subject !== undefined) out.subject = subject ? tokens(subject.name).map((t) => t.w.replace(/'s$/, '')) : null;
    return out;
  });
}

/**
 * Word stems and character 4-grams of a unit leave out weekday and month names: a date is when, not
 * what happened, and the figures check (`figures`) still compares dates. Kept, "in March" made a
 * judge's order in March look like a deportation in March.
 */
export function unitFeatures(unit: Unit, light?: IdfUnit, fact?: boolean): UnitFeatures {
  return baseFeatures(unit, light, fact);
}

/** What unit IDF (story.ts unitIdf) reads of a fact unit: its word stems and 4-grams, as `unitFeatures` makes them. */
export type IdfUnit = Pick<UnitFeatures, 'unit' | 'fact' | 'words' | 'grams'>;

/** The unit's tokens that word stems and 4-grams are made of (weekday and month names left out). */
const termTokens = (unit: Unit) => tokens(unit.text).filter((t) => !isCalendarToken(t));
const wordsOf = (toks: ReturnType<typeof tokens>) => counts(toks.map((t) => stem(t.w)));
const gramsOf = (toks: ReturnType<typeof tokens>) => counts(wordNgrams(toks.map((t) => t.w), 4));

/**
 * Only the word stems and 4-grams of a unit (the same maps `unitFeatures` gives), for a unit that
 * only counts toward unit IDF: no figures, names, quotations or lexicon (story.ts, a closure
 * question's candidates nobody asked about).
 */
export function idfFeatures(unit: Unit, fact: boolean): IdfUnit {
  const toks = termTokens(unit);
  return { unit, fact, words: wordsOf(toks), grams: gramsOf(toks) };
}

/**
 * What unit IDF reads of a unit that only counts toward it: its word stems as a list (repeats kept)
 * and the text whose 4-unit windows are its 4-grams, the terms of `idfFeatures`' two maps without
 * making the maps or the grams (Idf `addTerms`, `addGrams`).
 */
export interface IdfTerms {
  words: string[];
  grams: string;
}
export function idfTerms(unit: Unit): IdfTerms {
  const toks = termTokens(unit);
  return { words: toks.map((t) => stem(t.w)), grams: gramText(toks.map((t) => t.w)) };
}

/** A capital that is no name: calendar words ("March", "Monday") state when. */
const nameStems = (words: string[]) => words.filter((n) => !isCalendarToken({ w: n, raw: n[0]!.toUpperCase() + n.slice(1) })).map((n) => stem(n));

/**
 * `light`: this unit's `idfFeatures`, made already: its word stems and 4-grams are the ones (the same
 * maps). `fact`: `isFactUnit(unit)`, when the caller has just asked it (story.ts picks the first fact
 * units by it: not tokenised again).
 */
function baseFeatures(unit: Unit, light?: IdfUnit, fact?: boolean): UnitFeatures {
  const toks = termTokens(unit);
  const first = /^\W*\p{L}+/u.exec(unit.text)?.[0] ?? '';
  const lead = nameStems(names(first))[0];
  const spans = quotedSpans(unit.text).filter((q) => tokens(q.text).length >= 4);
  // Each token stemmed once: the stem sequence gives the word counts and the content words' stems (perf47b).
  const seq = toks.map((t) => stem(t.w));
  const plainWords: string[] = [];
  const contentStems: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.w;
    if (isFunctionWord(w)) continue;
    plainWords.push(w);
    contentStems.push(seq[k]!);
  }
  // Re-tokenised only when the text has a dotted acronym (most units have none).
  const lexWords = ACRONYM.test(unit.text) ? contentWords(unit.text) : plainWords;
  return {
    unit,
    fact: fact ?? isFactUnit(unit),
    words: light?.unit === unit ? light.words : counts(seq),
    grams: light?.unit === unit ? light.grams : gramsOf(toks),
    quoteGrams: counts(spans.flatMap((q) => charNgrams(q.text, 4))),
    figures: quantities(unit.text),
    content: plainWords.length,
    seq,
    names: new Set(nameStems(names(unit.text.slice(first.length)))),
    ...(lead ? { lead } : {}),
    negated: toks.some((t) => NEGATION.test(t.w)),
    lex: lexWords === plainWords ? contentStems : lexWords.map(stem),
    lexWords,
  };
}

/**
 * The features of every unit of the article. `articleFeaturesAfter`: the same, given its derived
 * record, whose first fact units' features the story decision may have made already (`heads`: the
 * same objects are taken; `idfHeads`: their word stems and 4-grams are): the same values.
 */
export function articleFeatures(article: Article): UnitFeatures[] {
  return article.units.map((u) => unitFeatures(u));
}
function articleFeaturesAfter(article: Article, d: ArticleDerived): UnitFeatures[] {
  if (!d.heads && !d.idfHeads) return articleFeatures(article);
  const made = new Map<Unit, UnitFeatures>();
  for (const f of d.heads ?? []) made.set(f.unit, f);
  const light = new Map<Unit, IdfUnit>();
  for (const f of d.idfHeads ?? []) light.set(f.unit, f);
  // A unit with idfHeads was picked as a fact unit by isFactUnit already (story.ts idfFacts): not asked again.
  return article.units.map((u) => made.get(u) ?? unitFeatures(u, light.get(u), light.get(u)?.fact));
}

// ---------------------------------------------------------------------------------------------
// What the engine derives from one article, kept across compares.

/**
 * Everything the engine derives from an article alone (not from the corpus or the other articles of
 * a compare): its unit features and its story vectors (story.ts). Filled lazily by the code that
 * derives each part; `derivedOf` hands the same record back for the same article.
 */
export interface ArticleDerived {
  feats?: UnitFeatures[];
  /**
   * story.ts: the features of the first STORY_UNITS fact units (`heads`), or only their word stems
   * and 4-grams (`idfHeads`), made before (or instead of) all of `feats`.
   */
  heads?: UnitFeatures[];
  idfHeads?: IdfUnit[];
  /** story.ts: the same first fact units' terms as lists only (`idfTerms`), for a candidate that only counts toward unit IDF. */
  idfTerms?: IdfTerms[];
  /** story.ts: content stems and figures of the whole article, its names, its title, its figures. */
  doc?: Map<string, number>;
  names?: Map<string, number>;
  title?: Map<string, number>;
  figures?: Set<number>;
}

interface CacheEntry {
  title: string;
  /** The title was derived from the text (reportFeatures reads the lead differently). */
  titleDerived: boolean;
  text: string;
  units: Array<Pick<Unit, 'i' | 'text' | 'kind'>>;
  derived: ArticleDerived;
}

/**
 * Derived records by article id, most recently used last, at most ARTICLE_CACHE of them. A compare
 * reads the article and at most `candidateLimit` (40) candidates; the panel's next compare of the
 * same story, or of another page, meets mostly the same candidates again, read afresh from the
 * store (new objects, same content). An entry serves only an article with the same title, text
 * and units (text, kind, index: all that the derived parts read), so an edited or re-segmented
 * article under the same id is derived again.
 */
export const ARTICLE_CACHE = 300;
/**
 * …and at most this many units among them: a unit's features take ~8–11 kB (its word and 4-gram
 * maps, the prepared vectors; measured on the Zipf articles of bench/synthetic.ts, 400 kB for a
 * 37-unit article), so the cache stays under ~70 MB whatever the articles' lengths.
 */
export const ARTICLE_CACHE_UNITS = 6_000;
const byId = new Map<string, CacheEntry>();
let cachedUnits = 0;

function sameContent(e: CacheEntry, a: Article): boolean {
  if (e.title !== a.title || e.titleDerived !== titleDerived(a) || e.text !== a.text || e.units.length !== a.units.length) return false;
  for (let k = 0; k < e.units.length; k++) {
    const x = e.units[k]!;
    const y = a.units[k]!;
    if (x.text !== y.text || x.kind !== y.kind || x.i !== y.i) return false;
  }
  return true;
}

/**
 * The derived record of an article (see ArticleDerived), kept per id + content (title, whether the title was
 * derived, text, units: an import that marks a title derived re-reads the article). Not per object: a
 * corpus that holds its articles (lib/engine/memory-index.ts, the panel's view) would keep every
 * article's record alive past the cache's bounds.
 */
export function derivedOf(a: Article): ArticleDerived {
  const hit = byId.get(a.id);
  let derived: ArticleDerived;
  if (hit && sameContent(hit, a)) {
    byId.delete(a.id); // most recently used last
    byId.set(a.id, hit);
    derived = hit.derived;
  } else {
    derived = {};
    if (hit) {
      byId.delete(a.id);
      cachedUnits -= hit.units.length;
    }
    byId.set(a.id, { title: a.title, titleDerived: titleDerived(a), text: a.text, units: a.units.map((u) => ({ i: u.i, text: u.text, kind: u.kind })), derived });
    cachedUnits += a.units.length;
    // Least recently used first out (never the one just added).
    while (byId.size > 1 && (byId.size > ARTICLE_CACHE || cachedUnits > ARTICLE_CACHE_UNITS)) {
      const [oldest, e] = byId.entries().next().value!;
      byId.delete(oldest);
      cachedUnits -= e.units.length;
    }
  }
  return derived;
}

/** Forgets every article's derived record (a freshly opened panel's state; for benches and checks). */
export function forgetDerived(): void {
  byId.clear();
  cachedUnits = 0;
}

/** Unit features of an article, derived once per article (see `derivedOf`). */
export function featuresOf(a: Article): UnitFeatures[] {
  const d = derivedOf(a);
  return (d.feats ??= articleFeaturesAfter(a, d));
}

/**
 * Inverse document frequency over a set of units (each unit a document): terms every unit shares
 * (the story's protagonists, function words) weigh little, a term only two units share weighs a lot.
 * Smoothed: idf = ln(1 + (N + 1) / (df + 1)).
 *
 * It also numbers its terms (`id`): the vectors weighed with one Idf (align.ts `weigh`; a compare's
 * or a story stage's unit IDF) are sorted arrays of these ids, compared only with each other. The ids
 * live and die with the Idf: a compare's own terms, not a map of every term the page has seen (perf49).
 */
export class Idf {
  /** Term → its number among this Idf's terms, from 0, in the order they were first met (terms not four units long). */
  private readonly ids = new Map<string, number>();
  /**
   * Terms of four UTF-16 units (the 4-grams: most terms) by their units, open-addressed: `keys` holds
   * units 0–1 and 2–3 of each slot's term, `slots` its id + 1 (0: empty). No string is hashed, and
   * none made to count a unit's 4-grams (`addGrams`). The ids are shared with `ids`: first met first.
   */
  private keys = new Int32Array(512);
  private slots = new Int32Array(256);
  private quads = 0;
  private terms = 0;
  /** By id: how many units carry the term (0: a term weighed but counted in no unit). */
  private df = new Int32Array(256);
  /** By id: the last unit counted for it (a unit's number is `n` after it is added; 0 before any). */
  private last = new Int32Array(256);
  private n = 0;
  addAll(vectors: Iterable<Map<string, number>>): this {
    for (const v of vectors) {
      this.n++;
      for (const k of v.keys()) this.count(this.id(k));
    }
    return this;
  }
  /** One unit given as its terms, repeats allowed (each counted once): the same as `addAll([counts(terms)])`, without the map. */
  addTerms(terms: readonly string[]): this {
    this.n++;
    for (const k of terms) this.count(this.id(k));
    return this;
  }
  /** One unit given as the text whose 4-unit windows are its 4-grams (lib/nlp `gramText`): `addTerms(wordNgrams(…))` without the strings. */
  addGrams(text: string): this {
    this.n++;
    for (let k = 0; k + 4 <= text.length; k++) this.count(this.quad((text.charCodeAt(k) << 16) | text.charCodeAt(k + 1), (text.charCodeAt(k + 2) << 16) | text.charCodeAt(k + 3), true));
    return this;
  }
  private count(id: number): void {
    if (this.last[id] !== this.n) {
      this.df[id]!++;
      this.last[id] = this.n;
    }
  }
  /** The slot of the four-unit term `hi`, `lo` (units 0–1, 2–3): its own, or the empty one it would take. */
  private slot(hi: number, lo: number): number {
    const mask = this.slots.length - 1;
    let h = Math.imul(hi, 0x9e3779b1) ^ lo;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    let i = (h ^ (h >>> 13)) & mask;
    while (this.slots[i] && (this.keys[2 * i] !== hi || this.keys[2 * i + 1] !== lo)) i = (i + 1) & mask;
    return i;
  }
  /** The four-unit term's id; −1 when it has none and `add` is false. */
  private quad(hi: number, lo: number, add: boolean): number {
    const i = this.slot(hi, lo);
    const s = this.slots[i]!;
    if (s || !add) return s - 1;
    const id = this.fresh();
    this.slots[i] = id + 1;
    this.keys[2 * i] = hi;
    this.keys[2 * i + 1] = lo;
    if (2 * ++this.quads > this.slots.length) {
      const { keys, slots } = this;
      this.keys = new Int32Array(2 * keys.length);
      this.slots = new Int32Array(2 * slots.length);
      for (let j = 0; j < slots.length; j++)
        if (slots[j]) {
          const k = this.slot(keys[2 * j]!, keys[2 * j + 1]!);
          this.slots[k] = slots[j]!;
          this.keys[2 * k] = keys[2 * j]!;
          this.keys[2 * k + 1] = keys[2 * j + 1]!;
        }
    }
    return id;
  }
  /** A new id (its df and last 0). */
  private fresh(): number {
    const id = this.terms++;
    if (id === this.df.length) {
      const df = new Int32Array(2 * id);
      const last = new Int32Array(2 * id);
      df.set(this.df);
      last.set(this.last);
      this.df = df;
      this.last = last;
    }
    return id;
  }
  private find(term: string, add: boolean): number {
    if (term.length === 4) return this.quad((term.charCodeAt(0) << 16) | term.charCodeAt(1), (term.charCodeAt(2) << 16) | term.charCodeAt(3), add);
    let id = this.ids.get(term);
    if (id === undefined) {
      if (!add) return -1;
      this.ids.set(term, (id = this.fresh()));
    }
    return id;
  }
  /** The term's id, given (counted in no unit: the weight of an absent term) when the Idf has none. */
  id(term: string): number {
    return this.find(term, true);
  }
  /**
   * The term's weight, computed on each call: one map read and a logarithm cost less than a cache of
   * weights (a second map, filled during weighing; measured by bench/compare-slow.ts --profile).
   * The same number every time for the same term.
   */
  weight(term: string): number {
    const id = this.find(term, false);
    return this.weightOf(id < 0 ? 0 : this.df[id]!);
  }
  /** The weight of the term numbered `id` (see `id`). */
  weightAt(id: number): number {
    return this.weightOf(this.df[id]!);
  }
  private weightOf(df: number): number {
    return Math.log(1 + (this.n + 1) / (df + 1));
  }
  /** Sublinear tf × idf vector. */
  apply(v: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [k, c] of v) out.set(k, (1 + Math.log(c)) * this.weight(k));
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vectors prepared for weighing (align.ts `weigh`).

/**
 * A term-count vector made ready to weigh: its terms in the vector's own order and the sublinear tf
 * `1 + ln(count)` of each. Weighing (align.ts `weigh`) looks each term up in its Idf once (weight and
 * id), then multiplies, normalises and sorts by id, without building maps.
 */
export interface PreparedVector {
  terms: string[];
  tf: Float64Array;
}

export interface PreparedUnit {
  words: PreparedVector;
  grams: PreparedVector;
  quote: PreparedVector;
}

export function prepareVector(v: Map<string, number>): PreparedVector {
  const n = v.size;
  const terms = new Array<string>(n);
  const tf = new Float64Array(n);
  let k = 0;
  for (const [t, c] of v) {
    terms[k] = t;
    tf[k] = 1 + Math.log(c);
    k++;
  }
  return { terms, tf };
}

/**
 * A number for each unit-features object (for caches keyed by pairs of them: align.ts), 1 up to
 * UNIT_NUMBERS − 1, given on first use. When they run out they start again at 1 with a new
 * generation (objects numbered before get new numbers); the number 0 is returned once at that
 * moment, so a cache keyed by numbers knows to forget its entries.
 */
export const UNIT_NUMBERS = 2 ** 26;
let nextUnitNumber = 1;
let unitGeneration = 0;
const unitNumbers = new WeakMap<UnitFeatures, { n: number; generation: number }>();
export function unitNumber(f: UnitFeatures): number {
  const known = unitNumbers.get(f);
  if (known && known.generation === unitGeneration) return known.n;
  if (nextUnitNumber >= UNIT_NUMBERS) {
    nextUnitNumber = 1;
    unitGeneration++;
    unitNumbers.set(f, { n: nextUnitNumber++, generation: unitGeneration });
    return 0;
  }
  const n = nextUnitNumber++;
  unitNumbers.set(f, { n, generation: unitGeneration });
  return n;
}

/** The unit's prepared vectors (made once, kept with its features). */
export function preparedOf(f: UnitFeatures): PreparedUnit {
  return (f.prepared ??= { words: prepareVector(f.words), grams: prepareVector(f.grams), quote: prepareVector(f.quoteGrams) });
}
