/**
 * speak52: the by-article training set of SemEval-2019 Task 4, Hyperpartisan News Detection (Kiesel, Mestre, Shukla, Vincent,
 * Adineh, Corney, Stein, Potthast; zenodo 1489920, CC BY 4.0 for the annotations, the articles the outlets' copyright): 645
 * web articles of 2016-18 (a few older) from 295 sites — US political news and opinion of every leaning (CBS News, Circa, the
 * Gateway Pundit, the New York Post, RealClearPolitics, Fox News, Salon, the New York Times, local TV sites, …), each with its
 * title, date and address. Kept in a public repository (github:anshuly10/Biased-News-Detection at 89e4073,
 * `articles-training-byarticle-20181122.xml` and `ground-truth-training-byarticle-20181122.xml`, as distributed) and read
 * from its mirror at run time only: nothing of the text is committed.
 *
 * A reader's plain-text file of each article: the title, then the crawl's text with each `<p>` element a paragraph and each
 * non-blank line between them a paragraph of its own (where a page had no `<p>`, the crawl kept its lines); links' text kept,
 * other markup dropped, entities decoded. The outlet is the address's host. An article whose text repeats an earlier one's is
 * dropped. `loadHyperpartisan` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorFile } from './mirror.ts';

export const HYPERPARTISAN_GIT = process.env.HYPERPARTISAN_GIT ?? '/work/.mirror/anshuly10+Biased-News-Detection/repo';
const ARTICLES = 'articles-training-byarticle-20181122.xml';
const TRUTH = 'ground-truth-training-byarticle-20181122.xml';

const ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
/** Entities decoded (twice: the crawl holds "&amp;amp;"). */
const decode = (s: string) => {
  const once = (t: string) => t.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m));
  return once(once(s));
};
const text = (s: string) => decode(s.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** An article's paragraphs: its <p> elements, and the non-blank lines between them. */
export function hyperpartisanParagraphs(body: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of body.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    out.push(...body.slice(at, m.index).split('\n').map(text));
    out.push(text(m[1]!));
    at = m.index! + m[0].length;
  }
  out.push(...body.slice(at).split('\n').map(text));
  return out.filter(Boolean);
}

export interface HyperpartisanDoc {
  /** "hp-<article id>". */
  id: string;
  /** The address's host ("cbsnews.com"). */
  outlet: string;
  url: string;
  article: Article;
}

/** The 645 articles as "hp-<id>" in id order (less those whose text repeats an earlier one's); null when the mirror is absent. */
export function loadHyperpartisan(gitDir = HYPERPARTISAN_GIT): HyperpartisanDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const urls = new Map<string, string>();
  for (const m of mirrorFile(gitDir, TRUTH).toString('utf8').matchAll(/<article\b([^>]*)\/?>/g)) {
    const id = /\bid="(\d+)"/.exec(m[1]!)?.[1];
    const url = /\burl="([^"]*)"/.exec(m[1]!)?.[1];
    if (id && url) urls.set(id, decode(url));
  }
  const fresh = firstTellings();
  const out: HyperpartisanDoc[] = [];
  for (const m of mirrorFile(gitDir, ARTICLES).toString('utf8').matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const id = /\bid="(\d+)"/.exec(m[1]!)?.[1];
    if (!id) continue;
    const title = decode(/\btitle="([^"]*)"/.exec(m[1]!)?.[1] ?? '').trim();
    const date = /\bpublished-at="(\d{4}-\d\d-\d\d)"/.exec(m[1]!)?.[1];
    const body = hyperpartisanParagraphs(m[2]!);
    if (!fresh(body)) continue;
    const url = urls.get(id) ?? '';
    const outlet = /^https?:\/\/(?:www\.)?([^/]+)/.exec(url)?.[1] ?? 'unknown';
    const article = goldArticle(`hp-${id}`, title || `hp-${id}`, outlet, body, date);
    if (article) out.push({ id: `hp-${id}`, outlet, url, article });
  }
  return out;
}
