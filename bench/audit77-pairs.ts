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
import { printAuditPairs } from './pair-readout.ts';

/** The pairs read: bench/data/audit77-pairs.tsv (bench/pair-readout.ts prints their numbers). */
await printAuditPairs(77);
