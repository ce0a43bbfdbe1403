/**
 * compareArticle: the article being read against the corpus → a Report (lib/types.ts).
 *
 * 1–2. The same-story articles: story.ts (`findRelated`: index candidates, then one calibrated
 *    decision over TF-IDF cosine, its robust z-score in the pool, mutual rank and fact alignment).
 * 3. Near-copies by shared 5-word shingles (copy.ts).
 * 4. Fact alignment again, this time with unit IDF taken over the related set only (the words that
 *    all same-story articles share weigh little, so facts are told apart by what differs).
 * 5. Report: coveredBy / matches, shared (with outlet counts), added (grouped across outlets),
 *    left out (with missingFrom), conflicts. Deterministic: every list has a total order.
 */
import type { AddedFact, Article, Conflict, CorpusIndex, LeftOutFact, RelatedArticle, Report, SharedFact } from '../types';
import { fold, isFunctionWord, quantities, tokens } from '../nlp';
import { align, DEFAULT_ALIGN, type Alignment } from './align';
import { copiedShares, isNearCopy } from './copy';
import { featuresOf, findRelated, unitIdf, weighAll, type CompareOptions } from './story';

export { findRelated, type CompareOptions, type StoryCandidate } from './story';

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Runs of capitalised words (a cheap named-entity finder), split at punctuation; dates left out. */
export function entityRuns(text: string): string[][] {
  const toks = tokens(text);
  const runs: Array<{ words: string[]; atStart: boolean }> = [];
  let run: { words: string[]; atStart: boolean } = { words: [], atStart: false };
  let prevEnd = -1;
  for (const t of toks) {
    const cap = /^\p{Lu}/u.test(t.raw) && !isFunctionWord(t.w) && !CALENDAR.has(t.w);
    const gap = prevEnd < 0 ? text.slice(0, t.start) : text.slice(prevEnd, t.start);
    const broken = prevEnd >= 0 && /[,;:()"“”‘’'—–]|[.!?]\s/.test(gap);
    if (!cap || broken) {
      if (run.words.length) runs.push(run);
      run = { words: [], atStart: false };
    }
    if (cap) {
      if (run.words.length === 0) run.atStart = prevEnd < 0 || /[.!?]["”’']?\s+["“‘']?$|["“‘]\s*$/.test(gap);
      run.words.push(t.w.replace(/'s$/, ''));
    }
    prevEnd = t.end;
  }
  if (run.words.length) runs.push(run);
  // A lone capitalised word opening a sentence is just the sentence start.
  return runs.filter((r) => !(r.atStart && r.words.length === 1)).map((r) => r.words);
}

/**
 * Details a unit carries that another article lacks entirely, though the unit's main fact is
 * there: two or more names none of whose words the other article contains ("produced by ProPublica
 * … with The Texas Tribune"), or an amount of money / a count the other never gives. Such a unit
 * is reported as added (or left out) although it aligns: a sentence can carry two facts.
 */
export function novelDetails(unitText: string, other: OtherText, otherFigures: Set<number>): string[] {
  const novel: string[] = [];
  // A word is known to the other article when it is one of its words, or (5+ letters) part of one:
  // glued translations ("Clintonthe") still count as naming Clinton.
  const known = (w: string) => other.words.has(w) || (w.length >= 5 && other.folded.includes(w));
  for (const run of entityRuns(unitText)) {
    if (run.every((w) => w.length <= 2)) continue; // "X", "US": too short to tell
    if (run.every((w) => !known(w))) novel.push(run.join(' '));
  }
  const out = novel.length >= 2 ? novel : [];
  for (const q of quantities(unitText)) {
    if ((q.kind === 'money' || (q.kind === 'count' && q.value >= 10)) && q.value === q.max && !otherFigures.has(q.value)) out.push(q.text);
  }
  return out;
}

interface OtherText {
  folded: string;
  words: Set<string>;
  figures: Set<number>;
}

function foldedText(a: Article): OtherText {
  const text = `${a.title}\n${a.units.map((u) => u.text).join('\n')}`;
  const words = new Set(tokens(text).map((t) => t.w.replace(/'s$/, '')));
  return { folded: fold(text), words, figures: new Set(quantities(text).map((q) => q.value)) };
}

function outletKey(a: Pick<Article, 'outlet' | 'id'>): string {
  return a.outlet ? `o:${a.outlet.trim().toLowerCase()}` : `id:${a.id}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The whole comparison. */
export async function compareArticle(article: Article, corpus: CorpusIndex, opts: CompareOptions = {}): Promise<Report> {
  const { candidates } = await findRelated(article, corpus, opts);
  const related = candidates.filter((c) => c.related);
  const params = opts.align ?? DEFAULT_ALIGN;

  // Re-align within the story: unit IDF over the article and its related set only.
  const hereFeats = featuresOf(article);
  const relFeats = related.map((c) => featuresOf(c.article));
  const uidf = unitIdf([hereFeats, ...relFeats]);
  const hereW = weighAll(hereFeats, uidf);
  const relW = relFeats.map((f) => weighAll(f, uidf));
  const withHere: Alignment[] = relW.map((w) => align(hereW, w, params));

  const coveredBy = article.units.map(() => new Set<string>());
  const conflictWith = article.units.map(() => new Set<string>());
  const relatedOut: RelatedArticle[] = related.map((c, k) => {
    const al = withHere[k]!;
    const id = c.article.id;
    for (const e of al.matches) coveredBy[e.a]!.add(id);
    for (const e of al.conflicts) conflictWith[e.a]!.add(id);
    const copied = copiedShares(article, c.article);
    return {
      id,
      title: c.article.title,
      outlet: c.article.outlet,
      date: c.article.date,
      url: c.article.url,
      score: round(c.score),
      relation: isNearCopy(copied) ? 'near-copy' : 'same-story',
      copied,
      units: c.article.units.map((u, j) => ({
        i: u.i,
        text: u.text,
        matches: al.matches.filter((e) => e.b === j).map((e) => e.a).sort((x, y) => x - y),
        fact: relFeats[k]![j]!.fact,
      })),
    };
  });

  const relText = related.map((c) => foldedText(c.article));
  const hereText = foldedText(article);
  const order = (id: string) => related.findIndex((c) => c.article.id === id);
  const byRelated = (x: string, y: string) => order(x) - order(y);
  const hereFact = hereFeats.map((f) => f.fact);

  // Shared: facts here that at least one related article carries; counts by outlet.
  const allOutlets = new Set([outletKey(article), ...related.map((c) => outletKey(c.article))]);
  const shared: SharedFact[] = [];
  const leftOut: LeftOutFact[] = [];
  article.units.forEach((u, i) => {
    if (!hereFact[i]) return;
    const cov = [...coveredBy[i]!].sort(byRelated);
    if (cov.length) {
      const sources = cov.flatMap((id) => {
        const k = order(id);
        return withHere[k]!.matches.filter((e) => e.a === i).map((e) => ({ id, i: e.b }));
      });
      const outlets = new Set([outletKey(article), ...cov.map((id) => outletKey(related[order(id)]!.article))]);
      shared.push({ i, text: u.text, sources, count: outlets.size, total: allOutlets.size });
    }
    const missingFrom = related
      .map((c) => c.article.id)
      .filter((id, k) => {
        if (conflictWith[i]!.has(id)) return false;
        if (!coveredBy[i]!.has(id)) return true;
        return novelDetails(u.text, relText[k]!, relText[k]!.figures).length > 0;
      });
    if (missingFrom.length) leftOut.push({ i, text: u.text, missingFrom });
  });

  // Added: related units with no counterpart here (and no conflict with a unit here), grouped
  // across related articles by aligning the related articles with each other.
  const addedUnits: Array<{ k: number; j: number }> = [];
  const conflictedThere = related.map(() => new Set<number>());
  withHere.forEach((al, k) => al.conflicts.forEach((e) => conflictedThere[k]!.add(e.b)));
  relatedOut.forEach((r, k) => {
    r.units.forEach((u, j) => {
      if (!relFeats[k]![j]!.fact || conflictedThere[k]!.has(j)) return;
      if (u.matches.length === 0 || novelDetails(u.text, hereText, hereText.figures).length > 0) addedUnits.push({ k, j });
    });
  });
  const keyOf = (k: number, j: number) => `${k}:${j}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const { k, j } of addedUnits) parent.set(keyOf(k, j), keyOf(k, j));
  for (let k1 = 0; k1 < related.length; k1++) {
    for (let k2 = k1 + 1; k2 < related.length; k2++) {
      const al = align(relW[k1]!, relW[k2]!, params);
      for (const e of [...al.matches, ...al.conflicts]) {
        const x = keyOf(k1, e.a);
        const y = keyOf(k2, e.b);
        if (parent.has(x) && parent.has(y)) {
          const rx = find(x);
          const ry = find(y);
          if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
        }
      }
    }
  }
  const groups = new Map<string, Array<{ k: number; j: number }>>();
  for (const u of addedUnits) {
    const root = find(keyOf(u.k, u.j));
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(u);
  }
  const added: AddedFact[] = [...groups.values()].map((g) => {
    g.sort((x, y) => x.k - y.k || x.j - y.j);
    const first = g[0]!;
    return {
      text: related[first.k]!.article.units[first.j]!.text,
      sources: g.map((u) => ({ id: related[u.k]!.article.id, i: u.j })),
    };
  });
  added.sort((x, y) => order(x.sources[0]!.id) - order(y.sources[0]!.id) || x.sources[0]!.i - y.sources[0]!.i);

  // Conflicts: a unit here and the units elsewhere giving different figures for the same fact.
  const conflicts: Conflict[] = [];
  article.units.forEach((u, i) => {
    const there = withHere.flatMap((al, k) =>
      al.conflicts.filter((e) => e.a === i).map((e) => ({ e, id: related[k]!.article.id, k })),
    );
    if (there.length === 0) return;
    conflicts.push({
      about: [...new Set(there.map((t) => t.e.about))].join('; '),
      here: { i, text: u.text },
      there: there.map((t) => ({ id: t.id, i: t.e.b, text: related[t.k]!.article.units[t.e.b]!.text })),
    });
  });

  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      date: article.date,
      url: article.url,
      units: article.units.map((u, i) => ({
        i: u.i,
        text: u.text,
        coveredBy: [...coveredBy[i]!].sort(byRelated),
        fact: hereFact[i],
      })),
    },
    related: relatedOut,
    shared,
    added,
    leftOut,
    conflicts,
  };
}
