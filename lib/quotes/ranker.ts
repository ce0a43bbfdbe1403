/**
 * Speaker candidates for a direct quote, and one fitted logistic model that ranks them.
 *
 * The hand rules of speakers.ts/extract.ts read the attribution's grammar; where the grammar is one
 * they do not know ("turned to Twitter to describe his city as a “…”", "touted the relationship as
 * having “…”") they give nobody, though the person stands in the quote's own sentence. That was the
 * largest cause of error on every sample read before its errors were seen (docs/notes/speak6.md).
 * Here every person named in the quote's paragraph and the one before is a candidate, described by a
 * few general features (the rules' answer among them), and one logistic model scores each: the best
 * candidate is the speaker when its probability reaches one half, else nobody. Where the rules read an
 * attribution that names no person ("the adviser said", words on a sign), their answer stands
 * (lib/quotes/extract.ts).
 *
 * Weights: lib/quotes/fitted-speakers.ts (bench/fit-speakers.ts, leave-one-sample-out over every
 * judged sample). Pure: no Node imports.
 */
import { wordTable } from '../text/table';
import { ADVERBS, NOT_NAMES, REPORTING_VERBS, ROLE_WORDS, words } from './lexicon';
import { isLyAdverb, isSpeechVerb, type Mention, type People, type Person } from './speakers';

