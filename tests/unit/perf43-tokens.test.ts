/**
 * perf43: a story decision's candidate is tokenised once. Its story vectors (lib/engine/vectors.ts) tokenise it
 * piece by piece — title, then each unit — so that the unit IDF and fact features story.ts derives next for the
 * same units find their tokens kept (lib/nlp `tokens`) instead of scanning the text again: a new page's first
 * compare derives ~40–100 candidates this way. What a reader would notice if this went wrong: a different story
 * (vectors from other tokens); the test pins that the vectors are the same both ways, in order (the cosines'
 * sums follow it), and counts the characters scanned (fails on main: there the count is about twice the text).
 */
import { describe, expect, it } from 'vitest';
import { storyVectors, tokensPiecewise } from '../../lib/engine/vectors';
import { idfTerms, isFactUnit } from '../../lib/engine/features';
import { STORY_UNITS } from '../../lib/engine/story';
import { tokenisedChars } from '../../lib/nlp';
import type { Article } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const show = (a: Article) => {
  const v = storyVectors({ ...a });
  return JSON.stringify([[...v.doc], [...v.names], [...v.figures]]);
};

/** Characters scanned for a fresh copy of `a` (every unit text made new, so nothing is kept yet): its story vectors, then its first fact units' IDF terms. */
function scanned(a: Article): { chars: number; text: number } {
  // A word no text has yet, before every piece: new strings, laid out as an ingested article's (each unit the
  // text's slice where it says).
  const salt = `w${Math.random().toString(36).slice(2)}`;
  let text = '';
  const units = a.units.map((u) => {
    const t = `${salt} ${u.text}`;
    if (text) text += '\n\n';
    const start = text.length;
    text += t;
    return { ...u, text: t, start, end: start + t.length };
  });
  const b: Article = { ...a, title: `${salt} ${a.title}`, text, units };
  const t0 = tokenisedChars();
  storyVectors(b);
  let k = 0;
  for (const u of b.units) {
    if (k >= STORY_UNITS) break;
    if (isFactUnit(u)) (idfTerms(u), k++);
  }
  return { chars: tokenisedChars() - t0, text: b.title.length + b.units.reduce((s, u) => s + u.text.length + 1, 0) };
}

describe('perf43: a candidate tokenised once per compare', () => {
  it('gives the same story vectors piece by piece as from the joined text, in order', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor')), ...(await loadSet('plague'))];
    try {
      for (const a of arts) {
        tokensPiecewise(false);
        const joined = show(a);
        tokensPiecewise(true);
        expect(show(a), a.id).toBe(joined);
      }
    } finally {
      tokensPiecewise(true);
    }
  });

  it("scans a candidate's text once for its story vectors and its facts' IDF terms", async () => {
    const arts = await loadSet('seeds');
    try {
      for (const a of arts) {
        tokensPiecewise(true);
        const once = scanned(a);
        // Unit texts up to sentence size are kept: the facts' terms scan nothing more (the text between units,
        // read by the figures, is not among the pieces: a few characters at most).
        expect(once.chars, a.id).toBeLessThanOrEqual(once.text * 1.05);
        tokensPiecewise(false);
        const twice = scanned(a);
        expect(twice.chars, a.id).toBeGreaterThan(once.text * 1.5);
      }
    } finally {
      tokensPiecewise(true);
    }
  });
});
