/**
 * A quote and its retelling (trace40): "I'm afraid the building here is a total loss" and "Peter Guest … says the
 * building is a total loss" say one thing in two frames. Both are read with the frame undone before they are
 * compared: the reporting frame dropped (someone + a speech verb + "that"), personal pronouns of every person, the
 * forms of be/have/do and the modals dropped with the other function words (so "I will not resign" and "he would not
 * resign" read alike), negation kept as one word ("didn't", "never", "no" → not), the other words stemmed. What is
 * left is compared in order (longest common subsequence).
 */
import { isFunctionWord, stem, tokens } from '../nlp';
import { SPEECH_VERBS, REPORTING_VERBS } from './lexicon';

const NEGATION = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody']);
const isSpeech = (w: string) => SPEECH_VERBS.has(w) || REPORTING_VERBS.has(w);

/** The content of a statement, frame undone: stems in order, negation as "not", function and speech words dropped. */
export function retellWords(s: string): string[] {
  const out: string[] = [];
  for (const t of tokens(s)) {
    // "we've", "they'll", "I'd": the pronoun with its auxiliary, both function words.
    const w = t.w.replace(/’/g, "'").replace(/'(m|re|ve|ll|d)$/, '');
    if (NEGATION.has(w) || w.endsWith("n't")) out.push('not');
    else if (!isFunctionWord(w) && !isSpeech(w) && /\p{L}/u.test(w)) out.push(stem(w));
  }
  return out;
}

/**
 * The clauses of a unit a retelling may stand in: the unit, and around each speech verb the words after it (the
 * reported clause: "… says [the building is a total loss]") and the words before the frame ("[the river would crest
 * on Thursday], Talvela said").
 */
export function reportedClauses(text: string): string[] {
  const out = [text];
  for (const t of tokens(text)) {
    if (!isSpeech(t.w)) continue;
    const after = text.slice(t.end).replace(/^\s*(that\b)?/i, '');
    if (after.trim()) out.push(after);
    const head = text.slice(0, t.start);
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('—'), head.lastIndexOf(':'));
    if (cut > 0) out.push(head.slice(0, cut));
  }
  return out;
}

/**
 * The longest common subsequence of two word lists, as the pairs of positions it matches (a[i] = b[j]), in order.
 */
export function commonInOrder(a: string[], b: string[]): Array<[number, number]> {
  if (!a.length || !b.length) return [];
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  }
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

export interface Retelling {
  /** Content words the two share in order. */
  shared: number;
  /** Content words of the shorter side (the selection or the clause). */
  shorter: number;
  /** Share of the shorter side's content words the other has in the same order. */
  score: number;
  /** Share of the selection's own content words the clause has in the same order (trace42: the quote retold whole). */
  cover: number;
  /** The clause of the passage it stands in. */
  clause: string;
}

/**
 * How closely a passage retells the selection: its best clause, by the share of the shorter side's content words found
 * in order in the other (`by` 'score'), or by the share of the selection's own (`by` 'cover': the whole quote retold).
 */
export function retelling(sel: string[], passage: string, by: 'score' | 'cover' = 'score'): Retelling {
  let best: Retelling = { shared: 0, shorter: 0, score: 0, cover: 0, clause: passage };
  for (const clause of reportedClauses(passage)) {
    const w = retellWords(clause);
    const pairs = commonInOrder(sel, w);
    // One side denies what the other states: a shared word right after a negation the other side lacks ("I didn't see
    // the car" / "she saw the car") is no retelling. A negation both share is matched itself.
    const atI = new Set(pairs.map((p) => p[0]));
    const atJ = new Set(pairs.map((p) => p[1]));
    const denied = (ws: string[], k: number, at: Set<number>) => ws[k - 1] === 'not' && !at.has(k - 1);
    if (pairs.some(([i, j]) => denied(sel, i, atI) !== denied(w, j, atJ))) continue;
    const m = pairs.length;
    const shorter = Math.min(sel.length, w.length);
    const score = m / (shorter || 1);
    const cover = m / (sel.length || 1);
    const [x, y] = by === 'score' ? [score, best.score] : [cover, best.cover];
    if (x > y || (x === y && m > best.shared)) best = { shared: m, shorter, score, cover, clause };
  }
  return best;
}
