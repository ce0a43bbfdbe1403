/**
 * story81: a detail agreement read against chance (lib/engine/story.ts chanceOfDetails, detailsAgree; docs/notes/story81.md).
 * A report that lists many ages shares one with any page by chance: beyond the date window that one shared age no longer
 * makes it a follow-up of the page, where a report naming the page's victim with his age still is. ECB+ reports of the
 * Oregon bank bomb (tests/data/story, CC BY 3.0, see ATTRIBUTION), dated for the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findRelated, MemoryIndex, relatedStory } from '../../lib/engine';
import { chanceOfDetails, STORY_DAYS } from '../../lib/engine/story';
import { detailsOf } from '../../lib/engine/story-details';
import type { Article } from '../../lib/types';
import { loadEcbSample } from '../data/engine/fixtures';

let ecb: Article[], seeds: Article[], get: (id: string) => Article;
beforeAll(async () => void ({ ecb, seeds, get } = await loadEcbSample()));

// A year's roll of the state's other blasts and shootings: a dozen people, each with an age, one of them 46.
const ROLL =
  'Earlier this year, blasts and shootings across the state wounded a 17-year-old in Salem, a 19-year-old and a 23-year-old in Eugene, ' +
  'a 27-year-old in Bend, a 31-year-old and a 34-year-old in Medford, a 38-year-old in Albany, a 41-year-old in Corvallis, ' +
  'a 46-year-old in Gresham, a 52-year-old in Hillsboro, a 58-year-old in Beaverton and a 63-year-old in Tigard.';

describe('story81: one shared age among many is chance', () => {
  const page = () => ({ ...get('ecb-8_2'), date: '2008-12-13' });
  const others = () => ecb.filter((x) => !['ecb-8_1', 'ecb-8_2'].includes(x.id));
  // Another bombing two months later, with another victim, that lists a dozen ages: one of them is the page's 46.
  const roll = () => {
    const a = get('ecb-8_1');
    expect(a.text).toContain('Scott Russell, 46,');
    const text = a.text.replaceAll('Scott Russell, 46,', 'Mark Ellis, 29,').replaceAll('Russell', 'Ellis');
    return { ...a, id: 'roll', date: '2009-02-14', text: `${text}\n\n${ROLL}` };
  };

  it('a later report sharing one age of the dozen it lists is not a follow-up of the page', async () => {
    const m = chanceOfDetails(detailsOf(page()), detailsOf(roll()));
    expect(m.shared).toBe(1);
    const index = new MemoryIndex([roll(), ...others(), ...seeds]);
    const { candidates } = await findRelated(page(), index);
    const c = candidates.find((x) => x.article.id === 'roll')!;
    expect(c.apart).toBeGreaterThan(STORY_DAYS);
    expect(c.related).toBe(false);
    expect((await relatedStory(page(), index)).filter((x) => x.related).map((x) => x.article.id)).not.toContain('roll');
  });

  it('the same roll with the page\'s victim named with his age is a follow-up', async () => {
    const a = get('ecb-8_1');
    const later = { ...a, id: 'later', date: '2009-02-14', text: `${a.text}\n\n${ROLL}` };
    const index = new MemoryIndex([later, ...others(), ...seeds]);
    const { candidates } = await findRelated(page(), index);
    expect(candidates.find((x) => x.article.id === 'later')!.related).toBe(true);
    expect((await relatedStory(page(), index)).filter((x) => x.related).map((x) => x.article.id)).toContain('later');
  });
});
