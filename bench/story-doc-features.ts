/**
 * Cheap document features of a text or a pair of texts (story34, docs/notes/story34.md): share of the text inside
 * quotation marks, first-person and opinion markers outside quotes, how much of one text's lead the other tells.
 * Measured against a reader's same / background labels in bench/story-multinews-features.ts and carried to the other
 * story sets in bench/story-background-transfer.ts; nothing here is in lib/.
 */
export const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
const QUOTED = /[“"]([^”"]{3,600})[”"]/g;
export function quoteShare(s: string): number {
  let n = 0;
  for (const m of s.matchAll(QUOTED)) n += m[1]!.length;
  return n / Math.max(1, s.length);
}
const unquoted = (s: string) => s.replace(QUOTED, ' ');
/** First-person singular / plural words outside quotation marks, per 100 words. */
export function firstPerson(s: string): number {
  const u = unquoted(s);
  const n = (u.match(/\b(I|I'm|I've|I'd|me|my|mine|myself|we|we're|we've|our|ours|us)\b/g) ?? []).length;
  return (100 * n) / Math.max(1, wordsOf(u).length);
}
/** Second person and modal "should / must / ought" outside quotes, per 100 words (address to the reader, advice, opinion). */
export function opinion(s: string): number {
  const u = unquoted(s);
  const n = (u.match(/\b(you|your|should|must|ought)\b/gi) ?? []).length;
  return (100 * n) / Math.max(1, wordsOf(u).length);
}
export const content = (s: string) => new Set((s.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.has(w)));
const STOP = new Set('that this with from have were they their there been said will would about which when what also more than into after could other some only over such them then these those very just like'.split(' '));
/** The first ~60 words of s. */
export const leadOf = (s: string) => wordsOf(s).slice(0, 60).join(' ');
/** Share of the lead's content words of `a` that `b` uses anywhere. */
export function leadTold(a: string, b: string): number {
  const l = content(leadOf(a));
  const w = content(b);
  let n = 0;
  for (const x of l) if (w.has(x)) n++;
  return l.size ? n / l.size : 0;
}

