/**
 * perf67: the key worker's job (lib/store/key-worker.ts `answerKeys`: story keys and repeat texts) in two checkouts,
 * alternating A B B A … in CPU time of this process, on what the import's worker is given: each round a fresh batch of
 * Zipf articles (bench/synthetic.ts, the bench:browser fill; new strings every batch, as a worker's messages are) and
 * the zyte pages, every string flat (as a message delivers it). Every round also checks that both arms give the same
 * keys and repeat texts; `--junk N` first feeds N made-up words through both (past the word table's 200,000, so the
 * table starts again at least once) and checks the keys again after. docs/notes/perf67.md.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf67-words.ts --base DIR --branch DIR [--n 250] [--rounds 40] [--junk 250000] [--bounds]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { armDirs, optionValue, runMain } from './args.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { median } from './baseline.ts';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { unitBounds, type KeysAsked } from '../lib/store/corpus.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const { base, branch } = armDirs(args);
const n = Number(optionValue('--n', args) ?? 250);
const rounds = Number(optionValue('--rounds', args) ?? 40);
const junk = Number(optionValue('--junk', args) ?? 0);
type Answer = (m: { seq: number; keys: KeysAsked[] }) => { keys?: string[][]; repeats?: unknown };

/** `--bounds`: units sent as their bounds in the text when they are its slices, as the extension's import sends them (perf73). */
const bounds = args.includes('--bounds');
/** As the worker receives them: flat strings, nothing shared with the page's objects. */
const asked = (xs: Article[]): KeysAsked[] =>
  structuredClone(xs.map((a) => ({ title: a.title, text: a.text, quotes: a.quotes, outlet: a.outlet, units: (bounds && unitBounds(a)) || a.units.map((u) => u.text) })));

async function main() {
  const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'lib/store/key-worker.ts')).href)).answerKeys as Answer;
  const arms = { A: await load(base), B: await load(branch) };
  const zyte = asked(loadZyte(Infinity, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html'));
  const vocab = new ZipfVocabulary();
  let differ = 0;
  const same = (batch: KeysAsked[], seq: number) => {
    const a = JSON.stringify(arms.A({ seq, keys: batch }));
    const b = JSON.stringify(arms.B({ seq, keys: batch }));
    if (a !== b) differ++;
  };
  if (junk) {
    // Made-up words (letters from a seeded source), 5,000 an article, then the real batches again.
    let x = 7;
    const word = () => Array.from({ length: 6 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 5) }, () => String.fromCharCode(97 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 26))).join('');
    const fake: KeysAsked[] = [];
    for (let k = 0; k < junk; k += 5000) fake.push({ title: 'Junk', text: Array.from({ length: Math.min(5000, junk - k) }, word).join(' ') + '.', quotes: [] });
    same(fake, -1);
  }
  same(zyte, 0);
  const ms: Record<'A' | 'B', number[]> = { A: [], B: [] };
  // Round 0 warms both (not counted); then A B, B A, …
  for (let r = 0; r <= rounds; r++) {
    // The zyte pages every 8th round (their strings are hashed already after the first: the Zipf ones are new each round).
    const batch = [...asked(zipfArticles(n, { vocab, from: r * n })), ...(r % 8 === 0 ? zyte : [])];
    for (const arm of (r % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
      // A copy per arm: neither arm meets strings the other has hashed.
      const mine: KeysAsked[] = structuredClone(batch);
      const c0 = process.cpuUsage();
      arms[arm]({ seq: r, keys: mine });
      const c = process.cpuUsage(c0);
      if (r) ms[arm].push((c.user + c.system) / 1000 / batch.length);
    }
    same(batch, r);
  }
  for (const arm of ['A', 'B'] as const) console.log(`${arm}: answerKeys CPU ${median(ms[arm]).toFixed(3)} ms an article (median of ${rounds})`);
  // Each round's two turns ran in adjacent moments: the ratio of the pair cancels most of the load's drift.
  const ratios = ms.B.map((b, k) => b / ms.A[k]!);
  console.log(`B / A per round: median ${median(ratios).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}); B lower in ${ratios.filter((x) => x < 1).length} of ${rounds}; batches answered differently: ${differ} of ${rounds + 2 + (junk ? 1 : 0)}`);
}

runMain(main);
