/**
 * The `pairs` decision and score on sentence pairs a reader would recognise (written for this test,
 * not taken from MRPC or STS): news rewordings are one fact, a sentence that reports a different
 * event with the same words is not; headlines that tell the same story outrank headlines that share
 * only a name. The CLI shape is tested in tests/unit/cli-pairs*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decidePairs, pairFeatures, PAIR_FEATURES, weighPairs } from '../../lib/engine/align';
import { useSynonyms } from '../../lib/nlp/paraphrases';
import { SYNONYM_PAIRS } from '../../lib/nlp/synonym-data';

useSynonyms(SYNONYM_PAIRS); // as cli/pairs.ts

describe('the pair decision on news rewordings (as `pairs` prints `same`)', () => {
  const SAME: Array<[string, string]> = [
    ['The company said quarterly profit rose 10 percent to $2.1 billion.', 'Quarterly profit rose 10 percent to $2.1 billion, the company said.'],
    ['Officials said the bridge would stay closed until repairs are finished in March.', 'The bridge will stay closed until repairs are finished in March, officials said.'],
    ['The senator announced on Tuesday that she will not seek re-election next year.', 'On Tuesday the senator announced she will not seek re-election next year.'],
  ];
  const DIFF: Array<[string, string]> = [
    ['The company said quarterly profit rose 10 percent to $2.1 billion.', 'The company said it would cut 400 jobs at its plant in Ohio next year.'],
    ['Officials said the bridge would stay closed until repairs are finished in March.', 'Officials said the new stadium would open in March after years of delays.'],
    ['The senator announced on Tuesday that she will not seek re-election next year.', 'The governor signed a bill on Tuesday raising the state minimum wage.'],
  ];
  it('calls a reordered or lightly reworded sentence the same fact', () => {
    for (const o of decidePairs(SAME)) expect(o.same).toBe(true);
  });
  it('calls a sentence about another event of the same actor, or the same month, a different fact', () => {
    for (const o of decidePairs(DIFF)) expect(o.same).toBe(false);
  });
  it('scores every rewording above every different-fact pair', () => {
    const same = decidePairs(SAME).map((o) => o.score);
    const diff = decidePairs(DIFF).map((o) => o.score);
    expect(Math.min(...same)).toBeGreaterThan(Math.max(...diff));
  });
});

describe('the score on headlines (short pairs)', () => {
  const H = 'Storm knocks out power to 200,000 homes in Florida';
  const out = decidePairs([
    [H, 'Storm leaves 200,000 Florida homes without power'],
    [H, 'Florida storm cuts power'],
    [H, 'Florida governor signs new budget'],
    [H, 'Stocks rise as oil prices fall'],
  ]);
  it('ranks the same story reworded over a shorter telling over a shared place over another story', () => {
    const s = out.map((o) => o.score);
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[1]).toBeGreaterThan(s[2]!);
    expect(s[2]).toBeGreaterThan(s[3]!);
  });
});

describe('the BLEU measures (score only)', () => {
  it('are symmetric, in 0..1, and 1 for identical sentences', () => {
    const [first, second] = weighPairs([
      ['The storm killed 12 people on Sunday.', 'The storm killed 12 people on Sunday.'],
      ['The storm killed 12 people on Sunday.', 'Twelve people died in Sunday’s storm, police said.'],
    ]);
    const [a, b] = first!;
    const [c, d] = second!;
    const i = PAIR_FEATURES.indexOf('bleuMin');
    const j = PAIR_FEATURES.indexOf('bleuMax');
    expect(pairFeatures(a!, b!)[i]).toBeCloseTo(1, 9);
    const x = pairFeatures(c!, d!);
    const y = pairFeatures(d!, c!);
    expect(x[i]).toBeCloseTo(y[i]!, 12);
    expect(x[j]).toBeCloseTo(y[j]!, 12);
    expect(x[i]).toBeGreaterThan(0);
    expect(x[i]).toBeLessThanOrEqual(x[j]!);
    expect(x[j]).toBeLessThan(1);
  });
});
