/**
 * An import's story keys computed elsewhere (Corpus.keysElsewhere, lib/store/key-worker.ts): the
 * same keys stored as when the page computes them; a worker that fails leaves the page to compute
 * them; a corpus with its own key function never asks the worker.
 */
import { describe, expect, it } from 'vitest';
import { indexKeys } from '../../lib/engine/keys';
import { repeatKey, repeatTexts } from '../../lib/engine/repeats';
import { answerKeys, isKeysRequest, keysWorker, type KeysReply } from '../../lib/store/key-worker';
import { Corpus, unitBounds } from '../../lib/store/corpus';
import { createDb } from '../../lib/store/db';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { seedArticles } from '../../lib/seeds';
import { prepareSeeds, seedFiles } from '../../lib/seeds-pack';
import { article, openTestCorpus } from './store-helpers';

/** A Worker stand-in that answers in a later task, as a real one does. */
class FakeWorker {
  onmessage: ((e: MessageEvent<KeysReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted = 0;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(m: unknown) {
    this.posted++;
    setTimeout(() => {
      if (this.fail) return this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      if (isKeysRequest(m)) this.onmessage?.({ data: answerKeys(m) } as MessageEvent<KeysReply>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const articles = () => [
  ...seedArticles(prepareSeeds(seedFiles())),
  ...Array.from({ length: 30 }, (_, k) => article({ id: `x${k}`, text: `Ferry ${k} to Harbor Island runs every ${k + 2} hours. The council voted ${k} to 3 on Tuesday.` })),
];

async function storedKeys(c: Corpus): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await c.db.articles.each((r) => void (out[r.id] = r.keys));
  return out;
}

describe('story keys computed elsewhere during an import', () => {
  it('stores the same keys as the page computing them, and the worker computed them', async () => {
    const plain = await openTestCorpus();
    await plain.upsertBatched(articles(), { batch: 7 });
    const viaWorker = await openTestCorpus();
    const workers: FakeWorker[] = [];
    viaWorker.keysElsewhere = keysWorker(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const r = await viaWorker.upsertBatched(articles(), { batch: 7 });
    expect(r.added).toBe(articles().length);
    expect(await storedKeys(viaWorker)).toEqual(await storedKeys(plain));
    expect(workers).toHaveLength(1); // one worker, started at the first batch
    expect(workers[0]!.posted).toBe(Math.ceil(articles().length / 7));
  });

  it('keeps the same repeat counts when the worker also hashes the unit texts, and it did hash them', async () => {
    // Two sites, each printing the same sign-up line under every article, plus each article's own sentences.
    const sited = Array.from({ length: 24 }, (_, k) =>
      article({ id: `s${k}`, outlet: k % 2 ? 'Harbor Daily' : 'Island Times', text: `Ferry ${k} leaves at ${k + 1} pm. Sign up for our morning newsletter today.` }),
    );
    const plain = await openTestCorpus();
    await plain.upsertBatched(sited, { batch: 5 });
    const viaWorker = await openTestCorpus();
    const replies: KeysReply[] = [];
    viaWorker.keysElsewhere = keysWorker(() => {
      const w = new FakeWorker();
      const post = w.postMessage.bind(w);
      w.postMessage = (m: unknown) => (isKeysRequest(m) && replies.push(answerKeys(m)), post(m));
      return w as unknown as Worker;
    });
    await viaWorker.upsertBatched(sited, { batch: 5 });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => 'repeats' in r && r.repeats!.length === r.keys.length)).toBe(true);
    const line = sited.map((a) => repeatKey(a.outlet, 'Sign up for our morning newsletter today.')!);
    const own = sited.map((a) => repeatKey(a.outlet, a.units[0]!.text)!);
    const counts = await viaWorker.repeatCounts([...line, ...own]);
    expect(counts).toEqual(await plain.repeatCounts([...line, ...own]));
    expect(counts.get(line[0]!)).toBe(12);
    expect(counts.get(own[0]!)).toBe(1);
  });

  it('sends units as bounds only when every unit is its slice of the text, and keeps the repeat counts of units that are not', async () => {
    const a = article({ id: 'b1', outlet: 'Harbor Daily', text: 'Ferry leaves at noon. Sign up for our morning newsletter today.' });
    expect(unitBounds(a)).not.toBeNull();
    const moved = { ...a, units: a.units.map((u, k) => (k === 0 ? { ...u, start: u.start + 1, end: u.end + 1 } : u)) };
    expect(unitBounds(moved)).toBeNull();
    expect(unitBounds({ ...a, units: a.units.map((u) => ({ ...u, text: u.text.toUpperCase() })) })).toBeNull();
    // Units that are not slices go as texts: the worker's repeat texts are still the units' own.
    const odd = Array.from({ length: 6 }, (_, k) => {
      const x = article({ id: `o${k}`, outlet: 'Harbor Daily', text: `Ferry ${k} leaves at noon. Sign up for our morning newsletter today.` });
      return { ...x, units: x.units.map((u) => ({ ...u, text: `${u.text} (${k % 2})` })) };
    });
    const plain = await openTestCorpus();
    await plain.upsertBatched(odd, { batch: 4 });
    const viaWorker = await openTestCorpus();
    viaWorker.keysElsewhere = keysWorker(() => new FakeWorker() as unknown as Worker);
    await viaWorker.upsertBatched(odd, { batch: 4 });
    const keys = odd.flatMap((x) => x.units.map((u) => repeatKey(x.outlet, u.text)!));
    expect(await viaWorker.repeatCounts(keys)).toEqual(await plain.repeatCounts(keys));
    expect((await viaWorker.repeatCounts(keys)).get(keys[1]!)).toBe(3);
  });

  it('stops the worker when no import asks for a while, and starts one again at the next import', async () => {
    const workers: FakeWorker[] = [];
    const c = await openTestCorpus();
    c.keysElsewhere = keysWorker(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    }, 50);
    await c.upsertBatched(articles().slice(0, 10), { batch: 4 });
    // (A loaded machine may pause longer than the idle time between two batches: then a worker is
    // stopped and another started within the import; the keys are the same.)
    const first = workers.length;
    expect(first).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(workers.every((w) => w.terminated)).toBe(true);
    await c.upsertBatched(articles().slice(10, 20), { batch: 4 });
    expect(workers.length).toBeGreaterThan(first);
  });

  it('computes the keys on the page when the worker fails, and starts a new worker next time', async () => {
    const c = await openTestCorpus();
    let made = 0;
    c.keysElsewhere = keysWorker(() => (made++, new FakeWorker(true) as unknown as Worker));
    await c.upsertBatched(articles(), { batch: 10 });
    const plain = await openTestCorpus();
    await plain.upsertBatched(articles(), { batch: 10 });
    expect(await storedKeys(c)).toEqual(await storedKeys(plain));
    expect(made).toBeGreaterThan(1);
  });

  it('never asks it for a corpus with its own key function', async () => {
    const db = createDb({ name: `kw-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const c = new Corpus(db, (a) => [`t:${a.title.length}`]);
    let asked = 0;
    c.keysElsewhere = async (xs) => (asked++, xs.map(() => ['w:wrong']));
    await c.upsertBatched(articles().slice(0, 5));
    expect(asked).toBe(0);
    expect(Object.values(await storedKeys(c)).flat().every((k) => k.startsWith('t:'))).toBe(true);
  });

  it('answers a keys request with indexKeys of each article', () => {
    const a = seedArticles(prepareSeeds(seedFiles()))[0]!;
    expect(answerKeys({ seq: 3, keys: [{ title: a.title, text: a.text, quotes: a.quotes }] })).toEqual({ seq: 3, keys: [indexKeys(a)] });
    // With the outlet and unit texts, each article's repeat texts as well.
    const asked = { title: a.title, text: a.text, quotes: a.quotes, outlet: 'Harbor Daily', units: a.units.map((u) => u.text) };
    expect(answerKeys({ seq: 4, keys: [asked] })).toEqual({ seq: 4, keys: [indexKeys(a)], repeats: [repeatTexts({ outlet: 'Harbor Daily', units: a.units })] });
    // Or with the units' bounds in the text (what an import sends when they are its slices): the same answer.
    const bounds = unitBounds(a)!;
    expect(bounds).toHaveLength(2 * a.units.length);
    expect(answerKeys({ seq: 4, keys: [{ ...asked, units: bounds }] })).toEqual(answerKeys({ seq: 4, keys: [asked] }));
    expect(isKeysRequest({ seq: 1, name: 'f.txt', content: 'x' })).toBe(false);
  });
});
