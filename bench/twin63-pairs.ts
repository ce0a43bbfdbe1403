/**
 * twin63: the "overruled" articles — listed under a Shared card (aligned with the page's sentence) while the Left-out
 * card of the same sentence says that article lacks all of it (report.ts's coverage decision overrules the alignment
 * but the edge stays). Dev sets only (audit62-marked.ts MARKED_SETS: nine facts dev + one BASIL dev event per triplet,
 * every article read as the page against the rest). Per overruled (reading, sentence, article): the labels' verdict —
 * does the article tell the sentence's fact in the aligned sentence, or in any sentence (bench/reading-inputs.ts
 * labelsOf) — and the keys of bench/data/twin63.tsv, where each was judged by reading both articles.
 *
 *   npx tsx bench/twin63-pairs.ts [--text DIR]   (--text: one file per pair with both texts, for judging; not committed)
 */
import { optionValue } from './args.ts';
import { reportAgainst } from '../tests/data/engine/report-against.ts';
import { MARKED_SETS } from './audit62-marked.ts';
import { labelsOf } from './reading-inputs.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const textDir = optionValue('--text');
if (textDir) mkdirSync(textDir, { recursive: true });
/** bench/data/twin63.tsv: set, page, sentence, other article, tells (yes / no: by reading both articles), why. */
const TSV = 'bench/data/twin63.tsv';
const verdicts = new Map(
  (existsSync(TSV) ? readFileSync(TSV, 'utf8').split('\n').slice(1).filter(Boolean) : []).map((l) => {
    const [set, page, i, other, tells] = l.split('\t');
    return [`${set}|${page}|${i}|${other}`, tells] as const;
  }),
);
const t = { readings: 0, pairs: 0, overruled: 0, alignedSame: 0, alignedOther: 0, alignedNull: 0, tellsAnywhere: 0, judged: 0, judgedTells: 0, judgedNot: 0 };
for (const set of MARKED_SETS) {
  const articles = await set.load();
  if (!articles) {
    console.log(`${set.name}: skipped (texts not on this machine)`);
    continue;
  }
  const { sameByLabels } = labelsOf(set.name, articles);
  for (const page of articles) {
    const others = articles.filter((a) => a !== page);
    const report = reportAgainst(page, others);
    t.readings++;
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
        const key = `${set.name}|${page.id}|${card.i}|${id}`;
        const verdict = verdicts.get(key);
        if (verdict !== undefined) (t.judged++, verdict === 'yes' ? t.judgedTells++ : t.judgedNot++);
        console.log(`${key}\tunder=${under.map((s) => `#${s.i}${s.told ? ' told' : ''} s=${(s.s ?? 0).toFixed(2)}`).join(',')}\tlabels aligned=${v.join(',')} anywhere=${anywhere}\tjudged=${verdict ?? '-'}`);
        if (textDir)
          writeFileSync(
            `${textDir}/${t.overruled}.txt`,
            `${key}\nPAGE #${card.i}: ${card.text}\n\nALIGNED THERE:\n${under.map((s) => `#${s.i}: ${other.units[s.i]!.text}`).join('\n')}\n\nOTHER ARTICLE (${other.outlet}):\n${other.units.map((u) => `#${u.i}: ${u.text}`).join('\n')}\n`,
          );
      }
    }
  }
}
console.log(
  `${t.readings} readings, ${t.pairs} Left-out cards also in Shared; overruled articles ${t.overruled}: labels say the aligned sentence ` +
    `is the fact ${t.alignedSame}, another ${t.alignedOther}, unlabelled ${t.alignedNull}; the article tells the fact anywhere ${t.tellsAnywhere}. ` +
    `Judged by reading: ${t.judged} (tells ${t.judgedTells}, does not ${t.judgedNot})`,
);
