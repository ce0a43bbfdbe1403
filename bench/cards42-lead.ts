/**
 * cards42: how often the lead-in (lib/engine/rank.ts `writerVoice(...).lead`: a line opening "Here is / are / 's", a
 * line ending in ":" outside quotations, a "let's") falls on a news fact, on ECB+ dev (docs/notes/cards42.md). The
 * facts dev sets' count is bench/cards41-voice.ts's `lead` row; this reads ui14's ECB+ dev events
 * (bench/data/ui14-closest-dev.tsv's events, audit14's readings):
 *   - every unit the engine takes for a fact in the events' own articles (ECB+ is news: nearly every such line is a
 *     fact), and how many the lead-in marks;
 *   - the top-5 added and left-out cards of each reading, and the audit sheet's mark of those the lead-in marks.
 *
 *   npx tsx bench/cards42-lead.ts [--show]      # counts; --show prints the marked lines (text: to a terminal only)
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { isFactUnit } from '../lib/engine/features.ts';
import { writerVoice } from '../lib/engine/rank.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';

const show = process.argv.includes('--show');
if (!existsSync(ECB_GIT)) {
  console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
  process.exit(0);
}
const mark = new Map<string, string>();
for (const l of readFileSync('bench/data/ui14-closest-dev.tsv', 'utf8').trim().split('\n').slice(1)) {
  const [key, , , , card] = l.split('\t');
  mark.set(key!, card ?? '');
}
const events = [...new Set([...mark.keys()].map((k) => k.split(':')[0]!))];
const byStory = ecbEvents();
const seeds = await loadSet('seeds');
let units = 0;
let leads = 0;
let cards = 0;
const cardMarks = new Map<string, number>();
for (const ev of events) {
  const reading = auditReading(byStory, ev, seeds);
  if (!reading) continue;
  for (const a of reading.own)
    for (const u of a.units) {
      if (!isFactUnit(u, true)) continue;
      units++;
      if (writerVoice(u.text).lead) {
        leads++;
        if (show) console.log(`unit ${a.id}#${u.i}: ${u.text.slice(0, 200)}`);
      }
    }
  const r = await compareArticle(reading.read, new MemoryIndex(reading.corpus));
  const top = [...r.added.slice(0, 5).map((f, k) => ({ key: `${ev}:A:${k + 1}`, text: f.text })), ...r.leftOut.slice(0, 5).map((f, k) => ({ key: `${ev}:L:${k + 1}`, text: f.text }))];
  for (const c of top) {
    cards++;
    if (!writerVoice(c.text).lead) continue;
    const m = mark.get(c.key) || 'unjudged';
    cardMarks.set(m, (cardMarks.get(m) ?? 0) + 1);
    if (show) console.log(`card ${c.key} ${m}: ${c.text.slice(0, 200)}`);
  }
}
console.log(`ECB+ dev, ${events.length} events: ${leads} of ${units} fact units of their own articles marked as lead-ins`);
console.log(`top-5 added and left-out cards: ${cards}; marked: ${[...cardMarks].map(([m, n]) => `${m} ${n}`).join(', ') || 'none'}`);
