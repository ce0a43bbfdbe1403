/**
 * group64: the Added grouping (report.ts groupAdded) against the facts labels, on the 17 dev sets (bench/audit62-marked.ts
 * MARKED_SETS: never the held seven nor the sealed BASIL pair). Text-blind: counts only.
 *
 *   npx tsx bench/group64-pairs.ts [--verbose] [--edges]
 *
 * --verbose: each wrong pair and each card counted too low (article ids, unit indices, fact label names); --edges: one line
 * per scored edged pair (right / wrong, mutual best in the two articles' fact matrix, `oneFact` probability, shared actor).
 * Also printed: the edged pairs by what `oneFact` (the report's pair decision: MRPC model at its threshold + actor test)
 * says of them — the evidence for a rule that would keep only pairs it calls one fact.
 *
 * Each article of a set's labelled related group is read against the group's other articles as
 * tests/data/engine/report-against.ts reads it (the story decision is not under test). Then:
 *   - precision: every pair of units of two different related articles that one Added card groups — both carry gold facts
 *     (labels) and share one (right) or share none (wrong); a pair with an unlabelled / non-fact unit is not scored. Each
 *     pair is split by how groupAdded made it: a strong aligned edge of the two related articles, a `mutualBest` pair, or
 *     neither (joined through a third unit of the card).
 *   - recall: every pair of added units (units of any Added card) of two different related articles sharing a gold fact:
 *     grouped in one card or not.
 *   - "in N of M": per card whose first source carries gold facts, N against the related outlets whose units carry one of
 *     those facts (gold N).
 */
import { addedEdges, oneFact, outletKey } from '../lib/engine/report.ts';
import { actorsOf, factMatrix, REPORT_ALIGN } from '../lib/engine/align.ts';
import { sharedActor } from '../lib/engine/conflicts.ts';
import { readingAgainst } from '../tests/data/engine/report-against.ts';
import { labelledOthers, labelledSets } from './audit62-marked.ts';

type Kind = 'strong' | 'mutual' | 'chain';
const tally = () => ({ right: 0, wrong: 0, unscored: 0 });
const byKind: Record<Kind, ReturnType<typeof tally>> = { strong: tally(), mutual: tally(), chain: tally() };
/** Grouped pairs with an edge, by gold (right / wrong) and by `oneFact` (the report's pair decision and actor test). */
const byOneFact = { rightPass: 0, rightFail: 0, wrongPass: 0, wrongFail: 0 };
/** Edges between two added units that groupAdded merges on (before one unit per article), by kind. */
const edges = { strong: 0, mutual: 0 };
const recall = { grouped: 0, apart: 0, apartSameArticleTaken: 0 };
const counts = { right: 0, over: 0, under: 0, unscored: 0 };
const perSet: string[] = [];
const verbose = process.argv.includes('--verbose');


const shares = (x: Set<string>, y: Set<string>) => [...x].some((f) => y.has(f));

