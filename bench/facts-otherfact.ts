/**
 * Analysis (facts11): every pair the report's alignment accepts on the labelled DEV sets, with measures
 * of how the pair stands in its matrix and what its two units share, and whether the labels call it one
 * fact (the two units share a labelled fact or a loose pair) or two. Prints the rank AUC of each measure
 * (right vs wrong), and with --list the wrong pairs with their measures.
 *   npx tsx bench/facts-otherfact.ts [--list] [--tsv]
 * Held-out sets are never read here.
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import { weighAll } from '../lib/engine/story.ts';
import { labelsOf, readingInputs } from './reading-inputs.ts';
import { actorsOf, align, factMatrix, predicateWords, REPORT_ALIGN, sameFact, type Weighted } from '../lib/engine/align.ts';
import { sameFigure } from '../lib/nlp/index.ts';
import { loadSet, DEV_SETS } from './facts-causes.ts';
import { shareActor } from '../lib/nlp/actors.ts';

/** When a unit says it happened (facts13): its years, weekdays, months and day words ("yesterday", "last week" as "last week"). */
const TIME_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec|yesterday|today|tonight|weekend|(?:last|next|this) (?:week|month|year)|(?:1[89]|20)\d\d)\b/g;
export function timesOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(TIME_WORDS) ?? []);
}

export interface EdgeMeasures { set: string; x: string; r: string; a: number; b: number; same: boolean; strong: boolean; m: Record<string, number>; ta: string; tb: string }

export async function edgeMeasures(sets = DEV_SETS): Promise<EdgeMeasures[]> {
  const rows: EdgeMeasures[] = [];
  for (const name of sets) {
    const articles = await loadSet(name);
    if (!articles) continue;
    const { sameByLabels } = labelsOf(name, articles);
    const index = new MemoryIndex(articles);
    for (const x of articles) {
      const { rel, fx, fr, idf } = await readingInputs(x, index);
      const wx = weighAll(fx, idf);
      const wrs = fr.map((f) => weighAll(f, idf));
      const alX = wrs.map((w) => align(wx, w, REPORT_ALIGN));
      // Third articles: for an edge (m of X, u of R), Y confirms when some unit of Y is aligned with both, contradicts when both have partners in Y and none is shared.
      const partners = (al: ReturnType<typeof align>, side: 'a' | 'b', i: number) => new Set(al.matches.filter((e) => e[side] === i).map((e) => (side === 'a' ? e.b : e.a)));
      rel.forEach((R, k) => {
        if (R.id < x.id) return; // each unordered pair once
        const wr = wrs[k]!;
        const al = alX[k]!;
        const { ix, iy, ai, bi, S } = factMatrix(wx, wr);
        const actX = actorsOf(wx);
        const actR = actorsOf(wr);
        const cells = ai.length * bi.length;
        for (const e of al.matches) {
          const same = sameByLabels(x.id, e.a, R.id, e.b);
          if (same === null) continue;
          const p = ai.findIndex((w) => w.f.unit.i === e.a);
          const q = bi.findIndex((w) => w.f.unit.i === e.b);
          const A = ai[p]!;
          const B = bi[q]!;
          const row = S[p]!;
          const col = S.map((r) => r[q]!);
          const rowMax = Math.max(...row);
          const colMax = Math.max(...col);
          const second = (xs: number[], skip: number) => Math.max(0, ...xs.filter((_, k2) => k2 !== skip));
          const pa = predicateWords(A, 0.2);
          const pb = predicateWords(B, 0.2);
          const sharedPred = [...pa].filter((w) => pb.has(w)).length;
          const figA = A.f.figures.filter((f) => f.kind !== 'id');
          const figB = B.f.figures.filter((f) => f.kind !== 'id');
          const onlyA = figA.filter((f) => !figB.some((g) => sameFigure(f, g))).length;
          const onlyB = figB.filter((f) => !figA.some((g) => sameFigure(f, g))).length;
          const namesOnly = (u: Weighted, v: Weighted) => [...u.f.names].filter((n) => !v.f.names.has(n) && !v.f.seq.includes(n)).length;
          const nA = namesOnly(A, B);
          const nB = namesOnly(B, A);
          const timeA = timesOf(A.f.unit.text);
          const timeB = timesOf(B.f.unit.text);
          const negTime = timeA.size && timeB.size && ![...timeA].some((t) => timeB.has(t)) ? -1 : 0;
          let confirm = 0;
          let contra = 0;
          rel.forEach((Y, l) => {
            if (l === k) return;
            const my = partners(alX[l]!, 'a', e.a);
            const uy = partners(align(wr, wrs[l]!, REPORT_ALIGN), 'a', e.b);
            if (my.size === 0 || uy.size === 0) return;
            if ([...my].some((y) => uy.has(y))) confirm++;
            else contra++;
          });
          rows.push({
            set: name, x: x.id, r: R.id, a: e.a, b: e.b, same, strong: e.strong,
            ta: A.f.unit.text, tb: B.f.unit.text,
            m: {
              s: e.s,
              z: e.z,
              p: sameFact(A, B).probability,
              minRatio: Math.min(e.s / rowMax, e.s / colMax),
              maxRatio: Math.max(e.s / rowMax, e.s / colMax),
              mutual: e.s === rowMax && e.s === colMax ? 1 : 0,
              marginRow: e.s / Math.max(1e-9, second(row, q)),
              marginCol: e.s / Math.max(1e-9, second(col, p)),
              sharedPred,
              predShareMin: Math.min(pa.size ? sharedPred / pa.size : 1, pb.size ? sharedPred / pb.size : 1),
              negFigBoth: onlyA > 0 && onlyB > 0 ? -1 : 0,
              negFigAny: onlyA + onlyB > 0 ? -1 : 0,
              negNamesBoth: nA > 0 && nB > 0 ? -1 : 0,
              sameActor: shareActor(actX[ix[p]!]!, actR[iy[q]!]!) ? 1 : 0,
              negCells: -cells,
              confirm,
              negContra: -contra,
              cycleOk: contra > 0 && confirm === 0 ? 0 : 1,
              negTime,
            },
          });
        }
      });
    }
  }
  return rows;
}

