/**
 * Who a sentence is about: its main actor, the subject name — or a pronoun resolved to the
 * previous sentence's actor. Two sentences are one fact only when their actors agree
 * ("Lisa Page left the bureau" / "Ms. Page quit the F.B.I." agree; "Page's departure …" /
 * "Strzok subsequently joined the Mueller team, but left …" do not: issue 8).
 *
 * No parser: the subject is the run of capitalised words (function words inside it allowed:
 * "Department of Social Services") that opens the sentence's main clause, after a dateline
 * ("SIOUX FALLS, S.D. –"), a leading quotation ("“…,” Noem tweeted" → the speaker), and a leading
 * adverbial clause ("In 2016, …", "According to X, …"). Reported speech has no actor: in "Health
 * officials said that 28 people …" the subject is the source, not who the fact is about. Dates
 * ("Oct. 3"), counts ("Seven people were shot"), a work's title the article names as one
 * ("Detroit opens with …") and shouted words ("A HUNTER who …") are not names; nor is the first
 * word after a dateline, capitalised as any sentence's first word. A capitalised word opening a sentence
 * counts as a name only when the article also writes it capitalised inside a sentence ("Page's
 * departure" after "Lisa Page") or a capitalised word follows ("Lisa Page left"); else "Officials
 * said" would make "Officials" an actor.
 */
import { fold, isFunctionWord, tokens } from './index';

const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'senator', 'sir', 'lady', 'lord']);
// Subject pronouns only: a unit opening with "his"/"her" ("his son, Donald Jr., and son-in-law, Jared
// Kushner") is about the person it names, not about the previous sentence's actor.
const HE_SHE = new Set(['he', 'she']);
/** Words that open an adverbial clause which a comma closes before the subject. */
const OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'as', 'according', 'for', 'with', 'without', 'despite',
  'since', 'until', 'under', 'over', 'though', 'although', 'because', 'if', 'then', 'still', 'yet', 'also', 'meanwhile',
  'however', 'instead', 'last', 'earlier', 'later', 'now', 'today', 'yesterday', 'by', 'from', 'of', 'to', 'and', 'but', 'so',
]);

/**
 * English cardinal number words (the closed class lib/nlp/quantities.ts reads as counts; it imports this module, so the
 * class is written here): "Seven people were shot" counts people, it names no one.
 */
const CARDINALS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions',
]);

/** Nouns for a work: a film, a book, a show … */
const WORK_NOUN = 'film|movie|book|novel|memoir|show|series|sitcom|album|song|single|play|musical|opera|documentary|docuseries|miniseries|podcast';
/** A quoted title: up to six words, capitalised but for function words (“The Early Show”). */
const TITLE = `["“‘]\\s*((?:\\p{Lu}[\\p{L}\\d'’.-]*)(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*|of|the|a|an|and|in|on|to|for|with)){0,5})\\s*[,.]?\\s*["”’]?`;
/** A quoted title right after a noun for a work ("the reality series, “The Bachelor,”"). */
const AFTER_WORK = new RegExp(`\\b(?:${WORK_NOUN})s?,?\\s+${TITLE}`, 'gu');
/** A quoted title said to be a work ("“Detroit” is a well-made and evocative film"). */
const IS_WORK = new RegExp(`["“‘]\\s*((?:\\p{Lu}[\\p{L}\\d'’.-]*)(?:\\s+[\\p{L}\\d'’.-]+){0,5}?)\\s*[,.]?\\s*["”’]\\s*,?\\s*(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${WORK_NOUN})\\b`, 'gu');

/**
 * The words of the works an article itself names as works: a quoted title right after a noun for a work ("the reality
 * series, “The Bachelor,”") or a quoted title said to be one ("“Detroit” is a well-made and evocative film"). A sentence
 * whose subject is such a title ("Detroit opens with a roughly animated history lesson") is about the work, not a person
 * acting: it has no actor (audit79). Neither kind of evidence alone: a chant, a sign, a nickname quote names too ("“Trump 2020”"), and a
 * name after a noun for a work may be who made it ("the book Trump wrote").
 */
