/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6
 * (542 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak6.md. null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.8258,
    ruleOther: -0.8634,
    ruleNobody: 0.0000,
    sameSentence: 0.4720,
    subject: 1.0663,
    verbBeside: 0.3376,
    logDistance: 0.2409,
    before: 0.5536,
    sameParagraph: 1.5576,
    logMentions: -0.1643,
    lastSpeaker: 1.0320,
    pronoun: 0.1580,
    personEvidence: 1.6892,
    logQuoteWords: 0.4751,
    cueInSentence: 0.0763,
  },
  bias: -7.0971,
  threshold: 0.5,
};
