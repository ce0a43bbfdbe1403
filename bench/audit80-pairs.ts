/**
 * audit80: where the panel's reworded and mislisted cards come from — for named (page unit, other unit) pairs of this
 * audit's readings, the alignment's own numbers (bench/pair-readout.ts: the report's matrix, similarity s, z, the row's
 * and column's best, the floors, the same-fact model's probability, the vetoes, the edges).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit80-pairs.ts            # the pairs of docs/notes/audit80.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printAuditPairs } from './pair-readout.ts';

/** The pairs read: bench/data/audit80-pairs.tsv (bench/pair-readout.ts prints their numbers). */
await printAuditPairs(80);
