/**
 * para77: a table of news rewordings ("behead" / "execute", "jobless" / "unemployed", "gunman" / "shooter") learned from public
 * multi-outlet event clusters that no evaluation of the report reads as dev or held for facts or cards: DUC 2003 / 2004
 * (bench/data/duc.ts), DUC 2006 / 2007 (bench/data/duc-aquaint.ts), TAC 2009–2011 (bench/data/tac.ts), FNC-1's claims
 * (bodies and other outlets' headlines of one claim, joined by the stance files as bench/data/fnc.ts joins them) and, with
 * `--sources=…,abp`, Article-Bias-Prediction's articles of one day and topic (2012-16 and 2020 only). Read from the mirrors at
 * run time; nothing of the text is committed, and the table goes to a file named on the command line (default
 * /tmp/para77/synnews.ts, the format of lib/nlp/synonym-data.ts), never into lib/. bench/eval.ts reads it through the report's
 * word-bonus hook: `SYN_DIR=/tmp/para77 npx tsx bench/eval.ts --synonyms=news,1` (docs/notes/para77.md).
 *
 *   [SLOT=both|either] [MIN_SHARED=3] [MAX_LEFT=2] [APART=1] [PARA77_CACHE=/tmp/para77/clusters-SOURCES.json] \
 *     npx tsx bench/para77-build.ts [--sources=duc03,duc04,duc06,duc07,tac09,tac10,tac11,fnc[,abp]] [--out=FILE] [--alpha=0.05] \
 *       [--probe="leav quit,bureau fbi"] [--examples]
 *
 * Events (two sentences of DIFFERENT stories of one cluster, sharing ≥ MIN_SHARED content stems; a sentence whose stem set
 * is met in two clusters or more is furniture and skipped; a sentence retold word for word is read once):
 *   - default: the two cover ≥ half of the shorter one's stems and leave 1..MAX_LEFT stems unmatched on EACH side; every
 *     cross pair of the unmatched stems is a substitution (as bench/fit-lexicon.ts learns STS-B's 42 pairs);
 *   - SLOT=both: x unmatched in a and y unmatched in b stand in for each other when they sit between the same two neighbours
 *     (content stems in order, figures kept); SLOT=either: one neighbour suffices.
 * Test: the unit is the cluster (one event's retellings are not independent). c(x, y) = clusters where x stands for y,
 * n(x) = clusters where x is unmatched in some event, N = clusters with an event; a pair seen in two clusters or more is kept
 * when the one-sided Fisher exact test (hypergeometric upper tail) is below alpha / the number of such pairs (Bonferroni).
 * APART=1 then drops a kept pair whose two stems share a sentence more often than chance (same test over all sentences):
 * "majority" / "minority", "week" / "year" are two things a story names side by side.
 * No cut on the counts is set by eye: alpha is the conventional 0.05; MIN_SHARED, MAX_LEFT and the slot rule say what an
 * event is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentStems } from '../lib/engine/features.ts';
import { loadDuc, loadDuc2003, type DucDoc } from './data/duc.ts';
import { loadDucAquaint } from './data/duc-aquaint.ts';
import { loadTac } from './data/tac.ts';
import { fncRelatedPairs, loadFnc, unionFind } from './data/fnc.ts';
import { ABP_COMMIT, ABP_GIT } from './data/abp.ts';
import { mirrorBlobs, mirrorRead } from './data/mirror.ts';

/**
 * Article-Bias-Prediction (Baly et al. 2020; US news of 2012-20 from ~70 outlets, AllSides' topic label on each; read by the
 * speakers samples only, never as facts or cards data): a cluster is one day and one topic ("2015-06-17|terrorism"), its
 * stories that day's articles of that topic. 2017-2019 are left out whole: the dev and held fact sets (NewsWCL50 2018, BASIL
 * 2017-19, meth / plague / doobie 2019) are events of those years, and no word pair may be learned from their coverage.
 * Sentences: the body's lines cut after a stop followed by a space and a capital, a digit or a quote (as bench/data/duc.ts).
 */
