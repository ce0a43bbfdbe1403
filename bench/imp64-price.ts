/**
 * imp64: the price of an IndexedDB write in the extension page — a record, an index entry, a kB — as CPU of the
 * browser process (Chromium's IndexedDB backend: IPC, LevelDB, its compactions) and of the renderer (the page's
 * structured clone and requests), read from /proc (bench/proc-cpu.ts), load-free unlike the wall time.
 * Puts `--n` fresh records into stores of 0, 1 and 2 indexes, small (~220 B, a summary's size) and large (+5 kB of
 * word text, an article's), in transactions of `--batch`, the six configurations rotated over `--rounds` rounds in one
 * database (raw IndexedDB, no Dexie). docs/notes/imp64.md.
 *
 *   PARALLAX_EXT_DIR=DIR nice npx tsx bench/imp64-price.ts [--n 5000] [--batch 1000] [--rounds 3]
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { optionValue } from './args.ts';
import { TreeCpu } from './proc-cpu.ts';

const args = process.argv.slice(2);
const n = Number(optionValue('--n', args) ?? 5000);
const batch = Number(optionValue('--batch', args) ?? 1000);
const rounds = Number(optionValue('--rounds', args) ?? 3);

/**
 * --batches 500,1000,2000: instead, large records into the 2-index store in transactions of each size (the price of a
 * transaction's size). `1000w100` (perf74): a transaction of 1,000 whose puts are issued 100 at a time, the next 100
 * when the last of these has succeeded (what a transaction's size costs, against what its requests in flight cost).
 */
const batches = optionValue('--batches', args)?.split(',');

interface Config { indexes: number; big: boolean; batch: number; waves?: number }
const CONFIGS: Config[] = batches
  ? batches.map((b) => ({ indexes: 2, big: true, batch: Number(b.split('w')[0]), ...(b.includes('w') ? { waves: Number(b.split('w')[1]) } : {}) }))
  : [0, 1, 2].flatMap((indexes) => [false, true].map((big) => ({ indexes, big, batch })));
const label = (c: Config) => `${c.indexes} index${c.indexes === 1 ? '' : 'es'}, ${c.big ? 'large' : 'small'}${batches ? `, tx ${c.batch}${c.waves ? ` in ${c.waves}s` : ''}` : ''}`;

/** Runs in the page: puts `n` records into store s{indexes}, transactions of `batch`; returns wall ms and value bytes. */
function putRecords([indexes, big, n, batch, round, waves]: [number, boolean, number, number, number, number]): Promise<{ ms: number; chars: number }> {
  const open = () =>
    new Promise<IDBDatabase>((done, fail) => {
      const req = indexedDB.open('imp64-price', 1);
      req.onupgradeneeded = () => {
        for (let k = 0; k <= 2; k++) {
          const s = req.result.createObjectStore(`s${k}`, { keyPath: 'id' });
          if (k >= 1) s.createIndex('a', 'a');
          if (k >= 2) s.createIndex('b', 'b');
        }
      };
      req.onsuccess = () => done(req.result);
      req.onerror = () => fail(req.error);
    });
  // Deterministic word text (compressible as prose is, not random bytes).
  let seed = 1 + round * 7919 + indexes * 31 + (big ? 1 : 0);
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const words = Array.from({ length: 2000 }, (_, k) => `w${(k * 2654435761 >>> 0).toString(36).slice(0, 3 + (k % 6))}`);
  const text = () => {
    let s = '';
    while (s.length < 5000) s += words[Math.floor(words.length * rnd() ** 2)] + ' ';
    return s;
  };
  const hex = () => Math.floor(rnd() * 2 ** 52).toString(16).padStart(13, '0');
  return open().then(async (db) => {
    let chars = 0;
    const t0 = performance.now();
    for (let k = 0; k < n; k += batch) {
      const recs: Array<Record<string, unknown>> = [];
      for (let j = k; j < Math.min(n, k + batch); j++) {
        const r: Record<string, unknown> = {
          id: `r${round}-${big ? 'L' : 'S'}${batch}-${j}`, // fresh: every run adds, none overwrites
          a: `https://example.com/${hex()}`,
          b: `sha1:${hex()}${hex()}`,
          title: `A title of some forty-five characters ${j}`,
          outlet: 'example.com',
          date: '2026-12-06',
          addedAt: Date.now(),
          updatedAt: Date.now(),
          size: 5000,
          units: 30,
          keysVersion: 44,
        };
        if (big) r.text = text();
        recs.push(r);
      }
      chars += recs.reduce((t, r) => t + JSON.stringify(r).length, 0);
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(`s${indexes}`, 'readwrite');
        const s = tx.objectStore(`s${indexes}`);
        let i = 0;
        const wave = () => {
          const end = waves ? Math.min(recs.length, i + waves) : recs.length;
          let last: IDBRequest | undefined;
          for (; i < end; i++) last = s.put(recs[i]!);
          if (i < recs.length && last) last.onsuccess = wave;
        };
        wave();
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
    }
    const ms = performance.now() - t0;
    db.close();
    return { ms, chars };
  });
}

