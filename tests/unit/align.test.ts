/**
 * The fact-level decision (lib/engine/align.ts): two units are one fact only when they say the same
 * thing about the same actors. Cases from issue 8 and beyond the seeds.
 */
import { describe, expect, it } from 'vitest';
import { align, decidePairs, DECISION_FEATURES, DEFAULT_ALIGN, pairFeatures, PAIR_FEATURES, pairwise, weigh, weighPairs } from '../../lib/engine/align';
import { SAME_FACT, STS_SCORE } from '../../lib/engine/fitted/align';
import { isParaphrase, useSynonyms } from '../../lib/nlp/paraphrases';
import { SYNONYM_PAIRS } from '../../lib/nlp/synonym-data';
import { stem } from '../../lib/nlp';
import { contentStems } from '../../lib/engine/features';
import { Idf, unitFeatures } from '../../lib/engine/features';

const PAGE = 'Lisa Page left the bureau earlier this year.';
const STRZOK_LEFT = 'Strzok subsequently joined the Mueller team, but left the team after the messages were discovered last summer.';
const TRUMP_BILL = 'President Trump said Friday that he will support a short-term spending bill to reopen the government.';
const DAMAGE = 'And though the long-term economic damage of the shutdown may be limited, President Trump said federal workers missed two paychecks.';

const PAIRS: Array<[string, string]> = [
  [PAGE, STRZOK_LEFT],
  [TRUMP_BILL, DAMAGE],
  ['The harbor master closed the shipping channel for 48 hours on Tuesday.', 'On Tuesday the shipping channel was closed for 48 hours by the harbor master.'],
  [
    'The U.S. has deported Venezuelan migrants deemed to be gang members to El Salvador after their home country refused to take them back.',
    'The U.S. has sent Venezuelan migrants accused of gang involvement to El Salvador after Venezuela declined to accept their return.',
  ],
  [
    'Bukele said his country was ready to cooperate fully if Clinton was convinced that torture was taking place at CECOT.',
    '“If she is convinced that torture is taking place at CECOT, El Salvador is ready to cooperate fully,” Bukele said.',
  ],
  ['The storm killed 12 people in the province on Sunday, officials said.', 'The storm killed 12 people in the province on Sunday, officials said.'],
  ['Shares of the company fell 5 percent after the announcement.', 'The museum will reopen to visitors next spring after renovations.'],
];

