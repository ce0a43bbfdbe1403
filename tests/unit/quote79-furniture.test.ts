/**
 * quote79 (issue 8 item 6): a speaker is a person or body the article names, never the page's furniture. A photo gallery's
 * caption counter ("Hide Caption 1 of 15 Photos: …", CNN's, kept in the text of Multi-News) read as a name gave "Said by
 * Hide Caption" to a president's words: a run of capitals followed by a counter "N of M" is no name.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/quotes/extract';
import { sentenceArticle } from '../data/engine/sentence-article';

const speakerOf = (text: string, start: string) => extractQuotes(sentenceArticle('gallery', [text], { title: 'Vigil after the shooting' })).find((q) => q.text.startsWith(start))?.speaker ?? null;

describe('page furniture is no speaker', () => {
  it('a gallery counter before a caption: the pronoun goes to the person the caption names', () => {
    const text =
      'Residents gathered at the park on Thursday night. Show Caption 1 of 12 Photos: Vigil at the park Mourners light candles near the river. ' +
      'Show Caption 2 of 12 Photos: Vigil at the park In response to the shooting on Thursday, Governor Tom Brown delivers a statement at the fairgrounds. ' +
      '"We will not let this define our town," he said. Show Caption 3 of 12 Photos: Vigil at the park People wait for news at the fairgrounds.';
    expect(speakerOf(text, 'We will not let this')).toBe('Tom Brown');
  });

  it('a name followed by a number that is no counter stays a name', () => {
    const text = 'Senator Maria Ortiz 2020 campaign staff met on Monday. "We start again tomorrow," Ortiz said.';
    expect(speakerOf(text, 'We start again')).toBe('Maria Ortiz');
  });
});
