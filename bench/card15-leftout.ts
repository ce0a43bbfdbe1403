/**
 * Left-out cards whose sentence some outlets tell but for a part (card15, docs/notes/card15.md):
 * on the ECB+ audit readings (bench/audit14-cards.ts: an event's first article against its next 4,
 * the topic's other event and the seeds), every left-out card counted by what its outlets lack:
 *   whole — every article in missingFrom lacks the whole sentence (no marks);
 *   part  — every one lacks only marked parts (marks before card15 too);
 *   mixed — some lack only marked parts (`partly`), the others all of it: before card15 such a
 *           card had no marks and said the whole sentence was missing everywhere.
 *
 *   npx tsx bench/card15-leftout.ts                 # every audit-dev event (odd topics, a and b)
 *   npx tsx bench/card15-leftout.ts 43b 1b --show   # chosen events; --show prints each mixed card
 */
import { existsSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { ecbEvents } from './audit14-data.ts';
import type { LeftOutFact } from '../lib/types.ts';

const PER = 4;
const TOP = 5;
const argv = process.argv.slice(2);
const show = argv.includes('--show');
let events = argv.filter((a) => !a.startsWith('--'));
if (!existsSync(ECB_GIT)) {
  console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
  process.exit(0);
}
if (events.length === 0) for (let t = 1; t <= 45; t += 2) events.push(`${t}a`, `${t}b`);
const byStory = ecbEvents();
const seeds = await loadSet('seeds');
const marked = (f: LeftOutFact) => {
  let out = '';
  let at = 0;
  for (const s of f.novel ?? []) (out += f.text.slice(at, s.start) + '«' + f.text.slice(s.start, s.end) + '»'), (at = s.end);
  return out + f.text.slice(at);
};
const kind = (f: LeftOutFact) => (!f.novel?.length ? 'whole' : !f.partly || f.partly.length === f.missingFrom.length ? 'part' : 'mixed');
const total = { readings: 0, cards: 0, whole: 0, part: 0, mixed: 0, top5: 0, top5mixed: 0, mixedPairs: 0, mixedPartPairs: 0, pairs: 0, alignedWhole: 0 };
for (const ev of events) {
  const topic = ev.slice(0, -1);
  const other = `${topic}${ev.endsWith('a') ? 'b' : 'a'}`;
  const own = (byStory.get(ev) ?? []).slice(0, PER + 1);
  if (own.length < 2) continue;
  const read = own[0]!;
  const r = await compareArticle(read, new MemoryIndex([...own.slice(1), ...(byStory.get(other) ?? []), ...seeds]));
  total.readings++;
  const counts = { whole: 0, part: 0, mixed: 0 };
  r.leftOut.forEach((f, n) => {
    // (card, article) pairs said to lack the whole sentence though that article's unit is aligned with it
    // (the shared card lists it): the coverage decision calls it missing and no part could be placed.
    const sharedWith = new Set(r.shared.find((s) => s.i === f.i)?.sources.map((s) => s.id) ?? []);
    const part = new Set(f.partly?.map((p) => p.id) ?? []);
    total.pairs += f.missingFrom.length;
    total.alignedWhole += f.missingFrom.filter((id) => !part.has(id) && sharedWith.has(id)).length;
    const k = kind(f);
    counts[k]++;
    total[k]++;
    total.cards++;
    if (n < TOP) total.top5++;
    if (k !== 'mixed') return;
    if (n < TOP) total.top5mixed++;
    total.mixedPairs += f.missingFrom.length;
    total.mixedPartPairs += part.size;
    if (show) console.log(`  ${ev}:L:${n + 1} #${f.i} part ${[...part].join(',')} | whole ${f.missingFrom.filter((id) => !part.has(id)).join(',')}\n      ${marked(f)}`);
  });
  console.log(`${ev} ${read.id}: ${r.leftOut.length} left-out cards: ${counts.whole} whole, ${counts.part} part, ${counts.mixed} mixed`);
}
console.log(
  `\n${total.readings} readings, ${total.cards} left-out cards: ${total.whole} whole, ${total.part} marked (every outlet lacks only a part), ${total.mixed} mixed ` +
    `(${total.top5mixed} of the ${total.top5} top-5 cards; ${total.mixedPartPairs} of their ${total.mixedPairs} (card, article) pairs lack only the marked part)`,
);
console.log(`(card, article) pairs: ${total.pairs}; said to lack the whole sentence though aligned with it (shared with that article): ${total.alignedWhole}`);
