/**
 * Ranking the report's cards by how much a reader should care, and saying why where it helps.
 *
 * A card's weight is the product of three things a reader can check on the card itself:
 *   - what it carries: 1 + one point each for a figure (money, a percentage, an exact count of 10 or
 *     more — not a date, not "three" or "thousands"),
 *     a quote (a quoted span of 4+ words, not a title in capitals), a consequence (a verb of what happened to someone:
 *     CONSEQUENCE stems), and a name (a run of capitalised words) — 1..5; for a marked added card, what its marked
 *     parts carry only (`markedSignals`, audit64: the rest is this article's own);
 *   - how widely it is carried: outlets carrying it / outlets compared, for added and shared facts
 *     (what every other outlet reports and this one does not is the most telling addition); for a
 *     fact left out, outlets leaving it out / outlets compared (a fact only this article has is the
 *     most telling omission), an outlet or near-copy group leaving it out only when none of its articles tells it
 *     (as the panel counts it; furn66);
 *   - for a shared card, where it stands: the prominence rule of the story decision, 1 / (1 + k/4) for the k-th fact
 *     unit of its article (news puts what matters first). Not for an added or left-out card (audit67, `RANK_RULES.place`):
 *     the first sentences tell the story both articles tell — the story match rests on them —, so an absence claimed
 *     there is the likeliest to be a rewording (on the dev card sheets' top 5, W 0.52 of Added cards at k = 0 against
 *     0.12–0.17 from k = 2; Left out 0.37 / 0.49 at k = 0 / 1 against 0.05–0.11 from k = 4);
 *   - how sure the engine is of the absence an added or left-out card claims (rank34): the audits'
 *     first cause of a wrong card is the fact told in other words on the other side, and the nearer
 *     the other side's closest sentence (the report's `closest`, the alignment's own similarity s),
 *     the likelier it is that telling. 1 − p(s), p = P(the other side tells it | s), a logistic fitted
 *     on ECB+ dev lines (`TOLD_LOGIT`); for a left-out card, the mean over the articles leaving it out
 *     (so the share of outlets becomes the expected share truly leaving it out); with the share of the card's words
 *     found anywhere in that article (cards40), in the card's wording or in a third outlet's telling of it (cards43).
 *   - for a shared card, how sure its count is (shared35): a listed sentence may be another fact about the
 *     same people or place (the audits' one fault of Shared cards), the likelier the lower its similarity s
 *     with the card's; "how widely" counts each other outlet as p(s) (`SHARED_LOGIT`, fitted on ECB+ dev
 *     outlets), so the share of outlets becomes the expected share truly telling it.
 * An added or left-out card in the writer's own voice ("I" or "you" outside quotations, a line ending in "!": a blog's
 * aside, no fact of its own) comes after every other card of its section, whatever its weight (cards41); so does a
 * lead-in, the writer steering the reader ("Here are nine quotes …", a line ending in ":", "let's": cards42), and an aside,
 * a whole line in parentheses ("(We never did settle on one, unlike our 565 municipalities …)": cards63), and an unfinished
 * line, page furniture the crawl kept (a photo caption, a byline, a teaser glued to its time: furn66).
 * The first three are counts of visible features, so a reader can follow the order; the fourth has
 * two fitted constants per kind of card. Ties keep the report's order (article order), so ranking is deterministic.
 */
import type { AddedFact, Article, LeftOutFact, Report, SharedFact } from '../types';
import { figureValues, isFunctionWord, quotedSpans, stem, stems, titleCased, tokens, yearShaped, type Quantity } from '../nlp';
import { entityRuns } from './report';
import { partlyTold } from './light';
import { endsSentence } from './features';
import { opensWithDate } from '../segment/index';
import { postSignatureLength } from '../nlp/actors';

/** Stems of verbs and nouns that tell what happened to someone: a decision, harm, a legal step, an end. */
const CONSEQUENCE = new Set(
  [
    'kill', 'die', 'dead', 'death', 'injure', 'hurt', 'wound', 'arrest', 'charge', 'convict', 'sentence', 'jail',
    'fine', 'ban', 'order', 'rule', 'sue', 'resign', 'fire', 'quit', 'close', 'cancel', 'approve', 'reject',
    'deport', 'detain', 'release', 'evacuate', 'destroy', 'infect', 'diagnose', 'hospitalize', 'quarantine',
    'launch', 'announce', 'reunite', 'nominate', 'elect', 'win', 'lose', 'strike', 'pass', 'veto', 'block',
  ].map((w) => stem(w)),
);