function abpStories(): Story[] | null {
  let files: Array<{ sha: string; path: string }>;
  try {
    files = mirrorBlobs(ABP_GIT, 'data/jsons', ABP_COMMIT);
  } catch {
    return null;
  }
  const out: Story[] = [];
  const blobs = mirrorRead(ABP_GIT, files.map((f) => f.sha));
  for (const b of blobs) {
    if (!b) continue;
    const d = JSON.parse(b.toString('utf8')) as { date?: string; topic?: string; content_original?: string };
    const year = Number((d.date ?? '').slice(0, 4));
    if (!(year >= 2012 && year <= 2016) && year !== 2020) continue;
    const units = (d.content_original ?? '')
      .split('\n')
      .flatMap((p) => p.replace(/\s+/g, ' ').trim().split(/(?<=[.?!][\u201d"']?)\s+(?=[A-Z0-9\u201c"])/))
      .map((x) => x.trim())
      .filter(Boolean);
    if (units.length) out.push({ cluster: `abp:${d.date}|${d.topic ?? ''}`, units });
  }
  return out;
}

/**
 * FNC-1 (Emergent, 2014-15 web news of many outlets on one claim): the bodies and the headlines that the stance files pair as
 * related (agree / disagree / discuss) joined into claims (connected parts, as bench/data/fnc.ts `fncClaims`); each claim is a
 * cluster whose stories are its bodies and, one story each, its headlines (other outlets' headlines of the same claim).
 */
function fncStories(): Story[] | null {
  const docs = loadFnc();
  if (!docs) return null;
  const { root, join, has } = unionFind();
  const heads = new Set<string>();
  for (const { headline, page } of fncRelatedPairs()) {
    const h = `h:${headline}`;
    heads.add(h);
    join(h, page);
  }
  const out: Story[] = [];
  for (const d of docs) if (has(d.id)) out.push({ cluster: `fnc:${root(d.id)}`, units: d.article.units.map((u) => u.text) });
  for (const h of heads) out.push({ cluster: `fnc:${root(h)}`, units: [h.slice(2)] });
  return out;
}

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const OUT = arg('out') ?? '/tmp/para77/synnews.ts';
const ALPHA = Number(arg('alpha') ?? 0.05);
const MIN_SHARED = Number(process.env.MIN_SHARED ?? 3);
const MAX_LEFT = Number(process.env.MAX_LEFT ?? 2);
const SLOT = process.env.SLOT as 'both' | 'either' | undefined;
const COVER = Number(process.env.COVER ?? (SLOT ? 0 : 0.5));
const SOURCES = (arg('sources') ?? 'duc03,duc04,duc06,duc07,tac09,tac10,tac11,fnc').split(',');

// The stories read, per source list (a cache of another list is never reused).
const CACHE = process.env.PARA77_CACHE ?? `/tmp/para77/clusters-${SOURCES.join('-')}.json`;
type Story = { cluster: string; units: string[] };
let stories: Story[] = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Story[]) : [];
const docs: DucDoc[] = [];
const load = (name: string, f: () => DucDoc[] | null) => {
  if (!SOURCES.includes(name)) return;
  const d = f();
  if (!d) console.log(`${name}: mirror absent, skipped`);
  else docs.push(...d.map((x) => ({ ...x, cluster: `${name}:${x.cluster}` })));
};
if (!stories.length) load('duc03', () => loadDuc2003());
if (!stories.length) load('duc04', () => loadDuc());
if (!stories.length) load('duc06', () => loadDucAquaint(2006)?.docs ?? null);
if (!stories.length) load('duc07', () => loadDucAquaint(2007)?.docs ?? null);
if (!stories.length) load('tac09', () => loadTac(2009));
if (!stories.length) load('tac10', () => loadTac(2010));
if (!stories.length) load('tac11', () => loadTac(2011));

