/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7, sealed8
 * (641 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak8.md (speak7.md, speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.1373,
    ruleOther: -1.3113,
    ruleNobody: 0.0000,
    sameSentence: 0.4503,
    subject: 1.5786,
    verbBeside: 0.6795,
    logDistance: 0.2183,
    before: 0.4850,
    sameParagraph: 1.6242,
    logMentions: -0.3908,
    lastSpeaker: 1.0899,
    pronoun: 0.1625,
    personEvidence: 0.4599,
    logQuoteWords: 0.7351,
    cueInSentence: 0.1570,
    entity: -0.5964,
    nounSubject: -0.6023,
    resolved: 1.4013,
  },
  bias: -6.0051,
  threshold: 0.5,
};
