/**
 * match43: what two reports of one local event share when retrieval misses them, and simulated key schemes that could
 * fetch them (issue 8 item 1). Bench only: the schemes are computed here beside a MemoryIndex, nothing in lib/ changes.
 *
 *   npx tsx bench/match43-keys.ts [--set gvc|mn] [--split dev|held] [--schemes pairs6,pairs8,age,...] [--diag] [--errors]
 *
 * Corpus: --set gvc (default) is bench/story-gvc.ts's (match42-gvc-retrieval's: a split's read articles, its one-article
 * distractors, the seeds, the zyte pages; pairs ≤ STORY_DAYS apart); --set mn is story-multinews.ts --only-half's
 * (the half's stories, 1,000 GVC dev distractors, seeds, zyte; every same-story pair).
 *
 * Schemes: `pairsK` (p: keys for each pair of the K most salient word keys), `age` (a: keys), `agexK` (an age with each
 * of the K most salient words), `clock` (clock times), joined with `+`; `age+pairs5` is what lib/engine/keys.ts ships
 * (bench/match43-conjunction.patch `conjunctionKeys`, without its cap of 4 ages). The base row is main's: indexKeys without its conjunction keys.
 * For each scheme: extra keys per article (added to the article's stored indexKeys and to the page's query), asked by
 * main's rule (lib/engine/story.ts `queryKeys`: the rarest 12, then every key ≤ max(20, 5 % of n)), candidates ranked
 * as main ranks them (`rankHits`: hits, then id), 40 fetched. Prints retrieval-only recall, extra keys stored per
 * article, distinct extra keys, keys asked and posting entries read per reading, and the other-group candidates that
 * enter the 40 through an extra key (the precision risk the decision then has to carry).
 *
 * --diag (base misses only): for each pair not fetched, what the two share — keys by kind (word, name-cased word,
 * figure) with their counts, ages (a figure read as an age) and clock times both give, and the rarest *pair* of shared
 * keys (the number of articles carrying both: a conjunction key's count). Ids and numbers only; --errors prints one
 * line per pair (dev only).
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { indexKeys } from '../lib/engine/keys.ts';
import { rankHits } from '../lib/engine/read-cache.ts';
import { daysApart, queryKeys, STORY_DAYS } from '../lib/engine/story.ts';
import { quantities } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems, gvcStoryCorpus, GVC_GIT } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';

const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const SET = arg('--set') ?? 'gvc';
const split = (arg('--split') ?? 'dev') as 'dev' | 'held';
const LIMIT = 40;

// ---- the corpus -------------------------------------------------------------------------------------------------
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
let read: Article[] = [];
let others: Article[] = [];
const groupOf = new Map<string, string>();
let counts: (a: Article, b: Article) => boolean = () => true;
const items = gvcItems();
if (SET === 'gvc') {
  if (!items) {
    console.log(`match43-keys: skipped: mirror absent (${GVC_GIT})`);
    process.exit(0);
  }
  const corpus = gvcStoryCorpus(items, split);
  read = corpus.read.map((d) => d.article);
  others = corpus.distractors.map((d) => d.article);
  for (const d of [...corpus.read, ...corpus.distractors]) groupOf.set(d.article.id, d.incident);
  counts = (a, b) => {
    const g = daysApart(corpus.dateOf.get(a.id) ?? null, corpus.dateOf.get(b.id) ?? null);
    return g !== null && g <= STORY_DAYS;
  };
} else {
  const stories = multiNewsStories();
  if (!stories) {
    console.log(`match43-keys: skipped: mirror absent (${MULTINEWS_GIT})`);
    process.exit(0);
  }
  for (const s of stories) {
    if ((parseInt(s.id.slice(-1), 16) % 2 === 0) !== (split === 'dev')) continue;
    const arts = multiNewsArticles(s, Infinity);
    if (arts.length < 2) continue;
    for (const a of arts) {
      read.push({ ...a, date: null, url: null });
      groupOf.set(a.id, `mn-${s.id}`);
    }
  }
  if (items) others = gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, 1000).map((x) => x.picked[0]!)).map((d) => ({ ...d.article, date: null, url: null }));
}
const index = new MemoryIndex([...read, ...others, ...seeds, ...zyte]);
const all = index.all();
const n = all.length;
console.log(`${SET} ${split}: ${read.length} read, corpus ${n}`);

// ---- key schemes (bench only) -----------------------------------------------------------------------------------
const isAge = (q: { kind: string; anchor?: string }) => q.kind === 'duration' && q.anchor === '|old';
const agesOf = (a: Article) => [...new Set(quantities(`${a.title ?? ''}\n${a.text ?? ''}`).filter(isAge).map((q) => q.value))];
const clocksOf = (a: Article) => [...new Set(quantities(`${a.title ?? ''}\n${a.text ?? ''}`).filter((q) => q.clock).map((q) => q.clock!.join(':')))];
const wordKeys = (keys: string[]) => keys.filter((k) => k.startsWith('w:'));
const pairs = (xs: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) out.push(`p:${[xs[i], xs[j]].sort().join('+')}`);
  return out;
};
type Scheme = (a: Article, keys: string[]) => string[];
function scheme(name: string): Scheme {
  if (name.includes('+')) {
    const parts = name.split('+').map(scheme);
    return (a, keys) => parts.flatMap((f) => f(a, keys));
  }
  let m = /^pairs(\d+)$/.exec(name);
  if (m) return (_a, keys) => pairs(wordKeys(keys).slice(0, Number(m![1])));
  m = /^age$/.exec(name);
  if (m) return (a) => agesOf(a).map((v) => `a:${v}`);
  m = /^agex(\d+)$/.exec(name);
  if (m) return (a, keys) => agesOf(a).flatMap((v) => wordKeys(keys).slice(0, Number(m![1])).map((k) => `p:a${v}+${k}`));
  m = /^clock$/.exec(name);
  if (m) return (a) => clocksOf(a).map((v) => `c:${v}`);
  throw new Error(`unknown scheme ${name}`);
}

// The plain keys (main's: indexKeys without the conjunction keys bench/match43-conjunction.patch adds); the schemes add theirs.
const isConjunctionKey = (k: string) => k.startsWith('p:') || k.startsWith('a:');
const keysOf = new Map(all.map((a) => [a.id, [...new Set(indexKeys(a).filter((k) => !isConjunctionKey(k)))]]));
const baseDf = new Map<string, number>();
const postings = new Map<string, string[]>();
for (const a of all) for (const k of keysOf.get(a.id)!) (postings.get(k) ?? postings.set(k, []).get(k)!).push(a.id);
for (const [k, ids] of postings) baseDf.set(k, ids.length);

async function run(name: string, extra: Scheme | null) {
  const extraOf = new Map<string, string[]>();
  const post = new Map<string, string[]>();
  let stored = 0;
  if (extra)
    for (const a of all) {
      const e = [...new Set(extra(a, keysOf.get(a.id)!))];
      extraOf.set(a.id, e);
      stored += e.length;
      for (const k of e) (post.get(k) ?? post.set(k, []).get(k)!).push(a.id);
    }
  const list = (k: string) => post.get(k) ?? postings.get(k) ?? [];
  let gold = 0;
  let got = 0;
  let asked = 0;
  let entries = 0;
  let viaExtra = 0;
  let viaExtraOther = 0;
  const fetchedPairs = new Set<string>();
  for (const a of read) {
    const keys = [...keysOf.get(a.id)!, ...(extraOf.get(a.id) ?? [])];
    const df = new Map(keys.map((k) => [k, list(k).length]));
    const q = queryKeys(keys, df, n);
    asked += q.length;
    const lists = q.map(list);
    for (const l of lists) entries += l.length;
    const top = rankHits(lists, LIMIT + 1)
      .filter((h) => h.id !== a.id)
      .slice(0, LIMIT);
    const ids = new Set(top.map((h) => h.id));
    // Candidates an extra key brought in: in the 40 with, not in the 40 without (main's ranking of the plain keys).
    if (extra) {
      const qb = q.filter((k) => !k.includes(':') || k.startsWith('w:') || k.startsWith('d:'));
      const plain = new Set(rankHits(qb.map(list), LIMIT + 1).filter((h) => h.id !== a.id).slice(0, LIMIT).map((h) => h.id));
      for (const id of ids)
        if (!plain.has(id)) {
          viaExtra++;
          if (groupOf.get(id) !== groupOf.get(a.id)) viaExtraOther++;
        }
    }
    const grp = groupOf.get(a.id);
    for (const b of read) {
      if (b.id === a.id || groupOf.get(b.id) !== grp || !counts(a, b)) continue;
      gold++;
      if (ids.has(b.id)) {
        got++;
        fetchedPairs.add(`${a.id} ${b.id}`);
      }
    }
  }
  const r = read.length;
  // How rare the extra keys are in this pool: the share carried by one article only, and the list length an entry sits in.
  let sq = 0;
  let single = 0;
  for (const ids of post.values()) {
    sq += ids.length * ids.length;
    if (ids.length === 1) single++;
  }
  console.log(
    `${name.padEnd(10)} recall ${(got / gold).toFixed(3)} (${got} of ${gold}); extra keys stored ${(stored / n).toFixed(1)} an article (distinct ${post.size}); ` +
      `keys asked ${(asked / r).toFixed(1)}, posting entries read ${(entries / r).toFixed(0)} a reading; candidates new to the 40 ${(viaExtra / r).toFixed(1)} a reading (${((viaExtraOther / r)).toFixed(1)} of another group)`,
  );
  if (post.size) console.log(`           extra keys carried by one article ${(single / post.size).toFixed(3)} of ${post.size}; a stored entry's list length ${(sq / stored).toFixed(1)} on average`);
  return fetchedPairs;
}

const base = await run('main', null);
for (const s of (arg('--schemes') ?? '').split(',').filter(Boolean)) await run(s, scheme(s));

if (argv.includes('--diag')) {
  // Base misses: what the two share.
  const pairDf = (x: string, y: string) => {
    const sx = new Set(postings.get(x) ?? []);
    return (postings.get(y) ?? []).filter((id) => sx.has(id)).length;
  };
  const common = Math.max(20, 0.05 * n);
  const rows: string[] = [];
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  let misses = 0;
  for (const a of read) {
    const ka = keysOf.get(a.id)!;
    for (const b of read) {
      if (b.id === a.id || groupOf.get(b.id) !== groupOf.get(a.id) || !counts(a, b) || base.has(`${a.id} ${b.id}`)) continue;
      misses++;
      const kb = new Set(keysOf.get(b.id)!);
      const shared = ka.filter((k) => kb.has(k));
      const rarest = shared.map((k) => baseDf.get(k)!).sort((x, y) => x - y);
      let best = Infinity;
      let bestRank = [0, 0];
      let bestKeys = '';
      for (let i = 0; i < shared.length; i++)
        for (let j = i + 1; j < shared.length; j++) {
          const d = pairDf(shared[i]!, shared[j]!);
          if (d < best) {
            best = d;
            bestKeys = argv.includes('--show-keys') ? ` ${shared[i]}&${shared[j]}` : '';
            bestRank = [Math.max(ka.indexOf(shared[i]!), ka.indexOf(shared[j]!)), Math.max(keysOf.get(b.id)!.indexOf(shared[i]!), keysOf.get(b.id)!.indexOf(shared[j]!))];
          }
        }
      const ages = agesOf(a).filter((v) => agesOf(b).includes(v));
      const clocks = clocksOf(a).filter((v) => clocksOf(b).includes(v));
      bump(shared.length === 0 ? 'no shared key' : best <= 5 ? 'a shared pair ≤ 5 articles carry' : best <= common ? 'a shared pair ≤ common' : shared.length === 1 ? 'one shared key' : 'every shared pair common');
      if (best <= 5) bump(`  … its keys within the first ${Math.max(...bestRank) < 6 ? 6 : Math.max(...bestRank) < 10 ? 10 : Math.max(...bestRank) < 20 ? 20 : 48} of both`);
      if (ages.length) bump('shares an age');
      if (clocks.length) bump('shares a clock time');
      rows.push(
        `  miss ${a.id} → ${b.id}: shared ${shared.length} (w ${shared.filter((k) => k.startsWith('w:')).length}, d ${shared.filter((k) => k.startsWith('d:')).length}; counts ${rarest.join(',')}) rarest pair ${best === Infinity ? '-' : best} at key ranks ${bestRank.join('/')}${bestKeys}; ages ${ages.length} clocks ${clocks.length}`,
      );
    }
  }
  console.log(`base misses ${misses}: ${[...tally].map(([k, v]) => `${k} ${v}`).join('; ')}`);
  if (argv.includes('--errors') && split === 'dev') console.log(rows.join('\n'));
}