if (!stories.length) {
  const fnc = SOURCES.includes('fnc') ? fncStories() : null;
  const abp = SOURCES.includes('abp') ? abpStories() : null;
  stories = [...docs.map((d) => ({ cluster: d.cluster, units: d.article.units.map((u) => u.text) })), ...(fnc ?? []), ...(abp ?? [])];
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(stories));
}
// A sentence met (as its content-stem set) in two clusters or more is the wire's furniture ("photo for use by clients"), not news.
const keyOf = (text: string) => [...new Set(contentStems(text).filter((w) => !/\d/.test(w)))].sort().join(' ');
const inClusters = new Map<string, Set<string>>();
for (const d of stories) for (const t of d.units) {
  const k = keyOf(t);
  let s = inClusters.get(k);
  if (!s) inClusters.set(k, (s = new Set()));
  s.add(d.cluster);
}
const furniture = new Set([...inClusters].filter(([, s]) => s.size >= 2).map(([k]) => k));
const byCluster = new Map<string, Story[]>();
for (const d of stories) {
  let l = byCluster.get(d.cluster);
  if (!l) byCluster.set(d.cluster, (l = []));
  l.push(d);
}
console.log(`${stories.length} stories in ${byCluster.size} clusters (${SOURCES.join(', ')})`);

interface Sent {
  doc: number;
  stems: string[];
  /** The content stems in order, figures kept (a slot's context). */
  seq: string[];
  text: string;
}

