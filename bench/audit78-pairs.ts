/**
 * audit78: where the panel's reworded cards come from — for named (page unit, other unit) pairs of this audit's readings,
 * the alignment's own numbers (audit77-pairs.ts' way: the report's matrix, similarity s, z, the row's and column's best, the
 * floors, the same-fact model's probability, the edges) and whether each side is a fact unit.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit78-pairs.ts            # the pairs of docs/notes/audit78.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printPairs, type NamedPair } from './pair-readout.ts';
import { LOADERS } from './audit78-shots.ts';

/** The pairs read (bench/pair-readout.ts prints their numbers). */
const PAIRS: NamedPair[] = [
  ['gvc24', 2, 'gvc-480407-0bcf07a2', 2, 'one fact (the page: disturbance, altercation in the parking lot, shooting; cbslocal: fight among patrons spilled into the lot, shots): A:1 W, L:5 W, S:4 P'],
  ['gvc24', 2, 'gvc-480407-d0b39a92', 1, 'one fact, aligned (the Times: an altercation among patrons spilled into the parking lot)'],
  ['gvc24', 9, 'gvc-480407-0bcf07a2', 2, 'the fight inside (L:2 P)'],
  ['gvc24', 4, 'gvc-480407-d0b39a92', 2, 'listed, another fact (security involved / four innocent patrons hit): S:5 W'],
  ['mn89', 8, 'mn-d485afe6-3', 63, 'one fact (the Dramatics interrupted and sent home / the performance stopped, the Fox evacuated): L:5 P, A:3 P'],
  ['mn89', 8, 'mn-d485afe6-3', 61, 'one fact (the Dramatics prepare to perform at the Fox)'],
  ['mn89', 6, 'mn-d485afe6-1', 20, 'one fact (the opening animated history lesson): S:2 P'],
  ['mn89', 16, 'mn-d485afe6-3', 18, 'part of one fact (Carl the first to die): L:3 P, S:3 P'],
  ['mn89', 17, 'mn-d485afe6-3', 10, 'listed, another fact (Hersey estate): S:5 P'],
  ['mn84', 27, 'mn-765fcae0-1', 4, 'one fact (if someone attacks him he will respond / any attacker will be shocked): A:2 P via AP #5'],
  ['mn84', 7, 'mn-765fcae0-1', 13, 'listed, another fact (nine wounded / these sick people): S:5 P'],
];

await printPairs(LOADERS, 'a78', PAIRS);
