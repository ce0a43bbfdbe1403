/**
 * perf46: two checks of the story vectors' scans made without a regex (lib/engine/vectors.ts nameVector's capital
 * letter, lib/nlp/quantities.ts's currency sign before a word). Pure speed: the answers are main's (these pass on main
 * too; bench/engine-identity.ts and store-vectors.test.ts's pinned hash are the checks that nothing else moved).
 */
import { describe, expect, it } from 'vitest';
import { figureValues } from '../../lib/nlp';
import { nameVector } from '../../lib/engine/vectors';

const u = (text: string, start = 0) => ({ i: 0, text, p: 0, start, end: start + text.length, kind: 'body' as const });

describe('story vectors without the regexes (perf46)', () => {
  it('reads capitals past ASCII as names, and no lowercase or digit-first word', () => {
    const text = 'Talks in Łódź and Élysée with Ørsted, not with paris or 3M staff, ended.';
    const names = [...nameVector({ title: 'Talks', text, units: [u(text)] }).keys()];
    // Folded and stemmed; "paris" and "3M" are not capitalised words.
    expect(names).toEqual(['łodz', 'elyse', 'ørsted']);
  });

  it('reads money after $, € and £, at the very start of a text too', () => {
    for (const s of ['$US5bn was paid.', '€40 was paid.', 'Fees of £5 were paid.', 'He paid $449K.']) {
      expect(figureValues(s).some((q) => q.kind === 'money'), s).toBe(true);
    }
    expect(figureValues('Some 40 were paid.').some((q) => q.kind === 'money')).toBe(false);
  });
});
