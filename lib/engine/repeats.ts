/**
 * Page furniture by repetition (docs/notes/furn31.md). A site's boilerplate — an app or newsletter prompt, a sign-in
 * widget, a crawl or archive notice, a video playlist's teasers — is carried word for word by that site's articles of
 * many different stories; a fact of a story is carried word for word only by that story's articles (a wire copy, an
 * outlet's repeated paragraph). So a unit is furniture when articles of its own site **outside the story being
 * compared** carry it word for word: at least REPEAT_OUTSIDE of them. No phrase list: the signal is language-free.
 *
 * The corpus keeps, per repeat key (site and folded unit text), how many articles carry it (CorpusIndex.repeatCounts,
 * kept on every write and delete); a compare reads the counts of its story's unit keys once and subtracts the carriers
 * inside the story (the article read and its related set). A furniture unit is no card on its own side (not left out,
 * not added, not shared, no conflict); the alignment still sees it, so the other side's sentence it matches is not
 * called new because ours was hidden.
 */
import type { Article, CorpusIndex, Report } from '../types';
import { fold } from '../nlp';
import { hashText } from '../hash';
import { knownOutletOf } from '../outlets';
import { featuresOf, reportFeatures } from './features';
import type { StoryCandidate } from './story';

/**
 * Carriers of the same site outside the story from which a unit is furniture. One is not enough: on GVC's dev split a
 * unit shared with one other incident's article is mostly a real fact (a round-up or police log filed under two
 * incidents); at two the units flagged are boilerplate but for a site's formulaic sentences (bench/furn31-repeats.ts).
 */
export const REPEAT_OUTSIDE = 2;

/**
 * The key of a unit's text on a site, `u:<site hash>:<text hash>`: the outlet's name folded ('' when unknown) and the
 * text folded, every run of non-letters one space (null when no letter or digit is left). The site part lets a store
 * keep the counts per site (repeatSite).
 */
export function repeatKey(outlet: string | null | undefined, text: string): string | null {
  return keyOn(siteHash(outlet), text);
}

const siteHash = (outlet: string | null | undefined) => hashText((knownOutletOf({ outlet }) ?? '').normalize('NFKC').replace(/\s+/g, ' ').toLowerCase());

function keyOn(site: string, text: string): string | null {
  const t = textHash(text);
  return t ? `u:${site}:${t}` : null;
}

const textHash = (text: string) => {
  const t = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return t ? hashText(t) : null;
};

/** The site part and the text part of a repeat key. */
export function repeatSite(key: string): { site: string; text: string } {
  return { site: key.slice(2, 18), text: key.slice(19) };
}

/** An article's repeat keys, one per distinct unit text (what the corpus counts per article). */
export function repeatKeys(a: Pick<Article, 'outlet' | 'units'>): string[] {
  const { site, texts } = repeatTexts(a);
  return texts.map((t) => `u:${site}:${t}`);
}

/** The same as the site part and the distinct text parts (a store counting per site: lib/store/repeats.ts). */
export function repeatTexts(a: { outlet: Article['outlet']; units: ReadonlyArray<{ text: string }> }): { site: string; texts: string[] } {
  const out = new Set<string>();
  for (const u of a.units) {
    const t = textHash(u.text);
    if (t) out.add(t);
  }
  return { site: siteHash(a.outlet), texts: [...out] };
}

/**
 * Per article of the story (the one read first), the indexes of its units that are furniture: carried by at least
 * REPEAT_OUTSIDE articles of the corpus beyond the story's own carriers. One read of counts; none without
 * CorpusIndex.repeatCounts.
 */
export async function furnitureOf(story: Article[], corpus: CorpusIndex): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  if (!corpus.repeatCounts || story.length === 0) return out;
  const keysOf = story.map((a) => a.units.map((u) => repeatKey(a.outlet, u.text)));
  const inside = new Map<string, number>();
  for (const ks of keysOf) for (const k of new Set(ks)) if (k) inside.set(k, (inside.get(k) ?? 0) + 1);
  const counts = await corpus.repeatCounts([...inside.keys()]);
  // The article read may not be stored yet: the counts lack it then, so the story's carriers subtracted are its stored ones.
  const stored = await storedOf(story, corpus);
  const storedInside = new Map<string, number>();
  keysOf.forEach((ks, n) => {
    if (stored[n]) for (const k of new Set(ks)) if (k) storedInside.set(k, (storedInside.get(k) ?? 0) + 1);
  });
  story.forEach((a, n) => {
    const set = new Set<number>();
    keysOf[n]!.forEach((k, i) => {
      if (k && (counts.get(k) ?? 0) - (storedInside.get(k) ?? 0) >= REPEAT_OUTSIDE) set.add(i);
    });
    if (set.size) out.set(a.id, set);
  });
  return out;
}

/** Whether each article of the story is in the corpus: the related ones are; the article read, when the corpus has it (under any id). */
async function storedOf(story: Article[], corpus: CorpusIndex): Promise<boolean[]> {
  return [(await corpus.findSame(story[0]!)) !== null, ...story.slice(1).map(() => true)];
}

/** The report without cards built on furniture: each on its own side (the article read's units `here`, a related article's by id). */
export function withoutFurniture(report: Report, pageId: string, furniture: Map<string, Set<number>>): Report {
  if (furniture.size === 0) return report;
  const here = furniture.get(pageId) ?? new Set<number>();
  const there = (s: { id: string; i: number }) => furniture.get(s.id)?.has(s.i) ?? false;
  return {
    ...report,
    shared: report.shared.filter((f) => !here.has(f.i)),
    leftOut: report.leftOut.filter((f) => !here.has(f.i)),
    added: report.added.filter((f) => !f.sources.every(there)),
    conflicts: report.conflicts.filter((c) => !here.has(c.here.i) && !c.there.every(there)),
  };
}

/**
 * The story without relations to or from a page that is all furniture (docs/notes/furnstory31.md): an archive's crawl
 * notice or a social network's page — a text whose every report fact unit is furniture by the rule above, computed with
 * the story found — relates to nothing, since nothing of it is of that story. A page with no fact unit is left alone.
 * Candidates are returned as given but for `related`; without CorpusIndex.repeatCounts nothing changes.
 */
export async function withoutFurnitureRelations(article: Article, candidates: StoryCandidate[], corpus: CorpusIndex): Promise<StoryCandidate[]> {
  const related = candidates.filter((c) => c.related);
  if (related.length === 0 || !corpus.repeatCounts) return candidates;
  const furniture = await furnitureOf([article, ...related.map((c) => c.article)], corpus);
  if (furniture.size === 0) return candidates;
  const allFurniture = (a: Article) => {
    const hidden = furniture.get(a.id);
    if (!hidden) return false;
    const facts = reportFeatures(a, featuresOf(a)).filter((f) => f.fact);
    return facts.length > 0 && facts.every((f) => hidden.has(f.unit.i));
  };
  const pageAll = allFurniture(article);
  return candidates.map((c) => (c.related && (pageAll || allFurniture(c.article)) ? { ...c, related: false } : c));
}

/**
 * The index without its repeat counts (every other method of `index`, bound to it): a compare on it hides no
 * furniture. For benches and tests that read the same corpus with and without the rule.
 */
export function withoutRepeatCounts(index: CorpusIndex): CorpusIndex {
  return new Proxy(index, {
    get(target, key) {
      if (key === 'repeatCounts') return undefined;
      const v: unknown = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
