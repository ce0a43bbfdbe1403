/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7, sealed8
 * (641 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak8.md (speak7.md, speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.1934,
    ruleOther: -1.3303,
    ruleNobody: 0.0000,
    sameSentence: 0.4083,
    subject: 1.4136,
    verbBeside: 0.6938,
    logDistance: 0.2052,
    before: 0.4525,
    sameParagraph: 1.6009,
    logMentions: -0.4110,
    lastSpeaker: 1.1376,
    pronoun: -0.4851,
    personEvidence: 0.5683,
    logQuoteWords: 0.7576,
    cueInSentence: 0.2316,
    entity: -0.4965,
    nounSubject: -0.7686,
    resolved: 1.7712,
  },
  bias: -6.0721,
  threshold: 0.5,
};
