/**
 * Writes the small ECB+ sample the unit tests use (tests/data/story) from the mirror: two topics,
 * each with two different events of one kind, three or four articles per event. ECB+ is CC BY 3.0
 * (Cybulska & Vossen 2014); the sample keeps its file names (ecb-<topic>_<n>[p]).
 *   npx tsx bench/data/export-ecb-sample.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/data/engine/fixtures.ts';
import { ECB_GIT, ecbFiles } from './ecbplus.ts';

/** 8a: a bomb at a bank in Woodburn, Oregon (2008); 8b: a fire-bomb at a bank during riots in Athens (2010);
 *  19a: riots in Greece after the police shot a teenager (2008); 19b: a riot in Brooklyn after the police shot a teenager (2013). */
export const SAMPLE = ['ecb-8_1', 'ecb-8_2', 'ecb-8_4', 'ecb-8_6', 'ecb-8_4p', 'ecb-8_5p', 'ecb-8_7p', 'ecb-19_10', 'ecb-19_11', 'ecb-19_15', 'ecb-19_1p', 'ecb-19_9p', 'ecb-19_11p'];

const files = ecbFiles();
if (!files) {
  console.log(`skipped: ECB+ not found at ${ECB_GIT}`);
} else {
  const dir = join(ROOT, 'tests/data/story');
  mkdirSync(dir, { recursive: true });
  for (const f of files.filter((x) => SAMPLE.includes(x.name))) writeFileSync(join(dir, `${f.name}.md`), f.markdown);
  console.log(`wrote ${SAMPLE.length} articles to ${dir}`);
}
