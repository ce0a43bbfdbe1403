/**
 * perf60: the import of two checkouts alternating A B B A …, each with its own build and its own bench page
 * (each runs its own `bench/import-browser.ts --keys-ahead`, a fresh profile every run), with the CPU the browser's
 * processes spent per article beside the wall rate: on a shared machine the wall rate follows the load, the CPU per
 * article much less (docs/notes/perf60.md). CPU is read from /proc (every process descending from the run, by
 * Chromium's `--type`: browser = IndexedDB's own work and the extension host, renderer = the page and its key worker).
 *
 *   nice npx tsx bench/perf60-abba.ts --base DIR --branch DIR [--sizes 10000,30000] [--rounds 2]
 * DIR: a `git archive` with node_modules and `npx wxt build` done in it.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { armDirs, optionValue } from './args.ts';
import { TreeCpu, WROTE } from './proc-cpu.ts';

const args = process.argv.slice(2);
const { base, branch } = armDirs(args);
const sizes = optionValue('--sizes', args) ?? '10000,30000';
const rounds = Number(optionValue('--rounds', args) ?? 2);
interface Step { articles: number; added: number; ms: number; load: number; cpu: Record<string, number>; threads: Record<string, number>; stages: Record<string, number> }

/** A step's CPU seconds, every process. */
const cpuOf = (s: Step) => Object.entries(s.cpu).reduce((t, [k, v]) => t + (k === WROTE ? 0 : v), 0);

function runArm(dir: string): Promise<Step[]> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'bench/import-browser.ts', '--sizes', sizes, '--keys-ahead'], { cwd: dir, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    const tree = new TreeCpu(child.pid!);
    const timer = setInterval(() => tree.sample(), 500);
    const steps: Step[] = [];
    let last: Record<string, number> = {};
    let lastThreads: Record<string, number> = {};
    let buf = '';
    child.stdout.on('data', (b: Buffer) => {
      buf += b.toString();
      let k;
      while ((k = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, k);
        buf = buf.slice(k + 1);
        // import-browser.ts's step line: "30000 articles (load 11.8): +20000 at 315 articles/s (63506 ms)"
        const m = /^(\d+) articles \(load ([\d.]+)\): \+(\d+) at \d+ articles\/s \((\d+) ms\)/.exec(line);
        // The stage line after it: "   articles.bulkPut 8429; summaries.bulkPut 4409; …" (ms, the page's clock).
        const step = steps[steps.length - 1];
        if (!m && step && !Object.keys(step.stages).length && /^ {3}\S/.test(line)) {
          for (const part of line.trim().split('; ')) {
            const k = part.lastIndexOf(' ');
            step.stages[part.slice(0, k)] = Number(part.slice(k + 1));
          }
        }
        if (!m) continue;
        tree.sample();
        const now = tree.totals();
        const cpu = Object.fromEntries(Object.entries(now).map(([t, v]) => [t, v - (last[t] ?? 0)]));
        const nowThreads = tree.threads();
        const threads = Object.fromEntries(Object.entries(nowThreads).map(([t, v]) => [t, v - (lastThreads[t] ?? 0)]));
        lastThreads = nowThreads;
        // The first step's CPU also holds the launch and the seeds' install: only later steps are compared.
        last = now;
        steps.push({ articles: Number(m[1]), added: Number(m[3]), ms: Number(m[4]), load: Number(m[2]), cpu, threads, stages: {} });
      }
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) done(steps);
      else fail(new Error(`${dir}: exit ${code}`));
    });
  });
}

async function main() {
  const arms = { A: base, B: branch };
  const order: Array<'A' | 'B'> = [];
  for (let r = 0; r < rounds; r++) order.push(...((r % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>));
  const all: Record<'A' | 'B', Step[]> = { A: [], B: [] };
  console.log(`A = ${base}, B = ${branch}; sizes ${sizes}; order ${order.join(' ')}`);
  console.log('run | arm | step | articles/s | load | CPU ms per article: all (browser, renderer, other) | kB written to disk per article');
  for (const [i, arm] of order.entries()) {
    const load0 = loadavg()[0]!;
    const steps = await runArm(arms[arm]);
    for (const [j, s] of steps.entries()) {
      const per = (v: number) => ((1000 * v) / s.added).toFixed(3);
      const sum = cpuOf(s);
      const other = sum - (s.cpu.browser ?? 0) - (s.cpu.renderer ?? 0);
      console.log(`${i} | ${arm} | →${s.articles} | ${Math.round(s.added / (s.ms / 1000))} | ${j ? '' : `${load0.toFixed(1)}→`}${s.load.toFixed(1)} | ${per(sum)} (${per(s.cpu.browser ?? 0)}, ${per(s.cpu.renderer ?? 0)}, ${per(other)}) | ${((s.cpu[WROTE] ?? 0) / s.added / 1000).toFixed(1)}`);
      const top = Object.entries(s.threads).map(([k, v]) => [k, (1000 * v) / s.added] as const).filter(([, v]) => v >= 0.02).sort((x, y) => y[1] - x[1]);
      if (j) console.log(`    threads: ${top.map(([k, v]) => `${k} ${v.toFixed(3)}`).join('; ')}`);
      all[arm].push(s);
    }
  }
  // Summary over the later steps (the first holds the launch): articles/s from summed wall, CPU per article.
  for (const arm of ['A', 'B'] as const) {
    const later = all[arm].filter((s) => s.articles !== all[arm][0]!.articles);
    const n = later.reduce((t, s) => t + s.added, 0);
    const ms = later.reduce((t, s) => t + s.ms, 0);
    const cpu = (type?: string) => later.reduce((t, s) => t + (type ? (s.cpu[type] ?? 0) : cpuOf(s)), 0);
    const stage = (k: string) => later.reduce((t, s) => t + (s.stages[k] ?? 0), 0) / n;
    const names = [...new Set(later.flatMap((s) => Object.keys(s.stages)))].filter((k) => stage(k) >= 0.005);
    console.log(`${arm}: the page's stages, ms an article (wall, loaded): ${names.map((k) => `${k} ${stage(k).toFixed(3)}`).join('; ')}`);
    // By thread (perf67): the page's main thread, the key worker, the browser's IndexedDB work, … (≥ 0.005 ms an article).
    const byThread = new Map<string, number>();
    for (const s of later) for (const [k, v] of Object.entries(s.threads)) byThread.set(k, (byThread.get(k) ?? 0) + v);
    const top = [...byThread].map(([k, v]) => [k, (1000 * v) / n] as const).filter(([, v]) => v >= 0.005).sort((x, y) => y[1] - x[1]);
    console.log(`${arm}: CPU ms an article by thread: ${top.map(([k, v]) => `${k} ${v.toFixed(3)}`).join('; ')}`);
    console.log(`${arm}: later steps ${n} articles, ${Math.round(n / (ms / 1000))} articles/s; CPU ms per article ${((1000 * cpu()) / n).toFixed(3)} (browser ${((1000 * cpu('browser')) / n).toFixed(3)}, renderer ${((1000 * cpu('renderer')) / n).toFixed(3)}); kB written to disk per article ${(cpu(WROTE) / n / 1000).toFixed(1)}`);
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
