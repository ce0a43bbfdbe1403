/**
 * audit79: where the panel's reworded and mislisted cards come from — for named (page unit, other unit) pairs of this
 * audit's readings, the alignment's own numbers (bench/pair-readout.ts: the report's matrix, similarity s, z, the row's
 * and column's best, the floors, the same-fact model's probability, the vetoes, the edges).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit79-pairs.ts            # the pairs of docs/notes/audit79.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printPairs, type NamedPair } from './pair-readout.ts';
import { LOADERS } from './audit79-shots.ts';

/** The pairs read (bench/pair-readout.ts prints their numbers). */
const PAIRS: NamedPair[] = [
  ['gvc25', 9, 'gvc-658398-55aec6e1', 9, 'one fact (the case not closed / the shooting remains under investigation): L:2 P'],
  ['gvc25', 6, 'gvc-658398-55aec6e1', 7, 'one fact in part (Spencer called 9-1-1 / the brother called 911): L:3 P'],
  ['gvc25', 0, 'gvc-658398-55aec6e1', 5, 'one fact (the woman driving shot by her passenger / in the driver\'s seat, the brother\'s gun went off): S:1 P'],
  ['gvc25', 3, 'gvc-658398-4713a1ec', 2, 'one fact (the gun discharged as Spencer demonstrated / a passenger handling a handgun that accidentally fired): S:3 P'],
  ['gvc25', 8, 'gvc-658398-4713a1ec', 3, 'one fact (airlifted to Mercy Medical, died / went to the hospital, later died): S:5 P'],
  ['mn90', 1, 'mn-60e83cb1-3', 24, 'one fact (disappeared 40 minutes after taking off from Surabaya / crashed halfway into a flight from Surabaya): S:2 P'],
  ['mn90', 11, 'mn-60e83cb1-1', 11, 'part of one fact (extreme weather contributed / likely flown into bad weather): L:4 P'],
  ['mn90', 3, 'mn-60e83cb1-1', 14, 'listed, another fact (Djoko: the permit violated / Djoko: other routes investigated): S:4 P'],
  ['mn90', 3, 'mn-60e83cb1-1', 3, 'one fact (the permit violated, unquoted)'],
  ['mn95', 3, 'mn-0cd7b0bf-3', 0, 'listed, another fact (previously refused responsibility / fears he was guilty): S:4 W'],
];

await printPairs(LOADERS, 'a79', PAIRS);
