/**
 * speak58: the English source articles of WikinewsSum (Calizzano, Ostendorff, Ruan & Rehm, "Generating Extended and Multilingual
 * Summaries with Pre-trained Transformers", LREC 2022): the web pages English Wikinews articles of 2004-2005 cite as their sources —
 * national and local papers, broadcasters, wires, agencies' and companies' pages — fetched from the Internet Archive and reduced to
 * their main text by news-please (one paragraph a line). The code repository kept, at commit 1d98503 (removed from its tree later), a
 * first cut of 101 Wikinews articles with their sources, `cleaned_endataset.json` (one JSON object a line: the Wikinews text, its
 * categories, and `sources`: language, maintext, title, url, archive_url): github:airKlizz/WikinewsSum (MIT for the code; the
 * sources' text is their outlets'). Read from its mirror at run time only: nothing of the text is committed (labels: page id,
 * offset, hash). The Wikinews texts themselves (their links stripped, leaving gaps) are not read.
 *
 * A reader's plain-text file of each English source: its title, then its maintext's non-blank lines (spaces folded; a first line that repeats the title dropped). Outlet: the
 * source's host (an archived address's inner host), "www." dropped. Page id "wns-<FNV-1a of the address, 8 hex>"; a source met
 * before (the same address, or the same text) is dropped. `loadWikinewsSum` returns null (the caller prints why) when the mirror or
 * the commit is absent.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { fnv1a } from './fnv.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { fncParagraphs } from './fnc.ts';
import { mirrorFile } from './mirror.ts';

export const WIKINEWSSUM_GIT = process.env.WIKINEWSSUM_GIT ?? '/work/.mirror/airKlizz+WikinewsSum/repo';
/** The commit whose tree holds the data file. */
export const WIKINEWSSUM_COMMIT = '1d985031625909c908766812e8a18d0c88116ec8';
const FILE = 'cleaned_endataset.json';

export interface WikinewsSumDoc {
  /** "wns-<FNV-1a of the source's address, 8 hex>". */
  id: string;
  url: string;
  article: Article;
}

/** The host a source's address names ("web.archive.org/web/<time>/http://host/…" → host), "www." dropped. */
export function sourceHost(url: string): string {
  const inner = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url)?.[1] ?? url;
  return (/^(?:https?:\/\/)?([^/:?#]+)/.exec(inner)?.[1] ?? 'web').toLowerCase().replace(/^www\./, '');
}

/** A source's page id: "wns-<FNV-1a of its address, 8 hex>". */
const pageId = (url: string) => `wns-${fnv1a(url).toString(16).padStart(8, '0')}`;

/** Every English source as a reader's plain-text file, in file then source order (less repeats); null when the mirror or the commit is absent. */
export function loadWikinewsSum(gitDir = WIKINEWSSUM_GIT): WikinewsSumDoc[] | null {
  const entries = wikinewsEntries(gitDir);
  if (!entries) return null;
  const fresh = firstTellings();
  const urls = new Set<string>();
  const out: WikinewsSumDoc[] = [];
  for (const entry of entries) {
    for (const s of entry.sources ?? []) {
      if (s.language !== 'en' || !s.maintext || !s.url || urls.has(s.url)) continue;
      urls.add(s.url);
      const title = (s.title ?? '').replace(/\s+/g, ' ').trim();
      const body = fncParagraphs(s.maintext); // (the same reading as FNC-1's bodies: non-blank lines, spaces folded)
      if (body[0] === title) body.shift(); // (news-please's text often opens with the title)
      if (!fresh(body)) continue;
      const id = pageId(s.url);
      const article: Article | null = goldArticle(id, title || id, sourceHost(s.url), body);
      if (article) out.push({ id, url: s.url, article });
    }
  }
  return out;
}

interface WikinewsEntry {
  title?: string;
  sources?: Array<{ language?: string; maintext?: string; title?: string; url?: string }>;
}

/** The data file's Wikinews articles in file order (one JSON object a line); null when the mirror or the commit is absent. */
function wikinewsEntries(gitDir: string): WikinewsEntry[] | null {
  if (!existsSync(gitDir)) return null;
  try {
    const text = mirrorFile(gitDir, FILE, WIKINEWSSUM_COMMIT).toString('utf8');
    return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as WikinewsEntry);
  } catch {
    return null;
  }
}

/**
 * conf59: the sources grouped into stories by the Wikinews article that cites them — page id → that article's title (the first
 * article citing the address, as `loadWikinewsSum` keeps a source at its first citation); null when the mirror or the commit is absent.
 */
export function wikinewsSumStories(gitDir = WIKINEWSSUM_GIT): Map<string, string> | null {
  const entries = wikinewsEntries(gitDir);
  if (!entries) return null;
  const out = new Map<string, string>();
  entries.forEach((e, n) => {
    for (const s of e.sources ?? []) {
      const id = s.url && pageId(s.url);
      if (id && !out.has(id)) out.set(id, (e.title ?? '').trim() || `wikinews #${n + 1}`);
    }
  });
  return out;
}
