/**
 * The part of bench/browser.ts that runs inside the extension (an extension-origin page of the
 * built extension, so it writes the real "parallax" database): lib/store's Corpus and lib/engine's
 * compare, bundled by bench/browser.ts and evaluated in the page. Not shipped with the extension.
 */
import { Corpus, IMPORT_BATCH, toArticle } from '../lib/store/corpus';
import { importBundleStream } from '../lib/store/bundle-import';
import { Dexie } from 'dexie';
import { createDb, FREQUENT_BUCKET, IDENTITY_BUCKET, KEY_STAT_BUCKETS, keyBucket } from '../lib/store/db';
import { keysWorker } from '../lib/store/key-worker';
import { prepareVectors } from '../lib/store/prepare';
import type { KeysInBulk } from '../lib/store/corpus';
import { IdentityFilter, identitiesOf } from '../lib/store/identity-filter';
import { compareArticle } from '../lib/engine/index';
import { prefetchNearRepeats, prefetchStoryReads, vectorsKept } from '../lib/engine/compare';
import { readBucketsOnce, useStoredKeys } from '../lib/engine/read-cache';
import { derivedOf, forgetDerived } from '../lib/engine/features';
import { docVectorsDerived, useStoredVectors } from '../lib/engine/vectors';
import { tokenisedChars } from '../lib/nlp';
import { relatedStory } from '../lib/engine/compare';
import { findRelated, ownFeaturesWhileReading, poolStageMemo } from '../lib/engine/story';
import { closeStory, closureInTurn, coherenceInTurn, consistencyInTwoSteps, readStoriesAmong, storyAsker } from '../lib/engine/closure';
import type { Article, CorpusIndex } from '../lib/types';
import { ZipfVocabulary, zipfArticles } from './synthetic';
import { bruteForce } from './baseline';
import { warmEngine } from './warm-engine';

/** perf15's A/B toggles for freshAB (a name → the toggle). */
const FRESH_TOGGLES: Record<string, (on: boolean) => void> = {
  /** perf18: closure's near miss asked first, the bridge read in full only when it relates (closure.ts closureInTurn). */
  'closure-turn': closureInTurn,
  /** perf19: a second story decision of an article in one compare takes its pool stage from the first (story.ts poolStageMemo). */
  'stage-memo': poolStageMemo,
  /**
   * perf20: each compare starts after the story vectors of the one before are kept (compare.ts
   * vectorsKept: their packing and the `vectors` write), as a reader's next page would, instead of
   * back to back with them (the compare row and every fresh round otherwise). Changes no engine code.
   */
  settle: (on) => {
    settleBetween = on;
  },
  /** perf20: the page's own features derived while its pool is read (story.ts ownFeaturesWhileReading, on by default) or after. */
  'own-while-reading': ownFeaturesWhileReading,
  /** perf20: the likely asked articles' pools read ahead (compare.ts prefetchStoryReads, on by default) or not. */
  prefetch: prefetchStoryReads,
  /** cold55: each keyStats bucket read once per compare (read-cache.ts readBucketsOnce, on by default) or once per keyCounts call. */
  'buckets-once': readBucketsOnce,
  /** perf56: a stored article's story keys taken as the store handed them (read-cache.ts useStoredKeys, on by default) or derived. */
  'stored-keys': useStoredKeys,
  /** perf57: consistency's test decides c's relations to the reading's own story first (closure.ts consistencyInTwoSteps, on by default) or every candidate at once. */
  'consistency-two-steps': consistencyInTwoSteps,
  /** perf57: coherence asks m's question first and c's only when m relates to c (closure.ts coherenceInTurn, on by default) or both at once. */
  'coherence-turn': coherenceInTurn,
  /** perf57: both of the above (on = the branch, off = main's closure). */
  perf57: (on) => {
    consistencyInTwoSteps(on);
    coherenceInTurn(on);
  },
  /** perf63: closure's near misses' repeat counts read ahead with the story's (compare.ts prefetchNearRepeats, on by default) or after closure. */
  'near-repeats': prefetchNearRepeats,
};
let settleBetween = false;
/** perf35 compareOne's probes, read once per page. */
const probeObjects = new Map<string, Article>();

/** The database bench:browser's export/import row imports into (deleted after it). */
const COPY_DB = 'parallax-bench-copy';

let corpus: Corpus | null = null;
const open = async () => (corpus ??= await Corpus.open());
let vocab: ZipfVocabulary | null = null;
let keyWorker: ReturnType<typeof keysWorker> | null = null;
let keyWorker2: ReturnType<typeof keysWorker> | null = null;

