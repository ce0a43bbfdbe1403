/**
 * `--story-model=FILE` on a bench's command line (bench/story-gvc.ts, bench/story-corpus.ts, bench/eval.ts): the same-story
 * model of FILE ({ weights, bias, threshold }, as `bench/fit-story.ts --model-out FILE` writes it) replaces STORY_MODEL in
 * this process only — a refit measured through the product's path before it is written into lib/engine/fitted/story.ts.
 * Imported first by those benches; without the flag it does nothing.
 */
import { readFileSync } from 'node:fs';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';

const file = process.argv.find((a) => a.startsWith('--story-model='))?.slice('--story-model='.length);
if (file) {
  const m = JSON.parse(readFileSync(file, 'utf8')) as { weights: number[]; bias: number; threshold: number };
  if (m.weights.length !== STORY_MODEL.weights.length) throw new Error(`--story-model: ${m.weights.length} weights, the engine reads ${STORY_MODEL.weights.length}`);
  STORY_MODEL.weights = m.weights;
  STORY_MODEL.bias = m.bias;
  STORY_MODEL.threshold = m.threshold;
  console.log(`experiment: STORY_MODEL ${JSON.stringify(STORY_MODEL)} (${file})`);
}
