/**
 * story56: the same-day step (lib/engine/story.ts sameDayDecide, docs/notes/story56.md). Two outlets' reports of one
 * event told from different angles — a council's vote to close a library, and the parents' rally outside it the same
 * day — share little text, and the model leaves the second just below its threshold. Published the same day, such a
 * near miss is related; the same near miss three days apart or undated, or one the model gives less than
 * STORY_CLOSURE.pmin, stays the model's. Candidates written for the test.
 */
import { describe, expect, it } from 'vitest';
import { STORY_CLOSURE, STORY_MODEL } from '../../lib/engine/fitted/story';
import { sameDayDecide, type StoryCandidate } from '../../lib/engine/story';
import type { Article } from '../../lib/types';

/** A candidate as findRelated leaves it before the step: related when the model's probability reaches its threshold and the two are within the window. */
const cand = (id: string, score: number, apart: number | null): StoryCandidate =>
  ({ article: { id } as Article, score, apart, related: score >= STORY_MODEL.threshold && (apart === null || apart <= 7) }) as StoryCandidate;
const related = (cs: StoryCandidate[]) => cs.filter((c) => c.related).map((c) => c.article.id);
/** A near miss: above closure's floor, below the threshold. */
const near = (STORY_CLOSURE.pmin + STORY_MODEL.threshold) / 2;

describe('story56: a near miss published the same day is the same story', () => {
  it('relates the rally reported the same day as the vote, not the same report three days later or undated', () => {
    const cs = [cand('courier-vote', 0.9, 0), cand('ledger-rally', near, 0), cand('ledger-rally-later', near, 3), cand('wire-rally-undated', near, null)];
    sameDayDecide(cs, {});
    expect(related(cs)).toEqual(['courier-vote', 'ledger-rally']);
  });

  it('reads "the same day" as less than a day apart, whatever the two timestamps', () => {
    const cs = [cand('morning', near, 0.4), cand('next-day', near, 1)];
    sameDayDecide(cs, {});
    expect(related(cs)).toEqual(['morning']);
  });

  it('leaves a same-day article the model finds far from the page (another decision of the same council) unrelated', () => {
    const cs = [cand('bus-fares', STORY_CLOSURE.pmin - 0.01, 0)];
    sameDayDecide(cs, {});
    expect(related(cs)).toEqual([]);
  });

  it('a closure question decides only the candidates it asks about', () => {
    const cs = [cand('asked', near, 0), cand('not-asked', near, 0)];
    sameDayDecide(cs, { decideOnly: new Set(['asked']) });
    expect(related(cs)).toEqual(['asked']);
  });
});
