/**
 * A quote and its retelling read alike once the frame is undone (lib/quotes/retell.ts, trace40): person, tense and
 * modal shifts and the "X said that" frame do not count; a dropped negation does.
 */
import { describe, expect, it } from 'vitest';
import { retelling, retellWords } from '../../lib/quotes/retell';

describe('retelling', () => {
  it('reads "I will not resign" and "He said he would not resign" as one statement', () => {
    const r = retelling(retellWords('I will not resign over this report.'), 'Speaking on Monday, he said that he would not resign over the report.');
    expect(r.score).toBe(1);
    expect(r.clause).toContain('he would not resign over the report');
  });
  it('reads "We dropped the charges" and "Prosecutors said they had dropped the charges" as one statement', () => {
    const r = retelling(retellWords("We've dropped the charges against both men"), 'Prosecutors said they had dropped the charges against the two men.');
    expect(r.shared).toBe(3);
    expect(r.score).toBe(1);
  });
  it('does not read a retelling without the negation as the same statement', () => {
    const r = retelling(retellWords("I didn't see the car"), 'She said she saw the car.');
    expect(r.shared).toBe(0);
  });
});
