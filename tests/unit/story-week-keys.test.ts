/**
 * Week-scoped story keys (lib/engine/keys.ts storyKeys, lib/engine/story.ts storyPool; docs/notes/story30.md): in a
 * corpus of many same-kind reports, two short reports of one event that share only words every report carries
 * ("police", "shooting", the town) are fetched as each other's candidates when both are dated within the story window,
 * and not when the partner is months away. Cases written for the test.
 */
import { describe, expect, it } from 'vitest';
import { indexKeys, keyParts, storyKeys, storyWeek } from '../../lib/engine/keys';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { storyPool } from '../../lib/engine/story';
import type { Article } from '../../lib/types';
import { article as stored } from './store-helpers';

const article = (id: string, title: string, text: string, date: string | null): Article => stored({ id, title, text, date, outlet: id.split('-')[0]! });

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const T0 = Date.parse('2031-03-04');

// Many reports of other shootings in one town, spread over a year, each with words of its own.
const towns = ['Millbrook'];
const others = Array.from({ length: 120 }, (_, i) =>
  article(
    `other-${String(i).padStart(3, '0')}`,
    `Police investigate shooting in ${towns[0]}`,
    `Police said a man was shot on ${['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir'][i % 6]} Street late on a weeknight in ${towns[0]}. ` +
      `Officers found the victim, identified as resident number ${i}, wounded near a parked ${['sedan', 'truck', 'van', 'coupe'][i % 4]}. ` +
      `Detectives ask witnesses of the shooting to call police. Word${i}a word${i}b word${i}c word${i}d.`,
    iso(T0 + (i - 60) * 3 * DAY),
  ),
);
// The page and its partner: one event told by two outlets in different words; what they share is common to the town's reports.
const page = article(
  'gazette-1',
  'Shooting in Millbrook leaves man wounded',
  'Police said a man was shot in Millbrook on Tuesday night. Detectives did not say whether the shooting was random. ' +
    'Quarrymen tollbooth zeppelin harmonica lighthouse.',
  iso(T0),
);
const partner = (date: string) =>
  article(
    'zz-herald-1',
    'Millbrook police investigate shooting',
    'A man was shot in Millbrook, police said Wednesday. The shooting is under investigation, detectives said. ' +
      'Saxophone orchard velvet pavilion archipelago.',
    date,
  );

describe('week-scoped story keys', () => {
  it('are the salient keys of a dated article scoped to its week, and nothing for an undated one', () => {
    const a = { title: page.title, text: page.text, quotes: [], date: page.date };
    const week = storyWeek(page.date)!;
    expect(storyKeys({ ...a, date: null })).toEqual(indexKeys(a));
    expect(storyKeys(a)).toEqual([...indexKeys(a), ...keyParts(a).salient.map((k) => `${k}@${week}`)]);
    expect(storyWeek('2031-03-04')).toBe(storyWeek('2031-03-05'));
    expect(storyWeek('not a date')).toBeNull();
  });

  it('fetch a same-week partner that shares only the common words of a dense same-kind corpus', async () => {
    const near = new MemoryIndex([...others, page, partner(iso(T0 + DAY))]);
    const { ids } = await storyPool(page, near, { candidateLimit: 10 });
    expect(ids.map((h) => h.id)).toContain('zz-herald-1');
  });

  it('do not fetch it when the partner is months away or the page is undated (the plain keys as before)', async () => {
    const far = new MemoryIndex([...others, page, partner(iso(T0 + 200 * DAY))]);
    expect((await storyPool(page, far, { candidateLimit: 10 })).ids.map((h) => h.id)).not.toContain('zz-herald-1');
    const undated = { ...page, date: null };
    const idx = new MemoryIndex([...others, undated, { ...partner(iso(T0 + DAY)), date: null }]);
    expect((await storyPool(undated, idx, { candidateLimit: 10 })).ids.map((h) => h.id)).not.toContain('zz-herald-1');
  });
});
