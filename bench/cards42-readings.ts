/**
 * cards42: readings of "states no event of its own" measured as features (docs/notes/cards42.md). `lead` is what
 * ships (lib/engine/rank.ts `writerVoice(...).lead`); the others were measured and not kept:
 *   deictic  the line opens, outside any quotation, with it / that / this + a form of "be" and has no anchor (below)
 *   bare     no anchor: no name run, no figure, no quoted span, no digit
 *   short    bare and at most 10 words
 *   we       a first-person plural word (we / us / our …) in a line with no quotation mark at all (the writer's "we":
 *            a company's or an editor's own statement)
 *   paren    (cards63) the whole line inside one pair of parentheses, a stop allowed after it: the writer's aside
 *            (lib/engine/rank.ts `writerVoice(...).aside`, shipped by cards63)
 * Used by bench/cards41-voice.ts (rows on the facts dev sets' labels) and bench/cards42-lead.ts --cards (labelled cards).
 */
import { entityRuns } from '../lib/engine/report.ts';
import { writerVoice } from '../lib/engine/rank.ts';
import { figureValues, quotedSpans, tokens } from '../lib/nlp/index.ts';

const bare = (t: string) => !figureValues(t).length && !quotedSpans(t).length && !entityRuns(t).length && !/\d/.test(t);

export const READINGS: Record<string, (text: string) => boolean> = {
  lead: (t) => writerVoice(t).lead,
  deictic: (t) => /^(?:it|that|this)(?:['’]s| is| was| are| were)\b/i.test(t.trim()) && bare(t),
  bare,
  short: (t) => bare(t) && tokens(t).length <= 10,
  paren: (t) => writerVoice(t).aside,
  we: (t) => !/[“”"]/.test(t) && tokens(t).some((k) => /^(?:we|us|our|ours|ourselves|we're|we've|we'll|we'd)$/.test(k.w) && k.raw !== 'US'),
};