describe('the pair decision (sameFact, as the pairs command makes it)', () => {
  const out = decidePairs(PAIRS);

  it('shared names alone do not make one fact: Page leaving the bureau is not Strzok leaving the Mueller team', () => {
    expect(out[0]!.same).toBe(false);
  });

  it('the same actor on two subjects is two facts: Trump on the spending bill vs the shutdown’s economic damage', () => {
    expect(out[1]!.same).toBe(false);
  });

  it('a reworded sentence (active/passive, other words for the same act) is one fact', () => {
    expect(out[2]!.same).toBe(true);
    expect(out[3]!.same).toBe(true);
  });

  it('reported speech and the direct quote it reports are one fact', () => {
    expect(out[4]!.same).toBe(true);
  });

  it('scores are similarities in 0..1: identical sentences high, unrelated ones near 0, paraphrases above other-fact pairs', () => {
    for (const o of out) {
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
    // An STS regression, not a cosine: identical sentences score high, not exactly 1.
    expect(out[5]!.score).toBeGreaterThan(0.8);
    expect(out[5]!.same).toBe(true);
    expect(out[6]!.score).toBeLessThan(0.15);
    expect(out[6]!.same).toBe(false);
    expect(out[2]!.score).toBeGreaterThan(out[0]!.score);
  });

  it('is symmetric: a vs b decides as b vs a', () => {
    const fwd = weighPairs(PAIRS);
    const back = weighPairs(PAIRS.map(([a, b]) => [b, a]));
    fwd.forEach(([a, b], k) => {
      const [b2, a2] = back[k]!;
      expect(pairFeatures(a, b).map((x) => x.toFixed(9))).toEqual(pairFeatures(b2, a2).map((x) => x.toFixed(9)));
    });
  });

  it('has one fitted weight per feature: the decision reads the first DECISION_FEATURES, the score all and their products', () => {
    expect(SAME_FACT.weights).toHaveLength(DECISION_FEATURES);
    expect(STS_SCORE.weights).toHaveLength(pairwise(PAIR_FEATURES.map(() => 0)).length);
    expect(SAME_FACT.threshold).toBeGreaterThan(0);
    expect(SAME_FACT.threshold).toBeLessThan(1);
  });
});

describe('the similarity score ranks pairs as a reader would (STS)', () => {
  // A graded ladder on one event: the same fact reworded > the same fact with a detail lost > same
  // actors, another event > another story.
  const BASE = 'Ten people were killed when a car bomb exploded outside a police station in Kabul on Monday.';
  const LADDER: Array<[string, string]> = [
    [BASE, 'A car bomb exploded outside a Kabul police station on Monday, killing ten people.'],
    [BASE, 'A car bomb exploded in Kabul on Monday.'],
    [BASE, 'Police in Kabul arrested two men suspected of planning attacks.'],
    [BASE, 'The central bank raised interest rates by half a point.'],
  ];
  const out = decidePairs(LADDER);

  it('orders a reworded fact over a partial one over the same place on another event over another story', () => {
    const s = out.map((o) => o.score);
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[1]).toBeGreaterThan(s[2]!);
    expect(s[2]).toBeGreaterThan(s[3]!);
    expect(out[0]!.same).toBe(true);
    expect(out[3]!.same).toBe(false);
  });

  it('gives an empty sentence 0, and stays in 0..1', () => {
    const [e] = decidePairs([['', BASE]]);
    expect(e!.score).toBe(0);
    for (const o of out) expect(o.score).toBeGreaterThanOrEqual(0), expect(o.score).toBeLessThanOrEqual(1);
  });
});

describe('reworded facts', () => {
  it('the learned paraphrase table links news rewordings both ways, and not a word with an unrelated one', () => {
    // Learned without the STS-B headlines rows (held out), so blast/explosion is no longer in it.
    expect(isParaphrase('attorney', 'lawyer')).toBe(true);
    expect(isParaphrase('lawyer', 'attorney')).toBe(true);
    expect(isParaphrase('attorney', 'bank')).toBe(false);
    // WordNet synonyms in their common senses (lib/nlp/synonym-data.ts), loaded by the `pairs`
    // command for its score: "bought" / "purchased", "doctor" / "physician", "began" / "started";
    // a word and an unrelated one are not.
    expect(isParaphrase(stem('buy'), stem('purchase'))).toBe(false);
    useSynonyms(SYNONYM_PAIRS);
    expect(isParaphrase(stem('buy'), stem('purchase'))).toBe(true);
    expect(isParaphrase(stem('doctor'), stem('physician'))).toBe(true);
    expect(isParaphrase(stem('begin'), stem('start'))).toBe(true);
    expect(isParaphrase(stem('rabbit'), stem('bank'))).toBe(false);
  });

  it('an acronym with dots is one word ("F.B.I." is "fbi", as in "FBI")', () => {
    expect(contentStems('Ms. Page quit the F.B.I. in May.')).toContain('fbi');
    expect(contentStems('She quit the FBI.')).toContain('fbi');
  });

  it('a reworded fact scores above a fact about another person that shares the story’s words', () => {
    const [reworded, other] = decidePairs([
      ['A blast outside the embassy killed three guards, officials said.', 'Three guards died in an explosion outside the embassy, according to officials.'],
      ['A blast outside the embassy killed three guards, officials said.', 'Officials said the embassy guards had complained about security for months.'],
    ]);
    // The score reads the table (alignment shares); the yes/no decision does not (see DECISION_FEATURES).
    // Upper half of the scale (STS gold above 3 of 5), well above the other fact.
    expect(reworded!.score).toBeGreaterThan(0.6);
    expect(reworded!.score).toBeGreaterThan(other!.score + 0.2);
    expect(other!.same).toBe(false);
  });

  it('“Trump celebrated the firing on Twitter” and “Strzok was fired, his lawyer said” are not one fact', () => {
    const [o] = decidePairs([['Trump celebrated the firing on Twitter.', 'Peter Strzok, the F.B.I. agent who sent text messages disparaging President Trump, was fired, his lawyer said Monday.']]);
    expect(o!.same).toBe(false);
  });
});

