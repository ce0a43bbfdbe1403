/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7
 * (590 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak7.md (speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.3877,
    ruleOther: -1.3390,
    ruleNobody: 0.0000,
    sameSentence: 0.5645,
    subject: 1.2628,
    verbBeside: 0.4694,
    logDistance: 0.3028,
    before: 0.6959,
    sameParagraph: 1.7815,
    logMentions: -0.2380,
    lastSpeaker: 1.2378,
    pronoun: 0.3786,
    personEvidence: 0.4852,
    logQuoteWords: 0.6853,
    cueInSentence: 0.3213,
    entity: -0.6755,
    nounSubject: -0.7916,
  },
  bias: -6.6706,
  threshold: 0.5,
};
