/**
 * The speaker ranker (lib/quotes/ranker.ts, fitted weights in lib/quotes/fitted-speakers.ts): what it
 * decides beyond the attribution rules. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quoteStarting, storyArticle } from '../data/quotes/story-article';
import { extractQuotes } from '../../lib/quotes/extract';
import { SPEAKER_MODEL } from '../../lib/quotes/fitted-speakers';
import { FEATURES, pickSpeaker, type Candidate, type SpeakerModel } from '../../lib/quotes/ranker';
import type { Article, Quote } from '../../lib/types';

const article = storyArticle;
/** The speaker with the fitted ranker (as the extension and the CLI run) and with the rules alone. */
function both(a: Article, start: string): { ranked: string | null; rules: string | null } {
  return { ranked: quoteStarting(extractQuotes(a), start).speaker, rules: quoteStarting(extractQuotes(a, { model: null }), start).speaker };
}

describe('the fitted ranker', () => {
  it('is shipped (the extension, the trace view and the CLI all run it through extractQuotes)', () => {
    expect(SPEAKER_MODEL).not.toBeNull();
    // The rules' answer is the strongest feature: the ranker refines them, it does not replace them.
    expect(SPEAKER_MODEL!.weights.rule).toBeGreaterThan(Math.max(...FEATURES.filter((f) => f !== 'rule').map((f) => Math.abs(SPEAKER_MODEL!.weights[f]))));
  });

  it('gives a quote to the person its sentence is about when the rules do not know the verb', () => {
    const a = article(`PARIS — President Hélène Marchetti of France met the visiting delegation for three hours on Tuesday.

"On this question we do not always agree, but that is the case in any family," Marchetti said. "Together we will build something that lasts."

Marchetti presented the partnership between the two countries as having "grown stronger every single year since the treaty was signed."

The talks will continue in the spring.`);
    const { ranked, rules } = both(a, 'grown stronger every single year');
    expect(rules).toBeNull();
    expect(ranked).toBe('Hélène Marchetti');
  });

  it('leaves a scare quote in a sentence with no one speaking to nobody', () => {
    const a = article(`LA PAZ — Protests continued on Sunday in the capital.

Two people died in clashes with the self-declared "interim" government that replaced President Tomas Arreza last week.`);
    expect(both(a, 'interim').ranked).toBeNull();
  });

  it('keeps nobody where the rules read the words to no person (a sign), though the model alone would name the person beside it', () => {
    const a = article(`SAN DIEGO — Hundreds gathered at the border fence on Sunday.

Maria Olvera, a 31-year-old teacher from Los Angeles, said she was glad to see so many banners on both sides, and a kite flying above the fence read, "everyone is welcome here, whoever you are."`);
    const { ranked, rules } = both(a, 'everyone is welcome here');
    expect(rules).toBeNull();
    expect(ranked).toBeNull();
    let modelAlone: string | null = 'unset';
    extractQuotes(a, { model: null, onCandidates: (q, cands) => { if (q.text.startsWith('everyone is welcome')) modelAlone = pickSpeaker(cands, SPEAKER_MODEL!); } });
    expect(modelAlone).toBe('Maria Olvera');
  });

  it('keeps the rules\' speaker over a person named closer to the quote', () => {
    const a = article(`BERLIN — The coalition talks collapsed late on Thursday.

"We will not sign a budget that cuts pensions, whatever the finance minister, Greta Holm, proposes next," Chancellor Martin Vogt told reporters.`);
    expect(both(a, 'We will not sign a budget').ranked).toBe('Martin Vogt');
  });
});

describe('pickSpeaker', () => {
  const model: SpeakerModel = { weights: Object.fromEntries(FEATURES.map((f) => [f, f === 'rule' ? 4 : 0])) as SpeakerModel['weights'], bias: -2 };
  const cand = (name: string, rule: number): Candidate => ({ name, x: FEATURES.map((f) => (f === 'rule' ? rule : 0)) });
  it('takes the best candidate when it reaches one half, else nobody', () => {
    expect(pickSpeaker([cand('A', 0), cand('B', 1)], model)).toBe('B');
    expect(pickSpeaker([cand('A', 0), cand('C', 0)], model)).toBeNull();
    expect(pickSpeaker([], model)).toBeNull();
  });
});
