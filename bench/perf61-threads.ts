/**
 * perf61: CPU of every traced thread (toplevel tasks' thread time, outermost only) from the page's arrival to the
 * report mark, in the traces bench/perf61-breakdown.ts --dump F writes (F.K.json): which Chromium threads work while
 * the panel waits; and inside the offscreen compare (its two marks), the browser process's IndexedDB events (count,
 * wall, thread time) and the offscreen thread's idle gaps, with the part of them while a backend transaction ran.
 * Not a test.
 *
 *   npx tsx bench/perf61-threads.ts F.1.json [F.2.json …]
 */
import { readFileSync } from 'node:fs';
import { outermost } from './panel-marks.ts';

type Ev = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };

for (const file of process.argv.slice(2)) {
  const ev = JSON.parse(readFileSync(file, 'utf8')) as Ev[];
  const um = (n: string) => ev.filter((e) => e.cat.includes('blink.user_timing') && e.name === n).at(-1);
  const arrived = um('parallax:page-arrived') ?? um('parallax:page-text')!;
  const from = Math.min(arrived.ts, um('parallax:page-text')?.ts ?? arrived.ts);
  const to = um('parallax:report')!.ts;
  const thread = new Map(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
  const proc = new Map(ev.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, e.args?.name ?? '?']));
  const tasks = new Map<string, Ev[]>();
  for (const e of ev) {
    if (e.ph !== 'X' || !e.dur || e.tdur === undefined || !e.cat.includes('toplevel')) continue;
    const k = `${e.pid}:${e.tid}`;
    (tasks.get(k) ?? tasks.set(k, []).get(k)!).push(e);
  }
  let total = 0;
  const rows: Array<[string, number, number]> = [];
  for (const [k, xs] of tasks) {
    const { cpu, busy } = outermost(xs.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!), from, to);
    total += cpu;
    if (cpu > 500) rows.push([`${proc.get(Number(k.split(':')[0]))} / ${thread.get(k)}`, cpu / 1000, busy / 1000]);
  }
  console.log(`\n${file}: window ${((to - from) / 1000).toFixed(0)} ms; CPU of every traced thread ${(total / 1000).toFixed(0)} ms`);
  for (const [name, cpu, busy] of rows.sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${name}: CPU ${cpu.toFixed(1)} ms, in tasks ${busy.toFixed(1)} ms`);

  const asked = um('parallax:offscreen:asked');
  const done = um('parallax:offscreen:compared');
  if (!asked || !done) continue;
  const idb = new Map<string, [number, number, number]>();
  for (const e of ev) {
    if (!e.cat.includes('IndexedDB') || e.ph !== 'X' || e.ts < asked.ts || e.ts > done.ts || proc.get(e.pid) !== 'Browser') continue;
    const x = idb.get(e.name) ?? [0, 0, 0];
    x[0]++;
    x[1] += e.dur! / 1000;
    x[2] += (e.tdur ?? 0) / 1000;
    idb.set(e.name, x);
  }
  console.log(`browser process IndexedDB events in the compare (count, wall ms, thread ms): ${[...idb].sort((a, b) => b[1][1] - a[1][1]).slice(0, 8).map(([n, [c, w, t]]) => `${n} ${c}, ${w.toFixed(1)}, ${t.toFixed(1)}`).join('; ')}`);
  const own = (tasks.get(`${asked.pid}:${asked.tid}`) ?? []).sort((a, b) => a.ts - b.ts);
  const gaps: Array<[number, number]> = [];
  let t = asked.ts;
  let end = -Infinity;
  for (const e of own) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    if (end <= asked.ts) continue;
    if (e.ts >= done.ts) break;
    if (e.ts > t) gaps.push([t, e.ts]);
    t = Math.max(t, end);
  }
  if (t < done.ts) gaps.push([t, done.ts]);
  const runs = ev.filter((e) => e.name === 'Transaction::RunTasks' && e.ph === 'X' && e.ts < done.ts && e.ts + e.dur! > asked.ts);
  let idle = 0;
  let covered = 0;
  for (const [a, b] of gaps) {
    idle += b - a;
    for (const r of runs) covered += Math.max(0, Math.min(r.ts + r.dur!, b) - Math.max(r.ts, a));
  }
  console.log(`compare ${((done.ts - asked.ts) / 1000).toFixed(0)} ms: offscreen thread idle ${(idle / 1000).toFixed(1)} ms in ${gaps.length} gaps (${gaps.filter(([a, b]) => b - a > 2000).length} over 2 ms), ${(covered / 1000).toFixed(1)} ms of it while a backend transaction ran`);
}
