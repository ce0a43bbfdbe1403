/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6
 * (542 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak6.md. null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.8417,
    ruleOther: -0.8505,
    ruleNobody: 0.0000,
    sameSentence: 0.4942,
    subject: 1.0706,
    verbBeside: 0.3237,
    logDistance: 0.2456,
    before: 0.5730,
    sameParagraph: 1.5449,
    logMentions: -0.1582,
    lastSpeaker: 1.0394,
    pronoun: 0.1564,
    personEvidence: 1.6836,
    logQuoteWords: 0.4740,
    cueInSentence: 0.0791,
  },
  bias: -7.1447,
};
