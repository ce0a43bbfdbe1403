/**
 * Distractors for the report's "inside a corpus" reading (bench/eval.ts --corpus): every outlet
 * (LL, L, M, R, RR) of NewsWCL50 events other than the labelled one — same people, same months, the
 * hardest distractors a US-politics story has. Texts from the same mirror as newswcl.ts (not
 * committed; null when absent). Events 1, 2, 4, 7, 8 and 9 are held out (labelled by other sessions:
 * 1 and 7 by label5, 2 and 4 by label7, 8 and 9 by label8) and are never loaded here, whatever the
 * caller asks. The distractors are the development events 0, 3, 5 and 6 (labelled too: pompeo, dnc,
 * ukvisit, caravan); bench/eval.ts drops a set's own event (ids `nw<event>_`) from its distractors.
 */
import { execFileSync } from 'node:child_process';
import { ingestFile } from '../../../lib/ingest/index';
import type { Article } from '../../../lib/types';
import { NEWSWCL_TEXT_GIT, newsWclAddressLines, newsWclMissing } from './newswcl';

/**
 * Events never read by the engine in development: the held-out labels of NewsWCL50 events 1 (comey),
 * 2 (nktests), 4 (macron), 7 (tariffs), 8 (mueller) and 9 (netanyahu).
 */
export const NEWSWCL_HELD_OUT_EVENTS: ReadonlySet<number> = new Set([1, 2, 4, 7, 8, 9]);
/**
 * The distractor events: the development events 0 (pompeo), 3 (dnc), 5 (ukvisit) and 6 (caravan), all
 * five outlets each. A set never has its own event as distractors (bench/eval.ts drops `nw<event>_`).
 */
export const NEWSWCL_DISTRACTOR_EVENTS = [0, 3, 5, 6] as const;

const SIDES = ['LL', 'L', 'M', 'R', 'RR'] as const;
const OUTLETS: Record<(typeof SIDES)[number], string> = { LL: 'HuffPost', L: 'The New York Times', M: 'USA Today', R: 'Fox News', RR: 'Breitbart' };

/** All five outlets of event `event`, ids `nw<event>_<side>`; null when the texts are absent. */
export function loadNewsWclEvent(event: number): Article[] | null {
  if (NEWSWCL_HELD_OUT_EVENTS.has(event)) throw new Error(`NewsWCL50 event ${event} is held out`);
  if (newsWclMissing()) return null;
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', NEWSWCL_TEXT_GIT, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', `1-raw-articles/event_${event}`).split('\n');
  const out: Article[] = [];
  for (const side of SIDES) {
    const path = files.find((f) => new RegExp(`/${event}_${side}\\.txt(\\.txt)?$`).test(f));
    if (!path) continue;
    const text = git('show', `HEAD:${path}`).replace(/\r\n?/g, '\n').trim();
    const md = ['---', `outlet: ${JSON.stringify(OUTLETS[side])}`, ...newsWclAddressLines(event, side), '---', text].join('\n') + '\n';
    const a = ingestFile({ name: `nw${event}_${side}.md`, content: md }).articles[0];
    if (a) out.push({ ...a, id: `nw${event}_${side}` });
  }
  return out;
}

/** The distractor events except `exclude` (the labelled set's own event). */
export function loadNewsWclDistractors(exclude: number[] = []): Article[] | null {
  const out: Article[] = [];
  for (const e of NEWSWCL_DISTRACTOR_EVENTS) {
    if (exclude.includes(e)) continue;
    const got = loadNewsWclEvent(e);
    if (!got) return null;
    out.push(...got);
  }
  return out;
}
