/**
 * audit62: how often a marked card ("only the marked part is new / missing elsewhere") reaches a section's visible top 5,
 * on the dev sets only (text-blind: counts, nothing printed of the texts).
 *
 *   npx tsx bench/audit62-marked.ts
 *
 * Readings: every article of the nine facts dev sets (bench/data/facts-dev.ts) and of the BASIL dev events
 * (tests/data/engine/basil-sets.ts, one set per triplet, never the sealed pair) read as the page against the set's
 * other articles (tests/data/engine/report-against.ts: the report as compare.ts aligns it, ranked by rankReport).
 * audit62 judged the marked cards of its three Chromium readings 2 R / 3 P / 4 W (unmarked 14 / 2 / 5); cards60
 * judged PAC train's marked added cards 8 / 3 / 15 (docs/notes/cards60.md §4).
 */
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { BASIL_SETS, loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { readingAgainst } from '../tests/data/engine/report-against.ts';
import type { Article } from '../lib/types.ts';
import { FACTS_DEV } from './data/facts-dev.ts';
import { TOP_CARDS } from '../lib/sidebar/view.ts';

const SEALED = /schumer|reopen/;
/** The 17 dev sets (facts dev + one BASIL dev event per triplet, never the sealed pair); marks62-why.ts reads them too. */
export const MARKED_SETS: Array<{ name: string; load: () => Promise<Article[] | null> }> = [
  ...FACTS_DEV.map((s) => ({ name: s.name, load: async () => (s.dir ? (await loadCorpusDir(s.dir)).articles : loadNewsWclSet(s.name)) })),
  ...Object.entries(BASIL_SETS)
    .filter(([name]) => !SEALED.test(name))
    .filter(([, s], k, all) => all.findIndex(([, t]) => t.triplet === s.triplet) === k)
    .map(([name]) => ({ name, load: async () => loadBasilSet(name) })),
];

/** Each of MARKED_SETS whose texts are on this machine, loaded (a set that is not: one printed line, unless `quiet`). */
export async function* markedSets(quiet = false): AsyncGenerator<{ name: string; articles: Article[] }> {
  for (const set of MARKED_SETS) {
    const articles = await set.load();
    if (articles) yield { name: set.name, articles };
    else if (!quiet) console.log(`${set.name}: skipped (texts not on this machine)`);
  }
}

/** Each of those sets with its facts labels (tests/data/engine/NAME-labels.json) and the labels resolved on its texts. */
export async function* labelledSets(quiet = false): AsyncGenerator<{ name: string; articles: Article[]; labels: Labels; gold: Resolved }> {
  for await (const { name, articles } of markedSets(quiet)) {
    const labels = JSON.parse(readFileSync(`tests/data/engine/${name}-labels.json`, 'utf8')) as Labels;
    yield { name, articles, labels, gold: new Resolved(labels, articles) };
  }
}

/** The articles the labels put in one story with `read` (its related group), `read` itself left out. */
export function labelledOthers(labels: Labels, articles: Article[], read: Article): Article[] {
  const group = labels.related.find((g) => g.some((p) => read.id.startsWith(p))) ?? [];
  return articles.filter((b) => b !== read && group.some((p) => b.id.startsWith(p)));
}

/**
 * Every reading of the labelled sets: each article read against the others of its labelled related group
 * (`labelledOthers`, at least `min` of them), with its set's labels and gold facts (readingAgainst).
 */
export async function* labelledReadings(
  min = 1,
): AsyncGenerator<{ name: string; articles: Article[]; labels: Labels; gold: Resolved; read: Article; others: Article[] } & ReturnType<typeof readingAgainst>> {
  for await (const { name, articles, labels, gold } of labelledSets()) {
    for (const read of articles) {
      const others = labelledOthers(labels, articles, read);
      if (others.length < min) continue;
      yield { name, articles, labels, gold, read, others, ...readingAgainst(read, others) };
    }
  }
}

/** Every reading of those sets: each article as the page, reported against its set's other articles (readingAgainst). */
export async function* markedReadings(quiet = false): AsyncGenerator<{ name: string; articles: Article[]; page: Article; others: Article[] } & ReturnType<typeof readingAgainst>> {
  for await (const { name, articles } of markedSets(quiet)) {
    for (const page of articles) {
      const others = articles.filter((a) => a !== page);
      yield { name, articles, page, others, ...readingAgainst(page, others) };
    }
  }
}

if (process.argv[1]?.endsWith('audit62-marked.ts')) {
  const tally = { added: { top: 0, marked: 0, rankSum: 0 }, leftOut: { top: 0, marked: 0, rankSum: 0 } };
  let readings = 0;
  for await (const { report: r } of markedReadings()) {
    readings++;
    for (const [name, cards] of [['added', r.added], ['leftOut', r.leftOut]] as const) {
      cards.slice(0, TOP_CARDS).forEach((c, k) => {
        tally[name].top++;
        if (c.novel?.length) (tally[name].marked++, (tally[name].rankSum += k + 1));
      });
    }
  }
  console.log(`${readings} readings (${MARKED_SETS.length} sets)`);
  for (const [name, t] of Object.entries(tally)) {
    console.log(`${name}: ${t.marked} of ${t.top} top-${TOP_CARDS} cards marked (${((100 * t.marked) / t.top).toFixed(1)}%), mean rank of a marked one ${(t.rankSum / Math.max(1, t.marked)).toFixed(2)} (all: 3.00 if spread evenly)`);
  }
}
