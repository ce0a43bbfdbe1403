/**
 * import78: who had the machine's CPU during a timed step of the browser benches — the CPU seconds of the bench's own
 * processes (Chromium's, under this node process: bench/proc-cpu.ts) against the machine's busy time (/proc/stat), so a
 * wall rate that falls between two runs says whether each article cost more CPU (the code) or the bench got less of the
 * cores (other processes, or the hypervisor's steal). Linux only; elsewhere `done()` returns null.
 */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { TreeCpu, WROTE } from './proc-cpu.ts';

const TICK = 100; // USER_HZ

/** The machine's CPU seconds since boot from /proc/stat's first line: busy (user … softirq, steal) and steal alone. */
function machine(): { busy: number; steal: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user already)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = f;
    return { busy: (user + nice + system + irq + softirq + steal) / TICK, steal: steal / TICK };
  } catch {
    return null;
  }
}

/**
 * The machine's speed for one thread: the least CPU ms of a fixed integer loop (FNV-1a over a short string, 32 M steps;
 * 40–46 ms here at load 9 and at load 20 alike). Sharing the cores with the guest's other processes stretches its wall
 * time, not its CPU time; a slower host (its other work on the same cores, a lower clock, time the hypervisor takes and
 * this guest does not report as steal: /proc/stat's steal stays 0 here) would raise it. The loop's working set is a few
 * bytes: the bench's own CPU an article also rises with the guest's load (caches shared with other processes), which
 * this does not show.
 */
function fixedLoop(): number {
  // int32 throughout (`| 0`, not `>>> 0`): a uint32 above 2^31 left V8's optimised loop twice as slow in some runs.
  let h = 2166136261 | 0;
  const s = 'the quick brown fox jumps over the lazy dog';
  for (let k = 0; k < 4e6; k++) {
    for (let i = 0; i < 8; i++) h = Math.imul(h ^ s.charCodeAt((k + i) % 43), 16777619) | 0;
  }
  return h;
}

export function loopMs(rounds = 7): number {
  // Warmed and read as the least of the rounds: on a loaded guest V8's background compile of the loop can come late, and
  // calls before it run unoptimised (twice the CPU in the bench's first reading at load 16).
  for (let k = 0; k < 3; k++) fixedLoop();
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    fixedLoop();
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000);
  }
  return Math.min(...ms);
}

export interface StepCpu {
  /** CPU ms an article of the bench's processes: all, Chromium's browser process (IndexedDB's backend), its renderers (the page, its key worker). */
  perArticle: { all: number; browser: number; renderer: number };
  /** Of the step's wall × cores: the bench's processes, every other process, steal, idle (fractions). */
  share: { bench: number; others: number; steal: number; idle: number };
  /** kB the bench's processes wrote to disk an article (LevelDB's log, tables, compactions). */
  wroteKb: number;
  /** loopMs() before and after the step. */
  loop: [number, number];
}

/** Starts counting now; `done(articles)` gives the step's counts (sampling /proc every 0.5 s meanwhile, as perf60-abba does). */
export function stepCpu(root = process.pid): { done: (articles: number) => StepCpu | null } {
  const loop0 = loopMs();
  const tree = new TreeCpu(root);
  tree.sample();
  const t0 = tree.totals();
  const m0 = machine();
  const w0 = performance.now();
  const timer = setInterval(() => tree.sample(), 500);
  return {
    done(articles: number) {
      clearInterval(timer);
      tree.sample();
      const m1 = machine();
      if (!m0 || !m1 || articles <= 0) return null;
      const wall = performance.now() - w0;
      const t1 = tree.totals();
      const d = (k: string) => (t1[k] ?? 0) - (t0[k] ?? 0);
      const all = Object.keys(t1).reduce((t, k) => t + (k === WROTE ? 0 : d(k)), 0);
      const capacity = (wall / 1000) * cpus().length;
      const busy = m1.busy - m0.busy;
      const steal = m1.steal - m0.steal;
      const per = (s: number) => (1000 * s) / articles;
      return {
        perArticle: { all: per(all), browser: per(d('browser')), renderer: per(d('renderer')) },
        share: { bench: all / capacity, others: Math.max(0, busy - steal - all) / capacity, steal: steal / capacity, idle: Math.max(0, capacity - busy) / capacity },
        wroteKb: d(WROTE) / articles / 1000,
        loop: [loop0, loopMs()],
      };
    },
  };
}

/** One line: CPU an article and who had the cores. */
export function stepCpuLine(c: StepCpu | null): string {
  if (!c) return '– (no /proc)';
  const pc = (x: number) => `${Math.round(100 * x)} %`;
  return (
    `${c.perArticle.all.toFixed(2)} ms CPU an article (browser process ${c.perArticle.browser.toFixed(2)}, renderers ${c.perArticle.renderer.toFixed(2)}), ` +
    `${c.wroteKb.toFixed(1)} kB written to disk an article; of the cores over the step: this bench ${pc(c.share.bench)}, other processes ${pc(c.share.others)}, steal ${pc(c.share.steal)}, idle ${pc(c.share.idle)}; a fixed loop ${Math.round(c.loop[0])} → ${Math.round(c.loop[1])} ms CPU (the machine's own speed: ` +
    `${(c.perArticle.all / ((c.loop[0] + c.loop[1]) / 2)).toFixed(4)} loops of CPU an article)`
  );
}
