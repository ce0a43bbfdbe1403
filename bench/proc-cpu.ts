/**
 * CPU seconds and disk writes of every process under a root pid, read from /proc, by Chromium's process type
 * (`--type`: browser = IndexedDB's backend and IPC, renderer = pages and their workers): load-free counts for the
 * browser benches on a shared machine (perf60-abba.ts, imp64-price.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK = 100; // USER_HZ
/** The totals' entry of bytes written (not a process type). */
export const WROTE = 'wrote';

/** Per process of the tree under `root`: its Chromium type and its latest CPU seconds (dead ones keep their last). */
export class TreeCpu {
  private readonly seen = new Map<number, { type: string; cpu: number; wrote: number }>();
  /** Per thread (by its id): `type/name` (the thread's name, digits dropped) and its latest CPU seconds (dead ones keep their last). */
  private readonly tasks = new Map<number, { label: string; cpu: number }>();
  constructor(private readonly root: number) {}
  sample(): void {
    const parent = new Map<number, number>();
    const cpu = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const s = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(d), Number(f[1]));
        cpu.set(Number(d), (Number(f[11]) + Number(f[12])) / TICK);
      } catch {
        // gone meanwhile
      }
    }
    const inTree = (p: number): boolean => {
      for (let q = p, n = 0; q > 1 && n < 64; q = parent.get(q) ?? 0, n++) if (q === this.root) return true;
      return false;
    };
    for (const [p, c] of cpu) {
      if (!inTree(p)) continue;
      let e = this.seen.get(p);
      // A renderer forked from the zygote shows the zygote's command line until it renames itself: read again.
      if (!e || e.type === 'zygote') {
        let cmd = '';
        try {
          cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        } catch {
          // gone
        }
        const type = /chrom/.test(cmd) ? (/--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser') : 'node';
        if (e) e.type = type;
        else this.seen.set(p, (e = { type, cpu: c, wrote: 0 }));
      }
      e.cpu = c;
      let tids: string[] = [];
      try {
        tids = readdirSync(`/proc/${p}/task`);
      } catch {
        // gone
      }
      for (const t of tids) {
        try {
          const st = readFileSync(`/proc/${p}/task/${t}/stat`, 'utf8');
          const close = st.lastIndexOf(')');
          const f = st.slice(close + 2).split(' ');
          const name = st.slice(st.indexOf('(') + 1, close).replace(/[\d:/-]+$/, '');
          this.tasks.set(Number(t), { label: `${e.type}/${name}`, cpu: (Number(f[11]) + Number(f[12])) / TICK });
        } catch {
          // gone meanwhile
        }
      }
      try {
        // Bytes the process caused to be written to the disk (LevelDB's log, tables and compactions).
        e.wrote = Number(/write_bytes: (\d+)/.exec(readFileSync(`/proc/${p}/io`, 'utf8'))?.[1] ?? e.wrote);
      } catch {
        // gone
      }
    }
  }
  /** CPU seconds by `type/thread name` (Chromium names its threads: CrRendererMain, DedicatedWorker, …). */
  threads(): Record<string, number> {
    const t: Record<string, number> = {};
    for (const e of this.tasks.values()) t[e.label] = (t[e.label] ?? 0) + e.cpu;
    return t;
  }
  totals(): Record<string, number> {
    const t: Record<string, number> = {};
    for (const e of this.seen.values()) (t[e.type] = (t[e.type] ?? 0) + e.cpu), (t[WROTE] = (t[WROTE] ?? 0) + e.wrote);
    return t;
  }
}
