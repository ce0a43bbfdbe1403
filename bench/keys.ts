/**
 * Speed of the story-key function (lib/engine/keys.ts `indexKeys`), which every corpus write and
 * every compare pays. Not a test; numbers for the report.
 *
 *   npx tsx bench/keys.ts                 # ms per article over seeds + tests/data + zyte pages (when present)
 *   npx tsx bench/keys.ts --write-fixture # (re)writes tests/data/keys-expected.json: inputs + keys
 *
 * The fixture pins the keys: tests/unit/store-keys.test.ts checks that indexKeys still gives exactly
 * these keys for these inputs (speed work must not change them; a deliberate change bumps
 * KEYS_VERSION and rewrites the fixture with this script).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexKeys, KEYS_VERSION } from '../lib/engine/keys';
import type { Article } from '../lib/types';
import { loadSet, loadZyte, ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures';

const sets = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague'] as const;
const local: Article[] = [];
for (const s of sets) local.push(...(await loadSet(s)));
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('zyte pages absent (../shared): timing seeds + tests/data only');

if (process.argv.includes('--write-fixture')) {
  // Local articles plus the first 20 zyte pages (MIT), inputs included so the test needs no ingestion.
  const items = [...local, ...zyte.slice(0, 20)].map((a) => ({
    id: a.id,
    title: a.title,
    text: a.text,
    quotes: a.quotes,
    keys: indexKeys(a),
  }));
  const path = join(ROOT, 'tests/data/keys-expected.json');
  writeFileSync(path, JSON.stringify({ keysVersion: KEYS_VERSION, items }) + '\n');
  console.log(`wrote ${items.length} articles to ${path}`);
  process.exit(0);
}

function time(label: string, arts: Article[], rounds = 3): void {
  if (!arts.length) return;
  for (const a of arts) indexKeys(a); // warm-up (JIT, stem cache)
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const a of arts) indexKeys(a);
    best = Math.min(best, performance.now() - t0);
  }
  const chars = arts.reduce((n, a) => n + a.text.length, 0);
  console.log(
    `${label}: ${arts.length} articles, ${(chars / arts.length / 1000).toFixed(1)} kB text each: ` +
      `${(best / arts.length).toFixed(2)} ms per article (best of ${rounds})`,
  );
}
// Plain copies (title, text, quotes), so the timing does not pay for the ingested pages' DOM garbage.
const plain = (xs: Article[]) => JSON.parse(JSON.stringify(xs.map((a) => ({ id: a.id, title: a.title, text: a.text, quotes: a.quotes })))) as Article[];
const localPlain = plain(local);
const zytePlain = plain(zyte);
local.length = 0;
zyte.length = 0;
(globalThis as { gc?: () => void }).gc?.();
time('seeds + tests/data', localPlain, 5);
time('zyte pages', zytePlain, 5);
