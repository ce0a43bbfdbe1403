/** A DevTools protocol CPU profile (Profiler.stop's `profile`), as the browser benches read it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function of a CDP CPU profile, most first. */
export function selfTimes(p: CpuProfile): Array<[string, number]> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let k = 0; k < p.samples.length; k++) {
    const f = byId.get(p.samples[k]!)!.callFrame;
    const name = f.url ? `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}` : f.functionName;
    self.set(name, (self.get(name) ?? 0) + (p.timeDeltas[k + 1] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * Time (ms) with each named function on the stack (by function name, the first word of a
 * `name :LINE`; a recursive function counted once per sample).
 */
export function inclusiveTimes(p: CpuProfile & { nodes: Array<ProfileNode & { children?: number[] }> }, names: readonly string[]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fn = new Map(p.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const want = new Set(names);
  const under = new Map<string, number>(names.map((w) => [w, 0]));
  for (let k = 0; k < p.samples.length; k++) {
    const dt = (p.timeDeltas[k + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = p.samples[k]; id !== undefined; id = parent.get(id)) {
      const f = fn.get(id)!;
      if (want.has(f) && !seen.has(f)) (seen.add(f), under.set(f, under.get(f)! + dt));
    }
  }
  return under;
}
