/**
 * Every aligned pair (unit of the article read, unit of a related article) on the labelled DEV sets,
 * with its measures and whether the labels call it one fact (the two units share a labelled fact or
 * a loose pair) or two. Prints a table per measure band; `--tsv` prints the rows.
 *   npx tsx bench/facts-edges.ts [--tsv]
 * Held-out sets are never read here (meth is a dev set since facts4, pompeo and caravan since facts6).
 */
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { weighAll } from '../lib/engine/story.ts';
import { labelsOf, readingInputs } from './reading-inputs.ts';
import { align, REPORT_ALIGN, sameFact, unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';

export const DEV = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];
export interface EdgeRow { set: string; x: string; r: string; a: number; b: number; s: number; z: number; strong: boolean; p: number; same: boolean | null; ta: string; tb: string }

export async function devEdges(sets = DEV): Promise<EdgeRow[]> {
  const rows: EdgeRow[] = [];
  for (const name of sets) {
    const articles: Article[] = ['dnc', 'ukvisit', 'pompeo', 'caravan'].includes(name) ? loadNewsWclSet(name) ?? [] : (await loadCorpusDir(name === 'seeds' ? 'seeds' : `tests/data/engine/${name}`)).articles;
    if (!articles.length) continue;
    const { sameByLabels } = labelsOf(name, articles);
    const index = new MemoryIndex(articles);
    for (const x of articles) {
      const { rel, fx, fr, idf } = await readingInputs(x, index);
      const wx = weighAll(fx, idf);
      const byI = (ws: Weighted[]) => new Map(ws.map((w) => [w.f.unit.i, w]));
      const mx = byI(wx);
      rel.forEach((R, k) => {
        const wr = weighAll(fr[k]!, idf);
        const mr = byI(wr);
        const al = align(wx, wr, REPORT_ALIGN);
        for (const e of [...al.matches, ...al.conflicts]) {
          const same = sameByLabels(x.id, e.a, R.id, e.b);
          const A = mx.get(e.a)!;
          const B = mr.get(e.b)!;
          rows.push({ set: name, x: x.id, r: R.id, a: e.a, b: e.b, s: e.s, z: e.z, strong: e.strong, p: sameFact(A, B).probability, same, ta: A.f.unit.text, tb: B.f.unit.text });
        }
      });
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('facts-edges.ts')) {
  const rows = await devEdges();
  if (process.argv.includes('--tsv')) {
    for (const r of rows) console.log([r.set, r.x.slice(0, 3), r.r.slice(0, 3), r.a, r.b, r.s.toFixed(3), r.z.toFixed(1), r.strong ? 'S' : 'w', r.p.toFixed(2), r.same, r.ta.slice(0, 60), r.tb.slice(0, 60)].join('\t'));
  }
  for (const set of [...DEV, 'all']) {
    const rs = rows.filter((r) => set === 'all' || r.set === set);
    const band = (lo: number, hi: number, f: (r: EdgeRow) => number) => {
      const b = rs.filter((r) => f(r) >= lo && f(r) < hi);
      return `${b.filter((r) => r.same === true).length}/${b.filter((r) => r.same === false).length}`;
    };
    console.log(`${set}: right/wrong edges by p: <.1 ${band(0, 0.1, (r) => r.p)}, .1-.2 ${band(0.1, 0.2, (r) => r.p)}, .2-.3 ${band(0.2, 0.3, (r) => r.p)}, .3-.5 ${band(0.3, 0.5, (r) => r.p)}, ≥.5 ${band(0.5, 2, (r) => r.p)} | by s: <.2 ${band(0, 0.2, (r) => r.s)}, .2-.3 ${band(0.2, 0.3, (r) => r.s)}, .3-.4 ${band(0.3, 0.4, (r) => r.s)}, ≥.4 ${band(0.4, 2, (r) => r.s)}`);
  }
}
