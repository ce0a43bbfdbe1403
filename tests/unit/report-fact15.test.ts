/**
 * The story's main fact told in other words (docs/notes/audit14.md cause 1, docs/notes/fact15.md): every
 * word of the main fact is in nearly every unit of the story, so the story's unit IDF leaves it little
 * weight and the rare words of either lead decide. Written for the test (not from ECB+).
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine/index';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const article = (id: string, sentences: string[]): Article => sentenceArticle(id, sentences, { outlet: `${id}.example`, date: '2026-03-02' });

const a = article('a', [
  'In a move few in the trade saw coming, Harlow Foods has bought Millbrook.',
  'Harlow Foods said the Millbrook bakeries would keep their name and their staff.',
  'The Millbrook deal is the third purchase Harlow Foods has made this year.',
  'Ada Quinn, who founded Millbrook in 1988, will stay on as an adviser to Harlow Foods.',
  'Shares in Harlow Foods rose two per cent on the news.',
]);
const b = article('b', [
  'Grocer Harlow Foods is to acquire the baker Millbrook.',
  'Millbrook bakeries will keep their name and staff under Harlow Foods, the grocer said.',
  'Harlow Foods has made two other purchases this year.',
  'Millbrook founder Ada Quinn will advise Harlow Foods after the sale.',
  'Harlow Foods shares closed two per cent higher.',
]);

describe("the story's main fact told in other words", () => {
  it('the other facts of the story are each paired with their own counterpart, not with another fact on the same names', async () => {
    const r = await compareArticle(a, new MemoryIndex([b]));
    expect(r.related.map((x) => x.id)).toEqual(['b']);
    // Each of a's units 1–4 is told by b's unit of the same number, and by no other unit of b.
    for (const i of [1, 2, 3, 4]) {
      const s = r.shared.find((f) => f.i === i);
      expect(s?.sources.map((x) => `${x.id}#${x.i}`)).toEqual([`b#${i}`]);
    }
  });

  // KNOWN LIMIT (fact15: no weighting of the story's words fixed it without pairing different facts on the
  // labelled sets). When a change fixes it, this fails here: turn `it.fails` into `it`.
  it.fails('a lead that tells the same purchase in other words is shared, not left out and added', async () => {
    const r = await compareArticle(a, new MemoryIndex([b]));
    expect(r.leftOut.map((f) => f.i)).not.toContain(0);
    expect(r.added.map((f) => f.text)).not.toContain(b.units[0]!.text);
  });
});
