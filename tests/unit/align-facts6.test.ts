/**
 * facts6: the report's alignment floors rise with the size of the matrix (align.ts FloorGrowth,
 * lib/engine/fitted/align.ts FLOOR_GROWTH). Text written for the test: a city story in which many
 * sentences share the story's words ("the mayor said the city would …").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN, floorsFor, REPORT_ALIGN } from '../../lib/engine/align';
import { sentenceArticle } from '../data/engine/sentence-article';
import { reportAgainst } from '../data/engine/report-against';

/** Background sentences of one city story: unrelated to each other, all told "in the city" by "the mayor". */
const SYL = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'do', 'fi', 'gu', 'ha', 'je', 'bo'];
const word = (n: number) => {
  let s = '';
  let x = n * 7919 + 13;
  for (let k = 0; k < 3; k++) {
    s += SYL[x % 16];
    x = Math.floor(x / 16) + k * 31 + 5;
  }
  return s;
};
const background = (seed: number, n: number) =>
  Array.from({ length: n }, (_, k) => {
    const b = seed * 1000 + k * 10;
    return `In the city, the mayor said the ${word(b)} ${word(b + 1)} reported that ${word(b + 2)} ${word(b + 3)} had ${word(b + 4)} the ${word(b + 5)}.`;
  });

describe('the floors rise with the matrix (FloorGrowth)', () => {
  it('keeps the calibrated floors for a short story and raises them by perDecade per tenfold of cells', () => {
    const g = REPORT_ALIGN.growth!;
    expect(floorsFor(REPORT_ALIGN, 15 * 15)).toEqual({ floor: DEFAULT_ALIGN.floor, floorMutual: DEFAULT_ALIGN.floorMutual });
    const big = floorsFor(REPORT_ALIGN, g.cells * 10);
    expect(big.floor).toBeCloseTo(DEFAULT_ALIGN.floor + g.perDecade, 10);
    expect(big.floorMutual).toBeCloseTo(DEFAULT_ALIGN.floorMutual + (g.mutual ? g.perDecade : 0), 10);
    // The story decision's alignment keeps its fixed floors whatever the size.
    expect(floorsFor(DEFAULT_ALIGN, 10_000)).toEqual({ floor: DEFAULT_ALIGN.floor, floorMutual: DEFAULT_ALIGN.floorMutual });
  });

  it('in a long story, two different plans sharing only the story words are not one fact: added and left out', () => {
    const read = sentenceArticle('gazette', [
      'The mayor said the city would sell the old ferry.',
      'The mayor said the city would hire more lifeguards.',
      ...background(1, 60),
    ]);
    const other = sentenceArticle('tribune', [
      'The mayor said the city would repaint the town hall.',
      'The mayor said the city would plant trees along the canal.',
      ...background(2, 60),
    ]);
    const r = reportAgainst(read, [other]);
    expect(r.leftOut.map((l) => l.text)).toContain('The mayor said the city would hire more lifeguards.');
    expect(r.added.map((a) => a.text)).toContain('The mayor said the city would plant trees along the canal.');
    // With the fixed floors (the story decision's alignment) all four were paired with each other, strong.
    expect(r.shared.some((s) => s.text === 'The mayor said the city would hire more lifeguards.')).toBe(false);
  });
});
