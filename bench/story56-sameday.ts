/**
 * What a same-day near-miss rule would take in, read from candidate dumps (dev only): per source, the candidates the
 * model leaves below its threshold (p < STORY_MODEL.threshold) whose two dates are the same day (apart 0), by
 * probability band: same-group / other. Model-level (before closure, coherence, consistency); the path's answer is
 * the benches'. Dumps: `bench/story56-pac.ts --dump F` (PAC train), `bench/story-gvc.ts --split dev --dump F`,
 * `bench/story-corpus.ts --triples --dump F` (its even events only are read here: the odd ones are held).
 *
 *   npx tsx bench/story56-sameday.ts NAME=FILE …
 *   npx tsx bench/story56-sameday.ts --held NAME=FILE …   # the held splits' rows instead (read once, at the end), per split
 * (bench/fit-story.ts --part=held writes $TMPDIR/parallax-story-rows-v2-held.json: ECB+ `test`, `wcl-test`, `as-test`.)
 */
import { readFileSync } from 'node:fs';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { storyProbability, type StoryEvidence } from '../lib/engine/story.ts';

type Row = StoryEvidence & { split: string; run: number; q: string; c: string; label: boolean; apart: number | null; kind?: string };
const BANDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, STORY_MODEL.threshold];
const HELD = process.argv.includes('--held');
for (const spec of process.argv.slice(2).filter((a) => a !== '--held')) {
  const [name, file] = spec.split('=') as [string, string];
  const { rows } = JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] };
  const isHeld = (r: Row) => /odd|held|test/.test(r.split);
  const splits = HELD ? [...new Set(rows.filter(isHeld).map((r) => r.split))] : [null];
  for (const split of splits) {
    const dev = rows.filter((r) => (HELD ? r.split === split : !isHeld(r)));
    const gold = dev.filter((r) => r.label).length;
    const out: string[] = [];
    for (const days of [0, 1]) {
      const near = dev.filter((r) => r.apart !== null && r.apart <= days);
      for (let k = 0; k + 1 < BANDS.length; k++) {
        const lo = BANDS[k]!;
        const hi = BANDS[k + 1]!;
        const xs = near.filter((r) => {
          const p = storyProbability(r);
          return p >= lo && p < hi;
        });
        out.push(`  apart ≤ ${days}d, p [${lo.toFixed(2)}, ${hi.toFixed(2)}): ${xs.filter((r) => r.label).length} same / ${xs.filter((r) => !r.label).length} other`);
      }
    }
    const dated = dev.filter((r) => r.apart !== null).length;
    console.log(`${name}${split ? ` ${split}` : ''}: ${dev.length} ${HELD ? 'held' : 'dev'} candidate rows (${dated} with both dates), ${gold} same-group rows\n${out.join('\n')}`);
  }
}
