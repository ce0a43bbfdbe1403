/**
 * audit78: where the panel's reworded cards come from — for named (page unit, other unit) pairs of this audit's readings,
 * the alignment's own numbers (audit77-pairs.ts' way: the report's matrix, similarity s, z, the row's and column's best, the
 * floors, the same-fact model's probability, the edges) and whether each side is a fact unit.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit78-pairs.ts            # the pairs of docs/notes/audit78.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printAuditPairs } from './pair-readout.ts';

/** The pairs read: bench/data/audit78-pairs.tsv (bench/pair-readout.ts prints their numbers). */
await printAuditPairs(78);
