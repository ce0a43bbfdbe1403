/**
 * Page furniture by repetition (docs/notes/furn31.md): how many of an article's report fact units (lib/engine/features.ts
 * `reportFeatures`, `fact` true) are carried word for word (lib/engine/repeats.ts `repeatKey`, no site: folded, punctuation and spaces folded) by
 * other articles, and whether those carriers are of the article's own story (a syndicated copy, an outlet's recurring
 * background: a shared fact) or of other stories (furniture). Dev data only:
 *   mn    Multi-News dev half (story id's last hex digit even; bench/data/multinews.ts), story = Multi-News story;
 *   gvc   GVC dev split's story corpus (bench/data/gvc.ts gvcStoryCorpus: read + distractors), story = incident;
 *   facts the facts dev sets (seeds, harbor, doobie, plague, meth, dnc, ukvisit, pompeo, caravan) + the zyte pages
 *         (europa's pages left out), story = the set, or the page itself.
 * Per set: fact-unit occurrences; carried by ≥ 2 articles of one story only / of ≥ 2 stories; and the rule
 * "carriers outside the article's story ≥ K" (K = 1…4) against gold stories. Counts and hashes only; `--show=SET:K`
 * prints the flagged units' texts on the terminal for a reader's judgement (never committed).
 *   npx tsx bench/furn31-repeats.ts [--sets=mn,gvc,facts] [--show=mn:2]
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Article } from '../lib/types.ts';
import { featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { repeatKey as siteKey } from '../lib/engine/repeats.ts';
import { urlKey } from '../lib/url.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');
const SHOW = argv.find((a) => a.startsWith('--show='))?.slice(7);
/** Word for word, across sites: lib's repeat key with no site (the own-site rule below groups carriers by site itself). */
const repeatKey = (text: string) => siteKey(null, text) ?? '';
const h16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export interface Doc {
  article: Article;
  story: string;
  /** The site that published it (GVC's host, an article's outlet or its address's host), or null. */
  site?: string | null;
}

export function mnDev(): Doc[] | null {
  const stories = multiNewsStories();
  if (!stories) return null;
  const out: Doc[] = [];
  for (const s of stories) if (parseInt(s.id.slice(-1), 16) % 2 === 0) for (const a of multiNewsArticles(s, Infinity)) out.push({ article: a, story: s.id });
  return out;
}

export function gvcDev(): Doc[] | null {
  const items = gvcItems();
  if (!items) return null;
  const c = gvcStoryCorpus(items, 'dev');
  return [...c.read, ...c.distractors].map((d) => ({ article: d.article, story: `gvc-${d.incident}`, site: d.host }));
}

const sameUrl = (x: string) => urlKey(x) ?? x;

