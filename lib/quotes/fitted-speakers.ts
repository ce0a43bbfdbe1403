/**
 * The speaker ranker's weights (lib/quotes/ranker.ts): logistic regression over every judged quote's
 * candidates, fitted by `npx tsx bench/fit-speakers.ts --write` on dev, heldout, dev2, wcl-heldout, wcl-dev, wcl-dev2, wcl-dev3, wcl-dev4, wcl-dev5, wcl-fresh6, wcl-sealed7
 * (590 quotes; zyte pages: ../shared/data/zyte-article-extraction, MIT; NewsWCL50: CC BY-SA 4.0).
 * Leave-one-sample-out results: docs/notes/speak7.md (speak6.md before). null would mean the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = {
  weights: {
    rule: 4.3904,
    ruleOther: -1.3332,
    ruleNobody: 0.0000,
    sameSentence: 0.5704,
    subject: 1.2665,
    verbBeside: 0.4707,
    logDistance: 0.2991,
    before: 0.6916,
    sameParagraph: 1.7656,
    logMentions: -0.2341,
    lastSpeaker: 1.2401,
    pronoun: 0.3796,
    personEvidence: 0.4835,
    logQuoteWords: 0.6860,
    cueInSentence: 0.3291,
    entity: -0.6745,
    nounSubject: -0.7884,
  },
  bias: -6.6717,
  threshold: 0.5,
};
