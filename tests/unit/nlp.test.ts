/** lib/nlp: the text utilities the engine and the quote tracer share. */
import { describe, expect, it } from 'vitest';
import { charNgrams, cosine, cosineOf, counts, dot, fold, isCalendarToken, names, quantities, quotedSpans, normOf, pairDots, sameFigure, stem, stems, tokens, wordNgrams, type TermVec } from '../../lib/nlp';

describe('tokens and folding', () => {
  it('keeps offsets into the original text and folds accents and curly quotes', () => {
    const s = 'Socorro Jurídico’s “report”';
    const t = tokens(s);
    expect(t.map((x) => x.w)).toEqual(['socorro', "juridico's", 'report']);
    for (const x of t) expect(s.slice(x.start, x.end)).toBe(x.raw);
    expect(fold('“É”')).toBe('"e"');
  });
});

describe('stem', () => {
  it.each([
    ['deported', 'deportation'],
    ['deports', 'deport'],
    ['cooperate', 'cooperation'],
    ['responded', 'response'],
    ['prisons', "prison's"],
    ['allegations', 'allege'],
    ['labelled', 'labeled'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
  it('keeps function words when asked (short quotes live on them)', () => {
    expect(stems('it must be everyone')).toHaveLength(4);
    expect(stems('it must be everyone', { keepFunctionWords: false })).toEqual([stem('everyone')]);
  });
});

describe('quantities', () => {
  it('reads counts with their head noun, vague counts as ranges, and money with its scale', () => {
    const [more] = quantities('deported more than 200 Venezuelans to El Salvador');
    expect(more).toMatchObject({ kind: 'count', value: 200, qualifier: 'more than', head: 'venezuelan', text: 'more than 200' });
    const [hundreds] = quantities('sent hundreds of Venezuelans there');
    expect(hundreds).toMatchObject({ kind: 'count', value: 200, max: 999, head: 'venezuelan' });
    expect(sameFigure(more!, hundreds!)).toBe(false);
    const [money] = quantities('agreed to pay El Salvador $4.76 million in exchange');
    expect(money).toMatchObject({ kind: 'money', value: 4_760_000, text: '$4.76 million' });
  });
  it('tells years, weekdays, durations and day numbers apart', () => {
    const q = quantities('On Monday, the Foreign Enemies Act of 1798 and an 11-minute video; two weeks; December 23, 2025');
    expect(q.map((x) => x.kind)).toEqual(['weekday', 'year', 'duration', 'duration', 'month', 'day', 'year']);
  });
  it.each([
    ['On Feb. 23, 2019 he left the company.', ['day:23', 'year:2019']],
    ['On Feb 23 2019 he left.', ['day:23', 'year:2019']],
    ['In March 2020 police arrested 4 men.', ['month:March', 'year:2020', 'count:4']],
    ['Sales rose to 2019 units.', ['count:2019']],
    ['Then, a 2018 analysis of the data found plumes.', ['year:2018']],
    ['He wrote a 1500-word essay.', ['count:1500']],
  ])('a four-digit figure after a month, its day or "a" is a year: %s', (s, kinds) => {
    expect(quantities(s).map((q) => `${q.kind}:${q.text}`)).toEqual(kinds);
  });
  it('reads dates, times and identifiers as what they are, not amounts', () => {
    const kinds = (s: string) => quantities(s).map((q) => `${q.kind}:${q.text}`);
    expect(kinds('Fifteen of the 19 hijackers on 9/11')).toEqual(['count:Fifteen', 'count:19', 'id:9/11']);
    expect(kinds('Fifteen of the 19 Sept. 11 hijackers')).toEqual(['count:Fifteen', 'count:19', 'day:11']);
    expect(quantities('the 19 Sept. 11 hijackers')[0]).toMatchObject({ head: 'hijacker' });
    expect(kinds('Route 66, Section 230 and the Boeing 737')).toEqual(['id:66', 'id:230', 'id:737']);
    expect(kinds('COVID-19 grounded the F-35 fleet')).toEqual(['id:19', 'id:35']);
    expect(kinds('Air Force One landed on 11 September at 5 p.m.')).toEqual(['id:One', 'day:11', 'month:September']);
    expect(kinds('at 10:30, page 3 said 24/7')).toEqual(['id:3', 'id:24/7']);
    expect(kinds('the 19th hijacker')).toEqual([]);
    // A capitalised word that starts the sentence does not make the number a name.
    expect(kinds('Nearly 300 people came. Officials counted 40 more.')).toEqual(['count:Nearly 300', 'count:40']);
  });
  it('equal figures written differently are the same figure', () => {
    const [a] = quantities('About 12,000 liters leaked');
    const [b] = quantities('some 12,000 liters of fuel escaped');
    expect(sameFigure(a!, b!)).toBe(true);
  });
});

describe('similarity helpers', () => {
  it('char 4-grams survive a glued translation error', () => {
    const a = counts(charNgrams('Hillary Clintonthe Salvadoran president'));
    const b = counts(charNgrams('Hillary Clinton, the Salvadoran president'));
    expect(cosine(a, b)).toBeGreaterThan(0.8);
  });
  it("a unit's word 4-grams are the 4-grams of its words joined, also when a word's fold is not one token", () => {
    for (const text of ['The ministry’s 3.5% rise, Müller said', 'O’Neill’s “ﬁnal” offer: ½ of 2,000', 'Prayer \uFDFA ends', 'dogs\' bones']) {
      const words = tokens(text).map((t) => t.w);
      expect(wordNgrams(words, 4)).toEqual(charNgrams(words.join(' '), 4));
    }
    expect(wordNgrams(['the', 'port'], 4)).toEqual([' the', 'the ', 'he p', 'e po', ' por', 'port', 'ort ']);
  });
  it("a story pool's cosines over term ids are the map cosines to the last bit, whichever vector is smaller or when sizes tie", () => {
    // Weights whose sums depend on their order in the last bits; sizes 0–24 over 40 terms, so many pairs tie in size.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ids = new Map<string, number>();
    const maps: Array<Map<string, number>> = [];
    for (let v = 0; v < 30; v++) {
      const m = new Map<string, number>();
      const size = Math.floor(rnd() * 25);
      while (m.size < size) m.set(`t${Math.floor(rnd() * 40)}`, (1 + Math.log(1 + Math.floor(rnd() * 5))) * (1 + rnd() * 9));
      maps.push(m);
    }
    const vecs: TermVec[] = maps.map((m) => {
      for (const t of m.keys()) if (!ids.has(t)) ids.set(t, ids.size);
      return { ids: Int32Array.from([...m.keys()].map((t) => ids.get(t)!)), vals: Float64Array.from(m.values()) };
    });
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < maps.length; i++) for (let j = 0; j < maps.length; j++) if (i !== j) pairs.push([i, j]);
    const dots = pairDots(vecs, pairs, ids.size);
    let sameSize = 0;
    pairs.forEach(([i, j], p) => {
      if (maps[i]!.size === maps[j]!.size) sameSize++;
      expect(Object.is(dots[p], dot(maps[i]!, maps[j]!))).toBe(true);
      expect(Object.is(cosineOf(vecs[i]!, vecs[j]!, dots[p]!, normOf(vecs[i]!), normOf(vecs[j]!)), cosine(maps[i]!, maps[j]!))).toBe(true);
    });
    expect(sameSize).toBeGreaterThan(10);
  });
  it('quotedSpans tolerates straight quotes nested in curly quotes', () => {
    const s = '“We are willing to release (all those described as "political prisoners") to any country,” he wrote.';
    expect(quotedSpans(s)[0]!.text).toContain('political prisoners');
  });
  it('"take", "taking", "taken" and "took" share a stem ("have taken place" = "is taking place"); "here" is not "her"', () => {
    expect(new Set(['take', 'taking', 'taken', 'took'].map(stem)).size).toBe(1);
    expect(new Set(['make', 'making', 'made'].map(stem)).size).toBe(1);
    expect(stem('here')).not.toBe(stem('her'));
  });
  it('a date name is a calendar token; the verb "march" and the modal "May" are not', () => {
    const cal = (s: string) => tokens(s).filter(isCalendarToken).map((t) => t.w);
    expect(cal('On Monday, in March, they march. May they?')).toEqual(['monday', 'march']);
  });
  it('names skips capitalised function words', () => {
    expect(names('The president of El Salvador, Nayib Bukele, responded')).toEqual(['el', 'salvador', 'nayib', 'bukele']);
  });
});
