/**
 * twin64: the Added-side twins — a related article's sentence on an unmarked Added card ("this article lacks it") that
 * a Shared card also lists as aligned with one of this article's sentences (twin63 counted 40, not judged). Dev sets only
 * (audit62-marked.ts MARKED_SETS: nine facts dev + one BASIL dev event per triplet, every article read as the page
 * against the rest). Per twin (reading, other article, its sentence): the labels' verdict — eval's gold
 * (`Resolved.missing`: some labelled fact of the sentence absent from the page), whether the page's aligned sentence is
 * the fact, whether any page sentence is — whether the Shared card shows that sentence (one per article,
 * view.ts closestPerArticle) and the keys of bench/data/twin64.tsv, where each was judged by reading both articles.
 *
 * The view (lib/sidebar/view.ts, twin64's lines): each twin the Shared card shows is named on both cards (AddedItem.nearHere,
 * SharedItem.alsoAdded), each article twin63 calls overruled (under a sentence's Shared card, said by its Left-out card to
 * lack all of it) on both (LeftOutItem.nearFrom, SharedItem.missing.near), and no line elsewhere; with `--base DIR` (a
 * `git archive` of main), every view hashed with those fields removed, against DIR's view of the same reports.
 *
 *   npx tsx bench/twin64-pairs.ts [--text DIR] [--base DIR]   (--text: one file per twin with both texts, for judging; not committed)
 */
import { optionValue } from './args.ts';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildView, closestPerArticle, inAddedLead, inLeftOutLead, inSharedAdded, inSharedLead } from '../lib/sidebar/view.ts';
import { markedReadings } from './audit62-marked.ts';
import { labelsOf } from './reading-inputs.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tsvVerdicts } from './data/csv.ts';

const textDir = optionValue('--text');
if (textDir) mkdirSync(textDir, { recursive: true });
/** bench/data/twin64.tsv: set, page, other article, its sentence, tells (yes / part / no: by reading both articles,
 * does the page tell that sentence's fact), why. */
const TSV = 'bench/data/twin64.tsv';
export const twin64Verdicts = tsvVerdicts(TSV, ([set, page, other, j]) => `${set}|${page}|${other}|${j}`, 4);