async function main() {
  const ext = await launchExtension();
  try {
    await ext.waitForCorpus(5, 60_000);
    const page = await ext.openExtensionPage('manifest.json');
    // tsx keeps function names through a helper the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    const tree = new TreeCpu(process.pid);
    const got = new Map<string, Array<{ browser: number; renderer: number; ms: number; bytes: number }>>();
    console.log(`${n} records a run, transactions of ${batch}, ${rounds} rounds; load ${loadavg()[0]!.toFixed(1)}`);
    for (let r = 0; r < rounds; r++) {
      // Rotated order, so no configuration always follows the same one (compactions carry over).
      const order = CONFIGS.map((_, k) => CONFIGS[(k + r) % CONFIGS.length]!);
      for (const c of order) {
        tree.sample();
        const before = tree.totals();
        const { ms, chars } = await page.evaluate(putRecords, [c.indexes, c.big, n, c.batch, r, c.waves ?? 0] as [number, boolean, number, number, number, number]);
        tree.sample();
        const after = tree.totals();
        const d = (t: string) => (1000 * ((after[t] ?? 0) - (before[t] ?? 0))) / n;
        const row = { browser: d('browser'), renderer: d('renderer'), ms: ms / n, bytes: chars / n };
        got.set(label(c), [...(got.get(label(c)) ?? []), row]);
        console.log(`round ${r} | ${label(c).padEnd(18)} | browser ${row.browser.toFixed(3)} ms, renderer ${row.renderer.toFixed(3)} ms, wall ${row.ms.toFixed(3)} ms a record | load ${loadavg()[0]!.toFixed(1)}`);
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const m = (c: Omit<Config, 'batch'> & { batch?: number }, k: 'browser' | 'renderer' | 'ms' | 'bytes') => med(got.get(label({ batch, ...c }))!.map((x) => x[k]));
    console.log('median of the rounds, ms a record (browser process, renderer, wall):');
    for (const c of CONFIGS) console.log(`  ${label(c).padEnd(18)} ${m(c, 'browser').toFixed(3)}  ${m(c, 'renderer').toFixed(3)}  ${m(c, 'ms').toFixed(3)}   (${Math.round(m(c, 'bytes'))} JSON chars)`);
    if (batches) return;
    // Prices, browser process: a record (small, no index), an index entry (the mean step of one index, small and large), a kB.
    for (const k of ['browser', 'renderer'] as const) {
      const step = (big: boolean) => (m({ indexes: 2, big }, k) - m({ indexes: 0, big }, k)) / 2;
      const kb = (m({ indexes: 0, big: true }, 'bytes') - m({ indexes: 0, big: false }, 'bytes')) / 1000;
      const perKb = CONFIGS.filter((c) => c.big).reduce((t, c) => t + m(c, k) - m({ ...c, big: false }, k), 0) / 3 / kb;
      console.log(`${k}: a record ${m({ indexes: 0, big: false }, k).toFixed(3)} ms, an index entry ${((step(false) + step(true)) / 2).toFixed(3)} ms, a kB ${perKb.toFixed(3)} ms`);
    }
  } finally {
    await ext.close();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