for await (const { name, articles, labels, gold } of labelledSets()) {
  const before = { ...byKind.strong, m: { ...byKind.mutual }, c: { ...byKind.chain }, rg: recall.grouped, ra: recall.apart };
  for (const read of articles) {
    const others = labelledOthers(labels, articles, read);
    if (others.length < 2) continue;
    const { report, related } = readingAgainst(read, others);
    const kOf = new Map(related.map((c, k) => [c.article.id, k]));
    // addedFrom, as groupAdded saw it: every added unit is a source of exactly one card.
    const addedFrom = related.map(() => new Set<number>());
    const cardOf = new Map<string, number>();
    report.added.forEach((card, n) => card.sources.forEach((s) => (addedFrom[kOf.get(s.id)!]!.add(s.i), cardOf.set(`${kOf.get(s.id)}:${s.i}`, n))));
    // The edges groupAdded merges on, per pair of related articles.
    const edge = new Map<string, Kind>();
    for (const e of addedEdges(related, addedFrom, REPORT_ALIGN)) {
      const key = `${e.k1}:${e.a}|${e.k2}:${e.b}`;
      if (e.kind === 'strong') {
        edge.set(key, 'strong');
        if (addedFrom[e.k1]!.has(e.a) && addedFrom[e.k2]!.has(e.b)) edges.strong++;
      } else if (!edge.has(key)) (edge.set(key, 'mutual'), edges.mutual++);
    }
    const actors = related.map((c) => actorsOf(c.weighted));
    const factsOf = (k: number, i: number) => gold.factsOf(related[k]!.article.id, i);
    // Precision: pairs inside a card.
    for (const card of report.added) {
      const src = card.sources.map((s) => ({ k: kOf.get(s.id)!, i: s.i }));
      for (let x = 0; x < src.length; x++) {
        for (let y = x + 1; y < src.length; y++) {
          const [p, q] = src[x]!.k < src[y]!.k ? [src[x]!, src[y]!] : [src[y]!, src[x]!];
          const kind = edge.get(`${p.k}:${p.i}|${q.k}:${q.i}`) ?? 'chain';
          const fp = factsOf(p.k, p.i);
          const fq = factsOf(q.k, q.i);
          if (fp.size && fq.size && kind !== 'chain') {
            const wp = related[p.k]!.weighted.findIndex((w) => w.f.unit.i === p.i);
            const wq = related[q.k]!.weighted.findIndex((w) => w.f.unit.i === q.i);
            const d = oneFact(related[p.k]!.weighted[wp]!, related[q.k]!.weighted[wq]!, actors[p.k]![wp]!, actors[q.k]![wq]!);
            const pass = d.same;
            const m = factMatrix(related[p.k]!.weighted, related[q.k]!.weighted, REPORT_ALIGN.wordBonus);
            const r = m.ai.findIndex((w) => w.f.unit.i === p.i);
            const c = m.bi.findIndex((w) => w.f.unit.i === q.i);
            const v = m.S[r]![c]!;
            const mb = m.S[r]!.every((x) => x <= v) && m.S.every((row) => row[c]! <= v);
            if (process.argv.includes('--edges')) console.log(`EDGE ${shares(fp, fq) ? 'right' : 'wrong'} mb=${mb} p=${d.probability.toFixed(3)} shared=${sharedActor(actors[p.k]![wp]!, actors[q.k]![wq]!)} nf=${fp.size},${fq.size} ${name}`);
            byOneFact[`${shares(fp, fq) ? 'right' : 'wrong'}${pass ? 'Pass' : 'Fail'}`]++;
          }
          if (fp.size === 0 || fq.size === 0) byKind[kind].unscored++;
          else if (shares(fp, fq)) byKind[kind].right++;
          else {
            byKind[kind].wrong++;
            if (verbose) console.log(`  wrong ${kind}: ${name} reading ${read.id}: ${related[p.k]!.article.id}:${p.i} [${[...fp]}] + ${related[q.k]!.article.id}:${q.i} [${[...fq]}]`);
          }
        }
      }
      // "in N of M": the related outlets whose units carry one of the first source's facts.
      const facts = factsOf(src[0]!.k, src[0]!.i);
      if (facts.size === 0) {
        counts.unscored++;
        continue;
      }
      const outlets = new Set(related.filter((c) => [...gold.factsIn(c.article.id)].some((f) => facts.has(f))).map((c) => outletKey(c.article)));
      const n = card.outlets ?? card.sources.length;
      if (n === outlets.size) counts.right++;
      else if (n > outlets.size) counts.over++;
      else {
        counts.under++;
        if (verbose) console.log(`  under: ${name} reading ${read.id}: card of ${related[src[0]!.k]!.article.id}:${src[0]!.i} [${[...facts]}] in ${n}, gold ${outlets.size}`);
      }
    }
    // Recall: added units of two related articles sharing a gold fact.
    for (let k1 = 0; k1 < related.length; k1++) {
      for (let k2 = k1 + 1; k2 < related.length; k2++) {
        for (const i of addedFrom[k1]!) {
          for (const j of addedFrom[k2]!) {
            if (!shares(factsOf(k1, i), factsOf(k2, j))) continue;
            if (cardOf.get(`${k1}:${i}`) === cardOf.get(`${k2}:${j}`)) recall.grouped++;
            else {
              recall.apart++;
              // Apart because the card already holds another unit of one of the two articles.
              const card = report.added[cardOf.get(`${k1}:${i}`)!]!;
              const other = report.added[cardOf.get(`${k2}:${j}`)!]!;
              if (card.sources.some((s) => kOf.get(s.id) === k2) || other.sources.some((s) => kOf.get(s.id) === k1)) recall.apartSameArticleTaken++;
            }
          }
        }
      }
    }
  }
  const d = (a: number, b: number) => a - b;
  perSet.push(
    `| ${name} | ${d(byKind.strong.right, before.right)}/${d(byKind.strong.wrong, before.wrong)} | ${d(byKind.mutual.right, before.m.right)}/${d(byKind.mutual.wrong, before.m.wrong)} | ${d(byKind.chain.right, before.c.right)}/${d(byKind.chain.wrong, before.c.wrong)} | ${d(recall.grouped, before.rg)}/${d(recall.grouped + recall.apart, before.rg + before.ra)} |`,
  );
}

const p = (t: { right: number; wrong: number }) => (t.right + t.wrong ? t.right / (t.right + t.wrong) : 0);
console.log('| set | strong right/wrong | mutualBest right/wrong | chain right/wrong | recall grouped/gold |\n|---|---|---|---|---|');
console.log(perSet.join('\n'));
for (const [k, t] of Object.entries(byKind)) console.log(`${k}: ${t.right} right, ${t.wrong} wrong, ${t.unscored} unscored (precision ${p(t).toFixed(3)})`);
const all = { right: byKind.strong.right + byKind.mutual.right + byKind.chain.right, wrong: byKind.strong.wrong + byKind.mutual.wrong + byKind.chain.wrong };
const P = p(all);
const R = recall.grouped / Math.max(1, recall.grouped + recall.apart);
console.log(`grouping: precision ${P.toFixed(3)} (${all.right}/${all.right + all.wrong}), recall ${R.toFixed(3)} (${recall.grouped}/${recall.grouped + recall.apart}; ${recall.apartSameArticleTaken} apart pairs blocked by one unit per article), F1 ${((2 * P * R) / Math.max(1e-9, P + R)).toFixed(3)}`);
console.log(`edges between added units: ${edges.strong} strong, ${edges.mutual} mutualBest`);
console.log(`edged pairs by oneFact: right ${byOneFact.rightPass} pass / ${byOneFact.rightFail} fail; wrong ${byOneFact.wrongPass} pass / ${byOneFact.wrongFail} fail`);
console.log(`"in N of M": ${counts.right} right, ${counts.over} over, ${counts.under} under, ${counts.unscored} cards unscored (first source unlabelled)`);
