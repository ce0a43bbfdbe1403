/**
 * story34 (docs/notes/story34.md): a cut that tells a reader's `same` from `background` among main's relations on
 * Multi-News's dev half, carried to the other story sets' dev splits: what would it cost there? Reads the evidence
 * bench/fit-story.ts collected on main (its cache, `$TMPDIR/parallax-story-rows-v2.json`; main's is /tmp's), keeps the
 * dev splits only (ECB+ odd topics, NewsWCL50 even events, AllSides even events, the project's sets), and the pairs
 * main's model relates (probability ≥ STORY_MODEL.threshold). For each cut: related same-story pairs lost, related
 * different-story pairs dropped.
 *
 *   npx tsx bench/story-background-transfer.ts [CACHE] [--doc 0.265] [--lead-told 0.194]
 *
 * --doc: docScore floor; --lead-told: floor on the smaller share of one text's lead (first 60 words' content words)
 * the other text tells (bench/story-doc-features.ts; needs the texts: ECB+, NewsWCL50 and AllSides mirrors).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { storyProbability, type StoryEvidence } from '../lib/engine/story.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { loadAllSides } from './data/allsides.ts';
import { loadEcbPlus } from './data/ecbplus.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { leadTold } from './story-doc-features.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const cache = argv.find((x, i) => !x.startsWith('--') && !['--doc', '--lead-told'].includes(argv[i - 1] ?? '')) ?? join(tmpdir(), 'parallax-story-rows-v2.json');
const DOC = Number(arg('--doc') ?? 0.265);
const LEAD = Number(arg('--lead-told') ?? 0.194);
type Row = StoryEvidence & { split: string; q: string; c: string; label: boolean };
const rows = (JSON.parse(readFileSync(cache, 'utf8')) as { rows: Row[] }).rows.filter((r) => ['dev', 'wcl-dev', 'as-dev', 'project'].includes(r.split));

const text = new Map<string, string>();
for (const d of loadEcbPlus() ?? []) text.set(d.article.id, d.article.text);
for (const d of loadAllSides() ?? []) text.set(d.article.id, d.article.text);
for (const d of loadNewsWcl() ?? []) text.set(d.article.id, d.article.text);
for (const name of ['seeds', 'harbor'] as const) {
  try {
    for (const a of await loadSet(name)) text.set(a.id, a.text);
  } catch {
    /* a set absent: its rows are counted without the text feature */
  }
}

for (const split of ['dev', 'wcl-dev', 'as-dev', 'project']) {
  const rel = rows.filter((r) => r.split === split && storyProbability(r) >= STORY_MODEL.threshold);
  const t = rel.filter((r) => r.label);
  const f = rel.filter((r) => !r.label);
  const lt = (r: Row) => {
    const a = text.get(r.q);
    const b = text.get(r.c);
    return a === undefined || b === undefined ? NaN : Math.min(leadTold(a, b), leadTold(b, a));
  };
  const withText = rel.filter((r) => !Number.isNaN(lt(r))).length;
  console.log(
    `${split}: related ${rel.length} (same story ${t.length}, other ${f.length}); docScore < ${DOC}: same lost ${t.filter((r) => r.docScore < DOC).length}, other dropped ${f.filter((r) => r.docScore < DOC).length}; ` +
      `leadTold min < ${LEAD} (texts for ${withText}): same lost ${t.filter((r) => lt(r) < LEAD).length}, other dropped ${f.filter((r) => lt(r) < LEAD).length}`,
  );
}
