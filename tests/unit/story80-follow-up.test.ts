/**
 * story80: a follow-up beyond the date window (lib/engine/story.ts followUp; docs/notes/story80.md). Two dated reports
 * further apart than STORY_DAYS that the model takes for one story are related when they agree on the event's specific
 * details (here the victim written with his age, "Scott Russell, 46,"); the same wording about another victim is
 * another event. ECB+ reports of the Oregon bank bomb (tests/data/story, CC BY 3.0, see ATTRIBUTION), dated for the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findRelated, MemoryIndex, relatedStory } from '../../lib/engine';
import { STORY_DAYS } from '../../lib/engine/story';
import type { Article } from '../../lib/types';
import { loadEcbSample } from '../data/engine/fixtures';

let ecb: Article[], seeds: Article[], get: (id: string) => Article;
beforeAll(async () => void ({ ecb, seeds, get } = await loadEcbSample()));

describe('story80: the same event reported again weeks later', () => {
  const page = () => ({ ...get('ecb-8_2'), date: '2008-12-13' });
  // Another report of the same bomb, dated 63 days later: it names the dead officer with his age, as the page does.
  const later = () => ({ ...get('ecb-8_1'), id: 'later', date: '2009-02-14' });
  // The same words about another victim: another bombing of the same kind, not this story.
  const otherVictim = () => {
    const a = get('ecb-8_1');
    expect(a.text).toContain('Scott Russell, 46,');
    return { ...a, id: 'other', date: '2009-02-14', text: a.text.replaceAll('Scott Russell, 46,', 'Mark Ellis, 29,').replaceAll('Russell', 'Ellis') };
  };
  const others = () => ecb.filter((x) => !['ecb-8_1', 'ecb-8_2'].includes(x.id));

  it('a report of the same bombing two months later, naming the victim with his age, is related', async () => {
    const far = later();
    const index = new MemoryIndex([far, ...others(), ...seeds]);
    const { candidates } = await findRelated(page(), index);
    const c = candidates.find((x) => x.article.id === 'later')!;
    expect(c.apart).toBeGreaterThan(STORY_DAYS);
    expect(c.related).toBe(true);
    // The product's path (the page's own decision with storyOnly, closure, coherence, consistency) keeps it.
    expect((await relatedStory(page(), index)).filter((x) => x.related).map((x) => x.article.id)).toContain('later');
  });

  it('the same words about another victim, two months later, are not related', async () => {
    const index = new MemoryIndex([otherVictim(), ...others(), ...seeds]);
    const { candidates } = await findRelated(page(), index);
    expect(candidates.find((x) => x.article.id === 'other')?.related ?? false).toBe(false);
    expect((await relatedStory(page(), index)).filter((x) => x.related).map((x) => x.article.id)).not.toContain('other');
  });
});