/** Events: per cluster, "L|R" (sorted sets, the smaller key first) → one example. */
const events: Array<{ cluster: string; L: string[]; R: string[]; a: string; b: string }> = [];
for (const [cluster, list] of byCluster) {
  const sents: Sent[] = [];
  const seenText = new Set<string>();
  list.forEach((d, di) => {
    for (const text of d.units) {
      const seq = contentStems(text);
      const stems = [...new Set(seq.filter((w) => !/\d/.test(w)))];
      if (stems.length < MIN_SHARED + 1) continue;
      const k = stems.slice().sort().join(' ');
      // The same sentence in two stories (a wire copy) teaches nothing; keep its first telling.
      if (seenText.has(k) || furniture.has(k)) continue;
      seenText.add(k);
      sents.push({ doc: di, stems, seq, text });
    }
  });
  const post = new Map<string, number[]>();
  sents.forEach((s, i) => {
    for (const w of s.stems) {
      let p = post.get(w);
      if (!p) post.set(w, (p = []));
      p.push(i);
    }
  });
  const seen = new Set<string>();
  sents.forEach((s, i) => {
    const shared = new Map<number, number>();
    for (const w of s.stems) for (const j of post.get(w)!) if (j > i && sents[j]!.doc !== s.doc) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n < MIN_SHARED) continue;
      const t = sents[j]!;
      if (n < COVER * Math.min(s.stems.length, t.stems.length)) continue;
      const B = new Set(t.stems);
      const A = new Set(s.stems);
      if (SLOT) {
        // Slot mode: x in a and y in b stand in for each other when each is unmatched and they sit between the same
        // neighbours (content stems, figures included; both neighbours, or either one, as SLOT says).
        const sa = s.seq;
        const sb = t.seq;
        for (let p = 0; p < sa.length; p++) {
          const x = sa[p]!;
          if (B.has(x) || /\d/.test(x)) continue;
          const l = sa[p - 1] ?? '^';
          const r = sa[p + 1] ?? '$';
          for (let q = 0; q < sb.length; q++) {
            const y = sb[q]!;
            if (A.has(y) || /\d/.test(y)) continue;
            const lm = (sb[q - 1] ?? '^') === l && l !== '^';
            const rm = (sb[q + 1] ?? '$') === r && r !== '$';
            if (SLOT === 'both' ? !(lm && rm) : !(lm || rm)) continue;
            const key = x < y ? `${x}|${y}` : `${y}|${x}`;
            if (seen.has(key)) continue;
            seen.add(key);
            events.push({ cluster, L: [x], R: [y], a: s.text, b: t.text });
          }
        }
        continue;
      }
      const L = s.stems.filter((w) => !B.has(w)).sort();
      const R = t.stems.filter((w) => !A.has(w)).sort();
      if (L.length < 1 || R.length < 1 || L.length > MAX_LEFT || R.length > MAX_LEFT) continue;
      const kl = L.join(' ');
      const kr = R.join(' ');
      const key = kl < kr ? `${kl}|${kr}` : `${kr}|${kl}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ cluster, L, R, a: s.text, b: t.text });
    }
  });
}
// The test's unit is the cluster (one event's many retellings are not independent): c(x, y) = clusters where x stands
// for y in some event, n(x) = clusters where x is unmatched in some event, N = clusters with an event.
const clusterSet = new Set(events.map((e) => e.cluster));
const N = clusterSet.size;
console.log(`${events.length} substitution events in ${N} clusters (MIN_SHARED ${MIN_SHARED}, MAX_LEFT ${MAX_LEFT})`);

const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
const nSets = new Map<string, Set<string>>();
const clusters = new Map<string, Set<string>>();
const events_ = new Map<string, number>();
const example = new Map<string, number>();
events.forEach((e, ei) => {
  for (const w of new Set([...e.L, ...e.R])) {
    let s = nSets.get(w);
    if (!s) nSets.set(w, (s = new Set()));
    s.add(e.cluster);
  }
  const ks = new Set<string>();
  for (const x of e.L) for (const y of e.R) if (x !== y) ks.add(pairKey(x, y));
  for (const k of ks) {
    let s = clusters.get(k);
    if (!s) clusters.set(k, (s = new Set()));
    s.add(e.cluster);
    events_.set(k, (events_.get(k) ?? 0) + 1);
    if (!example.has(k)) example.set(k, ei);
  }
});
const n = new Map([...nSets].map(([w, s]) => [w, s.size]));
const c = new Map([...clusters].map(([k, s]) => [k, s.size]));

// log n! table for the hypergeometric tail.
const lf = new Float64Array(N + 2);
for (let i = 2; i <= N + 1; i++) lf[i] = lf[i - 1]! + Math.log(i);
const lchoose = (a: number, b: number) => (b < 0 || b > a ? -Infinity : lf[a]! - lf[b]! - lf[a - b]!);
/** P(C ≥ c) for C ~ Hypergeometric(N, K = nx, draws = ny). */
function upperTail(cc: number, nx: number, ny: number): number {
  const hi = Math.min(nx, ny);
  const base = lchoose(N, ny);
  let p = 0;
  for (let k = cc; k <= hi; k++) p += Math.exp(lchoose(nx, k) + lchoose(N - nx, ny - k) - base);
  return Math.min(1, p);
}

const tested = [...c].filter(([, v]) => v >= 2);
const cut = ALPHA / Math.max(1, tested.length);
const rows = tested
  .map(([k, v]) => {
    const [x, y] = k.split(' ') as [string, string];
    const nx = n.get(x)!;
    const ny = n.get(y)!;
    return { k, c: v, nx, ny, expect: (nx * ny) / N, p: upperTail(v, nx, ny), clusters: events_.get(k)! };
  })
  .sort((a, b) => a.p - b.p || b.c - a.c);
let kept = rows.filter((r) => r.p < cut);
// APART=1: two words a story uses side by side in one sentence ("the majority and minority leaders", "weeks or years")
// name two things, not one told twice: a kept pair is dropped when its two stems share a sentence more often than chance
// (one-sided Fisher over every sentence read, Bonferroni over the kept pairs, the same alpha).
if (process.env.APART === '1') {
  const want = new Set(kept.flatMap((r) => r.k.split(' ')));
  const sn = new Map<string, number>();
  const both = new Map<string, number>();
  const keptKeys = new Set(kept.map((r) => r.k));
  let S = 0;
  for (const d of stories) for (const t of d.units) {
    const ws = [...new Set(contentStems(t))].filter((w) => want.has(w));
    S++;
    for (const w of ws) sn.set(w, (sn.get(w) ?? 0) + 1);
    for (let i = 0; i < ws.length; i++) for (let j = i + 1; j < ws.length; j++) {
      const k = pairKey(ws[i]!, ws[j]!);
      if (keptKeys.has(k)) both.set(k, (both.get(k) ?? 0) + 1);
    }
  }
  const lfS = new Float64Array(S + 2);
  for (let i = 2; i <= S + 1; i++) lfS[i] = lfS[i - 1]! + Math.log(i);
  const lc = (a: number, b: number) => (b < 0 || b > a ? -Infinity : lfS[a]! - lfS[b]! - lfS[a - b]!);
  const tail = (cc: number, nx: number, ny: number) => {
    let p = 0;
    for (let k = cc; k <= Math.min(nx, ny); k++) p += Math.exp(lc(nx, k) + lc(S - nx, ny - k) - lc(S, ny));
    return Math.min(1, p);
  };
  const cutApart = ALPHA / Math.max(1, kept.length);
  const dropped = kept.filter((r) => {
    const [x, y] = r.k.split(' ') as [string, string];
    return tail(both.get(r.k) ?? 0, sn.get(x) ?? 0, sn.get(y) ?? 0) < cutApart && (both.get(r.k) ?? 0) > 0;
  });
  console.log(`APART: ${S} sentences; ${dropped.length} kept pairs share sentences more than chance, dropped: ${dropped.map((r) => `${r.k} (${both.get(r.k)})`).join('; ')}`);
  const gone = new Set(dropped.map((r) => r.k));
  kept = kept.filter((r) => !gone.has(r.k));
}
console.log(`${tested.length} pairs seen in two clusters or more; Bonferroni cut p < ${cut.toExponential(2)}; kept ${kept.length}`);

const show = (r: (typeof rows)[number]) => {
  const e = events[example.get(r.k)!]!;
  return `${r.k.padEnd(26)} c ${String(r.c).padStart(3)} (exp ${r.expect.toFixed(2)}) n ${r.nx}/${r.ny} events ${r.clusters} p ${r.p.toExponential(1)}\n    a: ${e.a.slice(0, 160)}\n    b: ${e.b.slice(0, 160)}`;
};
const verbose = process.argv.includes('--examples');
console.log('\nTop 60 kept pairs by p:');
for (const r of kept.slice(0, 60)) console.log(verbose ? show(r) : `${r.k.padEnd(26)} c ${String(r.c).padStart(3)} (exp ${r.expect.toFixed(2)}) events ${r.clusters} p ${r.p.toExponential(1)}`);
// A random sample (seeded) of the kept pairs, with one example event each.
let seed = 77;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const sample = kept.slice().sort(() => rnd() - 0.5).slice(0, 25);
console.log('\nRandom 25 kept pairs, with the first event that made each:');
for (const r of sample) console.log(show(r));

const probe = (arg('probe') ?? 'leav quit,bureau fbi,fir leav,fir quit,quit resign,resign step,blaz fir,kil slain,die kil,arrest detain').split(',');
console.log('\nProbes (stems as contentStems makes them):');
for (const p of probe) {
  const [x, y] = p.split(' ') as [string, string];
  const k = pairKey(x, y);
  const r = rows.find((q) => q.k === k);
  console.log(`  ${k}: ${r ? `c ${r.c}, n ${r.nx}/${r.ny}, events ${r.clusters}, p ${r.p.toExponential(1)} → ${kept.includes(r) ? 'KEPT' : 'not kept'}` : `c ${c.get(k) ?? 0} (n ${n.get(x) ?? 0}/${n.get(y) ?? 0}): not tested`}`);
}

const data = kept.map((r) => r.k).sort().join('|');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `// Built by \`npx tsx bench/para77-build.ts\` (MIN_SHARED ${MIN_SHARED}, MAX_LEFT ${MAX_LEFT}, alpha ${ALPHA}, sources ${SOURCES.join(',')}): ${kept.length} stem pairs.\nexport const SYNONYM_PAIRS =\n  '${data}';\n`,
);
console.log(`\nwrote ${OUT} (${data.length} bytes of pairs)`);
