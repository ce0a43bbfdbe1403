/**
 * cold55: the store records one cold compare reads at 100k, with compare.ts's keyStats cache on and off (read-cache.ts
 * readBucketsOnce): a count, not a timing, so the machine's load does not move it. Each probe is compared cold once per
 * arm (bench/browser-page.ts `freshAB` with one round), in a browser started on a kept filled profile. Since perf56 this
 * is bench/perf56-reads.ts with `--toggle buckets-once` (which also prints the kB read).
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/cold55-reads.ts --profile-dir P
 */
if (!process.argv.includes('--toggle')) process.argv.push('--toggle', 'buckets-once');
await import('./perf56-reads.ts');
