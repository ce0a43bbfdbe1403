/**
 * facts9: a name that opens a sentence ("Comey said…") is a name when the article writes the same word
 * capitalised inside a sentence (lib/engine/features.ts `resolveLeadNames`, applied by `reportFeatures`).
 * Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { disjointActors, weighPairs } from '../../lib/engine/align';
import { featuresOf, reportFeatures, resolveLeadNames } from '../../lib/engine/features';
import { stem } from '../../lib/nlp';
import { sentenceArticle } from '../data/engine/sentence-article';

const names = (f: { names: Set<string> }) => [...f.names].sort();

describe('sentence-initial names (resolveLeadNames)', () => {
  const read = sentenceArticle('gazette', [
    'Former F.B.I. director James Comey spoke to senators on Thursday.',
    'Comey said the president had asked him for his loyalty at a private dinner.',
    'Officials said the hearing would resume next week.',
    'The committee chairman, Richard Burr, thanked Comey for his service.',
  ]);

  it('a capitalised first word the article also writes mid-sentence is a name; one that only opens sentences is not', () => {
    const before = featuresOf(read);
    // The unit alone cannot tell: its first capital is the sentence's.
    expect(before[1]!.names.has(stem('comey'))).toBe(false);
    const after = reportFeatures(read, before);
    expect(after[1]!.names.has(stem('comey'))).toBe(true);
    expect(names(after[1]!)).toEqual([stem('comey')]);
    // "Officials" never appears capitalised inside a sentence: not a name.
    expect(after[2]!.names.size).toBe(0);
    // Units with nothing to add stay the same objects (their caches stay valid).
    expect(after[0]).toBe(before[0]);
    expect(after[3]).toBe(before[3]);
  });

  it('resolved on the article alone, whatever the order of its sentences', () => {
    const fs = featuresOf(sentenceArticle('x', ['Netanyahu presented the files on Monday.', 'The files were shown by Benjamin Netanyahu in Tel Aviv.']));
    expect(fs[0]!.names.size).toBe(0);
    expect(resolveLeadNames(fs)[0]!.names.has(stem('netanyahu'))).toBe(true);
  });

  it('two sentences about two different people, each named only at the start, are about different actors', () => {
    const other = sentenceArticle('tribune', [
      'F.B.I. agent Peter Strzok spoke to senators on Thursday.',
      'Strzok said the president had asked him for his loyalty at a private dinner.',
    ]);
    const a = reportFeatures(read, featuresOf(read))[1]!;
    const b = reportFeatures(other, featuresOf(other))[1]!;
    expect(disjointActors(a, b)).toBe(true);
    // Without the sentence-initial names neither unit names anyone, and nothing told the two apart.
    expect(disjointActors(featuresOf(read)[1]!, featuresOf(other)[1]!)).toBe(false);
  });
});

describe('sentence-initial names in the pairs command (weighPairs)', () => {
  it('a pair is its own story: a name opening one sentence counts when the other writes it inside', () => {
    const [[a, b]] = weighPairs([['Comey told senators he had been fired.', 'Former director James Comey told senators he had been fired.']]) as unknown as [[{ f: { names: Set<string> } }, { f: { names: Set<string> } }]];
    expect(a.f.names.has(stem('comey'))).toBe(true);
    expect(b.f.names.has(stem('comey'))).toBe(true);
    // A capital that opens the sentence and nothing else stays out.
    const [[c]] = weighPairs([['Senators heard the former director on Thursday.', 'The former director spoke on Thursday.']]) as unknown as [[{ f: { names: Set<string> } }, unknown]];
    expect(c.f.names.size).toBe(0);
  });
});

describe('a line that ends in a code (reportFeatures)', () => {
  it('"…, Toronto, ON" states a date and a place: a fact of the report, not a fragment cut after "on"', () => {
    const a = sentenceArticle('tour', ['The band will tour North America this summer.', 'July 19 -- Budweiser Stage, Toronto, ON', 'July 30 -- Ruoff Music Center, Noblesville, IN', 'Tickets go on sale Friday at 10 a.m. local time.', 'The show will open with songs from the new album and go on']);
    const story = featuresOf(a);
    // The story stage keeps the reading it was fitted on.
    expect(story[1]!.fact).toBe(false);
    const r = reportFeatures(a, story);
    expect(r[1]!.fact).toBe(true);
    expect(r[2]!.fact).toBe(true);
    // A line cut after a lower-case "on" is still a fragment.
    expect(r[4]!.fact).toBe(false);
  });
});
