/**
 * match41: the dev misses a reader would call the same event, counted by cause (issue 8 item 1). Reads the `--errors`
 * output of a dev run (ids and numbers only) and, for the model's declines, which of the model's inputs falls short.
 *
 *   npx tsx bench/match41-misses.ts --mn MN_ERRORS [--labels bench/data/story-multinews-reader-dev.tsv]
 *   npx tsx bench/match41-misses.ts --gvc GVC_ERRORS
 *
 * MN_ERRORS: `bench/story-multinews.ts --only-half dev --errors`; only the directions of pairs the reader judged `same`
 * (story34's dev labels) are counted. GVC_ERRORS: `bench/story-gvc.ts --split dev --errors dev`; only the misses at most
 * STORY_DAYS apart (an in-window pair; a pair not retrieved has no known distance in the line and is counted apart).
 * Causes: not retrieved (the partner is not among the 40 candidates); declined by the model, by p band; related by the
 * model and taken out by a later step (the `step … out` lines). For each decline: the input whose shortfall costs the
 * most logit against the median of the model's accepted same-story candidates of the same run (the median
 * evidence of the set's related same-group candidates, read from the run's `--dump` file: `--mn-dump` / `--gvc-dump`).
 */
import { readFileSync } from 'node:fs';
import { readerLabelMap } from './match41-labels.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS, Z_CAP, storyProbability, type StoryEvidence } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const INPUTS = ['cos', 'z', 'lead', 'names', 'fig', 'title', 'ratio', 'back'] as const;
type Ev = Record<(typeof INPUTS)[number], number> & { p: number; apart: number | null; rank: number };

export function parseMiss(rest: string): Ev | null {
  if (rest.startsWith('not retrieved')) return null;
  const num = (k: string) => Number(new RegExp(`\\b${k} (-?[0-9.]+)`).exec(rest)?.[1] ?? NaN);
  const apart = /apart (\?|[0-9]+)d/.exec(rest)?.[1];
  return {
    p: num('p'),
    cos: num('cos'),
    z: num('z'),
    lead: num('lead'),
    names: num('names'),
    fig: num('fig'),
    title: num('title'),
    ratio: num('ratio'),
    back: num('back'),
    rank: Number(/rank (\d+)\//.exec(rest)?.[1] ?? NaN),
    apart: apart === undefined || apart === '?' ? null : Number(apart),
  };
}
const inputOf = (e: Ev, k: (typeof INPUTS)[number]) => (k === 'z' ? Math.min(Math.max(e.z, 0), Z_CAP) / Z_CAP : e[k]);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** Reference evidence: the medians of the dumped candidates that are related and of the page's group. */
function reference(dump: string | undefined, sameGroup: (a: string, b: string) => boolean): Ev | null {
  if (!dump) return null;
  const rows: Ev[] = [];
  const text = readFileSync(dump, 'utf8');
  const parsed: Array<Record<string, unknown>> = dump.endsWith('.jsonl')
    ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : (JSON.parse(text).rows as Array<Record<string, unknown>>);
  for (const r of parsed) {
    const a = (r.a ?? r.q) as string;
    const b = (r.b ?? r.c) as string;
    const same = r.label !== undefined ? Boolean(r.label) : sameGroup(a, b);
    const e8 = { docScore: r.docScore, z: r.z, lead: r.lead, names: r.names, figures: r.figures, title: r.title, ratio: r.ratio, back: r.back } as StoryEvidence;
    const p = (r.score as number | undefined) ?? storyProbability(e8);
    const related = r.related !== undefined ? Boolean(r.related) : p >= STORY_MODEL.threshold && (r.apart === null || (r.apart as number) <= STORY_DAYS);
    const ev = { p, cos: r.docScore, z: r.z, lead: r.lead, names: r.names, fig: r.figures, title: r.title, ratio: r.ratio, back: r.back, rank: 0, apart: null } as Ev;
    if (same && related) rows.push(ev);
  }
  const ref = { p: NaN, rank: 0, apart: null } as unknown as Ev;
  for (const k of INPUTS) ref[k] = median(rows.map((e) => e[k]));
  console.log(`reference (median of ${rows.length} dumped same-group candidatesthe model relates): ${INPUTS.map((k) => `${k} ${ref[k].toFixed(2)}`).join(' ')}`);
  return ref;
}

function study(name: string, text: string, keep: (a: string, b: string, e: Ev | null) => boolean, ref: Ev | null): void {
  const stepOut = new Set([...text.matchAll(/^ {2}step (\w+) out (\S+) → (\S+) \[same\]/gm)].map((m) => `${m[2]}>${m[3]}`));
  const bands = [0.05, 0.15, 0.3, STORY_MODEL.threshold];
  const counts = new Map<string, number>();
  const short = new Map<string, number>();
  let n = 0;
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const m of text.matchAll(/^ {2}missed (\S+) → (\S+): (.*)$/gm)) {
    const [, a, b, rest] = m;
    const e = parseMiss(rest!);
    if (!keep(a!, b!, e)) continue;
    n++;
    if (!e) {
      add(counts, 'not retrieved');
      continue;
    }
    if (e.p >= STORY_MODEL.threshold || stepOut.has(`${a}>${b}`)) {
      add(counts, `model yes, a later step (or the window) no`);
      continue;
    }
    const band = bands.findIndex((x) => e.p < x);
    add(counts, `declined, p < ${bands[band]}${band > 0 ? ` (≥ ${bands[band - 1]})` : ''}`);
    if (ref) {
      let worst = '';
      let cost = -Infinity;
      for (const [i, k] of INPUTS.entries()) {
        const c = STORY_MODEL.weights[i]! * (inputOf(ref, k) - inputOf(e, k));
        if (c > cost) (cost = c), (worst = k);
      }
      add(short, worst);
    }
  }
  console.log(`${name}: ${n} misses`);
  for (const [k, v] of [...counts].sort()) console.log(`  ${k}: ${v}`);
  if (ref) console.log(`  declines by the input that falls furthest short of the reference (weight × gap): ${[...short].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

const groupOf = (id: string) => id.replace(/-\d+$/, '');
const mn = arg('--mn');
if (mn) {
  const labels = readerLabelMap(arg('--labels'));
  const text = readFileSync(mn, 'utf8');
  const ref = reference(arg('--mn-dump'), (a, b) => groupOf(a) === groupOf(b));
  study('Multi-News dev, reader-judged `same` directions missed', text, (a, b) => labels.get(`${a}>${b}`) === 'same', ref);
  study('Multi-News dev, every gold direction missed (Multi-News grouping)', text, () => true, ref);
}
const gvc = arg('--gvc');
if (gvc) {
  const text = readFileSync(gvc, 'utf8');
  const ref = reference(arg('--gvc-dump'), () => false);
  study('GVC dev, in-window misses (retrieved, ≤ STORY_DAYS apart)', text, (_a, _b, e) => e !== null && e.apart !== null && e.apart <= STORY_DAYS, ref);
  study('GVC dev, misses not retrieved (distance unknown in the line)', text, (_a, _b, e) => e === null, null);
}
