/**
 * perf51: the unit IDF keeps four-unit terms (the 4-grams) by their code units, and counts a unit's 4-grams from its
 * gram text without making them. Invented text; the weights must be the ones the 4-gram strings give.
 */
import { describe, expect, it } from 'vitest';
import { Idf } from '../../lib/engine/features';
import { gramText, wordNgrams } from '../../lib/nlp';

/** The weight every term should have: ln(1 + (N + 1) / (df + 1)), df counted by hand over the units' term sets. */
function expected(units: string[][], term: string): number {
  const df = units.filter((u) => u.includes(term)).length;
  return Math.log(1 + (units.length + 1) / (df + 1));
}

describe('unit IDF of 4-grams', () => {
  it('weighs the 4-grams counted from a gram text as the 4-gram strings, in any script', () => {
    const sentences = [
      ['the', 'ferry', 'left', 'port', 'late'],
      ['ferry', 'crews', 'struck', 'at', 'dawn'],
      ['zürich', 'and', 'malmö', 'signed', 'the', 'pact'],
      ['北京', '上海', 'ferry'],
      ['crews', 'cheered', '🚢🚢', 'port'],
      ['ａｂｃｄ', 'ｆｅｒｒｙ', '\uffee\uffee\uffee'],
    ];
    const byText = new Idf();
    const byList = new Idf();
    for (const words of sentences) {
      byText.addGrams(gramText(words));
      byList.addTerms(wordNgrams(words));
    }
    const units = sentences.map((w) => wordNgrams(w));
    const grams = [...new Set(units.flat())];
    expect(grams.length).toBeGreaterThan(80);
    for (const g of [...grams, 'zzzz', '\ud83d\udea2zz']) {
      expect(byText.weight(g)).toBe(expected(units, g));
      expect(byList.weight(g)).toBe(expected(units, g));
    }
    // A shared gram weighs less than one unit's own.
    expect(byText.weight(' fer')).toBeLessThan(byText.weight('pact'));
  });

  it('keeps every term apart when it holds thousands of them, four units long or not', () => {
    // Four-unit terms, high units included, many sharing their first two units or their last two (15 pairs of first
    // units, 400 of last units: one term per x), and terms of other lengths.
    const units: string[][] = [];
    for (let u = 0; u < 40; u++) {
      const terms: string[] = [];
      for (let k = 0; k < 300; k++) {
        const x = (u * 7919 + k * 104729) % 6000;
        terms.push(String.fromCharCode(0x41 + (x % 5), 0xe000 + (x % 3), 0x30 + (Math.floor(x / 15) % 10), 0xfff0 - Math.floor(x / 150)));
        if (k % 10 === 0) terms.push(`word${x % 50}`, `w${x % 7}`);
      }
      units.push(terms);
    }
    const idf = new Idf();
    for (const t of units) idf.addTerms(t);
    const terms = [...new Set(units.flat())];
    expect(terms.length).toBeGreaterThan(3000);
    for (const t of terms) expect(idf.weight(t)).toBe(expected(units, t));
    // Ids: one per term, the same on every call, and a term never counted gets a new one (weighed as absent).
    const ids = new Set(terms.map((t) => idf.id(t)));
    expect(ids.size).toBe(terms.length);
    expect(terms.map((t) => idf.id(t))).toEqual(terms.map((t) => idf.id(t)));
    const absent = idf.weight('qqqq');
    expect(ids.has(idf.id('qqqq'))).toBe(false);
    expect(idf.weight('qqqq')).toBe(absent);
    expect(absent).toBe(expected(units, 'qqqq'));
  });
});