export function workTitles(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const add = (span: string) => {
    const toks = tokens(undotted(span));
    if (toks.length === 0 || toks.length > 6 || !/^\p{Lu}/u.test(toks[0]!.raw)) return;
    if (!toks.every((t) => /^[\p{Lu}\d]/u.test(t.raw) || isFunctionWord(t.w))) return;
    for (const t of toks) if (!isFunctionWord(t.w)) out.add(t.w.replace(/'s$/, ''));
  };
  for (const text of texts) {
    for (const m of text.matchAll(AFTER_WORK)) add(m[1]!);
    for (const m of text.matchAll(IS_WORK)) add(m[1]!);
  }
  return out;
}

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/**
 * Verbs of saying or reporting: "Health officials said that 28 people …", "The Associated Press
 * reports that …" — the subject is the source, not the actor of the fact (reported speech), so such
 * a sentence has no actor to compare.
 */
export const SAYS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'report', 'wrote', 'writes', 'tweeted', 'posted', 'stated',
  'states', 'announced', 'announces', 'added', 'confirmed', 'confirms', 'claimed', 'claims', 'noted', 'explained', 'according',
]);

const TIME_WORDS = new Set(['in', 'on', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'this', 'from', 'through', 'during', 'of', 'before', 'after']);
/**
 * Is the calendar word at toks[k] a date here? Always, except "May" — a month only beside a number
 * or after a word of time ("May 17", "in May", "last May"); else a name ("Theresa May", "Mrs. May",
 * "May was similarly glowing").
 */
export function calendarAt(toks: ReadonlyArray<{ w: string }>, k: number): boolean {
  const w = toks[k]!.w;
  if (!CALENDAR.has(w)) return false;
  if (w !== 'may') return true;
  return /^\d/.test(toks[k + 1]?.w ?? '') || /^\d/.test(toks[k - 1]?.w ?? '') || TIME_WORDS.has(toks[k - 1]?.w ?? '');
}

/** "May" written as a name (Theresa May), not the modal or the month. */
export function nameMay(toks: ReadonlyArray<{ w: string; raw: string }>, k: number): boolean {
  return toks[k]!.raw === 'May' && !calendarAt(toks, k);
}

/** Nothing but a quotation (its closing mark may be left for the next paragraph). */
const PURE_QUOTE = /^["“][^"“”]+(?:["”][.!?]?|[.!?])$/u;

/** "F.B.I." → "FBI" so dotted and plain acronyms compare equal. */
function undotted(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, ''));
}

