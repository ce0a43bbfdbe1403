/**
 * audit65: how often a Left-out card's count disagrees with its Shared twin's because of a source group (near-copies, or
 * one outlet's several articles: lib/sidebar/view.ts `Source.key`, "near-copies counted once"). Shared counts a group as
 * telling a sentence when any of its articles tells it; the Left-out badge ("left out by N of M other outlets", "only
 * here") counted it as leaving the sentence out when any of its articles lacks it — so on the Band Aid reading (audit65)
 * one card said "left out by 2 of 3 other outlets" beside "Told by itv.com, breakingnews.iol.ie and news.scotsman.com",
 * and its twin "in 3 of 4 outlets". Counts only, nothing of the texts printed.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/audit65-groups.ts [--only gvc,mn,…] [--lines /tmp/x.tsv]
 *
 * --lines writes every Left-out card's visible lines (badge, "Missing from", the twin line, the marked-part hint) and every
 * Shared card's "Missing from … see Left out" line, one card a row keyed by reading and unit: diff two trees' files.
 *
 * Readings: every dev card sheet's (bench/cards63-cards.ts `events`, cards59's protocol `readings`: the seeds and the
 * zyte pages as distractors) and the 17 dev sets of bench/audit62-marked.ts (each article as the page).
 */
import { writeFileSync } from 'node:fs';
import { buildView, inLeftOutLead, inSharedLead, leftOutBadge, leftOutHint, missingFromLine, TOP_CARDS, type LeftOutItem, type ReportView } from '../lib/sidebar/view.ts';
import type { Report } from '../lib/types.ts';
import { events } from './cards63-cards.ts';
import { readings } from './cards59-wns.ts';
import { markedReadings } from './audit62-marked.ts';
import { optionValue } from './args.ts';

interface Tally { readings: number; grouped: number; cards: number; top: number; split: number; splitTop: number; onlyHere: number; none: number }
const blank = (): Tally => ({ readings: 0, grouped: 0, cards: 0, top: 0, split: 0, splitTop: 0, onlyHere: 0, none: 0 });

/** The groups a Left-out card counts as leaving the sentence out though one of the group's articles tells it. */
function splitKeys(item: LeftOutItem, view: ReportView): Set<string> {
  const missing = new Set(item.missingFrom.map((s) => s.id));
  return new Set(item.missingFrom.filter((s) => view.sources.some((t) => t.key === s.key && !missing.has(t.id) && !t.summaryOnly)).map((s) => s.key));
}

const lines: string[] = [];

function count(t: Tally, reading: string, report: Report): void {
  const view = buildView(report);
  for (const x of view.leftOut) lines.push([reading, 'L', x.i, leftOutBadge(x), missingFromLine(x), inSharedLead(x) ?? '', leftOutHint(x) ?? ''].join('\t'));
  for (const x of view.shared) lines.push([reading, 'S', x.i, `in ${x.count} of ${x.total}`, inLeftOutLead(x) ?? ''].join('\t'));
  t.readings++;
  if (new Set(view.sources.map((s) => s.key)).size < view.sources.length) t.grouped++;
  view.leftOut.forEach((item, k) => {
    t.cards++;
    if (k < TOP_CARDS) t.top++;
    const split = splitKeys(item, view);
    if (!split.size) return;
    t.split++;
    if (k < TOP_CARDS) t.splitTop++;
    if (leftOutBadge(item).includes('only here')) t.onlyHere++;
    if (split.size === new Set(item.missingFrom.map((s) => s.key)).size) t.none++;
  });
}

const argv = process.argv.slice(2);
const only = optionValue('--only', argv)?.split(',');
const sheets = blank();
const marked = blank();
for await (const { ev, r } of readings(events(only))) count(sheets, `${ev.half}:${ev.event}`, r);
for await (const { name, page, report } of markedReadings(true)) count(marked, `${name}:${page.id}`, report);
const out = optionValue('--lines', argv);
if (out) writeFileSync(out, lines.join('\n') + '\n');
for (const [name, t] of [['card sheets (119 dev readings)', sheets], ['17 dev sets of audit62-marked', marked]] as const)
  console.log(
    `${name}: ${t.readings} readings, ${t.grouped} with a source group; left-out cards ${t.cards} (top ${TOP_CARDS}: ${t.top}); ` +
      `counting a group one of whose articles tells it: ${t.split} (top: ${t.splitTop}), of them badged "only here": ${t.onlyHere}, ` +
      `every group counted having a teller (the count would be 0): ${t.none}`,
  );
