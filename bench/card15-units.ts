/**
 * Which units of the ECB+ audit-dev articles (odd topics; bench/audit14-data.ts) are facts: every
 * unit's text with isFactUnit, one line each, to diff two trees (card15: time stamps, read-on lines).
 *
 *   npx tsx bench/card15-units.ts > A.txt    (in each tree; then diff A.txt B.txt)
 *   npx tsx bench/card15-units.ts --zyte     (the zyte pages instead, ingested as the CLI does: ZYTE_HTML_DIR or ../shared)
 */
import { ecbEvents } from './audit14-data.ts';
import { isFactUnit } from '../lib/engine/features.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';

if (process.argv.includes('--zyte')) {
  for (const a of loadZyte()) for (const u of a.units) console.log(`${a.id.slice(0, 16)}\t${isFactUnit(u) ? 'F' : '-'}\t${u.text}`);
  process.exit(0);
}
const byStory = ecbEvents();
for (const [ev, arts] of [...byStory].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (Number.parseInt(ev, 10) % 2 === 0) continue; // audit-held topics: never read here
  for (const a of arts) for (const u of a.units) console.log(`${a.id}\t${isFactUnit(u) ? 'F' : '-'}\t${u.text}`);
}
