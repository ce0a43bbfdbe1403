/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7
 * (590 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak7.md (speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.3724,
    ruleOther: -1.4166,
    ruleNobody: 0.0000,
    sameSentence: 0.4233,
    subject: 1.4370,
    verbBeside: 0.4975,
    logDistance: 0.3058,
    before: 0.6106,
    sameParagraph: 1.8052,
    logMentions: -0.3260,
    lastSpeaker: 1.2063,
    pronoun: 0.4284,
    personEvidence: 0.5095,
    logQuoteWords: 0.7325,
    cueInSentence: 0.3080,
    entity: -0.6478,
    nounSubject: -0.7320,
  },
  bias: -6.5800,
  threshold: 0.5,
};
