/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7, sealed8
 * (641 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak8.md (speak7.md, speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.1267,
    ruleOther: -1.3154,
    ruleNobody: 0.0000,
    sameSentence: 0.4506,
    subject: 1.5784,
    verbBeside: 0.6753,
    logDistance: 0.2176,
    before: 0.4824,
    sameParagraph: 1.6167,
    logMentions: -0.3890,
    lastSpeaker: 1.0966,
    pronoun: 0.1627,
    personEvidence: 0.4581,
    logQuoteWords: 0.7320,
    cueInSentence: 0.1602,
    entity: -0.5962,
    nounSubject: -0.6083,
    resolved: 1.4301,
  },
  bias: -5.9877,
  threshold: 0.5,
};
