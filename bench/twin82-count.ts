/**
 * twin82: how often a page tells one fact twice, and what its twins do to the cards. A twin: two fact units of one
 * article that the report's own same-fact decision (`oneFact`, report.ts: the fitted MRPC pair decision at its threshold
 * and no actor disagreement, the same code path as across articles) calls one fact. For every reading — each article of
 * the 17 dev sets in turn (bench/eval.ts' dev sets, set alone), and every panel audit's readings (audits 70–81, their
 * `LOADERS`, as bench/audit81-disjoint.ts walks them) — it counts:
 *   - twins: page units with a twin in the page (and pairs);
 *   - (a) false "missing from": a page unit left out by outlet K while its twin is told by K (aligned or reworded);
 *     `cardsGone`: Left-out cards every one of whose outlets tells a twin of it (the card would not exist);
 *   - (a') false "added": a unit of outlet K listed as added while its twin in K is aligned with the page;
 *   - (b) cards of one fact: in Shared and Left out, cards whose twin also has a card in the section (places a grouping
 *     would free), and of those in the top 5.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/twin82-count.ts [--sets-only|--audits-only] [--list]
 *
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import './story-model.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { actorsOf, type Weighted } from '../lib/engine/align.ts';
import { oneFact } from '../lib/engine/report.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import type { Article, Report } from '../lib/types.ts';
import { panelReadings } from './audit70-shots.ts';

const argv = process.argv.slice(2);
const list = argv.includes('--list');

/** The twins of an article's fact units: unit i → the units the report's same-fact decision calls one fact with it. */
export function twinsOf(ws: Weighted[]): Map<number, number[]> {
  const act = actorsOf(ws);
  const out = new Map<number, number[]>();
  for (let x = 0; x < ws.length; x++) {
    if (!ws[x]!.f.fact) continue;
    for (let y = x + 1; y < ws.length; y++) {
      if (!ws[y]!.f.fact) continue;
      if (!oneFact(ws[x]!, ws[y]!, act[x]!, act[y]!).same) continue;
      const [i, j] = [ws[x]!.f.unit.i, ws[y]!.f.unit.i];
      out.set(i, [...(out.get(i) ?? []), j]);
      out.set(j, [...(out.get(j) ?? []), i]);
    }
  }
  return out;
}

const T = { readings: 0, factUnits: 0, twinUnits: 0, twinPairs: 0, falseMissing: 0, cardsGone: 0, falseAdded: 0, addedCardsGone: 0, sharedDup: 0, sharedDupTop5: 0, leftDup: 0, leftDupTop5: 0, sharedCards: 0, leftCards: 0, addedCards: 0 };

