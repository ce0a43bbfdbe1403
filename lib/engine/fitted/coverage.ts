/**
 * The fitted coverage decision (lib/engine/coverage.ts): null — the report decides with the cascade
 * (report.ts: alignment, told differently, second facts), because no fitted model beat it.
 *
 * Measured by `npx tsx bench/fit-coverage.ts` on the DEVELOPMENT sets' labels (seeds, harbor, doobie,
 * plague, dnc, ukvisit, meth; 2,570 (unit, other article) rows, both directions), leave-one-set-out:
 * with features and threshold chosen on the other six sets only (`--nested`), mean F1 over the seven
 * sets (mean of added and left-out F1) is 0.868 for one pooled model (`--stratum=all`), 0.867 for
 * re-deciding what the cascade calls told (`covered`), 0.887 for re-deciding what it calls missing
 * (`missing`), against 0.889 for the cascade; the 21-feature `missing` model with only its threshold
 * chosen inside each fold reaches 0.890 (`--nested --stratum=missing --features=…`), and fitted on all
 * dev rows (threshold 0.35) it left the held-out sets at europa 0.90, comey 0.86, tariffs 0.79 (cascade
 * 0.90 / 0.86 / 0.80). docs/notes/facts5.md has the tables. To try a model: `--write` writes it here.
 */
import type { CoverageModel } from '../coverage';

export const COVERAGE: CoverageModel | null = null;
