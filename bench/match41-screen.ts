/**
 * match41: a screen of candidate-level recall rules on dumped dev evidence (the model's step only: before closure,
 * coherence, consistency and the furniture step), to see whether a rule reaches the misses before running it through
 * the product's path. Rules read only what the model already has per candidate and the page's own pool:
 *   - mutual: the page's nearest candidate (ratio 1) that has the page as its nearest (back 1), at p ≥ pmin;
 *   - top1: the page's most probable candidate at p ≥ pmin (a per-query calibrated threshold: the best of the pool);
 *   - zq: at p ≥ pmin, z at least the pool's zq-th best z (z is already per query: is a higher bar on it enough?).
 * Each at pmin ∈ {0.05, 0.10, 0.15, 0.20, 0.25, 0.30}. Gains and false relations counted against the model's own
 * decision (p ≥ STORY_MODEL.threshold; dated pairs also ≤ STORY_DAYS apart).
 *
 *   npx tsx bench/match41-screen.ts --mn MN_DUMP.jsonl [--mn-errors MN_OUT] [--labels bench/data/story-multinews-reader-dev.tsv] --gvc GVC_DUMP.json [--gvc-errors GVC_OUT]
 *
 * With the run's `--errors` output, each cell also says how many of its same-story gains the product's path misses
 * today (the rest it relates already, by closure or the detail step).
 *
 * MN_DUMP: `bench/story-multinews.ts --only-half dev --dump`; GVC_DUMP: `bench/story-gvc.ts --split dev --dump`. Dev only.
 */
import { readFileSync } from 'node:fs';
import { readerLabelMap } from './match41-labels.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS, storyProbability, type StoryEvidence } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
interface Row extends StoryEvidence {
  a: string;
  b: string;
  same: boolean;
  /** Reader's label of the pair, when judged. */
  reader?: string;
  p: number;
  apart: number | null;
  /** The product's path (`--errors` run) misses this direction (a same pair) or relates it (another pair). */
  pathMissed?: boolean;
}
type Rule = (r: Row, pool: Row[], pmin: number) => boolean;
const RULES: Record<string, Rule> = {
  mutual: (r, _pool, pmin) => r.p >= pmin && r.ratio >= 0.999 && r.back >= 0.999,
  top1: (r, pool, pmin) => r.p >= pmin && pool.every((o) => o === r || o.p < r.p),
  z2: (r, pool, pmin) => r.p >= pmin && pool.filter((o) => o.z > r.z).length < 2,
};
const inWindow = (r: Row) => r.apart === null || r.apart <= STORY_DAYS;

function screen(name: string, rows: Row[]): void {
  // A page's pool: its rows in a run (consecutive rows of one page; fit-story reads a page once per draw).
  const byPage = new Map<string, Row[]>();
  let run = 0;
  for (const [i, r] of rows.entries()) {
    if (i > 0 && rows[i - 1]!.a !== r.a) run++;
    byPage.set(`${run}|${r.a}`, [...(byPage.get(`${run}|${r.a}`) ?? []), r]);
  }
  const model = rows.filter((r) => r.p >= STORY_MODEL.threshold && inWindow(r));
  const tp = model.filter((r) => r.same).length;
  const fp = model.length - tp;
  const readerSame = rows.filter((r) => r.reader === 'same');
  const readerLine = readerSame.length ? `; reader-same directions: the model accepts ${readerSame.filter((r) => r.p >= STORY_MODEL.threshold).length} of the ${readerSame.length} among the candidates` : '';
  console.log(`${name}: ${rows.length} candidates, ${byPage.size} pages; model: ${tp} same, ${fp} other (P ${(tp / (tp + fp)).toFixed(3)})${readerLine}`);
  for (const [rule, f] of Object.entries(RULES)) {
    const cells: string[] = [];
    for (const pmin of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) {
      let s = 0;
      let o = 0;
      let rs = 0;
      let rn = 0;
      let sNew = 0;
      for (const [, pool] of byPage) {
        for (const r of pool) {
          if (r.p >= STORY_MODEL.threshold || !inWindow(r) || !f(r, pool, pmin)) continue;
          r.same ? s++ : o++;
          if (r.same && r.pathMissed) sNew++;
          if (r.reader === 'same') rs++;
          else if (r.reader) rn++;
        }
      }
      cells.push(`${pmin.toFixed(2)}: +${s} / +${o}${errorsRead ? ` [${sNew} missed by the path]` : ''}${readerSame.length ? ` (reader same ${rs}, other labels ${rn})` : ''}`);
    }
    console.log(`  ${rule}: ${cells.join('; ')}`);
  }
}

const groupOf = (id: string) => id.replace(/-\d+$/, '');
let errorsRead = false;
/** The `missed A → B` directions of a run's `--errors` output. */
function missedOf(file: string | undefined): Set<string> | null {
  if (!file) return null;
  errorsRead = true;
  return new Set([...readFileSync(file, 'utf8').matchAll(/^ {2}missed (\S+) → (\S+):/gm)].map((m) => `${m[1]}>${m[2]}`));
}
const evidenceOf = (r: Record<string, unknown>): StoryEvidence => ({
  docScore: r.docScore as number,
  z: r.z as number,
  lead: r.lead as number,
  names: r.names as number,
  figures: r.figures as number,
  title: r.title as number,
  ratio: r.ratio as number,
  back: r.back as number,
});
const mn = arg('--mn');
if (mn) {
  const mnMissed = missedOf(arg('--mn-errors'));
  const labels = readerLabelMap(arg('--labels'));
  const rows: Row[] = readFileSync(mn, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((r) => {
      const a = r.a as string;
      const b = r.b as string;
      return { ...evidenceOf(r), a, b, same: a.startsWith('mn-') && groupOf(a) === groupOf(b), reader: labels.get(`${a}>${b}`), p: r.score as number, apart: null, pathMissed: mnMissed?.has(`${a}>${b}`) };
    });
  screen('Multi-News dev (undated)', rows);
}
// --rows FILE: bench/fit-story.ts's dev evidence (`--part=dev`: ECB+ odd topics, NewsWCL50 even events, AllSides
// even events, the project's sets with its same-people distractors read as pages of their own).
const rowsFile = arg('--rows');
if (rowsFile) {
  const all = JSON.parse(readFileSync(rowsFile, 'utf8')).rows as Array<Record<string, unknown>>;
  const NAMES: Record<string, string> = { dev: 'ECB+ odd topics', 'wcl-dev': 'NewsWCL50 even events', 'as-dev': 'AllSides even events', project: 'project sets (adversaries)' };
  for (const [split, name] of Object.entries(NAMES)) {
    const rows: Row[] = all
      .filter((r) => r.split === split)
      .map((r) => {
        const e = evidenceOf(r);
        return { ...e, a: r.q as string, b: r.c as string, same: Boolean(r.label), p: storyProbability(e), apart: (r.apart as number | null) ?? null };
      });
    if (rows.length) screen(`${name} (fit-story dev rows)`, rows);
  }
}
const gvc = arg('--gvc');
if (gvc) {
  const gvcMissed = missedOf(arg('--gvc-errors'));
  const rows: Row[] = (JSON.parse(readFileSync(gvc, 'utf8')).rows as Array<Record<string, unknown>>).map((r) => {
    const e = evidenceOf(r);
    return { ...e, a: r.q as string, b: r.c as string, same: Boolean(r.label), p: storyProbability(e), apart: (r.apart as number | null) ?? null, pathMissed: gvcMissed?.has(`${r.q}>${r.c}`) };
  });
  screen('GVC dev (dated)', rows);
}
