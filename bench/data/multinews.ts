/**
 * Multi-News (Fabbri, Li, She, Li & Radev, "Multi-News: a Large-Scale Multi-Document Summarization Dataset", ACL 2019):
 * news stories summarised by newser.com's editors, each with the source articles the summary cites — one story told
 * by several outlets (full article texts, crawled from archive.org copies of the outlets' pages). Read here: the 200
 * stories of LongBench's `multi_news` task (Bai et al. 2023, drawn from Multi-News's test split), as a public
 * repository keeps them: github.com/en-jai-neer/CompressKV, `data/LongBench/multi_news.jsonl` (one story a line:
 * `_id`, and `context` = the sources as "Passage N:\n…", Multi-News's newlines written "NEWLINE_CHAR").
 *
 * Licence: Multi-News's Dataset Usage Agreement (github.com/Alex-Fabbri/Multi-News, LICENSE.txt, the Newsroom
 * dataset's terms): non-commercial research and educational use only, no licence to the text. CompressKV's MIT
 * licence covers that repository's code, not this data. So, as SemEval-2018 Task 5's news (bench/data/gvc.ts): read at
 * run time from the mirror (fetch github:en-jai-neer/CompressKV), nothing of it committed, labels text-free
 * (`TEXT_FREE` in bench/conflicts-data.ts). `multiNewsStories` returns null when the mirror is absent.
 *
 * What LongBench's copy lost: the sources' outlets, addresses, headlines and dates (Multi-News's id2sources.txt maps
 * story ids to addresses, but LongBench's `_id` is its own hash, so the two cannot be joined without the text). So
 * "one article per outlet" cannot be checked here: every passage is one source of the story (Multi-News's sources of
 * a story are different pages; two of one outlet are possible and not detectable), exact copies are dropped.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorFile } from './mirror.ts';

export const MULTINEWS_GIT = process.env.MULTINEWS_GIT ?? '/work/.mirror/en-jai-neer+CompressKV/repo';
const FILE = 'data/LongBench/multi_news.jsonl';

export interface MultiNewsStory {
  /** LongBench's `_id` (48 hex). */
  id: string;
  /** The sources' texts in their order, paragraphs separated by a blank line. */
  sources: string[];
}

/** A LongBench Multi-News context split into its sources ("Passage N:" lines), NEWLINE_CHAR runs made paragraph breaks. */
export function splitSources(context: string): string[] {
  return context
    .split(/(?:^|\n)Passage \d+:\n/)
    .map((s) =>
      s
        .split(/(?:\s*NEWLINE_CHAR)+\s*/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n'),
    )
    .filter(Boolean);
}

/** Every story of the file, in file order, or null when the mirror is absent. */
export function multiNewsStories(gitDir = MULTINEWS_GIT): MultiNewsStory[] | null {
  if (!existsSync(gitDir)) return null;
  const text = mirrorFile(gitDir, FILE).toString('utf8');
  const out: MultiNewsStory[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { _id: string; context: string };
    out.push({ id: r._id, sources: splitSources(r.context) });
  }
  return out;
}

/** At most `max` sources of a story, in order, leaving out texts an earlier source has (whitespace folded). */
export function pickSources(sources: string[], max: number): Array<{ k: number; text: string }> {
  const seen = new Set<string>();
  const out: Array<{ k: number; text: string }> = [];
  sources.forEach((text, k) => {
    const folded = text.replace(/\s+/g, ' ').trim();
    if (!folded || seen.has(folded) || out.length >= max) return;
    seen.add(folded);
    out.push({ k, text });
  });
  return out;
}

/** The picked sources as a reader's plain-text files (no headline, outlet or date: none survives); ids `mn-<first 8 of _id>-<passage>`. */
export function multiNewsArticles(story: MultiNewsStory, max: number): Article[] {
  const out: Article[] = [];
  for (const { k, text } of pickSources(story.sources, max)) {
    const name = `mn-${story.id.slice(0, 8)}-${k + 1}`;
    const a = ingestFile({ name: `${name}.txt`, content: `${text}\n` }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ ...a, id: name });
  }
  return out;
}