export async function factsDev(): Promise<Doc[]> {
  const out: Doc[] = [];
  const urlSet = new Map<string, string>();
  for (const name of ['seeds', 'harbor', 'doobie', 'plague', 'meth'] as const) for (const a of await loadSet(name)) (out.push({ article: a, story: name }), a.url && urlSet.set(sameUrl(a.url), name));
  for (const name of ['dnc', 'ukvisit', 'pompeo', 'caravan']) for (const a of loadNewsWclSet(name) ?? []) out.push({ article: a, story: name });
  // europa is held: its pages (by address) are left out of the zyte pages.
  const held = new Set((await loadSet('europa')).flatMap((a) => (a.url ? [sameUrl(a.url)] : [])));
  const ZYTE = process.env.ZYTE_HTML_DIR;
  const gt = ZYTE ? (JSON.parse(readFileSync(join(ZYTE, '..', 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>) : {};
  for (const a of loadZyte()) {
    const url = gt[a.id.replace(/\.html$/, '')]?.url ?? a.url ?? '';
    const u = sameUrl(url);
    if (held.has(u)) continue;
    const set = urlSet.get(u);
    if (set) continue; // the set's own copy of the page is already in
    out.push({ article: a, story: `zyte-${a.id}` });
  }
  return out;
}

/** The article's report fact units: text and repeatKey. */
export function factUnits(a: Article): Array<{ text: string; key: string }> {
  return reportFeatures(a, featuresOf(a))
    .filter((f) => f.fact)
    .map((f) => ({ text: f.unit.text, key: repeatKey(f.unit.text) }))
    .filter((u) => u.key.length > 0);
}

const siteOf = (d: Doc) => d.site ?? d.article.outlet ?? (d.article.url ? d.article.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/.*$/, '') : '?');

function study(name: string, docs: Doc[]) {
  const units = docs.map((d) => factUnits(d.article));
  const carriers = new Map<string, Set<number>>();
  units.forEach((us, i) => {
    for (const u of us) (carriers.get(u.key) ?? carriers.set(u.key, new Set()).get(u.key)!).add(i);
  });
  const storiesOf = (k: string) => new Set([...carriers.get(k)!].map((i) => docs[i]!.story));
  let occ = 0;
  let rep = 0;
  let oneStory = 0;
  let cross = 0;
  const flagged = [0, 0, 0, 0, 0];
  const flaggedDistinct = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  const artsHit = [0, 0, 0, 0, 0];
  const artsAll = [0, 0, 0, 0, 0];
  // A story-blind count (carriers ≥ K + 1) and how much of what it flags is carried within one story only.
  const blind = [0, 0, 0, 0, 0];
  // The same rule counting only carriers of the article's own site (its boilerplate repeats across its own stories).
  const site = [0, 0, 0, 0, 0];
  const siteDistinct = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  const siteArts = [0, 0, 0, 0, 0];
  const blindOne = [0, 0, 0, 0, 0];
  units.forEach((us, i) => {
    const story = docs[i]!.story;
    const hit = [0, 0, 0, 0, 0];
    const hitSite = [0, 0, 0, 0, 0];
    const mySite = siteOf(docs[i]!);
    const seen = new Set<string>();
    for (const u of us) {
      if (seen.has(u.key)) continue;
      seen.add(u.key);
      occ++;
      const cs = carriers.get(u.key)!;
      if (cs.size >= 2) {
        rep++;
        if (storiesOf(u.key).size === 1) oneStory++;
        else cross++;
      }
      let outside = 0;
      let outsideSite = 0;
      for (const j of cs) if (docs[j]!.story !== story) (outside++, siteOf(docs[j]!) === mySite && outsideSite++);
      for (let K = 1; K <= 4; K++) if (outsideSite >= K) (site[K]!++, hitSite[K]!++, siteDistinct[K]!.add(u.key));
      for (let K = 1; K <= 4; K++) {
        if (outside >= K) (flagged[K]!++, hit[K]!++, flaggedDistinct[K]!.add(u.key));
        if (cs.size >= K + 1) (blind[K]!++, storiesOf(u.key).size === 1 && blindOne[K]!++);
      }
    }
    for (let K = 1; K <= 4; K++) {
      if (hit[K]! > 0) artsHit[K]!++;
      if (hit[K]! > 0 && hit[K] === seen.size) artsAll[K]!++;
      if (hitSite[K]! > 0) siteArts[K]!++;
    }
  });
  console.log(`\n${name}: ${docs.length} articles, ${new Set(docs.map((d) => d.story)).size} stories, ${occ} fact units (distinct per article)`);
  console.log(`  carried by ≥ 2 articles: ${rep} (of one story only ${oneStory}; of ≥ 2 stories ${cross})`);
  for (let K = 1; K <= 4; K++)
    console.log(
      `  K=${K}: carriers outside the story ≥ ${K}: ${flagged[K]} units (${flaggedDistinct[K]!.size} distinct) in ${artsHit[K]} articles (${artsAll[K]} with every fact unit flagged) | story-blind carriers ≥ ${K + 1}: ${blind[K]} units, of them carried within one story only ${blindOne[K]}`,
    );
  // The reader's judgements of the units flagged at K = 2 (bench/data/furn31-units.tsv, hashes only): F furniture, R a real fact.
  const judged = new Map(
    readFileSync('bench/data/furn31-units.tsv', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'))
      .filter((w) => w[3] === name)
      .map((w) => [w[0]!, w[1]!] as const),
  );
  const score = (keys: Set<string>) => {
    const t = { F: 0, R: 0, unjudged: 0 };
    for (const k of keys) t[(judged.get(h16(k)) as 'F' | 'R' | undefined) ?? 'unjudged']++;
    return `F ${t.F}, R ${t.R}, unjudged ${t.unjudged}`;
  };
  if (judged.size) console.log(`  judged (K=2 distinct): plain rule ${score(flaggedDistinct[2]!)}; own-site rule ${score(siteDistinct[2]!)}`);
  for (let K = 1; K <= 4; K++) console.log(`  site K=${K}: carriers of the article's own site outside its story ≥ ${K}: ${site[K]} units (${siteDistinct[K]!.size} distinct) in ${siteArts[K]} articles`);
  if (SHOW?.startsWith(`${name}:`)) {
    const [, k, how] = SHOW.split(':');
    const K = Number(k);
    const rows = [...(how === 'site' ? siteDistinct : flaggedDistinct)[K]!].map((k) => {
      const cs = [...carriers.get(k)!];
      const text = units[cs[0]!]!.find((u) => u.key === k)!.text;
      const sites = new Map<string, number>();
      for (const j of cs) sites.set(siteOf(docs[j]!), (sites.get(siteOf(docs[j]!)) ?? 0) + 1);
      return { h: h16(k), n: cs.length, s: storiesOf(k).size, sites: sites.size, top: Math.max(...sites.values()), text };
    });
    rows.sort((a, b) => (a.h < b.h ? -1 : 1));
    for (const r of rows) console.log(`  ${r.h}\t${r.n}\t${r.s}\tsites ${r.sites} top ${r.top}\t${r.text.slice(0, 140)}`);
  }
  return { docs, units, carriers };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (SETS.includes('mn')) {
    const d = mnDev();
    if (d) {
      const r = study('mn', d);
      // The reader's dev labels (bench/data/story-multinews-reader-dev.tsv): pairs with a side whose fact units are all / half flagged (K = 2).
      const idx = new Map(r.docs.map((x, i) => [x.article.id, i]));
      const share = (id: string, K: number) => {
        const i = idx.get(id);
        if (i === undefined) return null;
        const us = [...new Map(r.units[i]!.map((u) => [u.key, u])).values()];
        if (!us.length) return 1;
        return us.filter((u) => [...r.carriers.get(u.key)!].filter((j) => r.docs[j]!.story !== r.docs[i]!.story).length >= K).length / us.length;
      };
      const rows = readFileSync('bench/data/story-multinews-reader-dev.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
      for (let K = 1; K <= 3; K++) {
        const by = new Map<string, { n: number; all: number; half: number; any: number; unk: number }>();
        for (const w of rows) {
          const lab = w[6]!;
          const t = by.get(lab) ?? by.set(lab, { n: 0, all: 0, half: 0, any: 0, unk: 0 }).get(lab)!;
          t.n++;
          const s = [share(w[2]!, K), share(w[3]!, K)];
          if (s.some((x) => x === null)) t.unk++;
          const m = Math.max(...s.map((x) => x ?? 0));
          if (m >= 1) t.all++;
          if (m >= 0.5) t.half++;
          if (m > 0) t.any++;
        }
        console.log(`  reader's dev pairs, K=${K}: ` + [...by].map(([l, t]) => `${l} ${t.n}: a side all flagged ${t.all}, ≥ half ${t.half}, any ${t.any} (a side outside the dev half ${t.unk})`).join('; '));
      }
    } else console.log('mn: mirror absent');
  }
  if (SETS.includes('gvc')) {
    const d = gvcDev();
    if (d) study('gvc', d);
    else console.log('gvc: mirror absent');
  }
  if (SETS.includes('facts')) study('facts', await factsDev());
}

/**
 * The furniture benches' walk (furn35, furn36): each named dev set ('mn', 'gvc', 'facts'; "no data" printed for one that
 * is absent), and in it every unit with the story stage's and the report's verdicts (`featuresOf`, `reportFeatures`).
 */
export async function* furnitureUnits(sets: string[]): AsyncGenerator<{ set: string; docs: Doc[]; units: Array<{ id: string; i: number; text: string; story: boolean; report: boolean }> }> {
  for (const set of sets) {
    const docs = set === 'mn' ? mnDev() : set === 'gvc' ? gvcDev() : set === 'facts' ? await factsDev() : null;
    if (!docs) {
      console.log(`${set}: no data`);
      continue;
    }
    const units: Array<{ id: string; i: number; text: string; story: boolean; report: boolean }> = [];
    for (const d of docs) {
      const feats = featuresOf(d.article);
      reportFeatures(d.article, feats).forEach((f, k) => units.push({ id: d.article.id, i: f.unit.i, text: f.unit.text, story: feats[k]!.fact, report: f.fact }));
    }
    yield { set, docs, units };
  }
}
