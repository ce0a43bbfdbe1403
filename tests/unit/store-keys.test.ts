/**
 * The story keys are pinned: tests/data/keys-expected.json holds articles (seeds, tests/data and 20
 * zyte pages: title, text, quotes) with the keys indexKeys gave them when the fixture was written
 * (bench/keys.ts --write-fixture). Speed work on lib/engine/keys.ts must give exactly the same keys;
 * a deliberate change bumps KEYS_VERSION (stored keys are rebuilt) and rewrites the fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexKeys, KEYS_VERSION } from '../../lib/engine/keys';
import type { Quote } from '../../lib/types';

interface Item {
  id: string;
  title: string;
  text: string;
  quotes: Quote[];
  keys: string[];
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../data/keys-expected.json'), 'utf8')) as {
  keysVersion: number;
  items: Item[];
};

describe('indexKeys is pinned by a fixture', () => {
  it('gives the fixture keys for every article (and the fixture is of this key version)', () => {
    expect(fixture.keysVersion).toBe(KEYS_VERSION);
    expect(fixture.items.length).toBeGreaterThan(40);
    const differ = fixture.items.filter((a) => JSON.stringify(indexKeys(a)) !== JSON.stringify(a.keys)).map((a) => a.id);
    expect(differ).toEqual([]);
  });

  it('gives the same keys however the figures sit in the text (start, end, title only)', () => {
    // Figures at the very start or end of the text and in the title: the figure windows' edges.
    expect(indexKeys({ title: '$4.76 million paid in 2024', text: '' })).toEqual(
      expect.arrayContaining(['d:4760000', 'd:2024']),
    );
    expect(indexKeys({ title: 'Harbour', text: 'Officials counted 454 ships' })).toContain('d:454');
    expect(indexKeys({ title: '', text: '1,200 dockworkers' })).toContain('d:1200');
    expect(indexKeys({ title: '', text: 'about twelve dockworkers and two hundred ships' })).toEqual(
      expect.arrayContaining(['d:12', 'd:200']),
    );
  });
});