export interface Signals {
  /** The figure a card's reason gives: never one written as a year is ("2020 Democrats": audit70). */
  figure: string | null;
  /** Whether a figure weighs the card: a year-shaped one too (audit70 §5: weighing it no more moved the sheets' cards the wrong way by one). */
  counted: boolean;
  quote: boolean;
  consequence: boolean;
  name: boolean;
}

export function signals(text: string, within?: ReadonlyArray<{ start: number; end: number }>): Signals {
  // A figure a reader would quote: money, a percentage, or an exact count of 10 or more ("454",
  // "more than 200"); not "three men", "thousands", "millions", nor a number that names (figures68). The
  // reason gives none written as a year is ("2020 Democrats"), which still weighs (audit70). `within`: only a
  // figure overlapping those spans, read in its sentence (a marked "10" of "its 10-Q" names a form).
  const figures = figureValues(text).filter(
    (q) =>
      (!within || within.some((x) => x.start < q.end && q.start < x.end)) &&
      (q.kind === 'money' || q.kind === 'percent' || (q.kind === 'count' && q.value === q.max && q.value >= 10 && !(/^[\d,]+$/.test(q.text) && names(text, q)))),
  );
  const figure = figures.find((q) => !yearShaped(q.text, q.value));
  return {
    figure: figure ? figure.text : null,
    counted: figures.length > 0,
    // Something said, not a title in quotation marks (“Takin’ It to the Streets”).
    quote: saying(text).length > 0,
    consequence: tokens(text).some((t) => CONSEQUENCE.has(stem(t.w))),
    name: entityRuns(text).length > 0,
  };
}

/**
 * Does a count written in digits name rather than count (figures68)? Its grammar says so: a block or a street address
 * ("4621 Balsam Court"), a group of a phone number or a path ("704-866-3320", "(305) 471", "/display/34510/"), a number
 * before ")" ("(7)", "Fig. 14)"), after a number or a bare point (".22"), a number called ("called 911 and"), one a
 * capitals code follows after a hyphen ("its 10-Q", "528-CASH"; audit70), or a number
 * a singular noun follows after a determiner or a possessive ("the 767 lease", "an anonymous 911 call", "the U.S.'s 301
 * investigation": a count of 2 or more takes a plural; not after "it's" and other contractions). A word of three letters
 * or fewer is a unit ("26,760 kg"), not a noun; plurals end in "s", "men", "ren", "i", "ae", "ia", "ple", "ice", "craft",
 * "nnel", "aff" (people, children, radii, police, aircraft, personnel, staff) or are an adjective read as one ("the 12
 * wounded", "the 35 missing").
 */
