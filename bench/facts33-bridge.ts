/**
 * facts33: a fact told through a third outlet (report.ts BRIDGE, `bridgePairs`). Each reading is reported with the
 * bridge off (main) and with each variant on; every "left out" pair (unit here, outlet) and every "added" unit the
 * variant removes is read against labels. Development data only:
 *   - the nine facts dev sets (tests/data/engine/*-labels.json; `Resolved.missing` is the gold): a removed item whose
 *     gold is "not missing" was a wrong card item (fixed); gold "missing" was a right one (hidden);
 *   - `--cards`: audit30's Multi-News DEV readings (bench/data/audit30-cards.tsv, 16) and audit29's GVC readings
 *     (bench/data/audit29-cards.tsv, 15): each labelled top-5 added / left-out card of main, gone or shrunk in the
 *     variant, counted by its mark (R / P / W) and cause. audit31 (Multi-News held) is never read here.
 *
 *   git apply bench/facts33-experiment.patch   # the bridge in lib/engine/report.ts and its test (not shipped; git apply -R after)
 *   npx tsx bench/facts33-bridge.ts [--list] [--chains] [--cards] [--variants=all-any,all-clause,strong-any,strong-clause]
 */
import './story-model.ts';
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import * as reportModule from '../lib/engine/report.ts';
import { align, REPORT_ALIGN, type Alignment, type Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import type { StoryArticle } from '../lib/engine/report.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article, Report } from '../lib/types.ts';
import { cardsOf } from './audit-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { gvcReadings } from './audit29-cards.ts';

// The bridge lives in bench/facts33-experiment.patch (not in lib/ as shipped): `git apply` it first.
type Rule = { edges: 'off' | 'strong' | 'all'; sameClause: boolean; mutual?: boolean };
type Pair = { k: number; i: number; j: number; via: number; u: number };
const ext = reportModule as unknown as {
  BRIDGE?: Rule;
  bridgePairs?: (here: Weighted[], related: StoryArticle[], withHere: Alignment[], between: (k1: number, k2: number) => Alignment, rule: Rule, clauses: { idf: ReturnType<typeof unitIdf>; minContent: number; wordBonus: typeof REPORT_ALIGN.wordBonus } | null) => Pair[];
};
if (!ext.BRIDGE || !ext.bridgePairs) {
  console.log('the bridge is not in lib/engine/report.ts: `git apply bench/facts33-experiment.patch` first (`git apply -R` it after)');
  process.exit(0);
}
const BRIDGE = ext.BRIDGE;
const bridgePairs = ext.bridgePairs;
const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = argv.includes('--list');
type Variant = { name: string; edges: 'strong' | 'all'; sameClause: boolean; mutual?: boolean };
const ALL: Variant[] = [
  { name: 'all-any', edges: 'all', sameClause: false },
  { name: 'all-clause', edges: 'all', sameClause: true },
  { name: 'strong-any', edges: 'strong', sameClause: false },
  { name: 'strong-clause', edges: 'strong', sameClause: true },
  { name: 'all-clause-mutual', edges: 'all', sameClause: true, mutual: true },
  { name: 'strong-clause-mutual', edges: 'strong', sameClause: true, mutual: true },
];
const wanted = opt('variants')?.split(',');
const VARIANTS = ALL.filter((v) => !wanted || wanted.includes(v.name));

async function reportWith(v: Variant | null, a: Article, index: MemoryIndex): Promise<Report> {
  BRIDGE.edges = v ? v.edges : 'off';
  BRIDGE.sameClause = v ? v.sameClause : true;
  BRIDGE.mutual = v?.mutual ?? false;
  try {
    return await compareArticle(a, index);
  } finally {
    BRIDGE.edges = 'off';
  }
}

const leftPairs = (r: Report) => new Set(r.leftOut.flatMap((l) => l.missingFrom.map((id) => `${l.i}@${id}`)));
const addedRefs = (r: Report) => new Set(r.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));

