/**
 * trace33: how often the story decision trace now uses (compare's relatedStory for the selection's article) puts
 * the labelled same-story articles in the story, per trace label set. A carrier outside it is listed only when the
 * selection is long and the passage nearly word for word (lib/quotes/trace.ts `travels`). Counts only, no text.
 *
 *   nice npx tsx bench/trace33-story.ts --labels=bench/data/trace30-labels.tsv   (trace30 dev + held)
 *   nice npx tsx bench/trace33-story.ts --labels=bench/data/trace31-labels.tsv
 *   nice npx tsx bench/trace33-story.ts --labels=bench/data/trace32-labels.tsv
 */
import { readFileSync } from 'node:fs';
import { MemoryIndex } from '../lib/engine/index.ts';
import { relatedStory } from '../lib/engine/compare.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { loadDistractors, loadStories } from './trace30-data.ts';
import { loadStories31 } from './trace31-data.ts';
import { loadStories32 } from './trace32-data.ts';

const LABELS = process.argv.find((a) => a.startsWith('--labels='))?.slice(9) ?? 'bench/data/trace30-labels.tsv';
const rows = readFileSync(LABELS, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const T31 = rows[0]?.[0]?.startsWith('T') ?? false;
const T32 = rows[0]?.[0]?.startsWith('G') ?? false;
const s31 = T31 ? loadStories31() : T32 ? loadStories32() : null;
const stories = s31 ? s31.all : loadStories();
const byId = new Map<string, Article>();
for (const s of stories) for (const a of s.articles) byId.set(a.id, a);
const distractors = (await loadDistractors()).map((a) => ({ ...a, quotes: a.quotes?.length ? a.quotes : extractQuotes(a) }));
const index = new MemoryIndex([...byId.values(), ...distractors]);

const bySrc = new Map<string, string[][]>();
for (const r of rows) (bySrc.get(r[3]!) ?? bySrc.set(r[3]!, []).get(r[3]!)!).push(r);
const n = { carriers: 0, carriersIn: 0, no: 0, noIn: 0, sels: 0 };
const out: string[] = [];
for (const [src, rs] of bySrc) {
  const story = new Set((await relatedStory(byId.get(src)!, index)).filter((c) => c.related).map((c) => c.article.id));
  for (const r of rs) {
    const carries = r[9] !== 'no';
    if (carries) {
      n.carriers++;
      if (story.has(r[8]!)) n.carriersIn++;
      else out.push(`${r[0]} carrier ${r[8]} (${r[9]}) outside the story decision`);
    } else {
      n.no++;
      if (story.has(r[8]!)) n.noIn++;
    }
  }
}
console.log(`${LABELS}: labelled same-story articles in the story decision: carriers ${n.carriersIn}/${n.carriers}, non-carriers ${n.noIn}/${n.no}`);
for (const l of out) console.log(`  ${l}`);
