/**
 * One row of the story decision's evidence as bench/fit-story.ts caches it ($TMPDIR/parallax-story-rows-v2.json)
 * and the benches that read the cache use it: a query, a candidate, the split, the gold label, days apart.
 */
import type { StoryEvidence } from '../lib/engine/story.ts';

export interface EvidenceRow extends StoryEvidence {
  split: string;
  q: string;
  c: string;
  label: boolean;
  apart: number | null;
}
