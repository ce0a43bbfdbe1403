/**
 * Conflict tests' reading: two outlets' three-sentence articles of one story that share their first and last
 * sentences and differ in the middle one; returns what the report lists as conflicts, as [kind, here, there].
 */
import { compareArticle, MemoryIndex } from '../../../lib/engine';
import { extractQuotes } from '../../../lib/quotes/extract';
import type { Article } from '../../../lib/types';
import { sentenceArticle } from './sentence-article';

export interface Side {
  id: string;
  outlet: string;
  title: string;
}

export function twoOutletConflicts(lead: string, last: string, here: Side, there: Side) {
  const article = (s: Side, middle: string): Article => {
    const x = sentenceArticle(s.id, [lead, middle, last], { outlet: s.outlet, title: s.title });
    return { ...x, quotes: extractQuotes(x) };
  };
  return async (mine: string, theirs: string) => {
    const a = article(here, mine);
    const b = article(there, theirs);
    const report = await compareArticle(a, new MemoryIndex([a, b]));
    return report.conflicts.map((c) => [c.kind, c.sides?.[0]?.here, c.sides?.[0]?.there]);
  };
}

/**
 * The Harlow cookout shooting as two outlets tell it (Ledger here, Courier there), the conf40 / conf41 tests' story:
 * a middle sentence each, read as `twoOutletConflicts` reads them.
 */
export const harlowConflicts = twoOutletConflicts(
  'A gunman opened fire at a cookout in the town of Harlow on Saturday night, police in Harlow said.',
  'Police in Harlow asked anyone with information about the Saturday shooting to call detectives.',
  { id: 'ledger', outlet: 'Ledger', title: 'Gunman opens fire at Harlow cookout' },
  { id: 'courier', outlet: 'Courier', title: 'Shooting at Harlow cookout' },
);

/** A quotation of Harlow's mayor, as the Harlow story's middle sentence. */
export const saidByMayor = (words: string) => `"${words}," Mayor Ann Lowe said.`;
