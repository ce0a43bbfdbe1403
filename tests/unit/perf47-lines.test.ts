/**
 * perf47: a line break ends every figure (lib/nlp/quantities.ts). A title's last word is no label of the text's first
 * figure, and a paragraph's last word no context of the next paragraph's: the story vectors then scan the text's
 * figures once for the document vector and the figure set (lib/engine/vectors.ts). The first two fail on main.
 */
import { describe, expect, it } from 'vitest';
import { figureValues, quantities } from '../../lib/nlp';
import { docVector, figureSet } from '../../lib/engine/vectors';

const u = (text: string, whole: string, i = 0) => {
  const start = whole.indexOf(text);
  return { i, text, p: i, start, end: start + text.length, kind: 'body' as const };
};
const article = (title: string, paras: string[]) => {
  const text = paras.join('\n\n');
  return { title, text, units: paras.map((p, i) => u(p, text, i)) };
};

describe('a line break ends a figure (perf47)', () => {
  it('reads no "Route 66" across a title\'s line break: the text\'s first figure is its own', () => {
    const a = article('Drivers return to historic Route', ['66 motels reopened this week.', 'Another 40 stay shut.']);
    const joined = quantities(`${a.title}\n${a.text}`);
    expect(joined.filter((q) => q.kind === 'id')).toEqual([]);
    expect(joined.some((q) => q.text.includes('\n'))).toBe(false);
    expect(joined[0]).toMatchObject({ kind: 'count', value: 66, head: 'motel', text: '66' });
    // The figure set (what two articles' figures are matched on) has the 66 motels, as the text alone gives them.
    expect([...figureSet(a)]).toEqual([66, 40]);
  });

  it('reads a year that ends a paragraph as a year, not a count of the next paragraph\'s first word', () => {
    const q = quantities('The curfew has been in place since March 2022.\n\nThe government said it would stay.');
    expect(q.map((x) => [x.kind, x.value])).toEqual([['month', 3], ['year', 2022]]);
  });

  it('gives the document vector the figures of its text, line by line, once', () => {
    const a = article('Storm leaves 12', ['Million homes lost power, officials said.', 'Crews restored 5,000 by Monday.']);
    const figs = figureValues(a.text).filter((q) => q.value === q.max && q.value >= 10).map((q) => `#${q.value}`);
    expect(figs).toEqual(['#1000000', '#5000']);
    expect([...docVector(a).keys()].filter((k) => k.startsWith('#'))).toEqual(figs);
    // The title's 12 is no "12 million": 12 and the text's million are two figures.
    expect([...figureSet(a)]).toEqual([12, 1e6, 5000]);
  });
});
