/**
 * perf15: a fresh compare makes a candidate's first fact units' features for the story decision
 * (its stems and 4-grams only when it just counts toward the unit IDF), and later the whole article's
 * features for the report; the later ones reuse the earlier (story.ts, features.ts). A reader sees the
 * same report whichever came first: compared here with features made afresh, and the reports of a
 * compare from a fresh state with those of a compare whose articles were all derived in full first.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle } from '../../lib/engine/compare';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { articleFeatures, featuresOf, forgetDerived, Idf, idfFeatures, idfTerms, type UnitFeatures } from '../../lib/engine/features';
import { quantities } from '../../lib/nlp/quantities';
import { loadSet } from '../data/engine/fixtures';

/** The features' values (`prepared` is align.ts's cache of weighing vectors, kept on the object once used). */
const plain = (f: UnitFeatures) =>
  JSON.stringify(f, (k, v) => (k === 'prepared' ? undefined : v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));

describe('features made in parts, then in full', () => {
  it('gives every article the features made afresh, and compares give the same reports', async () => {
    const articles = [...(await loadSet('harbor')), ...(await loadSet('plague')), ...(await loadSet('distractors'))];
    const fresh = () => new MemoryIndex(articles.map((a) => structuredClone(a)));
    // Features derived in full before any story decision (no parts to reuse).
    forgetDerived();
    const index0 = fresh();
    const before: string[] = [];
    for (const a of articles) {
      featuresOf(a);
      before.push(JSON.stringify(await compareArticle(a, index0)));
    }
    // From a fresh state: the story decisions make the parts first.
    forgetDerived();
    const index1 = fresh();
    const after: string[] = [];
    for (const a of articles) after.push(JSON.stringify(await compareArticle(structuredClone(a), index1)));
    expect(after).toEqual(before);
    let compared = 0;
    for (const a of await index1.getMany(articles.map((x) => x.id))) {
      const made = featuresOf(a).map(plain);
      expect(made).toEqual(articleFeatures(structuredClone(a)).map(plain));
      compared += made.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('quantities', () => {
  it('still reads figures written in words and digits, weekdays and months', () => {
    const q = quantities('More than 200 Venezuelans and hundreds of others arrived on Monday; a builder paid $4.76 million in March.');
    expect(q.map((x) => [x.kind, x.value])).toEqual([
      ['count', 200],
      ['count', 200],
      ['weekday', 1],
      ['money', 4.76e6],
      ['month', 3],
    ]);
  });
});

describe('unit IDF of a candidate that only counts toward it', () => {
  it('weighs every term the same from its units as term lists as from their maps', async () => {
    const units = (await loadSet('harbor')).flatMap((a) => a.units);
    const maps = units.map((u) => idfFeatures(u, true));
    const lists = units.map((u) => idfTerms(u));
    // Half the units as maps, half as lists (as a decision mixes them), against all as maps.
    const mixed = { words: new Idf(), grams: new Idf() };
    mixed.words.addAll(maps.slice(0, 20).map((f) => f.words));
    mixed.grams.addAll(maps.slice(0, 20).map((f) => f.grams));
    for (const l of lists.slice(20)) (mixed.words.addTerms(l.words), mixed.grams.addGrams(l.grams));
    const all = { words: new Idf().addAll(maps.map((f) => f.words)), grams: new Idf().addAll(maps.map((f) => f.grams)) };
    const words = [...new Set(maps.flatMap((f) => [...f.words.keys()]))];
    const grams = [...new Set(maps.flatMap((f) => [...f.grams.keys()]))];
    expect(words.length).toBeGreaterThan(100);
    for (const w of [...words, 'no-such-term']) expect(mixed.words.weight(w)).toBe(all.words.weight(w));
    for (const g of [...grams, 'zzzz']) expect(mixed.grams.weight(g)).toBe(all.grams.weight(g));
    // A repeated word in one unit counts once: "harbor" in two units weighs as in two units.
    const two = new Idf().addTerms(['harbor', 'harbor', 'ship']).addTerms(['harbor']);
    expect(two.weight('harbor')).toBe(new Idf().addAll([new Map([['harbor', 2], ['ship', 1]]), new Map([['harbor', 1]])]).weight('harbor'));
    expect(two.weight('harbor')).toBeLessThan(two.weight('ship'));
  });
});
