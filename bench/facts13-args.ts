/**
 * facts13's run-only options of the report's alignment, read by bench/eval.ts and bench/facts-causes.ts
 * (bench/facts-grid.ts runs eval.ts over a grid of them):
 *   --strong-only=CELLS|off   only the strong rule aligns in matrices above CELLS cells (align.ts AlignParams.strongOnlyAbove)
 *   --clause-actor=on|off     a clause is told only by a unit whose main actor agrees with its own (align.ts ClauseTold.actor)
 */
import { REPORT_ALIGN } from '../lib/engine/align.ts';

export function applyFacts13Args(argv: readonly string[] = process.argv): void {
  const arg = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const strongOnly = arg('strong-only');
  if (strongOnly === 'off') delete REPORT_ALIGN.strongOnlyAbove;
  else if (strongOnly) REPORT_ALIGN.strongOnlyAbove = Number(strongOnly);
  const clauseActor = arg('clause-actor');
  if (clauseActor && REPORT_ALIGN.clauses) REPORT_ALIGN.clauses = { ...REPORT_ALIGN.clauses, actor: clauseActor === 'on' };
}
