/**
 * Fitted coverage decision (lib/engine/coverage.ts). null until `npx tsx bench/fit-coverage.ts --write`
 * writes it: the report then decides with the cascade alone.
 */
import type { CoverageModel } from '../coverage';

export const COVERAGE: CoverageModel | null = null;
