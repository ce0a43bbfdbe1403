/**
 * match42: retrieval's last places (lib/engine/read-cache.ts `rankHits`). A page's candidates are the articles that
 * share most of its distinctive keys; at the 40th place many share as many (GVC dev: 19 of 69 in-window pairs not
 * retrieved; Multi-News dev: 28 of 129). Main broke those ties by id; the rarer shared keys now come first. Articles
 * written for the test: a second report of one shooting that shares the page's one rare name, among 45 reports of
 * other shootings in the same town that each share one of the page's more common words.
 */
import { describe, expect, it } from 'vitest';
import { findRelated, MemoryIndex } from '../../lib/engine';
import { rankHits } from '../../lib/engine/read-cache';
import { article } from './store-helpers';

const STREETS = ['Birch', 'Cedar', 'Maple', 'Willow', 'Spruce'];
const WORDS = ['ambulance', 'gurney', 'alley'];
const NAMES = 'Abbott Barlow Crane Dorsey Ellison Fenwick Garrity Holloway Ingram Jessup'.split(' ');

const page = article({
  id: 'page',
  date: '2026-03-04T00:00:00Z',
  title: 'Man wounded in Dunmore shooting',
  text:
    'Dunmore police said a man was shot and wounded on Tuesday night. Officers found Jonah Quarrington near a laundromat with a gunshot wound. ' +
    'A neighbor heard several shots and saw a dark sedan speed away. Quarrington was taken by ambulance to Mercy Hospital in serious condition. ' +
    'Paramedics carried him on a gurney down a stairwell from the porch behind the alley. Detectives asked anyone with information to call the department. ' +
    'The laundromat owner said cameras recorded the sedan. Investigators collected shell casings and canvassed the block overnight.',
});
const partner = article({
  id: 'z-second-report',
  date: '2026-03-05T00:00:00Z',
  title: 'Dunmore man hurt in Tuesday shooting',
  text:
    'A man was shot and wounded Tuesday night, Dunmore police said. The victim, Mr. Quarrington, suffered a gunshot wound and was taken to Mercy Hospital in serious condition. ' +
    'Officers said witnesses heard several shots and saw a dark sedan speed away. Detectives asked anyone with information to call the department.',
});
const others = Array.from({ length: 45 }, (_, k) =>
  article({
    id: `d-${String(k).padStart(2, '0')}`,
    date: '2026-03-02T00:00:00Z',
    title: `Dunmore shooting on ${STREETS[k % 5]} Street`,
    text:
      `Dunmore police said a man was shot and wounded on ${STREETS[k % 5]} Street. Officers found ${NAMES[k % 10]} ${NAMES[(k + 3) % 10]}son with a gunshot wound near the ${WORDS[k % 3]} on Tuesday night. ` +
      `Witnesses saw a dark sedan speed away. He was taken to Mercy Hospital in serious condition. Witnesses heard several shots. Detectives asked anyone with information to call the department.`,
  }),
);

describe('match42: the last places of a story\'s candidates', () => {
  it('among candidates sharing as many keys, the one sharing the rarer keys comes first', () => {
    const ranked = rankHits([['b', 'c', 'd'], ['a', 'b'], ['z']], 3);
    expect(ranked.map((h) => h.id)).toEqual(['b', 'z', 'a']);
  });

  it('a second report of the same shooting that shares the page\'s one rare name is retrieved and related among 45 reports of other shootings', async () => {
    const index = new MemoryIndex([page, partner, ...others]);
    const { candidates } = await findRelated(page, index);
    const ids = candidates.map((c) => c.article.id);
    expect(ids).toContain(partner.id);
    expect(candidates.find((c) => c.article.id === partner.id)?.related).toBe(true);
  });
});