async function reading(name: string, page: Article, corpus: Article[]): Promise<void> {
  const rep: Report = await compareArticle(page, new MemoryIndex(corpus));
  const related = rep.related.map((x) => corpus.find((a) => a.id === x.id)!);
  const features = [page, ...related].map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf(features);
  const ws = features.map((f) => weighAll(f, idf));
  const tw = twinsOf(ws[0]!);
  T.readings++;
  T.factUnits += ws[0]!.filter((w) => w.f.fact).length;
  T.twinUnits += tw.size;
  T.twinPairs += [...tw.values()].reduce((n, v) => n + v.length, 0) / 2;
  const told = new Map<number, Set<string>>(); // page unit → outlets (ids) telling it (shared sources)
  for (const s of rep.shared) told.set(s.i, new Set(s.sources.map((x) => x.id)));
  const lines: string[] = [];
  for (const f of rep.leftOut) {
    const twins = tw.get(f.i) ?? [];
    if (!twins.length) continue;
    const byTwin = f.missingFrom.filter((id) => twins.some((t) => told.get(t)?.has(id)));
    T.falseMissing += byTwin.length;
    if (byTwin.length && byTwin.length === f.missingFrom.length) T.cardsGone++;
    if (byTwin.length) lines.push(`  L #${f.i} missing from ${byTwin.join(',')} which tells twin #${twins.find((t) => byTwin.some((id) => told.get(t)?.has(id)))}: ${f.text.slice(0, 140)}`);
  }
  // The related articles' own twins: a unit listed as added while its twin is aligned with the page.
  const addedOf = new Map<string, Set<number>>();
  for (const card of rep.added) for (const s of card.sources) addedOf.set(s.id, (addedOf.get(s.id) ?? new Set()).add(s.i));
  rep.related.forEach((r, k) => {
    const twK = twinsOf(ws[k + 1]!);
    const alignedThere = new Set(r.units.filter((u) => u.matches.length || u.reworded?.length).map((u) => u.i));
    for (const j of addedOf.get(r.id) ?? []) {
      const t = (twK.get(j) ?? []).find((x) => alignedThere.has(x));
      if (t === undefined) continue;
      T.falseAdded++;
      lines.push(`  A ${r.id} #${j} added while its twin #${t} is aligned: ${r.units[j]!.text.slice(0, 140)}`);
    }
  });
  for (const card of rep.added) {
    if (card.sources.every((s) => {
      const k = rep.related.findIndex((r) => r.id === s.id);
      const twK = twinsOf(ws[k + 1]!);
      const r = rep.related[k]!;
      return (twK.get(s.i) ?? []).some((x) => r.units[x]!.matches.length || r.units[x]!.reworded?.length);
    })) T.addedCardsGone++;
  }
  const dup = (cards: ReadonlyArray<{ i: number }>) => {
    const here = new Set(cards.map((c) => c.i));
    let n = 0,
      top = 0;
    cards.forEach((c, r) => {
      // a card is a duplicate when an earlier-ranked card of the section is its twin
      if ((tw.get(c.i) ?? []).some((t) => here.has(t) && cards.findIndex((d) => d.i === t) < r)) (n++, r < 5 && top++);
    });
    return [n, top] as const;
  };
  const [sd, st] = dup(rep.shared);
  const [ld, lt] = dup(rep.leftOut);
  T.sharedDup += sd;
  T.sharedDupTop5 += st;
  T.leftDup += ld;
  T.leftDupTop5 += lt;
  T.sharedCards += rep.shared.length;
  T.leftCards += rep.leftOut.length;
  T.addedCards += rep.added.length;
  if (list && (lines.length || sd || ld)) {
    console.log(`${name} page ${page.id}: ${tw.size} twin units; dup shared ${sd} (${st} top 5), left ${ld} (${lt} top 5)`);
    for (const [i, js] of tw) if (js.some((j) => j > i)) console.log(`  twin #${i} / #${js.filter((j) => j > i).join(',#')}: ${page.units[i]!.text.slice(0, 90)} | ${page.units[js.find((j) => j > i)!]!.text.slice(0, 90)}`);
    lines.forEach((l) => console.log(l));
  }
}

const DEV = [
  ['seeds', 'seeds'], ['harbor', 'tests/data/engine/harbor'], ['doobie', 'tests/data/engine/doobie'], ['plague', 'tests/data/engine/plague'],
  ['dnc', 'nw'], ['ukvisit', 'nw'], ['meth', 'tests/data/engine/meth'], ['pompeo', 'nw'], ['caravan', 'nw'],
  ['basil-hunter', 'b'], ['basil-buzzfeed', 'b'], ['basil-putin', 'b'], ['basil-wikileaks', 'b'], ['basil-muellerreport', 'b'],
  ['basil-lieberman', 'b'], ['basil-hr1', 'b'], ['basil-schiff', 'b'],
] as const;

const print = (what: string) =>
  console.log(
    `${what}: ${T.readings} readings, ${T.factUnits} page fact units, ${T.twinUnits} with a twin (${T.twinPairs} pairs); ` +
      `false "missing from" ${T.falseMissing} (Left-out cards gone ${T.cardsGone} of ${T.leftCards}); false "added" ${T.falseAdded} (Added cards gone ${T.addedCardsGone} of ${T.addedCards}); ` +
      `cards of a fact already carded: Shared ${T.sharedDup} (${T.sharedDupTop5} in top 5) of ${T.sharedCards}, Left out ${T.leftDup} (${T.leftDupTop5} in top 5) of ${T.leftCards}`,
  );
const reset = () => { for (const k of Object.keys(T) as Array<keyof typeof T>) T[k] = 0; };

if (!argv.includes('--audits-only')) {
  for (const [name, dir] of DEV) {
    const articles = dir === 'nw' ? loadNewsWclSet(name) : dir === 'b' ? loadBasilSet(name) : (await loadCorpusDir(dir)).articles;
    if (!articles) {
      console.log(`${name}: skipped (texts absent)`);
      continue;
    }
    for (const a of articles) await reading(name, a, articles);
  }
  print('17 dev sets');
  reset();
}
if (!argv.includes('--sets-only')) {
  for (const audit of [70, 71, 74, 75, 77, 78, 79, 80, 81]) {
    const { LOADERS } = (await import(`./audit${audit}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
    const events = Object.entries(LOADERS).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length > 1);
    for (const r of panelReadings(events, `a${audit}`)) {
      const [page, ...corpus] = r.own;
      await reading(`a${audit} ${r.event}`, page!, corpus);
    }
  }
  print('audits 70–81');
}
