/**
 * story59: another day's item of a series is not the same story (lib/engine/story.ts crossDayDecide). On a dense wire
 * store the model relates a recurring item of one office on another day; what the two share, the series' other issues
 * in the page's pool carry too. A follow-up shares the event's own words. Examples written for the test.
 */
import { describe, expect, it } from 'vitest';
import { crossDayDecide, type StoryCandidate } from '../../lib/engine/story';
import { ingestFile } from '../../lib/ingest';
import type { Article } from '../../lib/types';

const art = (id: string, title: string, text: string): Article => ({ ...ingestFile({ name: `${id}.txt`, content: `${title}\n\n${text}` }).articles[0]!, id });
const ops = (id: string, session: string, mln: number, shortage: number) =>
  art(
    id,
    'Bank of Halvorsen gives money market assistance',
    `The Bank of Halvorsen said it provided the money market with ${mln} mln crowns of assistance in the ${session} session. The bank had forecast a shortage of ${shortage} mln crowns in the system today. It bought bills in band two at established rates.`,
  );
const quake = art('quake', 'Strong earthquake shakes Port Elvira', 'A strong earthquake shook Port Elvira on Tuesday, toppling the Santa Ines bell tower and injuring 14 people, the civil defence office said. The quake measured 6.1 and was centred off the Corvo coast.');
const aftershock = art('aftershock', 'Aftershock rattles Port Elvira', 'An aftershock rattled Port Elvira on Wednesday, a day after the earthquake that toppled the Santa Ines bell tower, the civil defence office said. No new injuries were reported.');
const other = art('other', 'Flooding closes roads in the north', 'Heavy rain closed roads in the north on Wednesday, the civil defence office said. No injuries were reported.');
// A history piece that carries every word the two reports share: one such article is chance, not a series.
const stray = art('stray', 'Port Elvira remembers', 'Port Elvira remembers the strong earthquake of 1950 that shook the town on a Tuesday, toppled the Santa Ines bell tower and injured dozens, the civil defence office said in a statement. The quake was centred off the Corvo coast; a day after, an aftershock rattled the town again. No new injuries were reported.');

/** A candidate of the page as findRelated leaves it after the model: related or not, days apart. */
const cand = (article: Article, related: boolean, apart: number | null) => ({ article, related, apart, score: related ? 0.9 : 0.1 }) as StoryCandidate;
const relatedOf = (page: Article, cs: StoryCandidate[]) => {
  crossDayDecide(page, cs, {});
  return cs.filter((c) => c.related).map((c) => c.article.id);
};

describe('story59: another day\'s item of a series is not the same story', () => {
  const page = ops('thu', 'afternoon', 85, 300);
  const series = [ops('mon', 'morning', 240, 450), ops('tue', 'early', 35, 500), ops('wed', 'afternoon', 120, 250)];

  it('the office\'s operations of another day, related by the model, are not one story when its other days in the pool say the same', () => {
    const cs = [cand(series[0]!, true, 3), cand(series[1]!, false, 2), cand(series[2]!, false, 1), cand(other, false, 0)];
    expect(relatedOf(page, cs)).toEqual([]);
  });

  it.each([
    ['a follow-up a day later that names the event\'s place and tower', cand(aftershock, true, 1), [cand(other, false, 0)]],
    ['the same, when one stray article of the pool carries every word the two share', cand(aftershock, true, 1), [cand(other, false, 0), cand(stray, false, 5)]],
    ['a same-day telling, whatever the pool carries (same-day pairs are the model\'s)', cand(series[2]!, true, 0), series.slice(0, 2).map((a) => cand(a, false, 2))],
    ['an undated pair', cand(series[0]!, true, null), series.slice(1).map((a) => cand(a, false, 1))],
  ])('%s still relates', (_, c, pool) => {
    const here = c.article.id === 'aftershock' ? quake : page;
    expect(relatedOf(here, [c, ...pool])).toEqual([c.article.id]);
  });

  it('a closure question (decideOnly) is left as the model\'s', () => {
    const cs = [cand(series[0]!, true, 3), cand(series[1]!, false, 2), cand(series[2]!, false, 1)];
    crossDayDecide(page, cs, { decideOnly: new Set(['mon']) });
    expect(cs[0]!.related).toBe(true);
  });
});
