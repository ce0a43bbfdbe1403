/**
 * What cleanBlocks' regexes cost the first time they run in a process (compilation: the boilerplate
 * rules' case-insensitive Unicode patterns) against their later runs: each RegExp's exec timed by
 * process CPU, over one seed's lines as paragraphs. The timer adds its own cost to every call; read
 * the first calls against the rest, not as absolute numbers.
 *
 *   nice npx tsx bench/perf23-regex-cold.ts [SEED_FILE=003_38879e5049cf1087.txt]
 */
const exec = RegExp.prototype.exec;
const cost = new Map<string, { first: number; rest: number; n: number }>();
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const c0 = process.cpuUsage();
  const r = exec.call(this, s);
  const c = process.cpuUsage(c0);
  const key = `/${this.source.slice(0, 70)}/${this.flags}`;
  const e = cost.get(key) ?? { first: -1, rest: 0, n: 0 };
  if (e.first < 0) e.first = (c.user + c.system) / 1000;
  else e.rest += (c.user + c.system) / 1000;
  e.n++;
  cost.set(key, e);
  return r;
};
const { cleanBlocks } = await import('../lib/text/boilerplate.ts');
const { readFileSync } = await import('node:fs');
const lines = readFileSync(`seeds/${process.argv[2] ?? '003_38879e5049cf1087.txt'}`, 'utf8').split(/\n+/).filter((l) => l.trim());
for (let run = 0; run < 2; run++) {
  const c0 = process.cpuUsage();
  cleanBlocks(lines.map((text) => ({ text, tag: 'p', linkChars: 0 })));
  const c = process.cpuUsage(c0);
  console.log(`cleanBlocks run ${run}: ${lines.length} blocks, ${((c.user + c.system) / 1000).toFixed(1)} ms CPU`);
}
const rows = [...cost].sort((a, b) => b[1].first - a[1].first);
console.log(`first calls: ${rows.reduce((a, [, e]) => a + e.first, 0).toFixed(1)} ms CPU over ${rows.length} regexes; later calls ${rows.reduce((a, [, e]) => a + e.rest, 0).toFixed(1)} ms`);
for (const [k, e] of rows.slice(0, 12)) console.log(`${e.first.toFixed(2).padStart(8)} first, ${e.rest.toFixed(2)} in ${e.n - 1} later  ${k}`);
