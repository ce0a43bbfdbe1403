/**
 * twin63: the "overruled" articles — listed under a Shared card (aligned with the page's sentence) while the Left-out
 * card of the same sentence says that article lacks all of it (report.ts's coverage decision overrules the alignment
 * but the edge stays). Dev sets only (audit62-marked.ts MARKED_SETS: nine facts dev + one BASIL dev event per triplet,
 * every article read as the page against the rest). Per overruled (reading, sentence, article): the labels' verdict —
 * does the article tell the sentence's fact in the aligned sentence, or in any sentence (bench/reading-inputs.ts
 * labelsOf) — and the keys of bench/data/twin63.tsv, where each was judged by reading both articles.
 *
 * Also: eval's gold for each (some labelled fact of the unit absent from the article), whether the page's sentence is the
 * aligned sentence's best partner here (colBest), and the other direction's count (Added-card sentences under Shared).
 *
 *   npx tsx bench/twin63-pairs.ts [--text DIR]   (--text: one file per pair with both texts, for judging; not committed)
 */
import { optionValue } from './args.ts';
import { factMatrix, REPORT_ALIGN } from '../lib/engine/align.ts';
import { markedReadings } from './audit62-marked.ts';
import { labelsOf } from './reading-inputs.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tsvVerdicts } from './data/csv.ts';

const textDir = optionValue('--text');
if (textDir) mkdirSync(textDir, { recursive: true });
/** bench/data/twin63.tsv: set, page, sentence, other article, tells (yes / part / no: by reading both
 * articles, does the article tell the sentence's fact), why. */
const TSV = 'bench/data/twin63.tsv';
const verdicts = tsvVerdicts(TSV, ([set, page, i, other]) => `${set}|${page}|${i}|${other}`, 4);
const t = { readings: 0, pairs: 0, overruled: 0, alignedSame: 0, alignedOther: 0, alignedNull: 0, tellsAnywhere: 0, goldMissing: 0, goldTold: 0, goldNull: 0, addedTwins: 0, judged: 0, yes: 0, part: 0, no: 0 };
const cards = new Set<string>();
for await (const { name, articles, page, others, report, related, weighted } of markedReadings()) {
  const { sameByLabels, res } = labelsOf(name, articles);
  /** Is page unit i the best partner here of unit j of others[k] (the maximum of j's column over page fact units)? */
  const colBest = (k: number, i: number, j: number) => {
    const { ai, bi, S } = factMatrix(weighted, related[k]!.weighted, REPORT_ALIGN.wordBonus);
    const x = ai.findIndex((w) => w.f.unit.i === i);
    const y = bi.findIndex((w) => w.f.unit.i === j);
    return x >= 0 && y >= 0 && S[x]![y]! === Math.max(...S.map((r) => r[y]!));
  };
  t.readings++;
  // The other direction, counted only: a related article's sentence on an Added card (this article lacks it) that a
  // Shared card lists as aligned with one of this article's sentences.
  const underShared = new Set(report.shared.flatMap((s) => s.sources.filter((x) => !x.told).map((x) => `${x.id}#${x.i}`)));
  for (const card of report.added) for (const x of card.sources) if (underShared.has(`${x.id}#${x.i}`) && !card.novel?.length) t.addedTwins++;
  for (const card of report.leftOut) {
    const twin = report.shared.find((s) => s.i === card.i);
    if (!twin) continue;
    t.pairs++;
    const partly = new Set((card.partly ?? []).map((p) => p.id));
    for (const id of card.missingFrom.filter((id) => !partly.has(id))) {
      const under = twin.sources.filter((s) => s.id === id);
      if (!under.length) continue;
      t.overruled++;
      const other = others.find((a) => a.id === id)!;
      const v = under.map((s) => sameByLabels(page.id, card.i, id, s.i));
      if (v.some((x) => x === true)) t.alignedSame++;
      else if (v.some((x) => x === false)) t.alignedOther++;
      else t.alignedNull++;
      const anywhere = other.units.some((u) => sameByLabels(page.id, card.i, id, u.i) === true);
      if (anywhere) t.tellsAnywhere++;
      // The facts eval's gold for the unit: some labelled fact of it absent from the article (eval.ts Resolved.missing).
      const gold = res.missing(page.id, card.i, id);
      if (gold === true) t.goldMissing++;
      else if (gold === false) t.goldTold++;
      else t.goldNull++;
      const key = `${name}|${page.id}|${card.i}|${id}`;
      const best = under.some((x) => colBest(others.indexOf(other), card.i, x.i));
      const verdict = verdicts.get(key);
      if (verdict === 'yes' || verdict === 'part' || verdict === 'no') (t.judged++, t[verdict]++);
      cards.add(`${name}|${page.id}|${card.i}`);
      console.log(`${key}\tunder=${under.map((s) => `#${s.i}${s.told ? ' told' : ''} s=${(s.s ?? 0).toFixed(2)}`).join(',')}\tlabels aligned=${v.join(',')} anywhere=${anywhere} gold missing=${gold} colBest=${best}\tjudged=${verdict ?? '-'}`);
      if (textDir)
        writeFileSync(
          `${textDir}/${t.overruled}.txt`,
          `${key}\nPAGE #${card.i}: ${card.text}\n\nALIGNED THERE:\n${under.map((s) => `#${s.i}: ${other.units[s.i]!.text}`).join('\n')}\n\nOTHER ARTICLE (${other.outlet}):\n${other.units.map((u) => `#${u.i}: ${u.text}`).join('\n')}\n`,
        );
    }
  }
}
console.log(
  `${t.readings} readings, ${t.pairs} Left-out cards also in Shared; overruled articles ${t.overruled} on ${cards.size} cards: labels say the aligned sentence ` +
    `is the fact ${t.alignedSame}, another ${t.alignedOther}, unlabelled ${t.alignedNull}; the article tells the fact anywhere ${t.tellsAnywhere}; eval's gold: some fact missing ${t.goldMissing}, all told ${t.goldTold}, unscored ${t.goldNull}. ` +
    `Other direction: unmarked Added-card sentences also under a Shared card ${t.addedTwins}. Judged by reading: ${t.judged} (tells it ${t.yes}, in part ${t.part}, not ${t.no})`,
);