if (process.argv[1]?.endsWith('twin64-pairs.ts')) {
  const t = { readings: 0, twins: 0, cards: 0, shown: 0, top: 0, alsoLeftOut: 0, alignedSame: 0, alignedOther: 0, alignedNull: 0, anywhere: 0, goldMissing: 0, goldTold: 0, goldNull: 0, judged: 0, yes: 0, part: 0, no: 0 };
  const byVerdict: Record<string, { missing: number; told: number; none: number }> = {};
  const lines = { named: 0, overruled: 0, overruledNamed: 0, stray: 0 };
  const base = optionValue('--base');
  const baseView: typeof buildView | null = base ? (await import(resolve(base, 'lib/sidebar/view.ts'))).buildView : null;
  const [hash, baseHash] = [createHash('sha256'), createHash('sha256')];
  for await (const { name, articles, page, others, report } of markedReadings()) {
    const { sameByLabels, res } = labelsOf(name, articles);
    t.readings++;
    // The view's lines against the report (ids: `id#i` of the twin, `i:id` of an overruled article).
    const view = buildView(report);
    const addedLines = new Set<string>();
    // The view keeps the report's ranked order (rankReport), so card k here is report.added[k].
    for (const [k, a] of view.added.entries()) {
      if (a.text !== report.added[k]!.text) throw new Error('the view reordered the Added cards');
      for (const x of a.sentences) if (a.nearHere?.includes(x.source) && inSharedAdded(a)) addedLines.add(`${k}|${x.source.id}#${x.i}`);
    }
    const sharedAdded = new Set(view.shared.flatMap((s) => (inAddedLead(s) ? (s.alsoAdded ?? []).map((x) => `${s.i}:${x.id}`) : [])));
    const leftNear = new Set(view.leftOut.flatMap((l) => (inSharedLead(l) ? (l.nearFrom ?? []).map((x) => `${l.i}:${x.id}`) : [])));
    const sharedNear = new Set(view.shared.flatMap((s) => (inLeftOutLead(s) ? (s.missing?.near ?? []).map((x) => `${s.i}:${x.id}`) : [])));
    const expected = { added: new Set<string>(), shared: new Set<string>(), near: new Set<string>() };
    for (const card of report.leftOut) {
      const under = new Set(report.shared.find((s) => s.i === card.i)?.sources.map((s) => s.id));
      const part = new Set((card.partly ?? []).map((p) => p.id));
      for (const id of card.missingFrom) if (under.has(id) && !part.has(id)) (lines.overruled++, expected.near.add(`${card.i}:${id}`));
    }
    for (const id of expected.near) if (leftNear.has(id) && sharedNear.has(id)) lines.overruledNamed++;
    if (baseView) {
      baseHash.update(JSON.stringify(baseView(report)));
      for (const x of view.added) delete x.nearHere;
      for (const x of view.leftOut) delete x.nearFrom;
      for (const x of view.shared) (delete x.alsoAdded, x.missing && delete x.missing.near);
      hash.update(JSON.stringify(view));
    }
    for (const [rank, card] of report.added.entries()) {
      if (card.novel?.length) continue;
      let twinned = false;
      for (const x of card.sources) {
        // The Shared cards listing this sentence as aligned with one of the page's sentences (not "told differently").
        const under = report.shared.filter((s) => s.sources.some((y) => y.id === x.id && y.i === x.i && !y.told));
        if (!under.length) continue;
        twinned = true;
        t.twins++;
        const other = others.find((a) => a.id === x.id)!;
        const shown = under.some((s) => closestPerArticle(s.sources).some((y) => y.id === x.id && y.i === x.i));
        if (shown) {
          t.shown++;
          const key = `${rank}|${x.id}#${x.i}`;
          expected.added.add(key);
          if (addedLines.has(key) && under.some((s) => sharedAdded.has(`${s.i}:${x.id}`))) lines.named++;
          for (const s of under) expected.shared.add(`${s.i}:${x.id}`);
        }
        if (rank < 5) t.top++;
        const leftToo = under.some((s) => report.leftOut.some((l) => l.i === s.i));
        if (leftToo) t.alsoLeftOut++;
        const v = under.map((s) => sameByLabels(x.id, x.i, page.id, s.i));
        if (v.some((b) => b === true)) t.alignedSame++;
        else if (v.some((b) => b === false)) t.alignedOther++;
        else t.alignedNull++;
        const anywhere = page.units.some((u) => sameByLabels(x.id, x.i, page.id, u.i) === true);
        if (anywhere) t.anywhere++;
        const gold = res.missing(x.id, x.i, page.id);
        if (gold === true) t.goldMissing++;
        else if (gold === false) t.goldTold++;
        else t.goldNull++;
        const key = `${name}|${page.id}|${x.id}|${x.i}`;
        const verdict = twin64Verdicts.get(key);
        if (verdict === 'yes' || verdict === 'part' || verdict === 'no') {
          t.judged++;
          t[verdict]++;
          const b = (byVerdict[verdict] ??= { missing: 0, told: 0, none: 0 });
          b[gold === true ? 'missing' : gold === false ? 'told' : 'none']++;
        }
        console.log(
          `${key}\tadded rank ${rank + 1}, ${card.sources.length} sources\tshared ${under.map((s) => `#${s.i}`).join(',')}${shown ? ' shown' : ' hidden'}${leftToo ? ' also left out' : ''}` +
            `\tlabels aligned=${v.join(',')} anywhere=${anywhere} gold missing=${gold}\tjudged=${verdict ?? '-'}`,
        );
        if (textDir)
          writeFileSync(
            `${textDir}/${t.twins}.txt`,
            `${key}\nADDED (${other.outlet} #${x.i}): ${other.units[x.i]!.text}\n\nALIGNED HERE:\n${under.map((s) => `#${s.i}: ${s.text}`).join('\n')}\n\n` +
              `PAGE (${page.outlet}):\n${page.units.map((u) => `#${u.i}: ${u.text}`).join('\n')}\n\nOTHER ARTICLE (${other.outlet}):\n${other.units.map((u) => `#${u.i}: ${u.text}`).join('\n')}\n`,
          );
      }
      if (twinned) t.cards++;
    }
    // A line where the report has no twin.
    for (const k of addedLines) if (!expected.added.has(k)) lines.stray++;
    for (const k of sharedAdded) if (!expected.shared.has(k)) lines.stray++;
    for (const k of [...leftNear, ...sharedNear]) if (!expected.near.has(k)) lines.stray++;
  }
  console.log(
    `${t.readings} readings; unmarked Added-card sentences also under a Shared card: ${t.twins} on ${t.cards} cards (${t.top} on a top-5 card; ` +
      `the Shared card shows that very sentence for ${t.shown}; its Shared card is a Left-out card too for ${t.alsoLeftOut}). Labels: the aligned page sentence is the fact ` +
      `${t.alignedSame}, another ${t.alignedOther}, unlabelled ${t.alignedNull}; the page tells it anywhere ${t.anywhere}; eval's gold: some fact missing ${t.goldMissing}, all told ${t.goldTold}, unscored ${t.goldNull}. ` +
      `Judged by reading: ${t.judged} (tells it ${t.yes}, in part ${t.part}, not ${t.no}); by verdict, gold missing / told / unscored: ${JSON.stringify(byVerdict)}`,
  );
  console.log(
    `View: shown twins named on both cards ${lines.named} of ${t.shown}; overruled articles (Left-out side) named on both cards ${lines.overruledNamed} of ${lines.overruled}; lines with no twin: ${lines.stray}` +
      (base ? `; view hash without the twin64 fields ${hash.digest('hex').slice(0, 16)}, ${base}'s ${baseHash.digest('hex').slice(0, 16)}` : ''),
  );
}
