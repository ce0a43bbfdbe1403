/**
 * audit77: where the panel's wrong pairs come from — for named (page unit, other unit) pairs of this audit's readings,
 * the alignment's own numbers (the report's matrix: similarity s, z, the row's and column's best, the floors, which
 * rule admits or refuses it, the same-fact model's probability) and whether each side is a fact unit. Reads the
 * readings as the panel's dump does (audit70 `panelReadings`: the page, every event's imported articles).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit77-pairs.ts            # the pairs of docs/notes/audit77.md §5 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printPairs, type NamedPair } from './pair-readout.ts';
import { LOADERS } from './audit77-shots.ts';

/** The pairs read (bench/pair-readout.ts prints their numbers). */
const PAIRS: NamedPair[] = [
  ['mn78', 2, 'mn-088f63f5-3', 5, 'listed (another fact: Damon worked with Weinstein on Good Will Hunting)'],
  ['mn78', 3, 'mn-088f63f5-3', 20, 'the fact (ABC: "there’s a spectrum of behavior, right?")'],
  ['mn78', 4, 'mn-088f63f5-3', 21, 'the fact (ABC: "patting someone on the butt and rape …, right?")'],
  ['mn78', 4, 'mn-088f63f5-3', 22, 'the fact (ABC: "… shouldn’t be conflated, right?")'],
  ['mn78', 0, 'mn-088f63f5-1', 18, 'listed (USA Today: Driver’s earlier tweet, the page’s #8)'],
  ['mn78', 8, 'mn-088f63f5-1', 18, 'the tweet on the page and in USA Today'],
  ['mn78', 14, 'mn-088f63f5-3', 8, 'Weinstein denies / his spokesman’s denial (Added A:5)'],
  ['mn78', 14, 'mn-088f63f5-3', 7, 'Weinstein denies / ABC: Weinstein has denied nonconsensual sex'],
  ['gvc23', 0, 'gvc-356065-6ea334e7', 0, 'listed (another fact: ctpost’s dateline, the chief on police presence)'],
  ['gvc23', 0, 'gvc-356065-6ea334e7', 2, 'the fact (ctpost: shooting killed one man, injured eight)'],
  ['gvc23', 15, 'gvc-356065-6ea334e7', 12, 'listed (another sentence: shots pass right through)'],
  ['gvc23', 15, 'gvc-356065-6ea334e7', 9, 'the fact (ctpost: Payton in her bathroom taking a shower)'],
  ['gvc23', 14, 'gvc-356065-6ea334e7', 9, 'the fact (page: an elderly woman shot by a stray bullet)'],
  ['gvc23', 1, 'gvc-356065-6ea334e7', 6, 'the fact (ctpost: the gunfire shattered a night of partying)'],
];

await printPairs(LOADERS, 'a77', PAIRS);
