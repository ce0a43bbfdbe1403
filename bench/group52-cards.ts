/**
 * Are the sentences one card puts together one fact? The panel shows a fact told by several outlets as one card,
 * "in 3 of 4 other outlets", with each outlet's sentence under it. This reads every such card on the labelled DEV
 * sets against the labels (bench/reading-inputs.ts `sameByLabels`: the two units share a labelled fact or a loose
 * pair of facts):
 *
 * - Others added: each source after the card's first (the sentence shown) from another article, against the first;
 * - Shared: each related article's sentence under a shared card (aligned, or `told: 'differently'`), against this
 *   article's sentence.
 *
 * Pairs are counted same / other (a different fact, or either a non-fact) / unlabelled, and cards with at least one
 * member of another fact. The count a card shows ("in N of M") is then over by the other-fact members.
 *
 *   npx tsx bench/group52-cards.ts [--sets dnc,pompeo] [--list]
 */
import { compareArticle } from '../lib/engine/index.ts';
import { BASIL_DEV_SETS, DEV_SETS, labelledSet } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const sets = (optionValue('--sets', args) ?? DEV_SETS.join(',')).split(',');
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set (held-out cards are never read)`);
const list = args.includes('--list');
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 110);

type Tally = { same: number; other: number; unlabelled: number; cards: number; cardsOther: number };
const zero = (): Tally => ({ same: 0, other: 0, unlabelled: 0, cards: 0, cardsOther: 0 });
const kinds = ['added', 'shared', 'reworded'] as const;
const rows: Record<string, Record<(typeof kinds)[number], Tally>> = {};
/** Shared cards, per (card, related article) with a labelled sentence under it. */
const outlets = { n: 0, any: 0, tells: 0, best: 0, multi: 0, multiAll: 0, multiBest: 0, multiAny: 0 };

for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { sameByLabels } = labelsOf(name, set.articles);
  const text = new Map(set.articles.map((a) => [a.id, a]));
  const unit = (id: string, i: number) => sh(text.get(id)?.units[i]?.text ?? '?');
  const row = (rows[name] = { added: zero(), shared: zero(), reworded: zero() });
  const tally = (t: Tally, pairs: Array<[string, number, string, number]>, card: string) => {
    if (!pairs.length) return;
    t.cards++;
    let other = false;
    for (const [a, i, b, j] of pairs) {
      const v = sameByLabels(a, i, b, j);
      if (v === null) t.unlabelled++;
      else if (v) t.same++;
      else {
        t.other++;
        other = true;
        if (list) console.log(`  ${name} ${card}: ${unit(a, i)}\n      ≠ ${unit(b, j)}`);
      }
    }
    if (other) t.cardsOther++;
  };
  for (const x of set.articles) {
    const rep = await compareArticle(x, set.index);
    for (const c of rep.added) {
      const [first, ...rest] = c.sources;
      if (!first) continue;
      tally(row.added, rest.filter((s) => s.id !== first.id).map((s) => [first.id, first.i, s.id, s.i]), 'added');
    }
    for (const c of rep.shared) {
      const aligned = c.sources.filter((s) => !s.told);
      const reworded = c.sources.filter((s) => s.told === 'differently');
      tally(row.shared, aligned.map((s) => [x.id, c.i, s.id, s.i]), 'shared');
      // Per related article under the card: is the outlet counted right (any of its sentences is the fact), and is
      // its most similar sentence (the alignment's own s) the fact?
      const byArt = new Map<string, typeof c.sources>();
      for (const s of c.sources) byArt.set(s.id, [...(byArt.get(s.id) ?? []), s]);
      for (const [id, ss] of byArt) {
        const v = ss.map((s) => sameByLabels(x.id, c.i, id, s.i));
        if (v.every((y) => y === null)) continue;
        const best = ss.reduce((a, b) => ((b.s ?? 0) > (a.s ?? 0) ? b : a));
        outlets.n++;
        if (v.some((y) => y === true)) outlets.any++;
        // The count's own truth: the outlet tells the fact in some sentence, under the card or not (group53).
        if (v.some((y) => y === true) || (text.get(id)?.units ?? []).some((u) => sameByLabels(x.id, c.i, id, u.i) === true)) outlets.tells++;
        if (sameByLabels(x.id, c.i, id, best.i) === true) outlets.best++;
        if (ss.length > 1) {
          outlets.multi++;
          if (v.every((y) => y === true)) outlets.multiAll++;
          if (sameByLabels(x.id, c.i, id, best.i) === true) outlets.multiBest++;
          if (v.some((y) => y === true)) outlets.multiAny++;
        }
      }
      tally(row.reworded, reworded.map((s) => [x.id, c.i, s.id, s.i]), 'shared, told differently');
    }
  }
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
console.log('\n| set | card kind | cards with ≥ 1 other member | members: same fact / other / unlabelled | precision of members |');
console.log('|---|---|---|---|---|');
const total: Record<string, Tally> = {};
for (const [name, row] of Object.entries(rows)) {
  for (const k of kinds) {
    const t = row[k];
    const T = (total[k] ??= zero());
    for (const f of Object.keys(t) as Array<keyof Tally>) T[f] += t[f];
    console.log(`| ${name} | ${k} | ${t.cardsOther} / ${t.cards} | ${t.same} / ${t.other} / ${t.unlabelled} | ${pct(t.same, t.same + t.other)} |`);
  }
}
for (const k of kinds) {
  const t = total[k]!;
  console.log(`| **all** | ${k} | ${t.cardsOther} / ${t.cards} | ${t.same} / ${t.other} / ${t.unlabelled} | **${pct(t.same, t.same + t.other)}** |`);
}
console.log(`\nShared cards, per related article under a card (${outlets.n}): the outlet counted right (one of its sentences is the fact) ${outlets.any} (${pct(outlets.any, outlets.n)}); its most similar sentence is the fact ${outlets.best} (${pct(outlets.best, outlets.n)}).`);
console.log(`Of these, ${outlets.multi} show more than one sentence of the outlet: all of them the fact ${outlets.multiAll}, the most similar one ${outlets.multiBest}, any ${outlets.multiAny}.`);
console.log(`The outlet tells the fact in some sentence, under the card or not (the count "in N of M" is right for it): ${outlets.tells} (${pct(outlets.tells, outlets.n)}).`);