/** Folded words written with a capital inside a sentence (not sentence-initial) anywhere in `texts`. */
export function midSentenceNames(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const plain = undotted(text);
    const toks = tokens(plain);
    // The sentence itself opens after a dateline ("RIVERTON, Ore. (KRVT) — Seven people were shot"): its first word is
    // capitalised as any sentence's first word is, no evidence of a name (audit79).
    const dateline = datelineLength(plain);
    const opening = dateline > 0 ? toks.findIndex((t) => t.start >= dateline) : 0;
    toks.forEach((t, k) => {
      if (k === 0 || k === opening || !/^\p{Lu}/u.test(t.raw) || (isFunctionWord(t.w) && !nameMay(toks, k))) return;
      if (CARDINALS.has(t.w)) return;
      const gap = text.slice(toks[k - 1]!.end, t.start);
      const prev = toks[k - 1]!;
      // A sentence or quotation starts inside the unit — but "Mr. Strzok", "Gov. Noem" go on.
      if (/[.!?]\s|["“”]/.test(gap) && !(gap.startsWith('.') && (HONORIFIC.has(prev.w) || prev.raw.length === 1))) return;
      out.add(t.w.replace(/'s$/, ''));
    });
  }
  return out;
}

/**
 * Length of the dateline a news sentence opens with ("WEST PALM BEACH, Fla. — ", "SIOUX FALLS, S.D. – ",
 * "WASHINGTON (Reuters) - ", "LONDON — ", a hyphenated place: "WINSTON-SALEM, N.C. — ", "MIAMI-DADE (CBSMiami) – "): where the
 * story was filed, not what it tells; 0 when none. The dash may be typed as two hyphens and closed up, before a capital
 * ("LACEY, Wash. -- ", "HUMBLE, Texas- ", "MEMPHIS, TN (localmemphis.com)--Two", audit69).
 */
export function datelineLength(text: string): number {
  // …before prose: an all-capitals transcript ("HE LEFT -- UNTIL 6:30") has no dateline.
  if (!/\p{Ll}/u.test(text)) return 0;
  const m =
    /^\s*[\p{Lu}][\p{Lu} .'’-]+,[^–—-]{0,40}?\s*(?:--|[–—-])(?:\s+|(?=\p{Lu}))/u.exec(text) ??
    /^\s*[\p{Lu}][\p{Lu} .'’-]+\s*\([^)]{1,40}\)\s*(?:--|[–—-])(?:\s+|(?=\p{Lu}))/u.exec(text) ??
    /^\s*[\p{Lu}][\p{Lu}.'’]+(?: [\p{Lu}][\p{Lu}.'’]+)*\s+(?:--|[–—-])\s+(?=\p{Lu})/u.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Length of the signature an embedded post closes with ("… — Jane Roe (@janeroe) August 9, 2015"): who posted it, under
 * which handle, on which day — the embed's own byline, not what the post tells (as a dateline says where a story was
 * filed); 0 when none. The form: a dash, a name of up to eight words, the handle in brackets, a full date ending the unit.
 */
const POST_SIGNATURE =
  /(?:^|\s)[–—-]{1,2}\s*(?:[^\s()–—]+\s+){0,8}?\(@\w{1,30}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\.?\s*$/u;
export function postSignatureLength(text: string): number {
  const m = POST_SIGNATURE.exec(text);
  return m ? m[0].length : 0;
}

/** The part of a sentence where its subject is: after a dateline, a leading quotation, a leading adverbial clause. */
function mainClause(text: string): { text: string; fromQuote: boolean } {
  let t = undotted(text).trim();
  // Dateline: "SIOUX FALLS, S.D. – …", "HONOLULU, Hawaii (HawaiiNewsNow) - …"
  t = t.replace(/^[\p{Lu}][\p{Lu} .'’]+,[^–—-]{0,40}?\s[–—-]\s+/u, '');
  // A leading quotation: the subject is who says it ("“Meth is in SD,” Noem tweeted").
  const q = /^["“]([^"”]*)["”]\s*,?\s*(.*)$/su.exec(t);
  if (q && q[2]) return { text: q[2], fromQuote: true };
  const first = tokens(t)[0];
  if (first && OPENERS.has(first.w)) {
    const comma = t.indexOf(',');
    if (comma > 0 && tokens(t.slice(0, comma)).length <= 12) t = t.slice(comma + 1).trim();
  }
  return { text: t, fromQuote: false };
}

/**
 * Where the subject of a sentence's main clause starts in `text` (as `mainActors` finds it: after a
 * dateline, a leading quotation, a leading adverbial clause), as an offset into `text` itself; null
 * when no word follows.
 */
export function subjectOffset(text: string): number | null {
  let from = 0;
  const dateline = /^\s*[\p{Lu}][\p{Lu} .'’]+,[^–—-]{0,40}?\s[–—-]\s+/u.exec(text);
  if (dateline) from = dateline[0].length;
  const rest = text.slice(from);
  const q = /^\s*["“][^"”]*["”]\s*,?\s*/u.exec(rest);
  if (q && q[0].length < rest.length) from += q[0].length;
  else {
    const first = tokens(rest)[0];
    if (first && OPENERS.has(first.w)) {
      const comma = rest.indexOf(',');
      if (comma > 0 && tokens(rest.slice(0, comma)).length <= 12) from += comma + 1;
    }
  }
  const t = tokens(text.slice(from))[0];
  return t ? from + t.start : null;
}

/**
 * The main actor of each sentence, in article order: a set of folded name words, or null when the
 * sentence's subject is not a name (a common noun, "it", "they", nothing found). A sentence whose
 * subject is "he"/"she" takes the previous sentence's actor. `known`: the article's names written
 * inside sentences (midSentenceNames), defaulting to those of `texts`; `titles`: the words of the works
 * it names (workTitles), a subject made only of them has no actor. A count ("Seven people …") has none.
 */
export function mainActors(texts: readonly string[], known: Set<string> = midSentenceNames(texts), titles: Set<string> = workTitles(texts)): Array<Set<string> | null> {
  const out: Array<Set<string> | null> = [];
  let last: Set<string> | null = null;
  // The previous sentence's actor, none included: a quotation continues whoever spoke just before.
  let prev: Set<string> | null = null;
  for (const text of texts) {
    const { text: clause, fromQuote } = mainClause(text);
    const toks = tokens(clause);
    let actor: Set<string> | null = null;
    // Inside a quotation ("“He had 11 and 11, and had six blocks.", the coach of his player) "he" is
    // whoever the speaker means, not the last actor (the speaker himself): nobody (docs/notes/audit14.md).
    if (toks.length > 0 && HE_SHE.has(toks[0]!.w)) actor = !fromQuote && /^\s*["“]/u.test(text) ? null : last;
    // A sentence that is only a quotation goes on with the previous sentence's speaker (a quote
    // continued over several sentences: "“I don't know when Mueller will finish,” Mr. Perez said." /
    // "“I'm very concerned about the run-up to the midterm elections.”").
    else if (PURE_QUOTE.test(text.trim())) actor = prev;
    else {
      const words: string[] = [];
      for (let k = 0; k < toks.length && k < 12; k++) {
        const t = toks[k]!;
        const w = t.w.replace(/'s$/, '');
        const cap = /^\p{Lu}/u.test(t.raw);
        if (isFunctionWord(t.w) && !nameMay(toks, k)) {
          if (words.length === 0 || cap || t.w === 'of' || t.w === 'and') continue; // "The", "Department of …"
          break;
        }
        if (!cap) {
          // The speaker after a quotation may follow a verb of saying: "…,” said Noem."
          if (fromQuote && words.length === 0 && k === 0) continue;
          break;
        }
        // "Officials said": not a name; "Lisa Page left": two capitalised words open a name.
        const next = toks[k + 1];
        const nameFollows = next !== undefined && /^\p{Lu}/u.test(next.raw) && (!isFunctionWord(next.w) || nameMay(toks, k + 1));
        if (k === 0 && !fromQuote && !known.has(w) && !HONORIFIC.has(w) && !nameFollows) break;
        if (calendarAt(toks, k)) break; // "Oct. 3 --": a date, not an actor (but "May told …" is Theresa May)
        if (words.length === 0 && CARDINALS.has(w)) break; // "Seven people were shot": a count, not a name
        if (/^\p{Lu}{6,}$/u.test(t.raw)) break; // "A HUNTER who …": shouting, not a name
        if (!HONORIFIC.has(w)) words.push(w);
        if (t.raw.endsWith("'s") || t.raw.endsWith('’s')) break; // "Page's departure": the owner is the actor
      }
      // Reported speech: the subject only says it ("X said that …"); no actor.
      const after = toks.slice(0, 14).find((t, k) => k > 0 && !/^\p{Lu}/u.test(t.raw) && (SAYS.has(t.w) || !isFunctionWord(t.w)));
      // A work's title as the subject ("Detroit opens with …"): the work, not an actor.
      const work = words.length > 0 && words.every((w) => titles.has(w));
      if (words.length && !work && (fromQuote || !(after && SAYS.has(after.w)))) actor = new Set(words);
    }
    out.push(actor);
    prev = actor;
    if (actor) last = actor;
  }
  return out;
}

/**
 * Do two sentences have different main actors? Only when both have one and neither actor's words
 * occur in the other sentence at all ("Page" is not in the Strzok sentence, "Strzok" not in Page's).
 */
export function actorsDisagree(actorA: Set<string> | null, textA: string, actorB: Set<string> | null, textB: string): boolean {
  if (!actorA || !actorB) return false;
  const wa = wordsOf(textA);
  const wb = wordsOf(textB);
  for (const w of telling(actorA)) if (wb.has(w)) return false;
  for (const w of telling(actorB)) if (wa.has(w)) return false;
  return true;
}

/**
 * Do two actors share a word that tells who they are? One person under two mentions: "He wants…" and
 * "he dismissed…", both resolved to Trump in their articles (lib/engine/features.ts `resolvePeople`),
 * whose texts name nobody.
 */
export function shareActor(actorA: Set<string> | null, actorB: Set<string> | null): boolean {
  if (!actorA || !actorB) return false;
  for (const w of telling(actorA)) if (actorB.has(w)) return true;
  return false;
}

/**
 * The words of an actor that tell who it is: an initial, a suffix or a party letter ("Roger J.
 * Stone Jr.", "Kristi Noem (R)") is shared by many people — "J." in "Donald J. Trump" does not make
 * Stone and Parscale's sentences one actor's. An actor written only in short words ("U.S.", "EU")
 * keeps them all.
 */
function telling(actor: Set<string>): Iterable<string> {
  const long = [...actor].filter((w) => w.length >= 3 && !GENERATIONS.has(w));
  return long.length ? long : actor;
}
const GENERATIONS = new Set(['jr', 'sr', 'iii', 'ii', 'iv']);

/**
 * The folded words of a sentence, possessive "'s" removed (what actorsDisagree looks actors up in),
 * kept per text: the aligner asks for every pair of two articles' units. Bounded (cleared when full).
 */
const sentenceWords = new Map<string, Set<string>>();
function wordsOf(text: string): Set<string> {
  let w = sentenceWords.get(text);
  if (!w) {
    w = new Set(tokens(fold(undotted(text))).map((t) => t.w.replace(/'s$/, '')));
    if (sentenceWords.size >= 20_000) sentenceWords.clear();
    sentenceWords.set(text, w);
  }
  return w;
}

/**
 * The full names an article writes: each run of two to four capitalised words written together ("Megan Quinn Sloss",
 * "Spencer Lee Sloss"; an honorific before it dropped, an all-capitals word or a function word ends it), as its surname
 * (the last word) and its other words. A run with a word the article also writes in lower case is no name: "Chief Condit"
 * ("the Air Force's chief weapons buyer"), "Deputy Wolfowitz". Places are runs too ("Sac County"); they only name what they name.
 */
export interface FullName { last: string; given: string[] }
export function fullNames(texts: readonly string[]): FullName[] {
  const out: FullName[] = [];
  const lower = new Set<string>();
  for (const text of texts) for (const t of tokens(text)) if (/^\p{Ll}/u.test(t.raw)) lower.add(t.w);
  for (const text of texts) {
    const toks = tokens(undotted(text));
    let run: string[] = [];
    const close = () => {
      while (run.length && HONORIFIC.has(run[0]!)) run.shift();
      if (run.length >= 2 && run.length <= 4 && !run.some((w) => lower.has(w))) out.push({ last: run[run.length - 1]!, given: run.slice(0, -1) });
      run = [];
    };
    toks.forEach((t, k) => {
      const name = /^\p{Lu}\p{Ll}/u.test(t.raw) && !isFunctionWord(t.w) && !/\d/.test(t.raw);
      const joined = k > 0 && /^\s+$/.test(text.slice(toks[k - 1]!.end, t.start)) || (k > 0 && HONORIFIC.has(toks[k - 1]!.w));
      if (!name || !joined) close();
      if (name) run.push(t.w.replace(/'s$/, ''));
    });
    close();
  }
  return out;
}

/**
 * Who a one-word actor is by the full names `names` writes: "Megan" (a given name) or "Sloss" (a surname) of the one
 * "Megan Sloss" written there, as keys "given surname" — the same person named two ways shares a key (title80). None when
 * the word names two people there: two full names ending in it with no given name in common ("Megan Sloss", "Spencer Lee
 * Sloss"), a given name before two surnames, or a word written both as a given name and as a surname; none when no full
 * name holds it.
 */
export function personKeys(word: string, names: readonly FullName[]): string[] | null {
  const asLast = names.filter((n) => n.last === word);
  const asGiven = names.filter((n) => n.given.includes(word));
  if (asLast.length && asGiven.length) return null;
  if (asLast.length) {
    for (let i = 0; i < asLast.length; i++)
      for (let j = i + 1; j < asLast.length; j++) if (!asLast[i]!.given.some((g) => asLast[j]!.given.includes(g))) return null;
    return [...new Set(asLast.flatMap((n) => n.given.map((g) => `${g} ${word}`)))];
  }
  if (asGiven.length) {
    const last = asGiven[0]!.last;
    if (asGiven.some((n) => n.last !== last)) return null;
    return [`${word} ${last}`];
  }
  return null;
}