// ---- 0. --chains: every chain (unit here – unit u of b – unit of c) the strong, same-clause rule finds for one of main's
// left-out pairs, read against the fact labels: is each of the two alignments right (the two units share a labelled fact),
// and do all three share one fact? The report's own pipeline rebuilt as compare.ts builds it (reportFeatures, unit IDF
// over the article and its related set, REPORT_ALIGN).
const chainTally = new Map<string, { fixed: number; hidden: number; unscored: number }>();
function chains(a: Article, base: Report, articles: Article[], res: Resolved, setName: string): void {
  const rel = base.related.map((r) => articles.find((x) => x.id === r.id)!);
  const feats = reportFeatures(a, featuresOf(a));
  const rf = rel.map((c) => reportFeatures(c, featuresOf(c)));
  const idf = unitIdf([feats, ...rf]);
  const w = weighAll(feats, idf);
  const story: StoryArticle[] = rel.map((c, k) => ({ article: c, score: 1, feats: rf[k]!, weighted: weighAll(rf[k]!, idf) }));
  const withHere = story.map((s) => align(w, s.weighted, REPORT_ALIGN));
  const between = (k1: number, k2: number) => align(story[k1]!.weighted, story[k2]!.weighted, REPORT_ALIGN);
  const left = leftPairs(base);
  const seen = new Set<string>();
  const vias = new Map<string, Set<number>>();
  for (const p of bridgePairs(w, story, withHere, between, { edges: 'strong', sameClause: true }, { idf, minContent: REPORT_ALIGN.clauses?.minContent ?? 2, wordBonus: REPORT_ALIGN.wordBonus })) {
    const c = rel[p.k]!;
    const b = rel[p.via]!;
    if (!left.has(`${p.i}@${c.id}`) || base.article.units[p.i]!.coveredBy.includes(c.id)) continue;
    vias.set(`${p.i}@${c.id}`, (vias.get(`${p.i}@${c.id}`) ?? new Set()).add(p.via));
    const key = `${p.i}@${c.id}|${p.via}#${p.u}|${p.j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const g = res.missing(a.id, p.i, c.id);
    const fa = res.factsOf(a.id, p.i);
    const fb = res.factsOf(b.id, p.u);
    const fc = res.factsOf(c.id, p.j);
    const meet = (x: Set<string>, y: Set<string>) => [...x].some((f) => y.has(f));
    const kind =
      fa.size === 0 || fb.size === 0 || fc.size === 0
        ? 'a unit unlabelled'
        : !meet(fa, fb) && !meet(fc, fb)
          ? 'both alignments wrong'
          : !meet(fa, fb)
            ? 'here–b wrong'
            : !meet(fc, fb)
              ? 'c–b wrong'
              : [...fa].some((f) => fb.has(f) && fc.has(f))
                ? 'one fact in all three'
                : 'both right, different facts of b';
    const t = chainTally.get(kind) ?? { fixed: 0, hidden: 0, unscored: 0 };
    t[g === null ? 'unscored' : g ? 'hidden' : 'fixed']++;
    chainTally.set(kind, t);
    if (list) console.log(`chain ${setName} reading ${a.id.slice(0, 3)} #${p.i} by ${c.id.slice(0, 3)} via ${b.id.slice(0, 3)}#${p.u} ${c.id.slice(0, 3)}#${p.j}: ${kind}; left-out pair ${g === null ? 'unscored' : g ? 'right' : 'wrong'}`);
  }
  // Witnesses: how many different third articles bridge the pair (two agreeing outlets as a stricter rule).
  for (const [key, bs] of vias) {
    const [i, id] = key.split('@') as [string, string];
    const g = res.missing(a.id, Number(i), id);
    const w = bs.size >= 2 ? '2+ third articles' : '1 third article';
    const t = witnessTally.get(w) ?? { fixed: 0, hidden: 0, unscored: 0 };
    t[g === null ? 'unscored' : g ? 'hidden' : 'fixed']++;
    witnessTally.set(w, t);
  }
}
const witnessTally = new Map<string, { fixed: number; hidden: number; unscored: number }>();

