/**
 * Scores a Report against hand labels (see seeds-labels.json for the format).
 *
 * Labels name facts by (article id prefix, distinctive substring of the unit); they are resolved to
 * unit indices here, so they survive segmentation changes. A unit carries the facts whose
 * substrings it contains.
 *
 * Gold, for the article X being read and each related article R:
 *   - a unit u of R is ADDED when one of its facts is absent from X; it is NOT added when all its
 *     facts are in X; a fact only loosely present (a 'loose' neighbour in X) makes it unscored.
 *   - a unit i of X is LEFT OUT by R when one of its facts is absent from R (same rule).
 *   - non-fact units (headings, captions, boilerplate) are never added or left out.
 *   - a conflict (same fact, different figures) counts as present on both sides.
 * Scored items: added = the (R, unit) refs listed in report.added; left out = the (i, R) pairs of
 * report.leftOut. Units with no label at all are reported in `unlabelled` and not scored.
 */
import type { Article, Report } from '../../../lib/types';

export interface Labels {
  facts: Record<string, Array<{ a: string; has: string }>>;
  loose: Array<[string, string]>;
  nonfacts: Array<{ a: string; has: string }>;
  conflicts: Array<{ fact: string; about: string; units: Array<{ a: string; has: string }> }>;
  nearCopies: Array<[string, string]>;
  related: string[][];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  errors: string[];
}

const squash = (s: string) =>
  s
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();

export class Resolved {
  /** articleId → unit index → fact names */
  readonly facts = new Map<string, Map<number, Set<string>>>();
  readonly nonfact = new Map<string, Set<number>>();
  readonly byPrefix = new Map<string, Article>();
  readonly problems: string[] = [];

  constructor(
    readonly labels: Labels,
    readonly articles: Article[],
  ) {
    for (const [fact, places] of Object.entries(labels.facts)) {
      for (const p of places) for (const [id, i] of this.resolve(p)) this.add(this.facts, id, i, fact);
    }
    for (const p of labels.nonfacts) {
      // Ingestion may drop boilerplate altogether: a non-fact label that matches nothing is fine.
      for (const [id, i] of this.resolve(p, true)) {
        if (!this.nonfact.has(id)) this.nonfact.set(id, new Set());
        this.nonfact.get(id)!.add(i);
      }
    }
  }

  article(prefix: string): Article | undefined {
    return this.articles.find((a) => a.id.startsWith(prefix));
  }

  /** (article id, unit index) of a label; a label that matches no unit is a problem (segmentation?). */
  resolve(p: { a: string; has: string }, optional = false): Array<[string, number]> {
    const art = this.article(p.a);
    if (!art) {
      this.problems.push(`no article ${p.a}`);
      return [];
    }
    const needle = squash(p.has);
    const hits = art.units.filter((u) => squash(u.text).includes(needle)).map((u) => [art.id, u.i] as [string, number]);
    if (hits.length === 0 && !optional) {
      // Not in a unit: maybe in the title (a lede taken as title) — then it is not a unit, skip quietly.
      if (!squash(art.title).includes(needle)) this.problems.push(`label not found: ${p.a} "${p.has}"`);
    }
    return hits;
  }

  private add(m: Map<string, Map<number, Set<string>>>, id: string, i: number, fact: string) {
    if (!m.has(id)) m.set(id, new Map());
    const u = m.get(id)!;
    if (!u.has(i)) u.set(i, new Set());
    u.get(i)!.add(fact);
  }

  factsOf(id: string, i: number): Set<string> {
    return this.facts.get(id)?.get(i) ?? new Set();
  }

  factsIn(id: string): Set<string> {
    const out = new Set<string>();
    for (const s of this.facts.get(id)?.values() ?? []) for (const f of s) out.add(f);
    return out;
  }

  isNonfact(id: string, i: number): boolean {
    return this.nonfact.get(id)?.has(i) ?? false;
  }

  private looseNeighbours(f: string): string[] {
    return this.labels.loose.filter((p) => p.includes(f)).map((p) => (p[0] === f ? p[1] : p[0]));
  }

