/**
 * match46: the conjunction keys' candidates are scored beside the plain keys' pool, never in it (lib/engine/story.ts
 * `storyPool`, `makeStage`; docs/notes/match46.md). Articles written for the test: a page and a second report of its
 * shooting (no name in common) among 50 reports of other shootings, half in the same town, half at the same kind of
 * place, each sharing one or two of the page's rarer words (match43's corpus). The second report is found by the
 * pairs of salient words and the age the two share; every candidate the plain keys fetch keeps the evidence it had
 * without those keys.
 */
import { describe, expect, it } from 'vitest';
import { findRelated, indexKeys, MemoryIndex } from '../../lib/engine';
import { isConjunctionKey } from '../../lib/engine/keys';
import type { CorpusIndex } from '../../lib/types';
import { article } from './store-helpers';

const TOWNS = ['Ashby', 'Colton', 'Fairlee', 'Granger', 'Halstead'];
const PLACES = ['bakery', 'pharmacy', 'tavern', 'carwash', 'bowling'];
const MID = ['ambulance', 'gurney', 'stairwell', 'sedan', 'casings', 'canvassed', 'cameras', 'porch'];

const page = article({
  id: 'page',
  date: '2026-03-04T00:00:00Z',
  title: 'Dunmore laundromat shooting wounds man',
  text:
    'A 23-year-old man was shot outside a Dunmore laundromat on Tuesday night. The Dunmore laundromat was busy when the shots rang out. ' +
    'Paramedics carried him on a gurney to an ambulance. A neighbor on a porch saw a sedan speed away. Detectives canvassed the stairwell, ' +
    'collected casings and asked for cameras. The laundromat reopened Wednesday, Dunmore officials said.',
});
const partner = article({
  id: 'z-second-report',
  date: '2026-03-05T00:00:00Z',
  title: 'Man hurt in shooting at Dunmore laundromat',
  text:
    'Dunmore police are looking for whoever shot a 23-year-old man at a laundromat late Tuesday. The victim was hurt outside the Dunmore ' +
    'laundromat and is expected to survive. Anyone who saw the shooting at the laundromat is asked to call Dunmore police.',
});
const others = Array.from({ length: 50 }, (_, k) => {
  const sameTown = k < 25;
  const town = sameTown ? 'Dunmore' : TOWNS[k % 5]!;
  const place = sameTown ? PLACES[k % 5]! : 'laundromat';
  const mid = `${MID[k % 8]} and a ${MID[(k + 3) % 8]}`;
  return article({
    id: `d-${String(k).padStart(2, '0')}`,
    date: '2026-03-02T00:00:00Z',
    title: `${town} ${place} shooting wounds man`,
    text:
      `A ${30 + k}-year-old man was shot outside a ${town} ${place} on Monday night. The ${town} ${place} was busy when the shots rang out. ` +
      `Witnesses spoke of the ${mid}. The ${place} reopened Tuesday, ${town} officials said.`,
  });
});

/** The same corpus asked without its conjunction keys (what main asks). */
function plainOnly(index: CorpusIndex): CorpusIndex {
  return Object.assign(Object.create(index) as CorpusIndex, {
    candidates: (keys: string[], limit?: number) => index.candidates(keys.filter((k) => !isConjunctionKey(k)), limit),
  });
}

describe('match46: conjunction keys add candidates beside the pool', () => {
  it('keys an article with pairs of its most salient words and with the ages it gives (match43)', () => {
    const keys = indexKeys(page);
    expect(keys).toContain('p:dunmor+laundrom');
    expect(keys).toContain('a:23');
  });

  it('a second report of the shooting that shares only the town, the place and the age is found and related', async () => {
    const index = new MemoryIndex([page, partner, ...others]);
    const { candidates } = await findRelated(page, index);
    const found = candidates.find((c) => c.article.id === partner.id);
    expect(found).toBeDefined();
    expect(found!.related).toBe(true);
  });

  it('every candidate the plain keys fetch keeps the evidence it has without the conjunction keys', async () => {
    const index = new MemoryIndex([page, partner, ...others]);
    const plain = await findRelated(page, plainOnly(index));
    const both = new Map((await findRelated(page, index)).candidates.map((c) => [c.article.id, c]));
    expect(plain.candidates.length).toBeGreaterThan(30);
    expect(plain.candidates.map((c) => c.article.id)).not.toContain(partner.id);
    for (const c of plain.candidates) {
      const d = both.get(c.article.id)!;
      expect(d).toBeDefined();
      for (const f of ['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back', 'score'] as const) expect(d[f]).toBe(c[f]);
    }
  });
});