// ---- 1. facts dev sets: removed items against the unit labels.
const SETS: Array<{ name: string; dir?: string; labels: string }> = [
  { name: 'seeds', dir: 'seeds', labels: 'tests/data/engine/seeds-labels.json' },
  { name: 'harbor', dir: 'tests/data/engine/harbor', labels: 'tests/data/engine/harbor-labels.json' },
  { name: 'doobie', dir: 'tests/data/engine/doobie', labels: 'tests/data/engine/doobie-labels.json' },
  { name: 'plague', dir: 'tests/data/engine/plague', labels: 'tests/data/engine/plague-labels.json' },
  { name: 'dnc', labels: 'tests/data/engine/dnc-labels.json' },
  { name: 'ukvisit', labels: 'tests/data/engine/ukvisit-labels.json' },
  { name: 'meth', dir: 'tests/data/engine/meth', labels: 'tests/data/engine/meth-labels.json' },
  { name: 'pompeo', labels: 'tests/data/engine/pompeo-labels.json' },
  { name: 'caravan', labels: 'tests/data/engine/caravan-labels.json' },
];
type Tally = { fixed: number; hidden: number; unscored: number };
const z = (): Tally => ({ fixed: 0, hidden: 0, unscored: 0 });
const baseLeft = { right: 0, wrong: 0, unscored: 0 };
const facts = new Map(VARIANTS.map((v) => [v.name, { left: z(), added: z(), perSet: new Map<string, string>() }]));
for (const set of SETS) {
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as Labels;
  const articles = set.dir ? (await loadCorpusDir(set.dir)).articles : loadNewsWclSet(set.name);
  if (!articles) {
    console.log(`${set.name}: skipped (texts absent)`);
    continue;
  }
  const resolved = new Resolved(labels, articles);
  const index = new MemoryIndex(articles);
  const per = new Map(VARIANTS.map((v) => [v.name, { left: z(), added: z() }]));
  for (const a of articles) {
    const base = await reportWith(null, a, index);
    if (base.related.length < 2) continue;
    const L0 = leftPairs(base);
    const A0 = addedRefs(base);
    // The base rate: how many of main's left-out pairs are wrong at all (a removal at random fixes that share).
    for (const key of L0) {
      const [i, id] = key.split('@') as [string, string];
      const gold = resolved.missing(a.id, Number(i), id);
      baseLeft[gold === null ? 'unscored' : gold ? 'right' : 'wrong']++;
    }
    if (argv.includes('--chains')) chains(a, base, articles, resolved, set.name);
    for (const v of VARIANTS) {
      const r = await reportWith(v, a, index);
      const L1 = leftPairs(r);
      const A1 = addedRefs(r);
      const t = per.get(v.name)!;
      for (const key of L0) {
        if (L1.has(key)) continue;
        const [i, id] = key.split('@') as [string, string];
        const gold = resolved.missing(a.id, Number(i), id);
        const kind = gold === null ? 'unscored' : gold ? 'hidden' : 'fixed';
        t.left[kind]++;
        if (list) console.log(`${v.name} ${set.name} reading ${a.id.slice(0, 3)}: left out #${i} by ${id.slice(0, 3)} removed: ${kind}`);
      }
      for (const key of A0) {
        if (A1.has(key)) continue;
        const [id, j] = key.split('#') as [string, string];
        const gold = resolved.missing(id, Number(j), a.id);
        const kind = gold === null ? 'unscored' : gold ? 'hidden' : 'fixed';
        t.added[kind]++;
        if (list) console.log(`${v.name} ${set.name} reading ${a.id.slice(0, 3)}: added ${id.slice(0, 3)}#${j} removed: ${kind}`);
      }
      for (const key of L1) if (!L0.has(key)) console.log(`!! ${v.name} ${set.name}: new left-out pair ${key}`);
      for (const key of A1) if (!A0.has(key)) console.log(`!! ${v.name} ${set.name}: new added unit ${key}`);
    }
  }
  for (const v of VARIANTS) {
    const t = per.get(v.name)!;
    const f = facts.get(v.name)!;
    for (const d of ['left', 'added'] as const) for (const k of ['fixed', 'hidden', 'unscored'] as const) f[d][k] += t[d][k];
    f.perSet.set(set.name, `L ${t.left.fixed}/${t.left.hidden}/${t.left.unscored} A ${t.added.fixed}/${t.added.hidden}/${t.added.unscored}`);
  }
}
console.log('\nfacts dev sets (readings with 2+ related articles): removed items, fixed (was wrong) / hidden (was right) / unscored');
console.log(`main's left-out pairs in those readings: ${baseLeft.right} right, ${baseLeft.wrong} wrong, ${baseLeft.unscored} unscored (wrong share ${(baseLeft.wrong / (baseLeft.right + baseLeft.wrong)).toFixed(3)})`);
for (const v of VARIANTS) {
  const f = facts.get(v.name)!;
  console.log(`${v.name}: left out ${f.left.fixed} / ${f.left.hidden} / ${f.left.unscored}; added ${f.added.fixed} / ${f.added.hidden} / ${f.added.unscored}`);
  console.log(`   ${[...f.perSet].map(([s, x]) => `${s}: ${x}`).join('; ')}`);
}

