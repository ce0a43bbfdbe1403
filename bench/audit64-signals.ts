/**
 * audit64: how often a marked Added card ("Only the marked part is new: this article tells the rest") weighs, and gives
 * as its reason, a figure, a quote, a consequence or a name that lies in the part this article tells — on the dev
 * readings of bench/audit62-marked.ts (17 sets, every article as the page; counts only, no text printed).
 *
 *   npx tsx bench/audit64-signals.ts
 *
 * For every Added card of a reading (and for those in the top 5 as ranked on this tree), compares rank.ts `signals` of
 * the whole sentence with `markedSignals` (its marked parts only): a signal the whole has and the marks lack is the
 * page's own.
 */
import { markedSignals, signals, type Signals } from '../lib/engine/rank.ts';
import { TOP_CARDS } from '../lib/sidebar/view.ts';
import { markedReadings } from './audit62-marked.ts';

const KINDS = ['figure', 'quote', 'consequence', 'name'] as const;
const has = (s: Signals, k: (typeof KINDS)[number]) => (k === 'figure' ? s.figure !== null : s[k]);

const tally = { all: { cards: 0, marked: 0, differ: 0 }, top: { cards: 0, marked: 0, differ: 0, whyFigure: 0, whyQuote: 0 } };
const byKind = Object.fromEntries(KINDS.map((k) => [k, { all: 0, top: 0 }])) as Record<(typeof KINDS)[number], { all: number; top: number }>;
let readings = 0;
for await (const { report: r } of markedReadings()) {
  readings++;
  r.added.forEach((c, k) => {
    const top = k < TOP_CARDS;
    tally.all.cards++;
    if (top) tally.top.cards++;
    if (!c.novel?.length) return;
    tally.all.marked++;
    if (top) tally.top.marked++;
    const whole = signals(c.text);
    const marked = markedSignals(c.text, c.novel);
    const lost = KINDS.filter((x) => has(whole, x) && !has(marked, x));
    if (lost.length) {
      tally.all.differ++;
      if (top) tally.top.differ++;
    }
    for (const x of lost) {
      byKind[x].all++;
      if (top) byKind[x].top++;
    }
    // The reason a reader reads under the card on main ("gives a figure (…)", "quotes someone"), from the told part.
    if (top && whole.figure && !marked.figure) tally.top.whyFigure++;
    if (top && whole.quote && !marked.quote) tally.top.whyQuote++;
  });
}
console.log(`${readings} readings`);
console.log(`all Added cards: ${tally.all.cards}, marked ${tally.all.marked}, with a signal only in the told part ${tally.all.differ}`);
console.log(`top-${TOP_CARDS} Added cards: ${tally.top.cards}, marked ${tally.top.marked}, with a signal only in the told part ${tally.top.differ}`);
console.log(`  of those, reason "gives a figure" from the told part ${tally.top.whyFigure}, "quotes someone" ${tally.top.whyQuote}`);
for (const x of KINDS) console.log(`  ${x} only in the told part: all ${byKind[x].all}, top ${byKind[x].top}`);
