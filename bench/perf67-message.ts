/**
 * perf67: what the import's key request costs to clone (lib/store/key-worker.ts: title, text, quotes, outlet and the
 * unit texts of every article of a batch, posted to the worker), in V8's serializer (the format postMessage clones in),
 * CPU of this process, against the same request with each unit as its (start, end) in the text instead of its text, and
 * with no units at all. Strings flat, as an ingested or a parsed article's are (the bench:browser fill's Zipf texts are
 * built by concatenation: their first clone also flattens them). Turns alternate; medians and minimums of the rounds.
 * docs/notes/perf67.md.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf67-message.ts [--n 1000] [--rounds 16]
 */
import { serialize, deserialize } from 'node:v8';
import { optionValue, runMain } from './args.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { median } from './baseline.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const n = Number(optionValue('--n', args) ?? 1000);
const rounds = Number(optionValue('--rounds', args) ?? 16);

const head = (a: Article) => ({ title: a.title, text: a.text, quotes: a.quotes, outlet: a.outlet });
const forms: Record<string, (a: Article) => unknown> = {
  'unit texts (main)': (a) => ({ ...head(a), units: a.units.map((u) => u.text) }),
  'unit bounds': (a) => ({ ...head(a), bounds: Int32Array.from(a.units.flatMap((u) => [u.start, u.end])) }),
  'no units': head,
};

async function main() {
  const zyte = loadZyte(Infinity, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html');
  const vocab = new ZipfVocabulary();
  const out: Record<string, { ser: number[]; de: number[]; bytes: number }> = {};
  for (let r = 0; r < rounds; r++) {
    const batch: Article[] = JSON.parse(JSON.stringify([...zipfArticles(n, { vocab, from: r * n }), ...zyte]));
    const names = Object.keys(forms);
    for (const name of r % 2 ? names.reverse() : names) {
      const c0 = process.cpuUsage();
      const buf = serialize({ seq: r, keys: batch.map(forms[name]!) });
      const c1 = process.cpuUsage(c0);
      const c2 = process.cpuUsage();
      const back = deserialize(buf) as { keys: Array<{ text: string; bounds?: Int32Array }> };
      // The worker's side of bounds: the unit texts sliced from the text.
      for (const a of back.keys) if (a.bounds) for (let k = 0; k < a.bounds.length; k += 2) a.text.slice(a.bounds[k], a.bounds[k + 1]);
      const c3 = process.cpuUsage(c2);
      const e = (out[name] ??= { ser: [], de: [], bytes: buf.length });
      e.ser.push((c1.user + c1.system) / batch.length);
      e.de.push((c3.user + c3.system) / batch.length);
    }
  }
  console.log(`${n} Zipf articles + ${zyte.length} zyte pages a round, ${rounds} rounds; µs an article (median / min)`);
  for (const [name, e] of Object.entries(out)) {
    console.log(`${name}: ${Math.round(e.bytes / (n + zyte.length))} bytes an article; serialize ${median(e.ser).toFixed(1)} / ${Math.min(...e.ser).toFixed(1)}; deserialize ${median(e.de).toFixed(1)} / ${Math.min(...e.de).toFixed(1)}`);
  }
}

runMain(main);
