/**
 * The units the report ADDS from a related article while leaving them free (no aligned or reworded
 * counterpart in X), over the nine DEV sets, with the X × R matrix context each fact bench reads:
 * X's and R's weighed units, the matrix size, its floors, and the label (`gold`: true when the unit is
 * missing from X, false when X tells it). Shared by bench/facts-matrix.ts, facts16-cover.ts and
 * facts16-pairs.ts. Held-out sets are never read (facts-causes.ts DEV_SETS only).
 */
import { floorsFor, REPORT_ALIGN, type Weighted } from '../lib/engine/align.ts';
import { weighedByUnit } from './reading-inputs.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

type Reading = ReturnType<typeof readingsOf> extends AsyncGenerator<infer T> ? T : never;
type Weighed = Weighted;

export interface FreeAdded {
  name: string;
  r: Reading['r'];
  x: Reading['x'];
  idf: Reading['idf'];
  /** The related article's id. */
  rid: string;
  /** The free added unit and its index in R. */
  u: Weighed;
  i: number;
  /** true: missing from X (the report is right to add it); false: X tells it. */
  gold: boolean;
  X: Weighed[];
  RR: Weighed[];
  cells: number;
  floor: number;
  floorMutual: number;
}

export async function* freeAddedUnits(): AsyncGenerator<FreeAdded> {
  for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(DEV_SETS)) {
    const { w: wx } = weighedByUnit(fx, idf);
    const X = [...wx.values()];
    const added = new Set(rep.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
    for (let k = 0; k < rel.length; k++) {
      const R = rel[k]!;
      const { w: wr } = weighedByUnit(fr[k]!, idf);
      const RR = [...wr.values()];
      const cells = X.length * RR.length;
      const { floor, floorMutual } = floorsFor(REPORT_ALIGN, cells);
      const ru = rep.related.find((q) => q.id === R.id)!;
      for (const u of RR) {
        const i = u.f.unit.i;
        const gold = r.missing(R.id, i, x.id);
        if (gold === null || !added.has(`${R.id}#${i}`)) continue;
        const uu = ru.units[i]!;
        if (uu.matches.length || uu.reworded?.length) continue;
        yield { name, r, x, idf, rid: R.id, u, i, gold, X, RR, cells, floor, floorMutual };
      }
    }
  }
}
