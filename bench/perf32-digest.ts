/**
 * A digest of everything an import stores (docs/notes/perf32.md): a fixed corpus imported into a fresh database
 * (fake-indexeddb) the way the options page imports (upsertBatched with the story keys from a key worker, here one
 * answering in a later task in this process with lib/store/key-worker.ts `answerKeys`), then every table read in
 * key order and hashed. Run in two trees (e.g. main and a branch) to show that a change of the import path stores
 * byte-identical data for the same input.
 *
 *   nice npx tsx bench/perf32-digest.ts [--zipf N=3000] [--synthetic N=2000] [--page]
 *
 * --page: no key worker (the page computes keys and repeat texts itself), to check both paths store the same.
 * The clock and Math.random are fixed, so `addedAt`, `updatedAt` and the import stamp are the same in every run.
 * The corpus: the five seeds, N Zipf articles (bench/synthetic.ts), N articles of scripts/store-measure.ts's
 * generator (40 outlets with addresses: repeat counts per site), then 500 of those again with a sentence added
 * (updates), and 200 Zipf ones again unchanged.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { hashText } from '../lib/hash';
import { Corpus } from '../lib/store/corpus';
import { createDb } from '../lib/store/db';
import { answerKeys, isKeysRequest, keysWorker } from '../lib/store/key-worker';
import { zipfArticles } from './synthetic';
import { syntheticArticles } from '../scripts/store-measure';
import { optionValue } from './args';

const args = process.argv.slice(2);
const nZipf = Number(optionValue('--zipf', args) ?? 3000);
const nSyn = Number(optionValue('--synthetic', args) ?? 2000);
const onPage = args.includes('--page');

const NOW = 1_767_225_600_000;
Date.now = () => NOW;
let seed = 7;
Math.random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** A Worker stand-in in this process: answers each keys request in a later task, as a real one does. */
class InProcessWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: unknown) {
    setTimeout(() => {
      if (isKeysRequest(m)) this.onmessage?.({ data: answerKeys(m) } as MessageEvent);
    }, 0);
  }
  terminate() {}
}

/** JSON with typed arrays written as their kind and values (JSON.stringify would make them objects). */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? { [v.constructor.name]: Array.from(v as unknown as ArrayLike<number>) } : v));
}

async function main() {
  const db = createDb({ name: 'perf32-digest', indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const c = new Corpus(db);
  if (!onPage) c.keysElsewhere = keysWorker(() => new InProcessWorker() as unknown as Worker);
  process.env.PARALLAX_CACHE ??= 'off';
  const seeds = await (await import('../tests/data/engine/fixtures.ts')).loadSet('seeds');
  const syn = syntheticArticles(nSyn);
  const zipf = zipfArticles(nZipf);
  const again = syn.slice(0, 500).map((a) => ({ ...a, text: `${a.text} Updated later.`, units: [...a.units, { i: a.units.length, text: 'Updated later.', p: a.units.at(-1)!.p + 1, start: a.text.length + 1, end: a.text.length + 15, kind: 'body' as const }] }));
  const t = process.cpuUsage();
  const r1 = await c.upsertBatched([...seeds, ...zipf, ...syn]);
  const r2 = await c.upsertBatched([...again, ...zipf.slice(0, 200)]);
  const cpu = process.cpuUsage(t);
  console.log(`imported: added ${r1.added}, then updated ${r2.updated}, unchanged ${r2.unchanged} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
  let all = '';
  for (const table of db.tables) {
    const rows = await table.toArray(); // primary-key order
    // The import's stamp (Corpus.adjustTotal) is a random nonce by design: shown, not hashed.
    for (const r of rows) if (table.name === 'keyStats' && r.bucket === -1) console.log(`(keyStats total: ${r.n.articles} articles, stamp ${r.n.stamp} not hashed)`), delete r.n.stamp;
    const text = canonical(rows);
    all += `${table.name}\n${text}\n`;
    console.log(`${table.name.padEnd(10)} ${String(rows.length).padStart(6)} records  ${hashText(text)}`);
  }
  console.log(`all tables ${hashText(all)} (${all.length} chars)`);
  db.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