function names(text: string, q: Quantity): boolean {
  const b = text.slice(0, q.start);
  const a = text.slice(q.end);
  if (
    q.head === 'block' ||
    /(?:[\d\p{Lu}]-|\/|\(\d{3}\) ?|\d |^\.|\s\.)#|#-\p{Lu}+(?!\p{L})|\b(?:[Cc]all|[Dd]ial)\w* #(?! [a-z]+s\b)|#(?:-[\d\p{Lu}]+-|[/)])|#(?: [\p{Lu}\d][\w.]*){1,4} (?:St|Ave|Rd|Dr|Street|Avenue|Road|Drive|Court)\b/u.test(b + '#' + a)
  )
    return true;
  if (!/(?:\b(?:an?|the|its|his|her|their)|(?<!\b(?:it|that|he|she|there|what|who|here|let|where))\S['’]s)(?: [a-z]+)? $/iu.test(b)) return false;
  let n = 0;
  for (const w of /^(?: [a-z-]+)*/.exec(a)![0].split(' ').slice(1)) {
    if (isFunctionWord(w)) break;
    if (/^.{0,3}$|(?:s|ed|i|ae|ia|men|ple|ren|ice|craft|nnel|aff|ssing)$/.test(w)) return false;
    n++;
  }
  return n > 0;
}

/** The quotations of a text that are something said: 4+ words, not a title in capitals. */
function saying(text: string): Array<{ start: number; end: number }> {
  return quotedSpans(text).filter((q) => tokens(q.text).length >= 4 && !titleCased(q.text));
}

/**
 * What a marked added card carries (audit64): the signals of its marked parts only, since this article tells the rest
 * ("Only the marked part is new"); a quote counts when a quotation of the sentence overlaps a mark. A figure, a name
 * or a consequence in the unmarked part is this article's too, so it neither weighs the card nor is given as its reason.
 */
export function markedSignals(text: string, novel: ReadonlyArray<{ start: number; end: number }>): Signals {
  // "; " between the parts: a name run never spans two of them.
  const s = signals(novel.map((x) => text.slice(x.start, x.end)).join('; '));
  return { ...s, figure: s.counted ? signals(text, novel).figure : null, quote: saying(text).some((q) => novel.some((x) => x.start < q.end && q.start < x.end)) };
}

/** The whole line inside one pair of parentheses, a stop allowed after the ")". */
function parenthesised(text: string): boolean {
  const t = text.trim().replace(/[.!?]+$/, '');
  if (!t.startsWith('(') || !t.endsWith(')')) return false;
  let depth = 0;
  for (let k = 0; k < t.length; k++) {
    if (t[k] === '(') depth++;
    else if (t[k] === ')' && --depth === 0) return k === t.length - 1;
  }
  return false;
}

/** First-person singular and second-person words (folded tokens). */
const FIRST_PERSON = /^(?:i|me|my|mine|myself|i'm|i've|i'll|i'd)$/;
const SECOND_PERSON = /^(?:you|your|yours|yourself|you're|you've|you'll|you'd)$/;

export interface Voice {
  first: boolean;
  second: boolean;
  exclaim: boolean;
  /** The writer steering the reader through the text (cards42): a line announcing what follows, no fact of its own. */
  lead: boolean;
  /** An aside (cards63): the whole line inside one pair of parentheses ("(We never did settle on one …)"). */
  aside: boolean;
}

/** Where a line's quotation marks leave it: quoted spans, an opening mark left open, a closing mark never opened. */
function quoteMarks(t: string): { spans: Array<{ start: number; end: number }>; openAt: number; closeAt: number } {
  const spans = quotedSpans(t);
  const after = spans.length ? spans[spans.length - 1]!.end + 1 : 0;
  const open = t.slice(after).search(/[“"]/);
  const close = spans.length ? -1 : t.search(/[”"](?=[\s.,;:)]*$)/);
  return { spans, openAt: open >= 0 ? after + open : -1, closeAt: close >= 0 && !/[“"]/.test(t.slice(0, close)) ? close : -1 };
}

/**
 * The writer's own voice outside any quotation (cards41): a first-person singular word ("I love her for this"), a
 * second-person word addressed to the reader ("Perhaps you're a fan of …"), a line ending in "!" ("Now that's a lot
 * of Beggin' Strips!"); and a lead-in (cards42), the writer steering the reader through the text rather than telling
 * an event: a line opening "Here is / Here are / Here's" ("Here are nine quotes from the presser …"), a line ending in
 * ":" that hands over to what follows ("Here's some of what the senators wanted to know:"), a "let's" ("Let's get back
 * to …"); an aside (cards63), the whole line inside one pair of parentheses. Quoted spans are someone else's words, and so is the rest of a line opening a quotation it
 * does not close, or the start of one closing a quotation it did not open (a quote running over sentences).
 */
export function writerVoice(text: string): Voice {
  // Dotted acronyms are one word ("C.I.A." holds no "I").
  const t = text.trim().replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  const { spans, openAt, closeAt } = quoteMarks(t);
  const quoted = (at: number) => spans.some((q) => at >= q.start && at < q.end) || (openAt >= 0 && at > openAt) || at < closeAt;
  // A "Me" or "You" in capitals inside a line is part of a title ("The Captain and Me"); "I" is always in capitals.
  const toks = tokens(t);
  const own = toks.filter((k, n) => !quoted(k.start) && !(n > 0 && k.w !== 'i' && !k.w.startsWith("i'") && /^\p{Lu}/u.test(k.raw)));
  const last = t.replace(/[)\]”"’'»\s]+$/, '');
  // "Here is / are / 's" opening the line, outside any quotation.
  const here = own[0] !== undefined && own[0] === toks[0] && (toks[0].w === "here's" || (toks[0].w === 'here' && /^(?:is|are)$/.test(toks[1]?.w ?? '')));
  return {
    first: own.some((k) => FIRST_PERSON.test(k.w)),
    second: own.some((k) => SECOND_PERSON.test(k.w)),
    exclaim: /!$/.test(last) && !quoted(last.length - 1),
    lead: here || (/:$/.test(t) && !quoted(t.length - 1)) || own.some((k) => k.w === "let's"),
    aside: parenthesised(t),
  };
}

/**
 * furn66: the two rules bench/furn66-*.ts switch off to measure them (docs/notes/furn66.md). `unfinished`: a card whose
 * line is unfinished (`unfinishedLine`) sinks as the writer's voice does. `byGroup`: a left-out card is weighed by the
 * source groups that leave it out as the panel counts them (lib/sidebar/view.ts, audit65), not by its articles.
 * `shown` (rank66): an added card's place and "the lead of X" are read from the sentence it shows only. `place`
 * (audit67, off): an added or left-out card is weighed by where it stands (and told "the lead of X" / "this article's lead").
 */
export const RANK_RULES = { unfinished: true, byGroup: true, shown: true, place: false };

/**
 * A line that does not end as a sentence does (features.ts `endsSentence`: no stop, "!", "?", colon): a photo caption
 * ("A police officer talks with one of the general's guards at the entrance of his residence"), a byline, a teaser
 * glued to its headline and time, a link's title, a line the crawl cut (furn66: audit65's furniture cards) — but not a
 * schedule line (a date opening it: "June 24 -- Jiffy Lube Live, Bristow, VA", `isFactUnit`'s own exception) nor a
 * post closing with its author's signature ("… — Jane Roe (@janeroe) August 9, 2015": someone's words).
 */
export const unfinishedLine = (text: string): boolean => !endsSentence(text) && !opensWithDate(text.trim()) && !postSignatureLength(text);

/** Which parts of the writer's voice sink a card (cards41; bench/cards41-voice.ts measures each). */
export const VOICE_SINKS: Voice = { first: true, second: true, exclaim: true, lead: true, aside: true };

/**
 * The units of an article in the writer's own voice (`writerVoice`, the parts `VOICE_SINKS` keeps): not an embedded
 * post (someone's words), not a sentence with no quotation mark inside a quotation that an earlier sentence of its
 * paragraph opens and leaves open, or that a later one closes without opening.
 */
export function writerVoiceUnits(article: Pick<Article, 'units'>): Set<number> {
  const out = new Set<number>();
  const units = article.units;
  const marks = units.map((u) => quoteMarks(u.text.trim()));
  const bare = (k: number) => !/[“”"]/.test(units[k]!.text);
  const inQuote = (k: number) => {
    if (!bare(k)) return false;
    let j = k - 1;
    while (j >= 0 && units[j]!.p === units[k]!.p && bare(j)) j--;
    if (j >= 0 && units[j]!.p === units[k]!.p && marks[j]!.openAt >= 0) return true;
    j = k + 1;
    while (j < units.length && units[j]!.p === units[k]!.p && bare(j)) j++;
    return j < units.length && units[j]!.p === units[k]!.p && marks[j]!.closeAt >= 0;
  };
  units.forEach((u, k) => {
    if (u.kind === 'embed' || inQuote(k)) return;
    const v = writerVoice(u.text);
    if ((Object.keys(v) as Array<keyof Voice>).some((k) => VOICE_SINKS[k] && v[k])) out.add(u.i);
  });
  return out;
}

function contentWeight(s: Signals): number {
  return 1 + (s.counted ? 1 : 0) + (s.quote ? 1 : 0) + (s.consequence ? 1 : 0) + (s.name ? 1 : 0);
}

/** 1 / (1 + k/4) for the k-th fact unit of an article (the prominence rule of the story decision). */
export function prominence(factIndex: number): number {
  return 1 / (1 + factIndex / 4);
}

/**
 * p(s) = 1 / (1 + exp(−(a + b·s))): the chance that the other side tells a card's fact in other words, given the
 * similarity s of its sentence nearest to the card's. Fitted by maximum likelihood by bench/rank34-fit.ts on ui14's
 * ECB+ dev lines (bench/data/ui14-closest-dev.tsv, 179 lines, 33 told); docs/notes/rank34.md.
 */
export const TOLD_LOGIT = { a: -3.594, b: 17.308 };

/** P(the other side tells the card's fact | the similarity s of its nearest sentence). */
export function toldElsewhere(s: number): number {
  return 1 / (1 + Math.exp(-(TOLD_LOGIT.a + TOLD_LOGIT.b * s)));
}

/**
 * p(s, cont) = 1 / (1 + exp(−(a + b·s + c·cont))) for a left-out card (cards40): the chance that an article leaving
 * the sentence out tells it in other words, given s (as `toldElsewhere`) and cont, the share of the claimed text's
 * distinct content stems found anywhere in that article (`contained`: a rewording spread over several of its
 * sentences shares the card's words though no one sentence is near). Fitted by maximum likelihood by
 * bench/left35-coverage.ts --ecb on ui14's ECB+ dev lines (174 of `TOLD_LOGIT`'s lines, 30 told; cont on content
 * stems: docs/notes/hedge68.md); docs/notes/left35.md §5, docs/notes/cards40.md.
 */
export const TOLD_CONT_LOGIT = { a: -4.346, b: 5.098, c: 5.95 };

/** P(an article leaving a sentence out tells it in other words | s of its nearest sentence, the share cont of its words there). */
export function toldWithWords(s: number, cont: number): number {
  return 1 / (1 + Math.exp(-(TOLD_CONT_LOGIT.a + TOLD_CONT_LOGIT.b * s + TOLD_CONT_LOGIT.c * cont)));
}

/**
 * The share of a text's distinct content stems (function words dropped: "the", "of", "said" are on every page) that
 * are in `there`; 0 for a text without any (hedge68). It still grows with the length of `there`: a long page holds
 * more of any sentence's words (docs/notes/hedge68.md §4).
 */
export function contained(text: string, there: ReadonlySet<string>): number {
  const want = new Set(stems(text, { keepFunctionWords: false }));
  let n = 0;
  for (const w of want) if (there.has(w)) n++;
  return want.size ? n / want.size : 0;
}

/** The stems (function words kept) of every unit of each related article of a report, by id (read lazily, once per article). */
export function reportWords(report: Report): (id: string) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>();
  return (id) => {
    let w = cache.get(id);
    if (!w) {
      const units = report.related.find((r) => r.id === id)?.units ?? [];
      w = new Set(units.flatMap((u) => stems(u.text)));
      cache.set(id, w);
    }
    return w;
  };
}

/**
 * How the other articles tell each unit of the article read (cards43): by unit, the sentences of the related articles
 * aligned with it (their `matches`), with the article's id. An article said to leave a sentence out may tell it in
 * the words of a third outlet rather than in this article's (a wire story they both rewrite).
 */
export function reportTellings(report: Report): Map<number, Array<{ id: string; text: string }>> {
  const out = new Map<number, Array<{ id: string; text: string }>>();
  for (const r of report.related)
    for (const u of r.units)
      for (const i of u.matches) {
        const told = out.get(i) ?? [];
        told.push({ id: r.id, text: u.text });
        out.set(i, told);
      }
  return out;
}

// partlyTold lives in ./light.ts (the side panel's view reads it without the engine).
export { partlyTold };

/**
 * How sure the absence a card claims is: 1 − p(s). An added card without marks: s of this article's sentence
 * nearest to it. A left-out card: the mean over the articles of `missingFrom` of 1 − p(s), s of that article's
 * nearest sentence when it lacks the whole sentence or only clauses of it (cards63, as rank62 for added cards), 0 when
 * it tells it but for a marked name run or measure (a `detail` span) or has no sentence sharing a weighted word; with
 * `words`, p(s, cont) (cards40), cont read on this article's wording or, when larger, on another article's telling of
 * it (`tellings`, cards43). A marked added card with a name run or a measure marked
 * (a `detail` span): s = 0 (the nearest sentence is its aligned counterpart, which tells the unmarked part). One whose
 * marks are all clauses is read as an unmarked card, by its nearest sentence here (rank62: clause-only marked cards
 * were the least often right, 6 R / 5 P / 14 W judged, name / measure-marked ones 4 / 1 / 1; marks62).
 */
export function sureAbsent(
  fact: AddedFact | LeftOutFact,
  words?: (id: string) => ReadonlySet<string>,
  tellings: ReadonlyArray<{ id: string; text: string }> = [],
): number {
  if ('missingFrom' in fact) {
    if (!fact.missingFrom.length) return 1 - toldElsewhere(0);
    const partly = partlyTold(fact);
    const near = new Map((fact.closest ?? []).map((c) => [c.id, c.s]));
    // With the related articles' words (cards40), an article lacking the whole sentence is judged by s and by how
    // many of the sentence's words it has anywhere — in this article's wording or in that of another article telling
    // it (`tellings`, cards43), whichever it shares more of; one telling it but for a marked name or measure keeps p(0).
    const cont = (id: string, w: ReadonlySet<string>) => Math.max(contained(fact.text, w), ...tellings.filter((t) => t.id !== id).map((t) => contained(t.text, w)));
    // An article lacking only clauses of it (no name run or measure marked: `detail`) is read as one lacking the
    // whole sentence (cards63: pooled over 7 dev sheets, left-out strict 0.54 → 0.56); one lacking a name or a measure keeps p(0).
    const lacks = new Map((fact.partly ?? []).map((p) => [p.id, p.novel]));
    const sure = (id: string) => partly.has(id) && (lacks.get(id) ?? fact.novel ?? []).some((x) => x.detail);
    const told = (id: string) => (sure(id) ? toldElsewhere(0) : words ? toldWithWords(near.get(id) ?? 0, cont(id, words(id))) : toldElsewhere(near.get(id) ?? 0));
    const sum = fact.missingFrom.reduce((t, id) => t + 1 - told(id), 0);
    return sum / fact.missingFrom.length;
  }
  return 1 - toldElsewhere(fact.novel?.some((x) => x.detail) ? 0 : fact.closest?.s ?? 0);
}

/**
 * p(s) = P(a Shared card's listed outlet tells the card's fact | s), s the similarity of its listed sentence with the
 * card's (its best, when it lists several). A listed sentence may be another fact about the same people or place, or
 * tell only part of it: the audits' one fault of Shared cards ("count"). Fitted by maximum likelihood by
 * bench/shared35-pairs.ts on ECB+ dev outlets (count30's labels, 237 outlets, 157 right); docs/notes/shared35.md.
 */
export const SHARED_LOGIT = { a: -0.589, b: 4.335 };

/**
 * The expected number of outlets telling a Shared card's fact: this one, plus per other outlet listed the chance
 * p(s) that it tells it (s its best listed sentence's). Sources without s (older reports) count as sure, so the
 * result is then the card's `count`. Near-copies of this article (its own source key) add nothing, as in `count`.
 */
export function sureShared(fact: SharedFact, keyOf: (id: string) => string, own: string): number {
  const best = new Map<string, number>();
  for (const src of fact.sources) {
    const key = keyOf(src.id);
    if (key === own) continue;
    const p = src.s === undefined ? 1 : 1 / (1 + Math.exp(-(SHARED_LOGIT.a + SHARED_LOGIT.b * src.s)));
    best.set(key, Math.max(best.get(key) ?? 0, p));
  }
  return 1 + [...best.values()].reduce((t, p) => t + p, 0);
}

/** Fact index (k-th fact unit) of each unit, for an article given as report units. */
export function factIndexes(units: Array<{ i: number; fact?: boolean }>): Map<number, number> {
  const out = new Map<number, number>();
  let k = 0;
  for (const u of units) if (u.fact !== false) out.set(u.i, k++);
  return out;
}

/** A short reason, only for what a reader would not see at a glance: the lead, a figure, a quote. */
function reason(s: Signals, lead: string | null): string | undefined {
  const parts: string[] = [];
  if (lead) parts.push(lead);
  if (s.figure) parts.push(`gives a figure (${s.figure})`);
  if (s.quote) parts.push('quotes someone');
  return parts.length ? parts.slice(0, 2).join(' · ') : undefined;
}

function ordered<T>(items: T[], weight: (t: T) => number, sink: (t: T) => boolean = () => false): T[] {
  return items
    // Weights equal in exact arithmetic (a mean of equal terms against one term) may differ in the
    // last bits: rounded to 12 digits, they tie and keep article order.
    .map((item, n) => ({ item, n, w: Number(weight(item).toPrecision(12)), down: sink(item) ? 1 : 0 }))
    .sort((a, b) => a.down - b.down || b.w - a.w || a.n - b.n)
    .map((x) => x.item);
}

/**
 * Orders report.added, leftOut and shared by weight and sets `rank` (1-based) and `why`. With the articles compared
 * (`articles`, by id), an added or left-out card in its writer's own voice (`writerVoiceUnits`: an aside, an opinion,
 * a line to the reader — no fact of its own, cards41) comes after every other card of its section.
 */
export function rankReport(report: Report, articles: ReadonlyArray<Pick<Article, 'id' | 'units'>> = []): Report {
  // Per article, its units in the writer's voice (`writerVoiceUnits`: i) and its unfinished lines (`unfinishedLine`,
  // embedded posts aside: ~i; furn66). An added card sinks when every source is in the writer's voice or its shown line
  // (the first source's) is unfinished; a left-out card when its line is either.
  const sinks = new Map<string, Set<number>>();
  const sunk = (id: string, i: number) => {
    let v = sinks.get(id);
    if (!v) {
      const a = articles.find((x) => x.id === id);
      v = a ? writerVoiceUnits(a) : new Set();
      if (a && RANK_RULES.unfinished) for (const u of a.units) if (u.kind !== 'embed' && unfinishedLine(u.text)) v.add(~u.i);
      sinks.set(id, v);
    }
    return v.has(i);
  };
  const words = reportWords(report);
  const tellings = reportTellings(report);
  const here = factIndexes(report.article.units);
  const there = new Map(report.related.map((r) => [r.id, factIndexes(r.units)]));
  const outletOf = new Map(report.related.map((r) => [r.id, r.outlet?.trim() || null]));

  const added = report.added.map((a) => {
    const [first] = a.sources;
    const s = a.novel?.length ? markedSignals(a.text, a.novel) : signals(a.text);
    let best = 0;
    let leadOf: string | null = null;
    // rank66: only the sentence the card shows (its first source's) lends its place and "the lead of X" — a grouped
    // sentence may tell another fact (audit66: the Telegraph's lead, the page's own, ranked BBC's Mourinho line first).
    for (const src of RANK_RULES.shown ? a.sources.slice(0, 1) : a.sources) {
      const k = there.get(src.id)?.get(src.i) ?? 99;
      const p = RANK_RULES.place ? prominence(k) : 1;
      if (p > best) best = p;
      if (RANK_RULES.place && k === 0 && !leadOf) leadOf = outletOf.get(src.id) ?? 'another article';
    }
    const share = a.total ? (a.outlets ?? 1) / a.total : 0;
    const w = contentWeight(s) * share * best * sureAbsent(a);
    return { a, w, why: reason(s, leadOf ? `the lead of ${leadOf}` : null), down: a.sources.every((src) => sunk(src.id, src.i)) || (!!first && sunk(first.id, ~first.i)) };
  });
  const keyOf = new Map(report.related.map((r) => [r.id, r.sourceKey ?? r.id]));
  const leftOut = report.leftOut.map((l) => {
    const s = signals(l.text);
    const k = here.get(l.i) ?? 99;
    // A source group (near-copies, one outlet's articles) leaves a sentence out only when none of its articles tells it,
    // as the panel counts it (lib/sidebar/view.ts, audit65): only those groups weigh a left-out card (furn66).
    const telling = new Set(report.related.filter((r) => !r.summaryOnly && !l.missingFrom.includes(r.id)).map((r) => keyOf.get(r.id)));
    const missingFrom = l.missingFrom.filter((id) => !(RANK_RULES.byGroup && telling.has(keyOf.get(id))));
    const share = l.total ? new Set(missingFrom.map((id) => keyOf.get(id))).size / l.total : 0;
    const w = missingFrom.length && contentWeight(s) * share * (RANK_RULES.place ? prominence(k) : 1) * sureAbsent({ ...l, missingFrom }, words, tellings.get(l.i));
    return { l, w, why: reason(s, RANK_RULES.place && k === 0 ? "this article's lead" : null), down: sunk(report.article.id, l.i) || sunk(report.article.id, ~l.i) };
  });
  const own = report.article.sourceKey ?? report.article.id;
  const shared = report.shared.map((f) => {
    const s = signals(f.text);
    const k = here.get(f.i) ?? 99;
    // How widely, as the expected share: outlets likely telling it / outlets compared (shared35).
    const w = contentWeight(s) * (f.total ? sureShared(f, (id) => keyOf.get(id) ?? id, own) / f.total : 0) * prominence(k);
    return { f, w };
  });

  return {
    ...report,
    added: ordered(added, (x) => x.w, (x) => x.down).map((x, n) => ({ ...x.a, rank: n + 1, ...(x.why ? { why: x.why } : {}) })),
    leftOut: ordered(leftOut, (x) => x.w, (x) => x.down).map((x, n) => ({ ...x.l, rank: n + 1, ...(x.why ? { why: x.why } : {}) })),
    shared: ordered(shared, (x) => x.w).map((x, n) => ({ ...x.f, rank: n + 1 })),
  };
}
