// @vitest-environment happy-dom
/**
 * Two wordings of one quotation that differ only in small words — a pronoun for another, a preposition or a conjunction
 * added — are shown as a card to check, after the others and not counted, not as "the outlets differ" (quote55). A tense
 * changed ("is" / "was"), a negation added, or a content word changed is still told as a difference. Text written for
 * the tests: a town closes its library's river branch for repairs.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ConflictsSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView } from '../../lib/sidebar/view';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { extractQuotes } from '../../lib/quotes/extract';
import { quoteCardsBetween, sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const BEFORE = ['The Aldmoor town council will close the river branch of its public library for roof repairs from next Monday.'];
const AFTER = ['Readers can borrow and return books at the main library on Castle Street while the branch is shut.'];
const TITLE = 'Aldmoor library branch to close for repairs';
const quoteCards = quoteCardsBetween(BEFORE, AFTER, TITLE);

const mount = mountPoint();
const SAY = ', said Ines Harrow, the head librarian.';
const q = (s: string) => `“${s}”${SAY}`;

describe('small words only: a card to check', () => {
  it.each([
    ['a pronoun for another ("it" / "that")', 'We patched the roof last winter and it held for a while, but it will not survive another storm season',
      'We patched the roof last winter and that held for a while, but it will not survive another storm season'],
    ['a preposition added on one side ("careful about who")', 'We have to be careful about who we let into the old reading room until the beams are replaced',
      'We have to be careful who we let into the old reading room until the beams are replaced'],
  ])('%s is a card to check, not "differs"', async (_, here, there) => {
    const cards = await quoteCards(q(here), q(there));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.check).toBe(true);
  });

  it('the sidebar marks it "check" and leaves it out of the section count', async () => {
    const story = (id: string, outlet: string, quote: string) => {
      const a = sentenceArticle(id, [...BEFORE, quote, ...AFTER], { outlet, title: `${TITLE} (${outlet})` });
      return { ...a, quotes: extractQuotes(a) };
    };
    const a = story('tribune', 'Tribune', q('We patched the roof last winter and it held for a while, but it will not survive another storm season'));
    const b = story('coastline', 'Coastline', q('We patched the roof last winter and that held for a while, but it will not survive another storm season'));
    const view = buildView(await compareArticle(a, new MemoryIndex([a, b])));
    const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
    act(() => render(<ConflictsSection items={view.conflicts} cb={cb} />, mount()));
    const text = (mount().querySelector('.px-conflict-quote')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text).toContain('check Worded slightly differently, small words only:');
    expect(text).not.toContain('differs');
    expect(mount().textContent).toContain('to check');
  });
});

describe('guards: still "the outlets differ"', () => {
  for (const [name, here, there] of [
    [
      'a tense changed',
      'The roof is the oldest part of the building and nobody expected it to last another storm season',
      'The roof was the oldest part of the building and nobody expected it to last another storm season',
    ],
    [
      'a negation added',
      'We expect the branch to open again before the summer reading club begins in June',
      'We do not expect the branch to open again before the summer reading club begins in June',
    ],
    [
      'a content word changed',
      'We patched the roof last winter and it held for a while, but it will not survive another storm season',
      'We patched the roof last autumn and it held for a while, but it will not survive another storm season',
    ],
  ] as const)
    it(name, async () => {
      const cards = await quoteCards(q(here), q(there));
      expect(cards).toHaveLength(1);
      expect(cards[0]!.check).toBeUndefined();
    });
});
