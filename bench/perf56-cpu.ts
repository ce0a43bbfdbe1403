/**
 * perf56: the main thread's CPU a compare spends, on a lib/store Corpus (fake-indexeddb, filled in transactions of 70
 * as bench/engine-identity.ts --store does), with a stored article's story keys taken as getMany hands them (read-cache.ts
 * useStoredKeys) and derived again. CPU time of
 * this process (process.cpuUsage, user + system), not wall time: the machine's load moves it less. Every derived record
 * is forgotten before each compare (a cold compare's derivations). Arms alternate A B B A per round; the reports of the
 * two arms must be equal.
 * Dev data only: the labelled engine sets but the facts held set europa, plus up to 60 zyte pages in the corpus.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf56-cpu.ts [--rounds 4]
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { compareArticle } from '../lib/engine/compare';
import { indexKeys } from '../lib/engine/keys';
import { useStoredKeys } from '../lib/engine/read-cache';
import { forgetDerived } from '../lib/engine/features';
import { Corpus } from '../lib/store/corpus';
import type { Article } from '../lib/types';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures';
import { alternateArms } from './ab';
import { optionValue } from './args';

const args = process.argv.slice(2);
const rounds = Number(optionValue('--rounds', args) ?? 4);
const toggle = useStoredKeys;
const names = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth'] as const;
const sets: Article[][] = [];
for (const name of names) sets.push(await loadSet(name));
const zyte = loadZyte(60);
if (zyte.length === 0) console.log('zyte pages absent (ZYTE_HTML_DIR): corpus without them');
const queries = sets.flat();
const c0 = process.cpuUsage();
for (const a of [...queries, ...zyte]) indexKeys(structuredClone(a));
const cd = process.cpuUsage(c0);
const coldKeys = (cd.user + cd.system) / 1000 / (queries.length + zyte.length);
const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'perf56' });
await corpus.upsertBatched([...queries, ...zyte], { batch: 70 });
// The page is not the stored article itself (a reader's page is new to the corpus): the query under another id and URL.
const asPage = (a: Article): Article => ({ ...structuredClone(a), id: `page-${a.id}`, url: a.url ? `${a.url}?page` : a.url, hash: `${a.hash}-page` });

const cpu = { on: 0, off: 0 };
const once = async (q: Article, on: boolean) => {
  toggle(on);
  forgetDerived();
  const t = process.cpuUsage();
  const rep = await compareArticle(asPage(q), corpus);
  const d = process.cpuUsage(t);
  cpu[on ? 'on' : 'off'] += (d.user + d.system) / 1000;
  return JSON.stringify(rep);
};
for (const q of queries.slice(0, 5)) await once(q, true); // warm code
cpu.on = 0;
const differ = await alternateArms(queries, rounds, once);
toggle(true);
// What one derivation the stored keys spare costs: indexKeys of each stored article (fresh copies), after the compares
// (its per-word cache warm), and before them (cold: `coldKeys`, measured first thing).
const all = [...queries, ...zyte];
const k0 = process.cpuUsage();
for (const a of all) indexKeys(structuredClone(a));
const kd = process.cpuUsage(k0);
console.log(`indexKeys: ${coldKeys.toFixed(1)} ms CPU per article with its word cache cold (the first ${all.length} derivations of this process), ${((kd.user + kd.system) / 1000 / all.length).toFixed(1)} ms warm`);
const n = rounds * queries.length;
console.log(`stored keys: ${n} compares per arm over ${queries.length} queries, corpus ${queries.length + zyte.length}; CPU on ${(cpu.on / n).toFixed(1)} ms / off ${(cpu.off / n).toFixed(1)} ms per compare (${(100 * (cpu.on / cpu.off - 1)).toFixed(1)} %); reports differing ${differ}`);
