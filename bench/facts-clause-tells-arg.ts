/**
 * `--clause-tells=strong|mutual,MARGIN,MIN_CONTENT[,MIN_CELLS]` (or `=off`): the report's clause-told
 * check of free units (lib/engine/align.ts `ClauseTells`, report.ts `toldByClause`) for one run of a
 * bench, set on REPORT_ALIGN; the shipped value is lib/engine/fitted/align.ts CLAUSE_TELLS.
 */
import { REPORT_ALIGN } from '../lib/engine/align.ts';

export function applyClauseTellsArg(argv: string[]): void {
  const v = argv.find((a) => a.startsWith('--clause-tells='))?.slice(15);
  if (v === undefined) return;
  if (v === 'off') {
    delete REPORT_ALIGN.clauseTells;
    return;
  }
  const [floor, margin, minContent, minCells] = v.split(',');
  REPORT_ALIGN.clauseTells = { floor: floor === 'mutual' ? 'mutual' : 'strong', margin: Number(margin), minContent: Number(minContent ?? 2), ...(minCells ? { minCells: Number(minCells) } : {}) };
}

/** `--pair-threshold=P` (or `=off`): the report guard's SAME_FACT threshold (align.ts AlignParams.pairThreshold) for one run. */
export function applyPairThresholdArg(argv: string[]): void {
  const v = argv.find((a) => a.startsWith('--pair-threshold='))?.slice(17);
  if (v === undefined) return;
  if (v === 'off') delete REPORT_ALIGN.pairThreshold;
  else REPORT_ALIGN.pairThreshold = Number(v);
}
