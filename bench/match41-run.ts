/**
 * match41: runs another story bench with the sibling pass on, the bench itself unchanged. The pass is not in lib/
 * (measured, not shipped: docs/notes/match41.md); apply it first with `git apply bench/match41-sibling.patch`:
 *
 *   nice npx tsx bench/match41-run.ts BENCH --m41-sibling=PMIN [--m41-back-only] [the bench's own flags]
 *
 * The pass: after the model, a near miss (p ≥ PMIN, within the window when dated) is decided again with `ratio` and
 * `back` (or `back` only) read against the pool without the articles the page already relates.
 */
const story = (await import('../lib/engine/story.ts')) as { storySiblingPass?: (pmin: number | null, backOnly?: boolean) => void };
const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('match41-run: BENCH (a bench/*.ts file) first');
const pmin = argv.find((a) => a.startsWith('--m41-sibling='))?.slice('--m41-sibling='.length);
const backOnly = argv.includes('--m41-back-only');
if (pmin) {
  if (!story.storySiblingPass) throw new Error('match41-run: the sibling pass is not in lib/ (git apply bench/match41-sibling.patch)');
  story.storySiblingPass(Number(pmin), backOnly);
}
console.log(`match41-run: ${bench}, sibling pass ${pmin ?? 'off'}${backOnly ? ' (back only)' : ''}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
