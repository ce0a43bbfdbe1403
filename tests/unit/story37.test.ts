/**
 * story37: the specific details of two local reports (lib/engine/story-details.ts) — what the story decision reads to
 * tell a second report of one shooting from a same-week report of another (docs/notes/story36.md, story37.md). Which
 * shared names count is the caller's question (story.ts reads the corpus's count of the name's key). Examples written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { detailMatch, detailsOf } from '../../lib/engine/story-details';

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
const every = () => true;

describe('story37: the specific details of a report', () => {
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

  it('knows a name written with an age as a person of the event, and a hospital as not one', () => {
    expect([...detailsOf(ajc).aged]).toEqual(['bermudez']);
    expect(detailsOf(wsb).aged.size).toBe(0);
    expect(detailsOf(other).names.has('hospital')).toBe(true);
    expect(detailsOf(other).aged.has('hospital')).toBe(false);
  });

  it('two reports of one shooting agree on the victim, the hour, the block and the name', () => {
    const asked: Array<[string, boolean]> = [];
    const m = detailMatch(detailsOf(wsb), detailsOf(ajc), (name, aged) => (asked.push([name, aged]), true));
    expect(m).toMatchObject({ ages: 1, clocks: 1, blocks: 1, ageClash: false });
    expect(m.names).toBeGreaterThanOrEqual(1);
    // The victim's name is asked about with its age (the second report writes "Bermudez, 23,").
    expect(asked).toContainEqual(['bermudez', true]);
  });

  it('a report of another shooting in the same city clashes on the age and shares only the names the caller finds common', () => {
    const m = detailMatch(detailsOf(wsb), detailsOf(other), (name) => name !== 'hospital');
    expect(m).toMatchObject({ ages: 0, clocks: 0, blocks: 0, names: 0, ageClash: true, blockClash: true });
    expect(detailMatch(detailsOf(wsb), detailsOf(other), every).names).toBe(1);
  });
});
