/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6
 * (542 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak6.md. null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 5.0012,
    ruleOther: -0.8829,
    ruleNobody: 0.0000,
    sameSentence: 0.5704,
    subject: 1.0176,
    verbBeside: 0.3034,
    logDistance: 0.3264,
    before: 0.6515,
    sameParagraph: 1.5214,
    logMentions: -0.1311,
    lastSpeaker: 1.0053,
    pronoun: 0.0465,
    personEvidence: 1.6759,
    logQuoteWords: 0.5009,
    cueInSentence: 0.0722,
  },
  bias: -7.4883,
};
