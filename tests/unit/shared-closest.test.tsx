// @vitest-environment happy-dom
/**
 * "How the others tell it" under a Shared card gives each other outlet's one telling: the sentence
 * most like this article's. The aligner can pair a sentence here with several sentences of one
 * article (a fact told over two sentences, or a looser sentence of the same story beside the right
 * one); the count "in N of M outlets" is unchanged, and the looser sentence is not shown as a telling.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SharedSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { buildView } from '../../lib/sidebar/view';
import type { Report } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const lines = (ferry: string) => [
  `The ferry ${ferry} ran aground off the island of Brisa on Sunday morning with 212 passengers aboard.`,
  'Coast guard boats took every passenger to the harbour of Porto Lume by the afternoon.',
  'Divers found a gash in the hull below the waterline, the coast guard said on Monday.',
  'The operator said crossings to Brisa would resume on Thursday with a smaller ship.',
];

const mount = mountPoint();
const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a Shared card', () => {
  it("shows each outlet's most similar sentence, once, and keeps the count", async () => {
    const a = sentenceArticle('gazette', lines('Estrela'), { outlet: 'Gazette', title: 'Ferry runs aground off Brisa' });
    const b = sentenceArticle(
      'tribune',
      [
        lines('Estrela')[0]!,
        'Islanders waited at the pier for news of relatives until late in the evening.',
        'The mayor of Brisa asked the ministry for an inquiry into the route and its timetable.',
        'The operator said crossings to Brisa would resume next week once a smaller ship is found.',
        'A second ferry was sent from the mainland to carry cars and freight in the meantime.',
      ],
      { outlet: 'Tribune', title: 'Ferry Estrela aground' },
    );
    const r = await compareArticle(a, new MemoryIndex([a, b]));
    const card = r.shared.find((f) => f.i === 0)!;
    expect(card.sources).toEqual([expect.objectContaining({ id: 'tribune', i: 0 })]);
    // The same report with a looser second sentence of the Tribune aligned to it, as the aligner can give.
    const loose: Report = {
      ...r,
      shared: r.shared.map((f) => (f.i === 0 ? { ...f, sources: [{ id: 'tribune', i: 4, s: 0.12 }, ...f.sources] } : f)),
    };
    const view = buildView(loose);
    expect(view.shared.find((x) => x.i === 0)!.count).toBe(card.count);
    act(() => render(<SharedSection items={view.shared} cb={cb} />, mount()));
    const first = mount().querySelector('li.px-fact')!;
    const tellings = text(first.querySelector('.px-more'));
    expect(tellings).toContain('ran aground off the island of Brisa');
    expect(tellings).not.toContain('A second ferry was sent');
  });
});
