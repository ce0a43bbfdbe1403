/**
 * Clauses of a sentence that each make a predication of their own — where English marks a second
 * fact inside one sentence (facts7, issue 8 item 2). A few lexical rules, no parser:
 *
 *   - a semicolon;                                         "…the ban was lifted; officials expect…"
 *   - a fronted subordinate clause, up to its comma;       "Though the White House did not comment, Trump …"
 *   - a comma before a subordinator or relative pronoun;   "…in the election, which Moscow denies"
 *   - the comma closing a relative clause inside the subject, before the main verb;
 *                                                          "The president, who has denied collusion, | has attacked…"
 *                                                          "The ferry, which served Lorton, Dorval and Kesh, | has sunk"
 *   - a comma before a participle (-ing) tail;             "…diagnosed in China, sparking widespread fears"
 *   - "and" / "but" (comma or none) before a new subject with a finite verb of its own, no comma between;
 *                                                          "…colluded with Russia and Moscow has denied…"
 *
 * Lists ("Paris, Lyon and Nice"), appositions ("Jeff Sessions, the attorney general,") and a shared
 * subject's second verb ("was arrested and charged") stay in one clause. Offsets index the input.
 */
import { tokens } from './index';

export interface ClauseSpan {
  start: number;
  end: number;
  text: string;
}

const FRONTED = /^(?:though|although|while|whereas|after|before|as|when|because|since|once|even though|even as|despite|if|until|unless)\b/i;
const AFTER_COMMA = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because', 'after', 'before', 'since', 'when', 'where', 'but', 'yet', 'so']);
// Participles that do not open a predication of their own.
const NOT_PARTICIPLE = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'during', 'notwithstanding', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'thing', 'king', 'spring', 'string', 'ring', 'wing', 'bring', 'sing', 'beijing', 'ping', 'ding', 'sterling', 'building', 'meeting', 'hearing', 'briefing', 'ruling', 'funding', 'spending', 'opening', 'training', 'housing', 'shooting', 'bombing', 'killing', 'warning', 'ceiling', 'setting', 'feeling', 'landing', 'wedding', 'ending', 'finding', 'thanksgiving']);
// A finite verb: an auxiliary, a verb of saying, or a past form in -ed.
const FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'said', 'says', 'told', 'tells']);
const finite = (w: string) => FINITE.has(w) || (w.length > 4 && w.endsWith('ed'));
// Words that open a new subject (after "and"): pronouns, determiners, or a capitalised name.
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'several', 'no', 'two', 'three', 'officials', 'police', 'authorities']);
const SUBJECT_SPAN = 4; // a new subject is at most this many words before its finite verb
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
/**
 * Cut after a relative clause inside the subject (facts47), also when its first comma opens a list (embeddedList), and no
 * comma between a new subject after "and" and its verb (subjectComma; facts48). Switches so benches can measure without them.
 */
export const CLAUSE_RULES = { embedded: true, subjectComma: true, embeddedList: true };

/** Cut points (character offsets where a new clause starts) of a sentence. */
function cuts(text: string): number[] {
  const toks = tokens(text);
  const out: number[] = [];
  const gap = (k: number) => text.slice(toks[k - 1]!.end, toks[k]!.start);
  // A comma opening a list's item: a comma or "and" / "or" follows within SUBJECT_SPAN words, with no finite verb before it ("…, Dorval and Kesh, has").
  const listAhead = (j: number) => {
    for (let i = j; i < Math.min(toks.length, j + SUBJECT_SPAN); i++) {
      if (finite(toks[i]!.w) || gap(i).includes(';')) return false;
      if (i > j && (/,/.test(gap(i)) || toks[i]!.w === 'and' || toks[i]!.w === 'or')) return true;
    }
    return false;
  };
  // A fronted subordinate clause ends at its first comma.
  if (FRONTED.test(text.trimStart()) && toks.length > 3) {
    for (let k = 2; k < toks.length - 2; k++) {
      if (/,/.test(gap(k))) {
        out.push(toks[k]!.start);
        break;
      }
    }
  }
  for (let k = 1; k < toks.length - 1; k++) {
    const g = gap(k);
    const w = toks[k]!.w;
    if (g.includes(';')) {
      out.push(toks[k]!.start);
      continue;
    }
    const comma = g.includes(',');
    if (comma && AFTER_COMMA.has(w)) {
      out.push(toks[k]!.start);
      // A relative clause inside the subject ("The president, who has long denied …, has attacked …"): the main
      // predicate after its closing comma is a clause of its own, not the relative clause's tail (facts47).
      const from = out.length > 1 ? out[out.length - 2]! : 0;
      if (CLAUSE_RULES.embedded && RELATIVE.has(w) && !toks.some((t) => t.start >= from && t.end <= toks[k]!.start && finite(t.w))) {
        // Its closing comma is the first one after it; the main verb follows at once, or after an adverb ("…, has"; "…, often said").
        for (let j = k + 2; j < toks.length - 1; j++) {
          if (!/,/.test(gap(j))) continue;
          if (finite(toks[j]!.w) || (toks[j]!.w.endsWith('ly') && finite(toks[j + 1]!.w))) out.push(toks[j]!.start);
          else if (CLAUSE_RULES.embeddedList && listAhead(j)) continue;
          break;
        }
      }
    } else if (comma && w.length > 5 && w.endsWith('ing') && !NOT_PARTICIPLE.has(w) && /^\p{Ll}/u.test(toks[k]!.raw)) out.push(toks[k]!.start);
    else if (w === 'and' || w === 'but') {
      // The clause so far has a finite verb of its own ("Paris, Lyon and Nice were hit" has none before "and");
      // a new subject right after the conjunction, then a finite verb within SUBJECT_SPAN words.
      const from = out.length ? out[out.length - 1]! : 0;
      if (!toks.some((t) => t.start >= from && t.end <= toks[k]!.start && finite(t.w))) continue;
      const next = toks[k + 1]!;
      if (finite(next.w)) continue; // "… and said", "… and was charged": the same subject
      if (!SUBJECT_WORDS.has(next.w) && !/^\p{Lu}/u.test(next.raw)) continue;
      // The subject runs up to its verb with no comma between: "…, Dorval and Kesh, has sunk" closes a list.
      for (let j = k + 2; j < Math.min(toks.length, k + 2 + SUBJECT_SPAN); j++) {
        if (CLAUSE_RULES.subjectComma && /[,;]/.test(gap(j))) break;
        if (finite(toks[j]!.w)) {
          out.push(toks[k]!.start);
          break;
        }
        if (toks[j]!.w === 'and' || /[,;]/.test(gap(j))) break;
      }
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The clauses of a sentence, with their offsets; one clause when no rule applies. */
export function predications(text: string): ClauseSpan[] {
  const at = [0, ...cuts(text), text.length];
  const out: ClauseSpan[] = [];
  for (let k = 0; k + 1 < at.length; k++) {
    let s = at[k]!;
    let e = at[k + 1]!;
    while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
    while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}
