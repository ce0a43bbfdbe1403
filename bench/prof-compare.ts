/**
 * The engine's compare of seed 003 against the 5 seeds, in memory, many times: a workload to
 * profile (`node --cpu-prof --import tsx bench/prof-compare.ts [runs]`). Not a test; see
 * bench/panel-compare.ts for timings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine';
import { ingestFile } from '../lib/ingest';

const runs = Number(process.argv[2] || 50);
const dir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((name) => ingestFile({ name, content: readFileSync(new URL(name, dir), 'utf8') }).articles);
const memory = new MemoryIndex(seeds.map((a) => structuredClone(a)));
const page = seeds.find((s) => s.id.startsWith('003'))!;
await compareArticle(structuredClone(page), memory);
const c0 = process.cpuUsage();
for (let k = 0; k < runs; k++) await compareArticle(structuredClone(page), memory);
const c = process.cpuUsage(c0);
console.log(`CPU ${((c.user + c.system) / 1000 / runs).toFixed(1)} ms per compare (${runs} runs)`);
