/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7
 * (590 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak7.md (speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.3725,
    ruleOther: -1.4176,
    ruleNobody: 0.0000,
    sameSentence: 0.4282,
    subject: 1.4367,
    verbBeside: 0.4959,
    logDistance: 0.3048,
    before: 0.6161,
    sameParagraph: 1.8012,
    logMentions: -0.3262,
    lastSpeaker: 1.2072,
    pronoun: 0.4292,
    personEvidence: 0.5321,
    logQuoteWords: 0.7323,
    cueInSentence: 0.3064,
    entity: -0.6471,
    nounSubject: -0.7308,
  },
  bias: -6.6019,
  threshold: 0.5,
};
