/**
 * qty65: how often the dev texts write a year range ("1973-90", "1989-2013", "1998–2001") or a four-digit clock time
 * before a time zone ("1755 GMT", "0900 GMT", "1430 local time"), and how lib/nlp/quantities.ts `figureValues` reads
 * each: its second side / the time as a count (what rank.ts `signals` gives as "gives a figure (…)"), a year, or nothing;
 * and the quoted spans with a lower-case contraction ("it's") that lib/nlp `titleCased` takes for a title. Counts only
 * (the "gives a figure" reason is rank.ts `signals` of the figure's paragraph), no text printed but with `--show`
 * (docs/notes/qty65.md).
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/qty65-count.ts [--show]   # the 17 dev sets (audit62-marked) and every dev card sheet's readings
 *   npx tsx bench/qty65-count.ts --rows --sheet S:V:POOL … [--earlier LISTING] [--list]
 *
 * `--rows`: every judged figure row re-read offline (bench/conf-readings.ts): the rows whose two sentences conflicts'
 * `figureDifference` still finds a difference in, and the rows that write a year range or a four-digit clock time.
 *
 * Texts: every article of bench/audit62-marked.ts `markedSets()` and of bench/cards63-cards.ts `events()` (the dev card
 * sheets' readings; never a held set), each text counted once.
 */
import { markedSets } from './audit62-marked.ts';
import { figureValues } from '../lib/nlp/quantities.ts';
import { quantities, quotedSpans, titleCased } from '../lib/nlp/index.ts';
import { figureDifference } from '../lib/engine/conflicts.ts';
import { judgedFigureRows, printReadings } from './conf-readings.ts';
import { signals } from '../lib/engine/rank.ts';

/** A year (1000–2100) and a dash and a second side of two or four digits: the second side's offset in the match. */
const YEAR_RANGE = /\b(1\d{3}|20\d{2})\s?[-\u2013\u2014]\s?(\d{4}|\d{2})\b(?![-\u2013]\d)/g;
/** Four digits, an hour and its minutes, then a time zone's letters or "local time". */
const CLOCK = /\b([01]\d|2[0-3])[0-5]\d\s(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local time)\b/g;
const CONTRACTION = /\b\p{Ll}+['’](?:s|t|re|ve|ll|d|m)\b/u;
/** `--show`: each range or time read as a count or as nothing, and each title, with its context (dev text, to the terminal only). */
const show = process.argv.includes('--show');

if (process.argv.includes('--rows')) {
  const writes = (t: string) => new RegExp(YEAR_RANGE.source).test(t) || new RegExp(CLOCK.source).test(t);
  printReadings(
    judgedFigureRows(),
    {
      'figureDifference finds a difference': (ta, tb) => figureDifference(quantities(ta), quantities(tb)) !== null,
      'a side writes a year range or a clock time': (ta, tb) => writes(ta) || writes(tb),
    },
    process.argv.includes('--list'),
  );
  process.exit(0);
}

// Loaded here, not at the top: cards63-cards.ts reads the command line when it loads (its `--sheet` is not `--rows`'s).
const { events } = await import('./cards63-cards.ts');
const texts = new Map<string, string>();
for await (const { articles } of markedSets(true)) for (const a of articles) texts.set(a.text, 'sets');
for (const e of events(['gvc', 'mn', 'c40', 'c41', 'c42', 'c43', 'wns', 'pac'])) for (const a of e.own) if (!texts.has(a.text)) texts.set(a.text, 'sheets');

type Tally = { found: number; count: number; year: number; other: number; none: number; reason: number };
const tally = (): Tally => ({ found: 0, count: 0, year: 0, other: 0, none: 0, reason: 0 });
const out: Record<string, Record<string, Tally>> = { sets: { range: tally(), clock: tally() }, sheets: { range: tally(), clock: tally() } };
const quotes: Record<string, { contraction: number; title: number }> = { sets: { contraction: 0, title: 0 }, sheets: { contraction: 0, title: 0 } };
for (const [text, where] of texts) {
  for (const para of text.split(/\n+/)) {
    const figs = figureValues(para);
    const read = (t: Tally, at: number, end: number) => {
      t.found++;
      const q = figs.find((f) => f.start <= at && f.end > at) ?? figs.find((f) => f.start >= at && f.start < end);
      if (show && (!q || q.kind === 'count')) console.log(`  ${q ? 'count' : 'none'}: ${para.slice(Math.max(0, at - 60), end + 40).replace(/\s+/g, " ")}`);
      if (!q) t.none++;
      else if (q.kind === 'count') t.count++;
      else if (q.kind === 'year') t.year++;
      else t.other++;
      const fig = signals(para).figure;
      if (q && fig !== null && fig === q.text) t.reason++;
    };
    for (const m of para.matchAll(YEAR_RANGE)) read(out[where]!.range!, m.index! + m[0].length - m[2]!.length, m.index! + m[0].length);
    for (const m of para.matchAll(CLOCK)) read(out[where]!.clock!, m.index!, m.index! + 4);
    for (const q of quotedSpans(para)) {
      if (!CONTRACTION.test(q.text)) continue;
      quotes[where]!.contraction++;
      if (titleCased(q.text)) quotes[where]!.title++;
      if (show && titleCased(q.text)) console.log(`  title: ${q.text}`);
    }
  }
}
console.log(`${texts.size} texts (${[...texts.values()].filter((w) => w === 'sets').length} of the 17 dev sets, the rest the dev card sheets' readings)`);
for (const [where, t] of Object.entries(out))
  for (const [what, n] of Object.entries(t))
    console.log(`${where} ${what}: ${n.found} written; read as count ${n.count}, year ${n.year}, other ${n.other}, no figure ${n.none}; the "gives a figure" reason ${n.reason}`);
for (const [where, n] of Object.entries(quotes)) console.log(`${where} quoted spans with a lower-case contraction: ${n.contraction}, taken for a title ${n.title}`);
