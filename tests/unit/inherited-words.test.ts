/**
 * Words an object inherits ("constructor", "toString", "__proto__") are words like any other: a
 * plain object literal used as a word table answers them with Object's own members, so "the
 * constructor title" was a quantity with no value, "8 constructor titles" a figure of NaN and the
 * stem of "constructor" a function (lib/text/table.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { quantities, stem } from '../../lib/nlp';
import { sentenceArticle } from '../data/engine/sentence-article';

describe('words an object inherits', () => {
  it('are no figures, and do not spoil the figure before them', () => {
    const qs = quantities('Mercedes won 8 constructor titles in a row and the constructor said it was proud.');
    expect(qs.map((q) => [q.text, q.value])).toEqual([['8', 8]]);
  });

  it('stem to themselves', () => {
    for (const w of ['constructor', 'tostring', 'valueof', '__proto__', 'hasownproperty']) expect(typeof stem(w)).toBe('string');
    expect(stem('constructor')).toBe('constructor');
  });

  it('do not make two articles disagree on a figure', async () => {
    const first = 'Apex Racing won the constructor title for an eighth straight season on Sunday in Abu Dhabi.';
    const a = sentenceArticle('grid', [first, 'The constructor scored 612 points over the season, its team principal said.'], { outlet: 'Grid', title: 'Apex wins constructor title' });
    const b = sentenceArticle('paddock', [first, 'The constructor scored 612 points across the season, its team principal said.'], { outlet: 'Paddock', title: 'Apex takes constructor crown' });
    const report = await compareArticle(a, new MemoryIndex([a, b]));
    expect(report.conflicts).toEqual([]);
  });
});
