/**
 * The units the report's clause check decides, over the nine DEV sets: every unit of a related article R aligned with the
 * article read X (not in conflict, no novel figure or name) in a matrix large enough for the check, whose clauses the
 * check finds untold (report.ts `untoldClauses`), with its label (`gold`: true when the labels say X lacks it). Shared by
 * bench/facts-clausefire.ts and facts16-clausethere.ts. Held-out sets are never read (facts-causes.ts DEV_SETS only).
 */
import { align, REPORT_ALIGN, type Weighted } from '../lib/engine/align.ts';
import { foldedText, novelDetails, untoldClauses } from '../lib/engine/report.ts';
import { weighAll } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { readingInputs } from './reading-inputs.ts';
import { DEV_SETS, labelledSet } from './facts-causes.ts';

type Inputs = Awaited<ReturnType<typeof readingInputs>>;

export interface UntoldUnit {
  name: string;
  x: Article;
  rid: string;
  /** The unit of R (index j) and X's weighed units. */
  w: Weighted;
  j: number;
  wx: Weighted[];
  idf: Inputs['idf'];
  al: ReturnType<typeof align>;
  /** X's folded text (report.ts `foldedText`). */
  hereText: ReturnType<typeof foldedText>;
  cells: number;
  untold: ReturnType<typeof untoldClauses>;
  gold: boolean;
}

export async function* untoldUnits(): AsyncGenerator<UntoldUnit> {
  for (const name of DEV_SETS) {
    const set = await labelledSet(name);
    if (!set) continue;
    const { articles, r, index } = set;
    for (const x of articles) {
      const { rel, fx, fr, idf } = await readingInputs(x, index);
      const wx = weighAll(fx, idf);
      const hereText = foldedText(x);
      for (let k = 0; k < rel.length; k++) {
        const R = rel[k]!;
        const wr = weighAll(fr[k]!, idf);
        const al = align(wx, wr, REPORT_ALIGN);
        const cells = wx.length * wr.length;
        const check = REPORT_ALIGN.clauses;
        if (!check || cells <= (check.minCells ?? 0)) continue;
        const matched = new Set(al.matches.map((e) => e.b));
        const conflicted = new Set(al.conflicts.map((e) => e.b));
        for (const w of wr) {
          const j = w.f.unit.i;
          if (!matched.has(j) || conflicted.has(j)) continue;
          const figsHere = al.matches.filter((e) => e.b === j).map((e) => fx[e.a]!.figures);
          if (novelDetails(w.f.unit.text, hereText, hereText.figures, figsHere).length) continue;
          const untold = untoldClauses(w.f.unit.text, wx, hereText, cells, REPORT_ALIGN, check, idf);
          if (untold.length === 0) continue;
          const gold = r.missing(R.id, j, x.id);
          if (gold === null) continue;
          yield { name, x, rid: R.id, w, j, wx, idf, al, hereText, cells, untold, gold };
        }
      }
    }
  }
}
