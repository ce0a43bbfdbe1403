/**
 * Figure conflicts between short texts written for the tests, read as the report reads them
 * (lib/engine/conflicts.ts `figureConflict`, `ambiguousFigures`).
 */
import { ambiguousFigures, figureConflict } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';

/** The conflict between two sentences, each read alone. */
export const conflict = (a: string, b: string): string | null => figureConflict(quantities(a), quantities(b));

/** Each sentence a unit with its figures, as `ambiguousFigures` reads an article. */
export const units = (...texts: string[]) => texts.map((t) => ({ f: { figures: quantities(t) } }));

/** Each sentence a unit: the conflict between unit i of article A and unit j of article B, each article's figures read whole. */
export function conflictIn(A: string[], i: number, B: string[], j: number, sameActor = true): string | null {
  const ua = units(...A);
  const ub = units(...B);
  return figureConflict(ua[i]!.f.figures, ub[j]!.f.figures, { a: ambiguousFigures(ua), b: ambiguousFigures(ub) }, sameActor);
}
