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
 *   npx tsx bench/cards42-lead.ts --cards SHEET.tsv=DUMP.json …   # per reading of bench/cards42-readings.ts, the
 *                                                # marks of the labelled left-out cards of held-sheet dumps it falls on
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { isFactUnit } from '../lib/engine/features.ts';
import { writerVoice } from '../lib/engine/rank.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import type { Dumped } from './cards40-held.ts';
import { READINGS } from './cards42-readings.ts';

const show = process.argv.includes('--show');
if (process.argv.includes('--cards')) {
  // Labelled top-5 left-out cards of held-sheet dumps (bench/cards40-held.ts --dump), each card once.
  const cards: Array<{ mark: string; cause: string; text: string }> = [];
  for (const pair of process.argv.slice(2).filter((a) => a.includes('='))) {
    const [sheet, file] = pair.split('=') as [string, string];
    const label = new Map(readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [`${x[0]}|${x[1]}`, x]));
    for (const d of JSON.parse(readFileSync(file, 'utf8')) as Dumped[])
      for (const c of d.cards) {
        const l = label.get(`${d.story}|${c.hash}`);
        if (l) cards.push({ mark: l[2]!, cause: l[3] ?? '', text: c.text });
      }
  }
  console.log(`${cards.length} labelled cards`);
  for (const [k, f] of Object.entries(READINGS)) {
    const hit = cards.filter((c) => f(c.text));
    const n = (m: string) => hit.filter((c) => c.mark === m).length;
    console.log(`  ${k.padEnd(8)} R ${n('R')}, P ${n('P')}, W ${n('W')} (W filler ${hit.filter((c) => c.mark === 'W' && c.cause === 'filler').length})`);
    if (show) for (const c of hit) console.log(`    ${c.mark} ${c.cause}: ${c.text.slice(0, 160)}`);
  }
  process.exit(0);
}
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