export const FEATURES = [
  /** The rules (attribution grammar) name this person. */
  'rule',
  /** The rules name somebody else. */
  'ruleOther',
  /** The rules read an attribution that names no person ("the adviser said", "the lawsuit alleges"). */
  'ruleNobody',
  /** Named in a sentence the quote lies in. */
  'sameSentence',
  /** … and first of the people named in that sentence, not after a preposition, not a possessive (its subject). */
  'subject',
  /** A verb of saying, naming or reporting within four words after the name, or two before it ("said Rick Tyler"), in its sentence. */
  'verbBeside',
  /** log(1 + words between the nearest mention and the quote). */
  'logDistance',
  /** The nearest mention comes before the quote. */
  'before',
  /** Named in the quote's own paragraph. */
  'sameParagraph',
  /** log(1 + times the article names the person). */
  'logMentions',
  /** The speaker the rules gave the direct quote before this one, in this paragraph or the one before. */
  'lastSpeaker',
  /** A he/she outside quotation marks in the quote's sentence, of this person's known gender. */
  'pronoun',
  /** The article gives the person a first name, a role or a gender (not one bare capitalised word: "Russia"). */
  'personEvidence',
  /** log(1 + words quoted): a one- or two-word quote is often a scare quote, nobody's words. */
  'logQuoteWords',
  /** A verb of saying, naming or reporting, or a colon, in the quote's sentences outside the quote. */
  'cueInSentence',
  /** The text gives evidence the name is a country, place or organisation, not a person (People.isEntityLike). */
  'entity',
  /**
   * A verb of saying or reporting in the quote's sentences whose subject is not a person the article
   * names: a common noun ("the suit argues that …", "Campaigners have said", "a spokesman said", "it
   * said") or a capitalised name no person mention covers ("a newspaper, Munhwa Ilbo, reported").
   */
  'nounSubject',
  /**
   * The person a pronoun or a role phrase stands for (People.resolve) where it is the subject of a
   * verb of saying in the quote's sentences ("“…,” she wrote", "the ambassador added that “…”", "said
   * the actor"), or the first he/she of those sentences: the nearest earlier person of the pronoun's
   * gender, subjects first, never an organisation; the person the text introduced with the role.
   * "they" resolves only to people just named together, a plural role to no single person.
   */
  'resolved',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface Candidate {
  name: string;
  x: number[];
}

export interface SpeakerModel {
  weights: Record<FeatureName, number>;
  bias: number;
  /** The best candidate speaks when its probability reaches this (default one half). */
  threshold?: number;
}

export interface QuoteSpan {
  start: number;
  end: number;
  /** A quote split by its attribution ("…,” he said. “…"): the quoted parts. */
  parts?: Array<{ start: number; end: number }>;
}

interface Para {
  start: number;
  end: number;
}

const COUNTS = new WeakMap<People, Map<Person, number>>();
/** How many times the article names each person (once per article). */
function mentionCounts(people: People): Map<Person, number> {
  let counts = COUNTS.get(people);
  if (!counts) {
    counts = new Map();
    for (const m of people.mentions) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    COUNTS.set(people, counts);
  }
  return counts;
}

const SUBJECT_PRONOUNS = wordTable<'m' | 'f'>({ he: 'm', she: 'f' });

const PRONOUN_SUBJECTS = words('he she i we they you');
const HELPERS = words('has have had would will has did does do was is were are later not');
/**
 * The word before the verb at k (adverbs and auxiliaries skipped) is no person's: a word, not in a
 * mention of a person the article knows, not a pronoun of a person, not a function word ("the suit
 * argues", "Campaigners have previously said", "a spokesman said", "it said", "Reuters reported").
 */
function nounBefore(people: People, k: number, floor: number): boolean {
  const toks = people.toks;
  if (toks[k - 1]?.lo === 'to') return false;
  let b = k - 1;
  while (b >= floor && toks[b]!.sent === toks[k]!.sent && (ADVERBS.has(toks[b]!.lo) || HELPERS.has(toks[b]!.lo) || isLyAdverb(toks[b]!))) b--;
  // "a South Korean newspaper, Munhwa Ilbo, reported": the apposition's last word.
  if (toks[b]?.raw === ',' && toks[b - 1]?.cap) b--;
  const t = toks[b];
  if (!t || b < floor || t.sent !== toks[k]!.sent || !t.word || people.isQuoted(t.start)) return false;
  if (PRONOUN_SUBJECTS.has(t.lo) || (NOT_NAMES.has(t.lo) && t.lo !== 'it') || /['’]s$/.test(t.raw)) return false;
  // A role ("the president said") is read by the rules, to the person who holds it.
  if (ROLE_WORDS.has(t.lo) || /^\d+-year-old$/.test(t.lo)) return false;
  // A person's name (a mention covers the word) is no common noun; a capitalised word no mention
  // covers is an organisation or a name the article does not take for a person ("Reuters reported").
  return !people.mentions.some((m) => m.start <= t.start && t.start < m.end);
}

/**
 * The person the subject of the verb of saying at k stands for, when that subject is a pronoun or a
 * role phrase ("she wrote", "the ambassador added", "said the actor"): adverbs and auxiliaries between
 * skipped; names are left to the other features. Null when it resolves to nobody.
 */
function subjectOf(people: People, k: number, floor: number, limit: number, quoted: (a: number, b: number) => boolean): string | null {
  const toks = people.toks;
  // A denial's quoted words are the claim denied ("He denied that he formed an “irregular” channel").
  if (/^den(?:y|ies|ied)$/.test(toks[k]!.lo)) return null;
  const n = isSpeechVerb(toks, k) || 1;
  let b = k - 1;
  while (b >= floor && toks[b]!.sent === toks[k]!.sent && (ADVERBS.has(toks[b]!.lo) || HELPERS.has(toks[b]!.lo) || isLyAdverb(toks[b]!))) b--;
  const ok = (i: number) => i >= floor && i < limit && toks[i]!.sent === toks[k]!.sent && !quoted(toks[i]!.start, toks[i]!.end) && !people.isQuoted(toks[i]!.start);
  let phrase = ok(b) ? people.readBackwardAppositive(b, floor) : null;
  // Inverted ("…,” said the actor."): the phrase closes the clause; not "said he believed …", where
  // the pronoun is the reported clause's subject.
  if (!phrase && ok(k + n)) {
    const r = people.readForward(k + n, limit);
    if (r && !toks[r.end]?.word) phrase = r.phrase;
  }
  if (!phrase || phrase.kind === 'name') return null;
  return people.resolve(phrase);
}

/**
 * The candidates of one quote: every person named (outside quotation marks) in its paragraph and the
 * paragraph before, plus the rules' answer when it is someone else.
 */
export function speakerCandidates(people: People, quote: QuoteSpan, paras: Para[], ruleSpeaker: string | null, lastSpeaker: string | null, ruleNobody = false): Candidate[] {
  const pi = paras.findIndex((p) => p.start <= quote.start && quote.start <= p.end);
  const para = paras[pi] ?? { start: 0, end: people.text.length };
  const prev = pi > 0 ? paras[pi - 1]! : para;
  const toks = people.toks;
  const q0 = people.tokenAt(quote.start);
  const q1 = Math.max(q0, people.tokenAt(quote.end) - 1);
  const sents = new Set<number>([toks[q0]?.sent ?? -1, toks[q1]?.sent ?? -1]);
  // The tokens of the quote's sentences: one contiguous run around the quote.
  let lo = Math.min(q0, toks.length - 1);
  let hi = Math.min(q1, toks.length - 1);
  while (lo > 0 && toks[lo - 1]!.sent === toks[lo]!.sent) lo--;
  while (hi + 1 < toks.length && toks[hi + 1]!.sent === toks[hi]!.sent) hi++;
  // Words between the parts of a split quote are its attribution, not quoted words.
  const parts = quote.parts ?? [quote];
  const quoted = (a: number, b: number) => parts.some((p) => a >= p.start && b <= p.end);
  // Mentions inside quotation marks are not mentions (People leaves them out).
  const ms = people.mentions;
  let first = 0;
  for (let hiM = ms.length; first < hiM; ) {
    const mid = (first + hiM) >> 1;
    if (ms[mid]!.start < prev.start) first = mid + 1;
    else hiM = mid;
  }
  const inWindow: Mention[] = [];
  for (let i = first; i < ms.length && ms[i]!.start < para.end; i++) if (ms[i]!.end <= para.end) inWindow.push(ms[i]!);
  const byPerson = new Map<Person, Mention[]>();
  for (const m of inWindow) byPerson.set(m.person, [...(byPerson.get(m.person) ?? []), m]);
  /** Names the pronoun or role subjects of the sentences' verbs of saying resolve to. */
  const resolved = new Set<string>();
  // Pronouns of the quote's sentences outside the quote.
  const pronouns = new Set<'m' | 'f'>();
  for (let k = Math.max(0, lo); k <= hi; k++) {
    const t = toks[k]!;
    if (!sents.has(t.sent)) continue;
    if (quoted(t.start, t.end)) continue;
    const g = SUBJECT_PRONOUNS[t.lo];
    if (g && !people.isQuoted(t.start)) pronouns.add(g);
  }
  let cue = 0;
  let nounSubject = 0;
  let words = 0;
  for (let k = Math.max(0, lo); k <= hi; k++) {
    const t = toks[k]!;
    if (quoted(t.start, t.end)) {
      if (t.word) words++;
      continue;
    }
    if (!sents.has(t.sent) || people.isQuoted(t.start)) continue;
    if (t.raw === ':' || (t.word && (isSpeechVerb(toks, k) || REPORTING_VERBS.has(t.lo)))) {
      cue = 1;
      if (t.word && !nounSubject && nounBefore(people, k, lo)) nounSubject = 1;
      const r = t.word ? subjectOf(people, k, lo, hi + 1, quoted) : null;
      if (r) resolved.add(r);
    }
  }
  const firstInSentence = new Map<number, Mention>();
  // The quote's sentences lie inside the window (its paragraph).
  for (const m of inWindow) if (sents.has(m.sent) && !people.isPossessiveMention(m) && !people.isObliqueMention(m) && !firstInSentence.has(m.sent)) firstInSentence.set(m.sent, m);
  const mentionCount = mentionCounts(people);

  const same = (a: string | null, b: string) => a !== null && a === b;
  const out: Candidate[] = [];
  for (const [person, ms] of byPerson) {
    const dist = (m: Mention) => {
      const k = m.k;
      if (k > q0 && k < q1) return 0; // between the parts of a split quote
      return k < q0 ? q0 - people.tokenAt(m.end) : Math.max(0, k - q1);
    };
    const near = ms.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    const inSent = ms.filter((m) => sents.has(m.sent));
    // Named in the quote's sentence only as the one spoken to ("Ford's father told Starner that “…”"),
    // and not the rules' answer: not a candidate.
    if (inSent.length && inSent.every((m) => people.isListenerMention(m)) && !same(ruleSpeaker, person.name)) continue;
    // A country, place or organisation the text has act ("the suit argues that Russia …"), never given
    // a first name: not a candidate, unless the rules name it. (A role or a gender is no evidence here:
    // "the president of Russia" gives Russia a role word, a pronoun nearby a gender.)
    if (person.first === null && people.isEntityLike(person) && !same(ruleSpeaker, person.name)) continue;
    const personEvidence = person.first !== null || person.roles.size > 0 || person.gender !== null;
    const verbBeside = ms.some((m) => {
      const end = people.tokenAt(m.end);
      for (let j = end; j < Math.min(toks.length, end + 4); j++) if (toks[j]!.sent === m.sent && (isSpeechVerb(toks, j) || REPORTING_VERBS.has(toks[j]!.lo))) return true;
      for (let j = Math.max(0, m.k - 2); j < m.k; j++) if (toks[j]!.sent === m.sent && toks[j]!.word && !toks[j]!.cap && (isSpeechVerb(toks, j) || REPORTING_VERBS.has(toks[j]!.lo))) return true;
      return false;
    });
    const f: Record<FeatureName, number> = {
      rule: same(ruleSpeaker, person.name) ? 1 : 0,
      ruleOther: ruleSpeaker !== null && !same(ruleSpeaker, person.name) ? 1 : 0,
      ruleNobody: ruleNobody ? 1 : 0,
      sameSentence: inSent.length ? 1 : 0,
      subject: inSent.some((m) => firstInSentence.get(m.sent) === m) ? 1 : 0,
      verbBeside: verbBeside ? 1 : 0,
      logDistance: Math.log1p(dist(near)),
      before: near.start < quote.start ? 1 : 0,
      sameParagraph: ms.some((m) => m.start >= para.start) ? 1 : 0,
      logMentions: Math.log1p(mentionCount.get(person) ?? 1),
      lastSpeaker: same(lastSpeaker, person.name) ? 1 : 0,
      pronoun: person.gender && pronouns.has(person.gender) ? 1 : 0,
      personEvidence: personEvidence ? 1 : 0,
      logQuoteWords: Math.log1p(words),
      cueInSentence: cue,
      entity: people.isEntityLike(person) ? 1 : 0,
      nounSubject,
      resolved: resolved.has(person.name) ? 1 : 0,
    };
    out.push({ name: person.name, x: FEATURES.map((n) => f[n]) });
  }
  // Named further back than the window: a pronoun's or a role's person, the rules' answer (a role,
  // a pronoun's antecedent two paragraphs back): a candidate, far.
  for (const name of [...resolved, ruleSpeaker]) {
    if (name === null || out.some((c) => c.name === name)) continue;
    const f: Record<FeatureName, number> = { rule: same(ruleSpeaker, name) ? 1 : 0, ruleOther: ruleSpeaker !== null && !same(ruleSpeaker, name) ? 1 : 0, ruleNobody: ruleNobody ? 1 : 0, sameSentence: 0, subject: 0, verbBeside: 0, logDistance: Math.log1p(200), before: 1, sameParagraph: 0, logMentions: Math.log1p(1), lastSpeaker: same(lastSpeaker, name) ? 1 : 0, pronoun: 0, personEvidence: 1, logQuoteWords: Math.log1p(words), cueInSentence: cue, entity: 0, nounSubject, resolved: resolved.has(name) ? 1 : 0 };
    out.push({ name, x: FEATURES.map((n) => f[n]) });
  }
  return out;
}

/** Probability the model gives a candidate. */
export function candidateScore(c: Candidate, model: SpeakerModel): number {
  const t = FEATURES.reduce((s, n, i) => s + model.weights[n] * c.x[i]!, model.bias);
  return 1 / (1 + Math.exp(-t));
}

/** The best-scoring candidate when its probability reaches the model's threshold (one half unless fitted); else nobody. */
export function pickSpeaker(cands: Candidate[], model: SpeakerModel): string | null {
  let best: Candidate | null = null;
  let bestP = 0;
  for (const c of cands) {
    const p = candidateScore(c, model);
    if (p > bestP) [best, bestP] = [c, p];
  }
  return best && bestP >= (model.threshold ?? 0.5) ? best.name : null;
}
