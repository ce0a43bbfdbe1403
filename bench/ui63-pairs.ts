/**
 * ui63: how often one sentence of the page stands both in Left out and in Shared (marked or not), and whether the two
 * new lines (LeftOutItem.toldBy, SharedItem.missing; view.ts inSharedLead / inLeftOutLead) fall on exactly those cards
 * and agree with each other; plus a hash of every view with the two fields removed, to show that no card's facts change:
 * with `--base DIR` (a `git archive` of main), the same reports drawn by DIR's lib/sidebar/view.ts are hashed too and
 * the two hashes must be equal. Dev sets only (audit62-marked.ts MARKED_SETS, every article read as the page); counts
 * only, no text printed.
 *
 *   nice npx tsx bench/ui63-pairs.ts [--base /tmp/main]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { optionValue } from './args.ts';
import { buildView, inLeftOutLead, inSharedLead, TOP_CARDS, type Source } from '../lib/sidebar/view.ts';
import { markedReadings } from './audit62-marked.ts';

const t = { readings: 0, leftOut: 0, marked: 0, pairs: 0, markedPairs: 0, top: 0, both: 0, noLeft: 0, noShared: 0, overruled: 0, wrong: 0, sameName: 0 };
const hash = createHash('sha256');
const base = optionValue('--base');
const baseView: typeof buildView | null = base ? (await import(resolve(base, 'lib/sidebar/view.ts'))).buildView : null;
const baseHash = createHash('sha256');
const ids = (xs: Source[] = []) => xs.map((s) => s.id).sort().join(',');
for await (const { report } of markedReadings()) {
  const view = buildView(report);
  if (baseView) baseHash.update(JSON.stringify(baseView(report)));
  t.readings++;
  const shared = new Map(view.shared.map((x) => [x.i, x]));
  for (const [rank, x] of view.leftOut.entries()) {
    const twin = shared.get(x.i);
    const marked = !!x.novel?.length;
    t.leftOut++;
    if (marked) t.marked++;
    const m = twin?.missing;
    if (!twin || !m) {
      if (x.toldBy || m) t.wrong++; // a line on a sentence in one section only
      continue;
    }
    t.pairs++;
    if (marked) t.markedPairs++;
    if (rank < TOP_CARDS || view.shared.indexOf(twin) < TOP_CARDS) t.top++;
    const left = inSharedLead(x);
    const right = inLeftOutLead(twin);
    if (left && right) t.both++;
    if (!left) t.noLeft++;
    if (!right) t.noShared++;
    // The lines against the cards: Left out's "told by" is the Shared card's list, Shared's "missing" the Left-out
    // card's outlets split as its hint splits them, minus any source the engine both aligns and calls lacking it all.
    const tellers = twin.sentences.map((s) => s.source);
    const whole = marked ? x.wholeFrom ?? [] : x.missingFrom;
    const overruled = tellers.filter((s) => whole.includes(s));
    if (overruled.length) t.overruled++;
    const ok =
      ids(x.toldBy) === ids(tellers.filter((s) => !overruled.includes(s))) &&
      ids(m.whole) === ids(whole.filter((s) => !overruled.includes(s))) &&
      ids(m.part) === ids(marked ? x.partFrom : []) &&
      !x.toldBy!.some((s) => m.whole.includes(s));
    if (!ok) t.wrong++;
    // One outlet's name on both sides of a pair (two articles of one outlet, one telling it and one not).
    if (x.toldBy!.some((s) => m.whole.some((w) => w.name === s.name))) t.sameName++;
  }
  for (const x of view.leftOut) delete x.toldBy;
  for (const x of view.shared) delete x.missing;
  hash.update(JSON.stringify(view));
}
console.log(
  `${t.readings} readings, ${t.leftOut} Left-out cards (${t.marked} marked): ${t.pairs} also in Shared (${t.markedPairs} marked; ` +
    `${t.top} with a card in a top ${TOP_CARDS}). Lines on both cards: ${t.both}; no Left-out line: ${t.noLeft}, no Shared line: ` +
    `${t.noShared}; pairs where the engine both aligns an article and calls it lacking all: ${t.overruled}; ` +
    `lines missing, stray or disagreeing with the cards: ${t.wrong}; pairs naming one outlet on both sides: ${t.sameName}`,
);
console.log(`view hash without the new fields: ${hash.digest('hex').slice(0, 16)}${base ? `; ${base}'s view: ${baseHash.digest('hex').slice(0, 16)}` : ''}`);