/** One KeysInBulk over several: the articles cut into as many contiguous parts, the answers joined in order (perf16's two-worker try). */
function splitKeys(parts: KeysInBulk[]): KeysInBulk {
  return async (articles) => {
    const size = Math.ceil(articles.length / parts.length);
    const answers = await Promise.all(parts.map((p, k) => (k * size < articles.length ? p(articles.slice(k * size, (k + 1) * size)) : Promise.resolve([]))));
    // Keys only (the page then computes the repeat texts itself).
    return answers.flatMap((a) => (Array.isArray(a) ? a : a.keys));
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** perf44: lib/store/prepare.ts prepareVectors run to its end (a task turn between batches); ms, articles derived, entries kept after it. */
async function runPrepare() {
  const c = await open();
  await vectorsKept();
  const t = performance.now();
  const r = await prepareVectors(c, { pause: () => new Promise((ok) => setTimeout(ok, 0)) });
  return { ms: performance.now() - t, derived: r.derived, kept: await c.db.vectors.count() };
}

const api = {
  async count() {
    return (await open()).count();
  },
  /** perf39: the frequent keys' record (schema v11): keys, floor, JSON bytes; and the key buckets' keys and bytes beside it. */
  async frequentStats() {
    const c = await open();
    const f = await c.db.keyStats.get(FREQUENT_BUCKET);
    const buckets = await c.db.keyStats.where(':id').between(0, KEY_STAT_BUCKETS).toArray();
    return {
      n: await c.count(),
      keys: f ? Object.keys(f.n).length : -1,
      floor: f?.floor ?? null,
      bytes: f ? JSON.stringify(f).length : 0,
      bucketKeys: buckets.reduce((t, b) => t + Object.keys(b.n).length, 0),
      bucketBytes: buckets.reduce((t, b) => t + JSON.stringify(b).length, 0),
    };
  },
  /** perf36 (`--clear-vectors`): the kept story vectors cleared, as a fill leaves them (none kept); returns how many were. */
  async clearVectors() {
    const c = await open();
    await vectorsKept();
    const n = await c.db.vectors.count();
    await c.db.vectors.clear();
    return n;
  },
  /**
   * perf44 (`--prepare`, `--fresh-toggle prepared`): the background pass that derives the newest articles' story
   * vectors ahead of any compare (lib/store/prepare.ts), run to its end with a task turn between batches; ms,
   * articles derived, and the kept entries after it.
   */
  async prepareVectors() {
    return runPrepare();
  },
  /** Adds real articles (upsertBatched); returns ms. */
  async putReal(articles: Article[]) {
    const c = await open();
    const t = performance.now();
    await c.upsertBatched(articles);
    return performance.now() - t;
  },
  /**
   * Adds `n` Zipf articles numbered from `from`, generated here (not timed), written timed, in
   * upsertBatched calls of `chunk` articles (5,000: each call computes its first batch's story keys
   * before writing, the later ones while the batch before is written; IMPORT_BATCH is 1,000).
   * `ahead` (keys elsewhere only): the next call's first batch's keys are asked for while this
   * call's last batch is written, so the fill is one continuous import as a file's is (a single
   * upsertBatched or importBundleStream): without it every chunk's first batch waits for its keys
   * with nothing written meanwhile (perf16: 21 s of a 174 s fill of 100k at load 11).
   */
  async fillZipf(n: number, from: number, chunk = 5000, batch?: number, ab = false, abBatch?: [number, number], keysIn: 'worker' | 'page' | 'ab' | 'ab2' = 'worker', abSession = false, ahead = false, feed = false, abFlag?: [name: string, firstOn: boolean]) {
    const c = await open();
    vocab ??= new ZipfVocabulary();
    c.stageTimes = {};
    // Story keys in the options page's worker (the extension's /ingest-worker.js, as the options
    // page does), on this page (as before), or alternating per chunk ('ab').
    const worker = keysIn === 'page' ? null : (keyWorker ??= keysWorker(() => new Worker('/ingest-worker.js', { type: 'module' })));
    // ab2: chunks alternating (A B B A …) between that one worker and two (the batch split in halves).
    const two = keysIn === 'ab2' ? splitKeys([worker!, (keyWorker2 ??= keysWorker(() => new Worker('/ingest-worker.js', { type: 'module' })))]) : null;
    const keysAb = { worker: 0, page: 0, workerN: 0, pageN: 0 };
    let ms = 0;
    // ab: alternate chunks with and without the identity filter's look-up savings (same database
    // growing, same load): milliseconds and articles of each in `ab`.
    // abBatch: alternate chunks written in transactions of abBatch[0] and abBatch[1] articles.
    const abMs = { filter: 0, lookups: 0, filterN: 0, lookupsN: 0, batch: [0, 0], batchN: [0, 0], session: [0, 0], sessionN: [0, 0] };
    const size = batch ?? IMPORT_BATCH;
    // The next chunk's first batch and its keys, asked for early (`ahead`); answered once, to the call whose first batch it is.
    let early: { first: string; n: number; keys: ReturnType<KeysInBulk> } | null = null;
    let nextPart = n > 0 ? zipfArticles(Math.min(chunk, n), { vocab, from }) : [];
    for (let k = 0, j = 0; k < n; k += chunk, j++) {
      const part = nextPart;
      nextPart = ahead && k + chunk < n ? zipfArticles(Math.min(chunk, n - k - chunk), { vocab, from: from + k + chunk }) : [];
      c.useIdentityFilter = !ab || j % 2 === 0;
      const first = j % 4 === 0 || j % 4 === 3;
      c.keysElsewhere = keysIn === 'ab' ? (j % 2 === 0 ? worker : null) : keysIn === 'ab2' ? (first ? worker : two) : worker;
      // abSession: alternate chunks keeping the filter and keyStats buckets across batches (ImportSession) or reading them per batch.
      c.keepAcrossBatches = !abSession || j % 2 === 0;
      // abFlag: alternate chunks with a bench-only switch of the Corpus (a boolean property) on and off.
      if (abFlag) for (const name of abFlag[0].split(',')) (c as unknown as Record<string, boolean>)[name] = (j % 2 === 0) === abFlag[1];
      const elsewhere = c.keysElsewhere;
      if (ahead && elsewhere && !abBatch) {
        c.keysElsewhere = (xs) => {
          const e = early;
          early = null;
          return e && xs.length === e.n && xs[0]?.text === e.first ? e.keys : elsewhere(xs);
        };
      }
      const onProgress = (done: number) => {
        // This call's last batch is being written: the next call's first keys now (the worker answers in order).
        // (The last batch is shorter when `size` does not divide the call: it starts within `size` of the end.)
        if (!ahead || !elsewhere || abBatch || !nextPart.length || done >= part.length || done < part.length - size) return;
        const head = nextPart.slice(0, size);
        early = { first: head[0]!.text, n: head.length, keys: elsewhere(head.map((a) => ({ title: a.title, text: a.text, quotes: a.quotes, outlet: a.outlet, units: a.units.map((u) => u.text) }))) };
        early.keys.catch(() => undefined);
      };
      const t = performance.now();
      const bsize = abBatch ? abBatch[j % 2] : batch;
      // feed (perf45): written as a feed's items are (fromFeed), the shape of a corpus a feed filled over months.
      await c.upsertBatched(feed ? part.map((a) => ({ ...a, fromFeed: true })) : part, { ...(bsize ? { batch: bsize } : {}), onProgress });
      const dt = performance.now() - t;
      if (!ahead) nextPart = k + chunk < n ? zipfArticles(Math.min(chunk, n - k - chunk), { vocab, from: from + k + chunk }) : [];
      if (abBatch) (abMs.batch[j % 2]! += dt), (abMs.batchN[j % 2]! += part.length);
      if (abSession || abFlag) (abMs.session[j % 2]! += dt), (abMs.sessionN[j % 2]! += part.length);
      ms += dt;
      if (c.useIdentityFilter) (abMs.filter += dt), (abMs.filterN += part.length);
      else (abMs.lookups += dt), (abMs.lookupsN += part.length);
      if (keysIn === 'ab2') first ? ((keysAb.worker += dt), (keysAb.workerN += part.length)) : ((keysAb.page += dt), (keysAb.pageN += part.length));
      else if (c.keysElsewhere) (keysAb.worker += dt), (keysAb.workerN += part.length);
      else (keysAb.page += dt), (keysAb.pageN += part.length);
    }
    c.useIdentityFilter = true;
    c.keysElsewhere = null;
    c.keepAcrossBatches = true;
    if (abFlag) for (const name of abFlag[0].split(',')) (c as unknown as Record<string, boolean>)[name] = true;
    const stages = c.stageTimes;
    c.stageTimes = null;
    return { ms, stages, ab: abMs, keysAb };
  },
  /**
   * A database without the identity filter (as one written before it existed): ms of a batched
   * import of `n` new Zipf articles with the filter record removed first (it builds the filter
   * from the indexes only if `n` is at least the corpus size, lib/store/corpus.ts
   * FILTER_BUILD_MIN), and of the next `n`.
   */
  async filterBuild(n: number, from: number) {
    const c = await open();
    vocab ??= new ZipfVocabulary();
    await c.db.keyStats.delete(IDENTITY_BUCKET);
    const a = zipfArticles(n, { vocab, from });
    const t0 = performance.now();
    await c.upsertBatched(a, { batch: n });
    const t1 = performance.now();
    const b = zipfArticles(n, { vocab, from: from + n });
    const t2 = performance.now();
    await c.upsertBatched(b, { batch: n });
    return { rebuilt: t1 - t0, kept: performance.now() - t2, count: await c.count() };
  },
  /**
   * The v6 → v7 upgrade in this browser: a v6 database ("parallax-upgrade-check") with `n` Zipf
   * articles and no identity filter, opened by the current code; ms of the open (the upgrade walks
   * the id, canonUrl and hash indexes) and identities of stored articles missing from the filter.
   */
  /**
   * Schema v8 (multi-entry `*keys` index) against v9 (postings) in this one page, same load: two
   * databases filled with the same `real` articles and `n` Zipf articles, chunks of `chunk`
   * alternating between them (import ms of each); then `rounds` rounds of compares of the `probes`
   * and of the engine's key-list read alone (`keyIds` of each probe's index keys), alternating
   * between the two databases; and whether their reports and key lists are the same.
   */
  async schemaAB(n: number, real: Article[], probes: string[], rounds: number, chunk = 5000) {
    const names = ['parallax-ab-v8', 'parallax-ab-v9'];
    for (const name of names) await Dexie.delete(name);
    const db8 = createDb({ name: names[0] }, 8);
    await db8.open();
    const cs = [new Corpus(db8), await Corpus.open({ name: names[1] })];
    vocab ??= new ZipfVocabulary();
    const worker = (keyWorker ??= keysWorker(() => new Worker('/ingest-worker.js', { type: 'module' })));
    const importMs = [0, 0];
    for (const c of cs) (c.keysElsewhere = worker), await c.upsertBatched(real);
    for (let k = 0; k < n; k += chunk) {
      const part = zipfArticles(Math.min(chunk, n - k), { vocab, from: 700_000 + k });
      const order = (k / chunk) % 2 === 0 ? [0, 1] : [1, 0];
      for (const j of order) {
        const t = performance.now();
        await cs[j]!.upsertBatched(part);
        importMs[j]! += performance.now() - t;
      }
    }
    const { indexKeys } = await import('../lib/engine/keys');
    const arts = await cs[1]!.getMany(probes);
    const cmp = [[] as number[], [] as number[]];
    const kid = [[] as number[], [] as number[]];
    let differ = 0;
    let listsDiffer = 0;
    for (let r = 0; r < rounds; r++) {
      for (const a of arts) {
        const order = r % 2 === 0 ? [0, 1] : [1, 0];
        const reps: string[] = [];
        const lists: string[] = [];
        for (const j of order) {
          const keys = indexKeys(a);
          let t = performance.now();
          const l = await cs[j]!.keyIds(keys);
          kid[j]!.push(performance.now() - t);
          lists[j] = JSON.stringify([...l]);
          forgetDerived();
          t = performance.now();
          const rep = await compareArticle(a, cs[j]!);
          cmp[j]!.push(performance.now() - t);
          reps[j] = JSON.stringify(rep);
        }
        if (reps[0] !== reps[1]) differ++;
        if (lists[0] !== lists[1]) listsDiffer++;
      }
    }
    const stat = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
    const out = {
      n: [await cs[0]!.count(), await cs[1]!.count()],
      importMs,
      compare: cmp.map(stat),
      keyIds: kid.map(stat),
      runs: cmp[0]!.length,
      differ,
      listsDiffer,
    };
    for (const c of cs) c.close();
    for (const name of names) await Dexie.delete(name);
    return out;
  },
  async upgradeCheck(n: number, from = 6) {
    const name = 'parallax-upgrade-check';
    await Dexie.delete(name);
    if (from === 8) return upgradeFrom8(name, n);
    const db6 = createDb({ name }, 6);
    await db6.open();
    const v6 = new Corpus(db6);
    vocab ??= new ZipfVocabulary();
    for (let k = 0; k < n; k += 5000) await v6.upsertBatched(zipfArticles(Math.min(5000, n - k), { vocab, from: 500_000 + k }));
    await db6.keyStats.delete(IDENTITY_BUCKET);
    db6.close();
    const t0 = performance.now();
    const c = await Corpus.open({ name });
    const openMs = performance.now() - t0;
    const rec = await c.db.keyStats.get(IDENTITY_BUCKET);
    const f = new IdentityFilter(rec!.filter!);
    let missing = 0;
    await c.db.articles.each((r) => {
      for (const x of identitiesOf(r)) if (!f.has(x)) missing++;
    });
    const out = { version: c.db.verno, openMs, missing, count: await c.count() };
    c.close();
    await Dexie.delete(name);
    return out;
  },
  /** compareArticle for each probe, `rounds` times; median and p95 of all runs (ms). */
  async compare(ids: string[], rounds: number) {
    const c = await open();
    const probes = await c.getMany(ids);
    const ts: number[] = [];
    let related = 0;
    for (let r = 0; r < rounds; r++) {
      for (const a of probes) {
        const t = performance.now();
        const rep = await compareArticle(a, c);
        ts.push(performance.now() - t);
        related += rep.related.length;
      }
    }
    return { median: quantile(ts, 0.5), p95: quantile(ts, 0.95), runs: ts.length, related: related / rounds };
  },
  /**
   * perf35: one compare of probe `id` (bench/browser.ts `--compare-each`: the compare row's runs one
   * call each, so the caller can read the page's metrics and CPU profile around each). The probe is
   * read once per page and compared as that same object every time, as `compare` does; `counted`
   * goes through countedIndex (story decisions, articles read, read wall).
   */
  async compareOne(id: string, counted = true) {
    const c = await open();
    let a = probeObjects.get(id);
    if (!a) {
      a = (await c.getMany([id]))[0]!;
      probeObjects.set(id, a);
    }
    const { index, n } = countedIndex(c);
    const c0 = tokenisedChars();
    const d0 = docVectorsDerived();
    const t = performance.now();
    const rep = await compareArticle(a, counted ? index : c);
    const ms = performance.now() - t;
    return { ms, related: rep.related.length, asked: n.asked, fetched: n.fetched, readWall: n.ioWall, units: a.units.length, chars: a.text.length, tokenised: tokenisedChars() - c0, docs: docVectorsDerived() - d0 };
  },
  /**
   * The story step (relatedStory: findRelated + closure) with one compare's reads kept
   * (lib/engine/read-cache.ts) against each question reading on its own (findRelated and
   * closeStory(storyAsker) straight on the corpus, as before): the two alternate per probe and
   * round (same database, same load). Median and p95 ms of each, keys listed and articles fetched
   * per run, in how many runs closure asked its questions, and in how many the two stories differ.
   */
  async storyAB(ids: string[], rounds: number) {
    const c = await open();
    const probes = await c.getMany(ids);
    const reads = { keys: 0, articles: 0, asked: 0 };
    const counted: CorpusIndex = {
      candidates: (k, l) => ((reads.keys += new Set(k).size), c.candidates(k, l)),
      keyIds: (k) => ((reads.keys += new Set(k).size), c.keyIds(k)),
      keyCounts: (k) => c.keyCounts(k),
      count: () => c.count(),
      getMany: (x) => ((reads.articles += x.length), c.getMany(x)),
      // One findSame per story decision: more than one in a run means closure asked its questions.
      findSame: (a) => ((reads.asked += 1), c.findSame(a)),
    };
    const each = { kept: [] as number[], own: [] as number[] };
    const readsOf = { kept: { keys: 0, articles: 0 }, own: { keys: 0, articles: 0 } };
    let closed = 0;
    let differ = 0;
    /** [kept, own] ms of each run where closure asked its questions (the runs it changes). */
    const pairs: Array<[number, number]> = [];
    const story = (xs: Awaited<ReturnType<typeof relatedStory>>) => JSON.stringify(xs.map((x) => [x.article.id, x.score, x.related, x.via ?? null]));
    for (let r = 0; r < rounds; r++) {
      for (const [p, a] of probes.entries()) {
        const order = (r + p) % 2 === 0 ? (['kept', 'own'] as const) : (['own', 'kept'] as const);
        const out: Record<string, string> = {};
        for (const how of order) {
          reads.keys = 0;
          reads.articles = 0;
          reads.asked = 0;
          const t = performance.now();
          let got;
          if (how === 'kept') got = await relatedStory(a, counted);
          else got = await closeStory((await findRelated(a, counted)).candidates, storyAsker(counted));
          each[how].push(performance.now() - t);
          readsOf[how].keys += reads.keys;
          readsOf[how].articles += reads.articles;
          out[how] = story(got);
          if (how === 'own' && reads.asked > 1) closed++;
        }
        if (out.kept !== out.own) differ++;
        if (reads.asked > 1) pairs.push([each.kept[each.kept.length - 1]!, each.own[each.own.length - 1]!]);
      }
    }
    const n = rounds * probes.length;
    const sum = (how: 'kept' | 'own') => ({
      median: quantile(each[how], 0.5),
      p95: quantile(each[how], 0.95),
      keys: readsOf[how].keys / n,
      articles: readsOf[how].articles / n,
    });
    const ratios = pairs.map(([k, o]) => k / o);
    return { runs: n, kept: sum('kept'), own: sum('own'), closed, differ, pairs, ratio: ratios.length ? quantile(ratios, 0.5) : NaN };
  },
  /**
   * Cold compares, as in a freshly opened panel (every article's derived record forgotten before
   * each), with the story vectors read from the store against derived from the text: the two
   * alternate per probe and round (same database, same load). Median and p95 ms of each, the
   * reports compared (must be equal), and each run's probe, time, pool and whether closure asked.
   * First one compare per probe, whose story vectors the engine then keeps (schema v8), as after a
   * reader's first panel on a story; its time is `first` (cold, nothing kept yet).
   */
  async compareCold(ids: string[], rounds: number) {
    const c = await open();
    const probes = await c.getMany(ids);
    const first: number[] = [];
    for (const a of probes) {
      forgetDerived();
      const t = performance.now();
      await compareArticle(structuredClone(a), c);
      first.push(performance.now() - t);
      await vectorsKept();
    }
    const each = { stored: [] as number[], derived: [] as number[] };
    let differ = 0;
    const runs: Array<{ id: string; how: string; ms: number; fetched: number; asked: number }> = [];
    let fetched = 0;
    let asked = 0;
    const counted: CorpusIndex = {
      candidates: (k, l) => c.candidates(k, l),
      keyIds: (k) => c.keyIds(k),
      keyCounts: (k) => c.keyCounts(k),
      count: () => c.count(),
      getMany: (x) => ((fetched += x.length), c.getMany(x)),
      findSame: (a) => ((asked += 1), c.findSame(a)),
    };
    for (let r = 0; r < rounds; r++) {
      for (const [p, a] of probes.entries()) {
        const order = (r + p) % 2 === 0 ? (['stored', 'derived'] as const) : (['derived', 'stored'] as const);
        const out: Record<string, string> = {};
        for (const how of order) {
          forgetDerived();
          useStoredVectors(how === 'stored');
          fetched = 0;
          asked = 0;
          const t = performance.now();
          const rep = await compareArticle(structuredClone(a), counted);
          const ms = performance.now() - t;
          await vectorsKept();
          each[how].push(ms);
          runs.push({ id: a.id, how, ms, fetched, asked });
          out[how] = JSON.stringify(rep);
        }
        if (out.stored !== out.derived) differ++;
      }
    }
    useStoredVectors(true);
    const sum = (how: 'stored' | 'derived') => ({ median: quantile(each[how], 0.5), p95: quantile(each[how], 0.95) });
    return { runs: rounds * probes.length, stored: sum('stored'), derived: sum('derived'), differ, detail: runs, first: { median: quantile(first, 0.5), p95: quantile(first, 0.95) } };
  },
  /**
   * Compares with this round's story step (perf12: the likely asked articles' pools read ahead,
   * compare.ts prefetchStoryReads, and consistency's checks deciding only the candidates they read,
   * closure.ts readStoriesAmong: the extra readings read relations only) against without them, alternating per probe and round (same database, same load); warm (the page's derived
   * records kept, as the compare row) or cold (forgotten before each run, a fresh panel). Median and
   * p95 ms of each, reports differing (must be 0), and each run's breakdown: ms, articles read
   * (getMany ids, the prefetch's included), story decisions (findSame calls), ms until the first
   * extra decision started (the page's own decision and its reads), and the wall time during which
   * at least one database read was outstanding.
   */
  async prefetchAB(ids: string[], rounds: number, cold = false, what: 'perf12' | 'story-only' = 'perf12') {
    const c = await open();
    const probes = await c.getMany(ids);
    let t0 = 0;
    let firstExtra = NaN;
    const { index: counted, n } = countedIndex(c, (asked) => {
      if (asked === 2) firstExtra = performance.now() - t0;
    });
    const each = { on: [] as number[], off: [] as number[] };
    const detail: Array<{ id: string; how: string; ms: number; fetched: number; asked: number; first: number; io: number }> = [];
    let differ = 0;
    for (const a of probes) await compareArticle(structuredClone(a), counted); // warm-up: vectors kept, modules hot
    await vectorsKept();
    for (let r = 0; r < rounds; r++) {
      for (const [p, a] of probes.entries()) {
        const order = (r + p) % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const);
        const out: Record<string, string> = {};
        for (const how of order) {
          if (cold) forgetDerived();
          // 'story-only' (perf14): the page's own decision aligning only what a compare reads (story.ts
          // storyOnly, compare.ts's default) against every shortlisted candidate aligned.
          if (what === 'perf12') {
            prefetchStoryReads(how === 'on');
            readStoriesAmong(how === 'on');
          }
          n.reset();
          firstExtra = NaN;
          t0 = performance.now();
          const rep = await compareArticle(structuredClone(a), counted, what === 'story-only' ? { storyOnly: how === 'on' } : {});
          const ms = performance.now() - t0;
          await vectorsKept();
          each[how].push(ms);
          detail.push({ id: a.id, how, ms, fetched: n.fetched, asked: n.asked, first: firstExtra, io: n.ioWall });
          out[how] = JSON.stringify(rep);
        }
        if (out.on !== out.off) differ++;
      }
    }
    prefetchStoryReads(true);
    readStoriesAmong(true);
    const sum = (how: 'on' | 'off') => ({ median: quantile(each[how], 0.5), p95: quantile(each[how], 0.95) });
    return { runs: rounds * probes.length, on: sum('on'), off: sum('off'), differ, detail };
  },
  /**
   * perf20: what a lighter pool read could save in this browser. Each probe is compared once (derived
   * records forgotten first; its story vectors are then kept, as after the compare row) through a
   * corpus that records every getMany (each id once per compare, the read-ahead pools included) and
   * every article a story decision was asked of (findSame). An article read "needs its text" when a
   * decision was asked of it, its unit features or unit stems were derived (shortlisted somewhere), or
   * no story vectors are kept for it after the compare (read ahead only).
   * Then, per round, each recorded getMany's ids are read three ways, in rotating order: `full` (the
   * corpus's getMany: article records + vectors entries, as today), `light` (the summaries + vectors
   * entries of every id: a compact record's bytes, summaries standing in for { id, hash, date, title }),
   * `split` (full for the ids needing text, light for the rest, all at once: the least a two-phase
   * read could wait), `phased` (light for every id, then the article records of the ids needing text:
   * what a pool stage that picks its shortlist from the vectors would wait). Per probe and arm: ms
   * summed over its getMany lists, median over rounds.
   */
  async poolReadsAB(ids: string[], rounds: number) {
    const c = await open();
    const probes = await c.getMany(ids);
    const lists: Array<{ probe: string; ids: string[]; needs: Set<string> }> = [];
    for (const a of probes) {
      forgetDerived();
      const got: string[][] = [];
      const handed = new Map<string, Article>();
      const asked = new Set<string>();
      const rec: CorpusIndex = {
        candidates: (k, l) => c.candidates(k, l),
        keyIds: (k) => c.keyIds(k),
        keyCounts: (k) => c.keyCounts(k),
        count: () => c.count(),
        getMany: async (x) => {
          got.push(x);
          const out = await c.getMany(x);
          for (const o of out) handed.set(o.id, o);
          return out;
        },
        findSame: (o) => (asked.add(o.id), c.findSame(o)),
        keepVectors: (r) => c.keepVectors(r as Parameters<Corpus['keepVectors']>[0]),
      };
      await compareArticle(structuredClone(a), rec);
      await vectorsKept();
      const needs = new Set<string>();
      // Without a kept vectors entry (an article only read ahead, whose vectors the compare does not
      // keep), the pool stage would need its text too.
      const ids = [...handed.keys()];
      const vecs = await c.db.vectors.bulkGet(ids);
      ids.forEach((id, k) => {
        const d = derivedOf(handed.get(id)!);
        if (!vecs[k] || asked.has(id) || d.feats || d.heads || d.idfHeads) needs.add(id);
      });
      for (const x of got) lists.push({ probe: a.id, ids: x, needs });
    }
    const { db } = c;
    const arms = {
      full: (x: string[]) => c.getMany(x),
      light: (x: string[]) => Promise.all([db.summaries.bulkGet(x), db.vectors.bulkGet(x)]),
      split: (x: string[], needs: Set<string>) =>
        Promise.all([c.getMany(x.filter((id) => needs.has(id))), db.summaries.bulkGet(x.filter((id) => !needs.has(id))), db.vectors.bulkGet(x.filter((id) => !needs.has(id)))]),
      // A two-phase read as the pool stage would make it: the shortlist is known only from the vectors.
      phased: async (x: string[], needs: Set<string>) => {
        await Promise.all([db.summaries.bulkGet(x), db.vectors.bulkGet(x)]);
        (await db.articles.bulkGet(x.filter((id) => needs.has(id)))).map((r) => r && toArticle(r));
      },
    };
    const names = ['full', 'light', 'split', 'phased'] as const;
    const per: Record<string, Record<string, number[]>> = {};
    for (let r = 0; r < rounds; r++) {
      const sum: Record<string, Record<string, number>> = {};
      for (const [k, l] of lists.entries()) {
        for (let j = 0; j < names.length; j++) {
          const how = names[(r + k + j) % names.length]!;
          const t = performance.now();
          await arms[how](l.ids, l.needs);
          ((sum[l.probe] ??= {})[how] = (sum[l.probe]?.[how] ?? 0) + performance.now() - t);
        }
      }
      for (const [p, s] of Object.entries(sum)) for (const [h, ms] of Object.entries(s)) ((per[p] ??= {})[h] ??= []).push(ms);
    }
    const reads = new Map<string, { read: number; needs: number; lists: number }>();
    for (const l of lists) {
      const e = reads.get(l.probe) ?? { read: 0, needs: 0, lists: 0 };
      e.read += l.ids.length;
      e.needs += l.ids.filter((id) => l.needs.has(id)).length;
      e.lists++;
      reads.set(l.probe, e);
    }
    return {
      rows: [...reads].map(([probe, e]) => ({ probe, ...e, ms: Object.fromEntries(names.map((h) => [h, per[probe]?.[h] ?? []])) })),
      lists: lists.map((l) => ({ probe: l.probe, ids: l.ids, needs: l.ids.filter((id) => l.needs.has(id)) })),
    };
  },
  /**
   * perf20: the reads of `poolReadsAB` as a freshly started browser makes them (its caches empty; the
   * OS's file cache is not): list k read once, the way `['full', 'light', 'split', 'phased'][(k + offset) % 4]`,
   * nothing read before. Four sessions with offsets 0..3 read every list every way once. Per way: ms
   * summed and ids read.
   */
  async poolReadsCold(lists: Array<{ probe: string; ids: string[]; needs: string[] }>, offset: number) {
    const c = await open();
    const { db } = c;
    const names = ['full', 'light', 'split', 'phased'] as const;
    const out: Record<string, { ms: number; ids: number; lists: number }> = {};
    for (const [k, l] of lists.entries()) {
      const how = names[(k + offset) % names.length]!;
      const needs = new Set(l.needs);
      const rest = l.ids.filter((id) => !needs.has(id));
      const t = performance.now();
      if (how === 'full') await c.getMany(l.ids);
      else if (how === 'light') await Promise.all([db.summaries.bulkGet(l.ids), db.vectors.bulkGet(l.ids)]);
      else if (how === 'split') await Promise.all([c.getMany(l.needs), db.summaries.bulkGet(rest), db.vectors.bulkGet(rest)]);
      else {
        await Promise.all([db.summaries.bulkGet(l.ids), db.vectors.bulkGet(l.ids)]);
        (await db.articles.bulkGet(l.needs)).map((r) => r && toArticle(r));
      }
      const e = (out[how] ??= { ms: 0, ids: 0, lists: 0 });
      e.ms += performance.now() - t;
      e.ids += l.ids.length;
      e.lists++;
    }
    return out;
  },
  /**
   * Fresh compares (perf15): bench:browser's compare row right after a fill, repeatable on a kept
   * database. Each round starts as a freshly filled database does: the kept story vectors cleared
   * (schema v8's table) and every derived record forgotten; then each probe is compared once, as the
   * row's first round (derived records accumulate across the probes, the vectors are kept after each
   * compare as the product does). Rounds alternate `toggle(true)` / `toggle(false)` (A B B A …: same
   * database, same load) when a toggle is given. Per run: ms, articles read, story decisions, and the
   * wall time during which a database read was outstanding.
   */
  async freshAB(ids: string[], rounds: number, which = 'none', flip = false) {
    const c = await open();
    const probes = await c.getMany(ids);
    const toggle = FRESH_TOGGLES[which] ?? (() => undefined);
    let t0 = 0;
    let firstExtra = NaN;
    const { index: counted, n } = countedIndex(c, (asked) => {
      if (asked === 2) firstExtra = performance.now() - t0;
    });
    const detail: Array<{ id: string; how: string; ms: number; fetched: number; asked: number; io: number; round: number; first: number; by: Record<string, [number, number]>; docs: number; tokenised: number }> = [];
    const passes: Array<{ round: number; ms: number; derived: number; kept: number }> = [];
    const reports = new Map<string, string>();
    let differ = 0;
    for (let r = 0; r < rounds; r++) {
      // flip (perf22): round 0 off, so that sessions alternating it give the page's first compares both ways.
      const how = (r % 4 === 0 || r % 4 === 3) !== flip ? 'on' : 'off';
      toggle(how === 'on');
      await vectorsKept();
      await c.db.vectors.clear();
      // perf44: `prepared` on = the background pass run to its end after the clear (as after an import), off = cold.
      if (which === 'prepared' && how === 'on') passes.push({ round: r, ...(await runPrepare()) });
      forgetDerived();
      for (const a of probes) {
        if (settleBetween) await vectorsKept();
        n.reset();
        firstExtra = NaN;
        const d0 = docVectorsDerived();
        const k0 = tokenisedChars();
        t0 = performance.now();
        const rep = JSON.stringify(await compareArticle(structuredClone(a), counted));
        detail.push({ id: a.id, how, ms: performance.now() - t0, fetched: n.fetched, asked: n.asked, io: n.ioWall, round: r, first: firstExtra, by: n.by, docs: docVectorsDerived() - d0, tokenised: tokenisedChars() - k0 });
        const seen = reports.get(a.id);
        if (seen === undefined) reports.set(a.id, rep);
        else if (seen !== rep) differ++;
      }
    }
    await vectorsKept();
    toggle(true);
    const sum = (how: string) => {
      const xs = detail.filter((d) => d.how === how).map((d) => d.ms);
      return xs.length ? { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), runs: xs.length } : null;
    };
    return { on: sum('on'), off: sum('off'), differ, detail, passes };
  },
  /**
   * perf22: every read one compare makes, in order, with its start and end (ms from the compare's
   * start), its size (keys or ids asked) and, read again afterwards outside the compare, what it
   * read: for keyIds the postings records (and their distinct [g, s]) and their JSON bytes, for
   * getMany the article records' and vectors entries' JSON bytes. `fresh`: the kept vectors are
   * cleared first (a fill's first compares); otherwise the probes compare on the kept database as
   * a newly opened panel does (derived records forgotten, the article handed over as a new object).
   */
  async traceReads(ids: string[], fresh = false) {
    const c = await open();
    const probes = await c.getMany(ids);
    await vectorsKept();
    if (fresh) await c.db.vectors.clear();
    const out: Array<{ id: string; ms: number; related: number; log: Array<{ m: string; n: number; s: number; e: number; recs?: number; gs?: number; bytes?: number; vbytes?: number; args: string[] }> }> = [];
    for (const a of probes) {
      forgetDerived();
      const log: (typeof out)[number]['log'] = [];
      let t0 = 0;
      const at = <T,>(m: string, args: string[], p: Promise<T>): Promise<T> => {
        const s = performance.now() - t0;
        return p.then((v) => (log.push({ m, n: args.length, s, e: performance.now() - t0, args }), v));
      };
      const index = readsThrough(c, at, true);
      t0 = performance.now();
      const rep = await compareArticle(structuredClone(a), index);
      const ms = performance.now() - t0;
      await vectorsKept();
      for (const r of log) {
        if (r.m === 'keyIds') {
          const recs = (await Promise.all(r.args.map((k) => c.db.postings.where('keys').equals(k).toArray()))).flat();
          r.recs = recs.length;
          r.gs = new Set(recs.map((x) => `${x.g} ${x.s}`)).size;
          r.bytes = recs.reduce((n, x) => n + JSON.stringify(x).length, 0);
        } else if (r.m === 'keyCounts') {
          const bs = [...new Set(r.args.map(keyBucket))];
          const recs = await c.db.keyStats.bulkGet(bs);
          r.recs = bs.length;
          r.bytes = recs.reduce((n, x) => n + (x ? JSON.stringify(x).length : 0), 0);
        } else if (r.m === 'getMany') {
          r.bytes = (await c.db.articles.bulkGet(r.args)).reduce((n, x) => n + (x ? JSON.stringify(x).length : 0), 0);
          r.vbytes = (await c.db.vectors.bulkGet(r.args)).reduce((n, x) => n + (x ? JSON.stringify(x).length : 0), 0);
        } else if (r.m === 'repeatCounts') {
          // perf37: the sites' records (two packed arrays each: their bytes).
          const sites = [...new Set(r.args.map((k) => k.slice(2, 18)))];
          const recs = await c.db.repeats.bulkGet(sites);
          r.recs = sites.length;
          r.bytes = recs.reduce((n, x) => n + (x ? x.t.byteLength + x.v.byteLength : 0), 0);
        }
        r.args = [];
      }
      out.push({ id: a.id, ms, related: rep.related.length, log });
    }
    return out;
  },
  /**
   * perf22: the reads of one compare of `id` (as traceReads logs them: method and arguments), then
   * replayed alone `reps` times, one method at a time, each between User Timing marks
   * `px:<method>:a` / `px:<method>:b` (the driver's trace gives the main thread's CPU between them:
   * bench/perf22-readcpu.ts). Returns the calls per method (their sizes) and each replay's wall ms.
   */
  async replayReads(id: string, reps = 10) {
    const c = await open();
    const [a] = await c.getMany([id]);
    forgetDerived();
    const calls: Array<[string, string[]]> = [];
    const log = <T,>(m: string, args: string[], p: Promise<T>) => (calls.push([m, args]), p);
    const index = readsThrough(c, log, false);
    await compareArticle(structuredClone(a!), index);
    const article = structuredClone(a!);
    const run: Record<string, (args: string[]) => Promise<unknown>> = {
      keyIds: (k) => c.keyIds(k),
      keyCounts: (k) => c.keyCounts(k),
      count: () => c.count(),
      getMany: (x) => c.getMany(x),
      findSame: () => c.findSame(article),
    };
    const wall: Record<string, number> = {};
    for (const m of Object.keys(run)) {
      const mine = calls.filter((x) => x[0] === m);
      performance.mark(`px:${m}:a`);
      const t = performance.now();
      for (let r = 0; r < reps; r++) for (const [, args] of mine) await run[m]!(args);
      wall[m] = performance.now() - t;
      performance.mark(`px:${m}:b`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { calls: Object.fromEntries(Object.keys(run).map((m) => [m, calls.filter((x) => x[0] === m).map((x) => x[1].length)])), wall };
  },
  /**
   * perf21: the warm-up a side panel could run while it waits for its page (bench/warm-engine.ts: a
   * built-in story compared in memory) run to its end; ms and compares done.
   */
  async warm(rounds = 2) {
    const t = performance.now();
    const done = await warmEngine(() => false, rounds);
    return { ms: performance.now() - t, done };
  },
  /** Average bytes per stored record of a sample: text (2 per char), units, keys; and the kept story vectors (schema v8's table). */
  async recordSizes(sample = 500) {
    const c = await open();
    const recs = await c.db.articles.limit(sample).toArray();
    const vecs = await c.db.vectors.limit(sample).toArray();
    const avg = <T,>(xs: T[], f: (r: T) => number) => (xs.length ? xs.reduce((t, r) => t + f(r), 0) / xs.length : NaN);
    return {
      n: recs.length,
      text: avg(recs, (r) => 2 * r.text.length),
      spans: avg(recs, (r) => r.spans?.byteLength ?? 0),
      keys: avg(recs, (r) => r.keys.reduce((t, k) => t + 2 * k.length, 0)),
      vec: avg(vecs, (r) => 2 * r.vec.terms.length + r.vec.n.byteLength + r.vec.figures.byteLength + 2 * r.of.length),
      kept: await c.db.vectors.count(),
    };
  },
  /** Engine against brute force for one probe: ms each and unit pairs scored by brute force. */
  async brute(id: string) {
    const c = await open();
    const [a] = await c.getMany([id]);
    const t0 = performance.now();
    await compareArticle(a!, c);
    const engine = performance.now() - t0;
    const ids = (await c.list()).map((s) => s.id).filter((x) => x !== id);
    const t1 = performance.now();
    const others: Article[] = [];
    for (let k = 0; k < ids.length; k += 1000) others.push(...(await c.getMany(ids.slice(k, k + 1000))));
    const pairs = bruteForce(a!, others);
    const brute = performance.now() - t1;
    return { engine, brute, pairs };
  },
  /**
   * Export (exportParts → Blob) then streamed import of that file into a second database, deleted
   * afterwards (and before, should an earlier run have left it). Before perf18 the copy was cleared and
   * kept: at 100k its 1.2 GB of deleted records were still being compacted while the side panel row
   * that follows read the real database.
   */
  async exportImport() {
    const c = await open();
    const t0 = performance.now();
    const blob = await c.exportBlob();
    const t1 = performance.now();
    await Dexie.delete(COPY_DB);
    const copy = await Corpus.open({ name: COPY_DB });
    const r = await importBundleStream(copy, () => blob.stream());
    const t2 = performance.now();
    copy.close();
    await Dexie.delete(COPY_DB);
    return { exportMs: t1 - t0, importMs: t2 - t1, bytes: blob.size, imported: r.done };
  },
};

(globalThis as unknown as { __pxBench: typeof api }).__pxBench = api;
export type BenchApi = typeof api;

/**
 * The v8 → v9 upgrade in this browser: a v8 database of `n` Zipf articles (the multi-entry `*keys`
 * index), opened by the current code; ms of the open (the upgrade reads every article's keys and
 * writes the postings) and whether the postings hold each article's keys once (ids counted).
 */
/**
 * The corpus as the engine reads it, each read passed through `via(method, its keys or ids, the
 * read in flight)` (perf22's read traces and replays); `keep`: the engine may keep vectors too.
 */
function readsThrough(c: Corpus, via: <T>(m: string, args: string[], p: Promise<T>) => Promise<T>, keep: boolean): CorpusIndex {
  return {
    candidates: (k, l) => via('candidates', k, c.candidates(k, l)),
    // cold55: the compare's caches of store records passed on, as the product's Corpus is asked.
    keyIds: (k, seen) => via('keyIds', k, c.keyIds(k, seen as Parameters<Corpus['keyIds']>[1])),
    keyCounts: (k, seen) => via('keyCounts', k, c.keyCounts(k, seen as Parameters<Corpus['keyCounts']>[1])),
    count: () => via('count', [], c.count()),
    // perf39: the frequent keys read with the count (the query keys' lists are then asked with their counts).
    frequentKeys: () => via('frequentKeys', [], c.frequentKeys()),
    getMany: (x) => via('getMany', x, c.getMany(x)),
    findSame: (x) => via('findSame', [x.id], c.findSame(x)),
    // perf37: furniture's counts too (the engine's compare reads them once a compare; without them it hides no furniture).
    repeatCounts: (k) => via('repeatCounts', k, c.repeatCounts(k)),
    ...(keep ? { keepVectors: (r: Parameters<NonNullable<CorpusIndex['keepVectors']>>[0]) => c.keepVectors(r as Parameters<Corpus['keepVectors']>[0]) } : {}),
  };
}

async function upgradeFrom8(name: string, n: number) {
  const db8 = createDb({ name }, 8);
  await db8.open();
  const v8 = new Corpus(db8);
  vocab ??= new ZipfVocabulary();
  for (let k = 0; k < n; k += 5000) await v8.upsertBatched(zipfArticles(Math.min(5000, n - k), { vocab, from: 500_000 + k }));
  db8.close();
  const t0 = performance.now();
  const c = await Corpus.open({ name });
  const openMs = performance.now() - t0;
  let want = 0;
  await c.db.articles.each((r) => {
    want += new Set(r.keys).size;
  });
  let got = 0;
  await c.db.postings.each((r) => {
    for (const l of r.lists) got += l.length;
  });
  const out = { version: c.db.verno, openMs, missing: want - got, count: await c.count() };
  c.close();
  await Dexie.delete(name);
  return out;
}

/**
 * The corpus as a compare reads it, counted: articles read (getMany ids), story decisions (findSame
 * calls; `onAsk` sees the running count) and the wall time during which at least one read was
 * outstanding (the union of the reads' intervals). `n.reset()` before each timed compare.
 */
function countedIndex(c: Corpus, onAsk?: (asked: number) => void) {
  const n = {
    fetched: 0,
    asked: 0,
    ioWall: 0,
    /** Per read method: calls and summed ms (concurrent reads each count their own wait). */
    by: {} as Record<string, [number, number]>,
    reset() {
      n.fetched = 0;
      n.asked = 0;
      n.ioWall = 0;
      n.by = {};
    },
  };
  let outstanding = 0;
  let since = 0;
  const timed = <T,>(p: Promise<T>, what = 'other'): Promise<T> => {
    const t0 = performance.now();
    if (outstanding++ === 0) since = t0;
    const done = () => {
      const t1 = performance.now();
      const b = (n.by[what] ??= [0, 0]);
      b[0] += 1;
      b[1] += t1 - t0;
      if (--outstanding === 0) n.ioWall += t1 - since;
    };
    return p.then((x) => (done(), x), (e) => (done(), Promise.reject(e)));
  };
  const index: CorpusIndex = {
    candidates: (k, l) => timed(c.candidates(k, l), 'candidates'),
    // cold55: the compare's caches of store records passed on (each postings record and keyStats bucket read once per
    // compare, perf52 and cold55), and the frequent keys and repeat counts read, as the product's Corpus is asked.
    keyIds: (k, seen) => timed(c.keyIds(k, seen as Parameters<Corpus['keyIds']>[1]), 'keyIds'),
    keyCounts: (k, seen) => timed(c.keyCounts(k, seen as Parameters<Corpus['keyCounts']>[1]), 'keyCounts'),
    count: () => timed(c.count(), 'count'),
    frequentKeys: () => timed(c.frequentKeys(), 'frequentKeys'),
    repeatCounts: (k) => timed(c.repeatCounts(k), 'repeatCounts'),
    getMany: (x) => ((n.fetched += x.length), timed(c.getMany(x), 'getMany')),
    findSame: (a) => {
      n.asked += 1; // not inside `onAsk?.(…)`: an absent callback skips its arguments
      onAsk?.(n.asked);
      return timed(c.findSame(a), 'findSame');
    },
    keepVectors: (r) => c.keepVectors(r as Parameters<Corpus['keepVectors']>[0]),
  };
  return { index, n };
}