if (chainTally.size) {
  console.log('\n--chains (strong, same clause), per left-out pair of main it would remove: kind of chain — pairs wrong (bridge right) / right (bridge wrong) / unscored');
  for (const [k, t] of [...chainTally].sort((x, y) => y[1].hidden + y[1].fixed - x[1].hidden - x[1].fixed)) console.log(`  ${k}: ${t.fixed} / ${t.hidden} / ${t.unscored}`);
  console.log('per left-out pair, by the number of third articles that bridge it: pairs wrong (bridge right) / right / unscored');
  for (const [k, t] of [...witnessTally].sort()) console.log(`  ${k}: ${t.fixed} / ${t.hidden} / ${t.unscored}`);
}

// ---- 2. card labels (dev only): audit30 Multi-News dev, audit29 GVC.
if (argv.includes('--cards')) {
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const sources: Array<{ name: string; sheet: string; readings: Array<{ event: string; read: Article; own: Article[] }> }> = [
    { name: 'audit30 (Multi-News dev)', sheet: 'bench/data/audit30-cards.tsv', readings: mnReadings(16, 'dev').map((r) => ({ event: r.story, read: r.read, own: r.own })) },
    { name: 'audit29 (GVC)', sheet: 'bench/data/audit29-cards.tsv', readings: gvcReadings(15).map((r) => ({ event: r.incident, read: r.read, own: r.own })) },
  ];
  for (const src of sources) {
    const rows = readFileSync(src.sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const label = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] || '-' }]));
    const tally = new Map(VARIANTS.map((v) => [v.name, new Map<string, number>()]));
    let judged = 0;
    for (const rd of src.readings) {
      const index = new MemoryIndex([...rd.own.slice(1), ...distractors]);
      const base = await reportWith(null, rd.read, index);
      if (base.related.length < 2) continue;
      const cards = cardsOf(rd.event, base);
      for (const v of VARIANTS) {
        const r = await reportWith(v, rd.read, index);
        const t = tally.get(v.name)!;
        const bump = (k: string) => t.set(k, (t.get(k) ?? 0) + 1);
        base.leftOut.slice(0, 5).forEach((l, n) => {
          const lab = label.get(`${rd.event}|${cards.find((c) => c.key === `${rd.event}:L:${n + 1}`)!.hash}`);
          const now = r.leftOut.find((x) => x.i === l.i);
          const what = !now ? 'gone' : now.missingFrom.length < l.missingFrom.length ? 'shrunk' : null;
          if (what) {
            bump(`L ${what} ${lab ? `${lab.mark} ${lab.cause}` : 'unlabelled'}`);
            if (list) console.log(`${v.name} ${rd.event}:L:${n + 1} ${what} ${lab ? `${lab.mark} ${lab.cause}` : 'unlabelled'}`);
          }
        });
        base.added.slice(0, 5).forEach((a, n) => {
          const lab = label.get(`${rd.event}|${cards.find((c) => c.key === `${rd.event}:A:${n + 1}`)!.hash}`);
          const refs = addedRefs(r);
          const kept = a.sources.filter((s) => refs.has(`${s.id}#${s.i}`)).length;
          const what = kept === 0 ? 'gone' : kept < a.sources.length ? 'shrunk' : null;
          if (what) {
            bump(`A ${what} ${lab ? `${lab.mark} ${lab.cause}` : 'unlabelled'}`);
            if (list) console.log(`${v.name} ${rd.event}:A:${n + 1} ${what} ${lab ? `${lab.mark} ${lab.cause}` : 'unlabelled'}`);
          }
        });
      }
      judged++;
    }
    console.log(`\n${src.name}: ${judged} readings with 2+ related articles; main's top-5 added (A) / left-out (L) cards the variant removes (gone) or shortens (shrunk), by label`);
    for (const v of VARIANTS) console.log(`${v.name}: ${[...tally.get(v.name)!].sort().map(([k, n]) => `${k}: ${n}`).join('; ') || 'none'}`);
  }
}