const auc = (rs: EdgeMeasures[], k: string) => {
  const pos = rs.filter((r) => r.same).map((r) => r.m[k]!);
  const neg = rs.filter((r) => !r.same).map((r) => r.m[k]!);
  let w = 0;
  for (const a of pos) for (const b of neg) w += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? w / (pos.length * neg.length) : NaN;
};

if (process.argv[1]?.endsWith('facts-otherfact.ts')) {
  const rows = await edgeMeasures();
  const keys = Object.keys(rows[0]!.m);
  console.log(`edges: ${rows.length} (${rows.filter((r) => r.same).length} right)`);
  console.log(`| subset | right/wrong | ${keys.join(' | ')} |`);
  for (const sub of ['all', 's<0.3', ...DEV_SETS]) {
    const rs = rows.filter((r) => sub === 'all' || (sub === 's<0.3' ? r.m.s! < 0.3 : r.set === sub));
    console.log(`| ${sub} | ${rs.filter((r) => r.same).length}/${rs.filter((r) => !r.same).length} | ${keys.map((k) => auc(rs, k).toFixed(2)).join(' | ')} |`);
  }
  if (process.argv.includes('--tsv')) for (const r of rows) console.log([r.set, r.same ? 1 : 0, r.strong ? 1 : 0, ...keys.map((k) => r.m[k]!.toFixed(3)), r.ta.slice(0, 70), r.tb.slice(0, 70)].join('\t'));
  if (process.argv.includes('--list'))
    for (const r of rows.filter((q) => !q.same)) console.log(`[${r.set} ${r.x.slice(0, 3)}#${r.a} ${r.r.slice(0, 3)}#${r.b}] ${keys.map((k) => `${k}=${r.m[k]!.toFixed(2)}`).join(' ')}\n   "${r.ta.slice(0, 120)}"\n   "${r.tb.slice(0, 120)}"`);
}
