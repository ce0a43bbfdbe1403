/**
 * story36: the specific details of two local reports (lib/engine/details.ts) — what the story decision reads to tell a
 * second report of one shooting from a same-week report of another (docs/notes/story36.md). Examples written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { detailMatch, detailsOf, poolNameCounts } from '../../lib/engine/details';

const report = (title: string, text: string) => ({ title, text });

const wsb = report(
  'Man shot on Elm Street overnight',
  'A 23-year-old man was shot in the 1200 block of Elm Street around 10:30 p.m. Tuesday, Atlanta police said.\n\nOfficers found Marcus Bermudez wounded in a parked car. He was taken to Grady Memorial Hospital.',
);
const ajc = report(
  'Police: one hurt in southwest Atlanta shooting',
  'Marcus Bermudez, 23, was hit once in the chest on Tuesday night near 1200 Elm St., according to the Atlanta Police Department.\n\nThe shooting happened at about 10:30 pm, police said.',
);
const other = report(
  'Woman wounded in Atlanta shooting',
  'A 45-year-old woman was shot in the 300 block of Oak Avenue on Thursday, Atlanta police said.\n\nLatoya Prince was taken to Grady Memorial Hospital in stable condition.',
);

describe('story36: the specific details of a report', () => {
  it('reads an age however the report writes it', () => {
    expect([...detailsOf(wsb).ages]).toEqual([23]);
    expect([...detailsOf(ajc).ages]).toEqual([23]);
    expect([...detailsOf(report('', 'The victim, aged 17, died at the scene.')).ages]).toEqual([17]);
    expect([...detailsOf(report('', 'He was 52 years old.')).ages]).toEqual([52]);
  });

  it('reads the hour and the block in either spelling', () => {
    expect([...detailsOf(wsb).clocks]).toEqual([22 * 60 + 30]);
    expect([...detailsOf(ajc).clocks]).toEqual([22 * 60 + 30]);
    expect([...detailsOf(wsb).blocks]).toEqual(['1200 elm']);
    expect([...detailsOf(ajc).blocks]).toEqual(['1200 elm']);
  });

  it('two reports of one shooting agree on the victim, the hour, the block and the name', () => {
    const pool = poolNameCounts([wsb, ajc, other]);
    const m = detailMatch(detailsOf(wsb), detailsOf(ajc), pool);
    expect(m).toMatchObject({ ages: 1, clocks: 1, blocks: 1, ageClash: false });
    expect(m.names).toBeGreaterThanOrEqual(1);
  });

  it('a report of another shooting in the same city clashes on the age and shares no specific name', () => {
    // The pool also holds a third report naming the city's trauma hospital: a name three of its articles give.
    const pool = poolNameCounts([wsb, ajc, other, report('', 'Two men were taken to Grady Memorial Hospital.')]);
    const m = detailMatch(detailsOf(wsb), detailsOf(other), pool);
    expect(m).toMatchObject({ ages: 0, clocks: 0, blocks: 0, names: 0, ageClash: true, blockClash: true });
  });

  it('a name most of the pool gives is not a specific detail', () => {
    // The hospital every report of the city names: given by the three reports of the pool, over maxDf.
    const hospital = report('', 'The man was taken to Grady Memorial Hospital.');
    const pool = poolNameCounts([wsb, other, hospital]);
    expect(detailMatch(detailsOf(wsb), detailsOf(hospital), pool).names).toBe(0);
    expect(detailMatch(detailsOf(wsb), detailsOf(hospital), pool, 3).names).toBe(1);
  });
});