  /**
   * Is unit (id, i) "missing" from article `other`? true: some fact absent; false: all present;
   * null: not scored (no label, or only loosely present).
   */
  missing(id: string, i: number, other: string): boolean | null {
    if (this.isNonfact(id, i)) return false;
    const fs = this.factsOf(id, i);
    if (fs.size === 0) return null;
    const there = this.factsIn(other);
    let loose = false;
    for (const f of fs) {
      if (there.has(f)) continue;
      if (this.looseNeighbours(f).some((g) => there.has(g))) {
        loose = true;
        continue;
      }
      return true;
    }
    return loose ? null : false;
  }
}

function score(tp: number, fp: number, fn: number, errors: string[]): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    errors,
  };
}

export interface Evaluation {
  added: Score;
  leftOut: Score;
  unlabelled: string[];
}

/** Scores one report (the article read = report.article.id) against the labels. */
export function evaluate(report: Report, r: Resolved, short = (id: string) => id.slice(0, 3)): Evaluation {
  const x = report.article.id;
  // Gold related set: the other articles of x's labelled group (a missed related article costs
  // recall on all its facts); anything the report adds from outside the group is a false positive.
  const group = r.labels.related.find((g) => g.some((p) => x.startsWith(p))) ?? [];
  const relatedIds = group.filter((p) => !x.startsWith(p)).map((p) => r.article(p)!.id);
  const strays = report.related.filter((a) => !relatedIds.includes(a.id)).map((a) => a.id);
  const unlabelled: string[] = [];

  // Added: gold = units of related articles missing from X.
  const predAdded = new Set(report.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  let tp = 0,
    fp = 0,
    fn = 0;
  const errA: string[] = [];
  for (const rid of relatedIds) {
    const art = r.articles.find((a) => a.id === rid)!;
    for (const u of art.units) {
      const gold = r.missing(rid, u.i, x);
      const key = `${rid}#${u.i}`;
      const pred = predAdded.has(key);
      if (gold === null) {
        if (!r.isNonfact(rid, u.i) && r.factsOf(rid, u.i).size === 0) unlabelled.push(`${short(rid)}#${u.i} ${u.text.slice(0, 60)}`);
        continue;
      }
      if (gold && pred) tp++;
      else if (!gold && pred) {
        fp++;
        errA.push(`reading ${short(x)}: wrongly added ${short(rid)}#${u.i} "${u.text.slice(0, 70)}"`);
      } else if (gold && !pred) {
        fn++;
        errA.push(`reading ${short(x)}: missed added ${short(rid)}#${u.i} "${u.text.slice(0, 70)}"`);
      }
    }
  }
  for (const a of report.added) for (const s of a.sources) if (strays.includes(s.id)) {
    fp++;
    errA.push(`reading ${short(x)}: added from an unrelated article ${s.id}#${s.i}`);
  }
  const added = score(tp, fp, fn, errA);

  // Left out: gold = (unit of X, related R) pairs where the unit's fact is missing from R.
  const predLeft = new Set(report.leftOut.flatMap((l) => l.missingFrom.map((id) => `${l.i}@${id}`)));
  tp = fp = fn = 0;
  const errL: string[] = [];
  const art = r.articles.find((a) => a.id === x)!;
  for (const u of art.units) {
    for (const rid of relatedIds) {
      const gold = r.missing(x, u.i, rid);
      if (gold === null) continue;
      const pred = predLeft.has(`${u.i}@${rid}`);
      if (gold && pred) tp++;
      else if (!gold && pred) {
        fp++;
        errL.push(`reading ${short(x)}: wrongly left out by ${short(rid)}: #${u.i} "${u.text.slice(0, 70)}"`);
      } else if (gold && !pred) {
        fn++;
        errL.push(`reading ${short(x)}: missed left out by ${short(rid)}: #${u.i} "${u.text.slice(0, 70)}"`);
      }
    }
  }
  for (const l of report.leftOut) for (const id of l.missingFrom) if (strays.includes(id)) {
    fp++;
    errL.push(`reading ${short(x)}: left out by an unrelated article ${id}`);
  }
  return { added, leftOut: score(tp, fp, fn, errL), unlabelled };
}

export function sum(scores: Score[]): Score {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  return score(tp, fp, fn, scores.flatMap((s) => s.errors));
}