describe('align() in an article pair', () => {
  // Two articles on one story (an agent fired over text messages) with different background, so
  // that the matrix's own null is low and a weak pair can stand out.
  const A = [
    'FBI agent Peter Strzok was fired on Monday over anti-Trump text messages, his lawyer said.',
    'Strzok exchanged the messages with FBI lawyer Lisa Page, with whom he was having an affair.',
    'The inspector general criticized both agents in a report released in June.',
    PAGE,
    'Trump celebrated the firing on Twitter.',
    TRUMP_BILL,
    'The weather in the capital was mild for the season.',
    'Markets closed slightly higher after a quiet session.',
    'The committee will meet again next month to review the budget.',
    'Officials declined to comment on the schedule.',
    'A spokesman said the review was continuing.',
    'Critics called the move political.',
    'Supporters said the decision was overdue.',
    'The agency has faced scrutiny for years.',
  ];
  const B = [
    'Peter Strzok, the F.B.I. agent who sent text messages disparaging President Trump, was fired, his lawyer said Monday.',
    'Mr. Strzok and Lisa Page, an F.B.I. lawyer with whom he was romantically involved, exchanged the messages during the 2016 campaign.',
    'An inspector general report released in June faulted both of them for their conduct.',
    STRZOK_LEFT,
    DAMAGE,
    'The deputy director, Andrew McCabe, signed off on the decision.',
    'Several former officials defended the agency in interviews.',
    'The case has drawn intense attention from lawmakers of both parties.',
    'Legal experts said an appeal was unlikely to succeed.',
    'Democrats accused the White House of interference.',
    'The hearing lasted more than ten hours.',
    'Republicans pointed to the texts as evidence of bias.',
    'The lawyer set up a fundraising page for legal costs.',
    'It was not clear when the review would end.',
  ];
  const feats = (xs: string[]) => xs.map((text, i) => unitFeatures({ i, text, p: i, start: 0, end: text.length, kind: 'body' }));
  const fa = feats(A);
  const fb = feats(B);
  const words = new Idf().addAll([...fa, ...fb].map((f) => f.words));
  const grams = new Idf().addAll([...fa, ...fb].map((f) => f.grams));
  const wa = fa.map((f) => weigh(f, words, grams));
  const wb = fb.map((f) => weigh(f, words, grams));
  const pairsOf = (al: ReturnType<typeof align>) => al.matches.map((m) => `${m.a}-${m.b}`);

  it('pairs the three facts both articles tell', () => {
    expect(pairsOf(align(wa, wb))).toEqual(expect.arrayContaining(['0-0', '1-1', '2-2']));
  });

  it('does not pair Trump on the spending bill with the shutdown’s damage, which the matrix alone accepts as a mutual best', () => {
    const noDecision = { ...DEFAULT_ALIGN, vetoBelow: 0, model: { weights: [], bias: -20, threshold: 0.5 } };
    expect(pairsOf(align(wa, wb, noDecision))).toContain('5-4');
    expect(pairsOf(align(wa, wb))).not.toContain('5-4');
  });

  it('does not pair Page leaving the bureau with Strzok leaving the Mueller team', () => {
    expect(pairsOf(align(wa, wb))).not.toContain('3-3');
  });

  it('does not pair Trump celebrating the firing with the report of the firing', () => {
    expect(pairsOf(align(wa, wb))).not.toContain('4-0');
  });
});
