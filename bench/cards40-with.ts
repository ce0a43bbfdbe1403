/**
 * cards40: run another bench script with the report's "carried elsewhere" rule (measured, not shipped: apply
 * bench/cards40-carried.patch first) set from the environment
 * (lib/engine/report.ts CARRIED; docs/notes/cards40.md).
 *   CARDS40=off|on CARDS40_T=0.5 CARDS40_IDF=0|1 npx tsx bench/cards40-with.ts bench/eval.ts --only=…
 */
const report = (await import('../lib/engine/report.ts')) as Record<string, unknown>;
const CARRIED = report.CARRIED as { on: boolean; words: number; idf: boolean } | undefined;
if (!CARRIED) throw new Error('lib/engine/report.ts has no CARRIED: apply bench/cards40-carried.patch first (git apply)');

if (process.env.CARDS40) CARRIED.on = process.env.CARDS40 !== 'off';
if (process.env.CARDS40_T) CARRIED.words = Number(process.env.CARDS40_T);
if (process.env.CARDS40_IDF) CARRIED.idf = process.env.CARDS40_IDF === '1';
const script = process.argv[2]!;
process.argv.splice(2, 1);
process.argv[1] = script;
await import(new URL(`../${script.replace(/^bench\//, 'bench/')}`, import.meta.url).href);
