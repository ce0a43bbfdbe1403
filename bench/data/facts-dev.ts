import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../../cli/load.ts';
import { compareArticle, MemoryIndex } from '../../lib/engine/index.ts';
import { partlyTold } from '../../lib/engine/rank.ts';
import type { Article, LeftOutFact, Report } from '../../lib/types.ts';
import { Resolved, type Labels } from '../../tests/data/engine/eval.ts';
import { loadNewsWclSet } from '../../tests/data/engine/newswcl.ts';

/**
 * The nine facts dev sets of bench/eval.ts's F1S mean (docs/notes/README.md), with the folder of those whose texts are
 * committed; the NewsWCL50 sets (no folder) are read from the mirror (tests/data/engine/newswcl.ts loadNewsWclSet).
 */
export const FACTS_DEV: Array<{ name: string; dir?: string }> = [
  { name: 'seeds', dir: 'seeds' },
  { name: 'harbor', dir: 'tests/data/engine/harbor' },
  { name: 'doobie', dir: 'tests/data/engine/doobie' },
  { name: 'plague', dir: 'tests/data/engine/plague' },
  { name: 'dnc' },
  { name: 'ukvisit' },
  { name: 'meth', dir: 'tests/data/engine/meth' },
  { name: 'pompeo' },
  { name: 'caravan' },
];

/**
 * A facts dev set's Left-out pairs whose truth the labels give: for each article's report, each (card, article O said
 * to lack the whole sentence) with `told` = the labels say O tells it (a wrong "left out"). Null when the set's texts
 * are missing. The rows of cards43-third.ts and hedge69-window.ts --facts.
 */
export async function leftOutPairs(
  set: { name: string; dir?: string },
): Promise<{ articles: Article[]; readings: Array<{ a: Article; r: Report; pairs: Array<{ l: LeftOutFact; o: string; told: boolean }> }> } | null> {
  const articles: Article[] | null = set.dir ? (await loadCorpusDir(set.dir)).articles : loadNewsWclSet(set.name);
  if (!articles) return null;
  const res = new Resolved(JSON.parse(readFileSync(`tests/data/engine/${set.name}-labels.json`, 'utf8')) as Labels, articles);
  const index = new MemoryIndex(articles);
  const readings = [];
  for (const a of articles) {
    const r = await compareArticle(a, index);
    const pairs: Array<{ l: LeftOutFact; o: string; told: boolean }> = [];
    for (const l of r.leftOut) {
      const partly = partlyTold(l);
      for (const o of l.missingFrom) {
        if (partly.has(o)) continue;
        const m = res.missing(a.id, l.i, o);
        if (m !== null) pairs.push({ l, o, told: !m });
      }
    }
    readings.push({ a, r, pairs });
  }
  return { articles, readings };
}
