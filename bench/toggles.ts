/**
 * Engine switches a Node bench can alternate (A B B A …) to measure a change against the code before
 * it in one process and at one load: `--toggle NAME` in compare-slow.ts and perf18-phases.ts.
 */
import { closureInTurn } from '../lib/engine/closure.ts';
import { poolStageMemo } from '../lib/engine/story.ts';

const TOGGLES: Record<string, (on: boolean) => void> = { 'closure-turn': closureInTurn, 'stage-memo': poolStageMemo };

/** The switch named by `--toggle` (undefined when none is given); an unknown name is an error. */
export function engineToggle(name: string | undefined): ((on: boolean) => void) | undefined {
  if (!name) return undefined;
  const toggle = TOGGLES[name];
  if (!toggle) throw new Error(`--toggle: one of ${Object.keys(TOGGLES).join(', ')}`);
  return toggle;
}

/** Round r's arm in an A B B A order, so both arms see the same drift in load. */
export const abbaOn = (r: number): boolean => r % 4 === 0 || r % 4 === 3;
