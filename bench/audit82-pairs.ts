/**
 * audit82: where the panel's reworded and mislisted cards come from — for named (page unit, other unit) pairs of this
 * audit's readings, the alignment's own numbers (bench/pair-readout.ts).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit82-pairs.ts            # the pairs of docs/notes/audit82.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { printAuditPairs } from './pair-readout.ts';

/** The pairs read: bench/data/audit82-pairs.tsv. */
await printAuditPairs(82);
