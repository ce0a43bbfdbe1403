/**
 * facts10: a pronoun or a role phrase stands for the person the article named
 * (lib/engine/features.ts `resolvePeople`, applied by `reportFeatures`; lib/quotes People read-only),
 * so the actor check (align.ts `actorsOf`) and the names the pair model reads see "He said…" /
 * "The president…" and "Trump…" as one actor. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, align, REPORT_ALIGN, weigh } from '../../lib/engine/align';
import { featuresOf, Idf, reportFeatures, type UnitFeatures } from '../../lib/engine/features';
import { stem } from '../../lib/nlp';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

/** The two articles' units weighed over both (as the report weighs a story), fact units only. */
function weighed(fa: UnitFeatures[], fb: UnitFeatures[]) {
  const words = new Idf().addAll([...fa, ...fb].map((f) => f.words));
  const grams = new Idf().addAll([...fa, ...fb].map((f) => f.grams));
  const w = (fs: UnitFeatures[]) => fs.filter((f) => f.fact).map((f) => weigh(f, words, grams));
  return [w(fa), w(fb)] as const;
}

/** Pairs (unit of A, unit of B) the report's alignment makes, read with the report's features or the plain ones. */
function pairs(a: Article, b: Article, report: boolean): string[] {
  const fa = report ? reportFeatures(a, featuresOf(a)) : featuresOf(a);
  const fb = report ? reportFeatures(b, featuresOf(b)) : featuresOf(b);
  const [wa, wb] = weighed(fa, fb);
  return align(wa, wb, REPORT_ALIGN).matches.map((m) => `${m.a}-${m.b}`);
}

const rally = (id: string) =>
  sentenceArticle(id, [
    'President Donald Trump, who arrived in Ohio on Friday, told reporters he was pleased with the crowd.',
    'Governor Kristi Noem, a mother of three, greeted the crowd.',
    'He said he would sign the spending bill next week.',
    'The president also promised new money for rural hospitals.',
  ]);
const other = (id: string, sentences: string[]) =>
  sentenceArticle(id, [
    ...sentences,
    'Farmers in Iowa expect a larger harvest this autumn than last year.',
    'The stadium was full an hour before the doors opened.',
    'Tickets for the event sold out within a day.',
  ]);

describe('people resolved within the article (resolvePeople)', () => {
  it('"He" and "the president" gain the person the article named, and the actor check takes that person', () => {
    const a = rally('a');
    const f = reportFeatures(a, featuresOf(a));
    expect(f[2]!.names.has(stem('trump'))).toBe(true);
    expect(f[3]!.names.has(stem('trump'))).toBe(true);
    // Before: "He" took the previous sentence's actor (Noem).
    expect([...actorsOf(weighed(featuresOf(a), [])[0])[2]!]).toContain('noem');
    expect([...actorsOf(weighed(f, [])[0])[2]!]).toContain('trump');
  });

  it('a pronoun mention is paired with the named fact in another outlet', () => {
    const a = rally('a');
    const b = other('b', ['President Trump will sign the spending bill next week, officials said.']);
    expect(pairs(a, b, true)).toContain('2-0');
    // The old reading vetoed it: "He" was Noem's sentence's actor.
    expect(pairs(a, b, false)).not.toContain('2-0');
  });

  it('a fact of another person is not paired with the resolved one, even in the same words', () => {
    const a = rally('a');
    const b = other('b', ['Governor Kristi Noem will sign the spending bill next week.']);
    // The old reading paired them: "He" was taken for Noem.
    expect(pairs(a, b, false)).toContain('2-0');
    expect(pairs(a, b, true)).not.toContain('2-0');
  });

  it('a different fact about the same person is not paired because it names him', () => {
    const a = rally('a');
    const b = other('b', ['Trump played golf in Florida on Sunday with his son.']);
    const f = reportFeatures(a, featuresOf(a));
    expect(f[2]!.names.has(stem('trump'))).toBe(true);
    const made = pairs(a, b, true);
    expect(made).not.toContain('2-0');
    expect(made).not.toContain('3-0');
  });

  it('an ambiguous "he", two men named before it, resolves to nobody', () => {
    const a = sentenceArticle('a', [
      'Donald Trump met Emmanuel Macron in Paris on Friday, and his aides called it a success.',
      'He said the talks on trade had gone well.',
    ]);
    const f = reportFeatures(a, featuresOf(a));
    expect(f[1]!.names.has(stem('trump'))).toBe(false);
    expect(f[1]!.names.has(stem('macron'))).toBe(false);
    expect(f[1]!.subject).toBeNull();
    // Before: the previous sentence's actor, Trump, whoever "he" is.
    expect(actorsOf(weighed(featuresOf(a), [])[0])[1]).not.toBeNull();
    expect(actorsOf(weighed(f, [])[0])[1]).toBeNull();
  });

  it('a role two people carry resolves to nobody; a role in apposition to a name is left to the name', () => {
    const a = sentenceArticle('a', [
      'President Donald Trump spoke with President Emmanuel Macron by phone on Monday.',
      'The president said the call had been productive.',
      'The committee chairman, Richard Burr, thanked the witnesses.',
    ]);
    const f = reportFeatures(a, featuresOf(a));
    expect(f[1]!.subject).toBeNull();
    expect(f[1]!.names.has(stem('trump'))).toBe(false);
    expect(f[2]!.subject).toBeUndefined();
  });
});
