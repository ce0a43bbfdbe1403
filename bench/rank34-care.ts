/**
 * The report ranked by care alone (rank34's "before"; docs/notes/rank34.md): every card's `closest` dropped, so the
 * "how sure" factor is one constant. Ties keep the input's order, so the sections are first put back in the order
 * buildReport gives them: left-out cards by unit, added cards by their first source (related article, then unit:
 * groupAdded's order). Used by bench/rank34-cards.ts and bench/left35-coverage.ts.
 */
import { rankReport } from '../lib/engine/rank.ts';
import type { Report } from '../lib/types.ts';

export const careOnly = (r: Report): Report => {
  const at = new Map(r.related.map((a, k) => [a.id, k]));
  const first = (a: Report['added'][number]) => [at.get(a.sources[0]!.id) ?? 0, a.sources[0]!.i] as const;
  const added = [...r.added].sort((x, y) => first(x)[0] - first(y)[0] || first(x)[1] - first(y)[1]);
  const leftOut = [...r.leftOut].sort((x, y) => x.i - y.i);
  return rankReport({ ...r, added: added.map(({ closest: _c, ...a }) => a), leftOut: leftOut.map(({ closest: _c, ...l }) => l) });
};
