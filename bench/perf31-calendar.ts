/**
 * perf31: isCalendarToken's CPU over every token of the zyte pages' texts, in the lib/ of the tree given (run it
 * once with a copy of main, once with the branch, in turn): the first pass (cold code) and the median of 50 more;
 * prints how many tokens are calendar tokens, which must be the same in both trees.
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/perf31-calendar.ts /path/to/tree
 */
const src = process.argv[2]!;
const { isCalendarToken, tokens } = await import(`${src}/lib/nlp/index.ts`);
const { loadZyte } = await import(`${src}/tests/data/engine/fixtures.ts`);
const toks = loadZyte().flatMap((a: { text: string }) => tokens(a.text));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const hits = toks.filter(isCalendarToken).length;
const first = cpu() - t;
const xs: number[] = [];
for (let r = 0; r < 50; r++) {
  t = cpu();
  toks.filter(isCalendarToken);
  xs.push(cpu() - t);
}
xs.sort((a, b) => a - b);
console.log(`${src.split('/').pop()}: ${toks.length} tokens, ${hits} calendar; first ${first.toFixed(1)} ms, warm median ${xs[25]!.toFixed(2)} ms (p10 ${xs[5]!.toFixed(2)}, p90 ${xs[45]!.toFixed(2)})`);
