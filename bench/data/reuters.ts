/**
 * Reuters-21578 (Lewis; Reuters Ltd and Carnegie Group, 1987 newswire; distribution 1.0, "for research purposes"): 21,578
 * stories of February–October 1987 in 22 SGML files (`reut2-000.sgm` … `reut2-021.sgm`), each story's TITLE (capitals),
 * DATELINE and BODY (hard-wrapped at ~70 columns, a paragraph opening with four spaces, ending "Reuter"). Read here from a
 * public repository that keeps the SGML files: github.com/loki86/ksr_zadanie1V2 (its `reut2-003.sgm` is cut short; its
 * `reut2-003-full.sgm` is the whole file; the repository's other .sgm files are the student's own and are not read). No speaker
 * sample before speak48 read it.
 *
 * Licence: the collection may be freely used for research; as Multi-News (bench/data/multinews.ts) read at run time from the
 * mirror (fetch github:loki86/ksr_zadanie1V2), nothing of it committed, labels text-free (page id, offset, a short hash).
 * `loadReuters` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import { NO_HEADLINE } from '../../lib/ingest/warnings.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const REUTERS_GIT = process.env.REUTERS_GIT ?? '/work/.mirror/loki86+ksr_zadanie1V2/repo';

export interface ReutersDoc {
  /** "r87-<NEWID>". */
  id: string;
  article: Article;
}

/** The collection's 22 SGML files (the whole `reut2-003-full.sgm`, not the cut `reut2-003.sgm`), read from the mirror. */
function storyFiles(gitDir: string): (Buffer | null)[] {
  const files = mirrorBlobs(gitDir, '.').filter((f) => /^reut2-0(?:0[0-24-9]|1\d|2[01]|03-full)\.sgm$/.test(f.path));
  return mirrorRead(gitDir, files.map((f) => f.sha));
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Each story's day ("1987-03-02", from its <DATE> "02-MAR-1987 15:01:01.79") by id ("r87-<NEWID>"); empty when the mirror is absent. */
export function reutersDays(gitDir = REUTERS_GIT): Map<string, string> {
  const dayOf = new Map<string, string>();
  if (!existsSync(gitDir)) return dayOf;
  for (const buf of storyFiles(gitDir)) {
    for (const m of (buf?.toString('latin1') ?? '').matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>\s*<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})/g)) {
      const mo = MONTHS.indexOf(m[3]!) + 1;
      if (mo > 0) dayOf.set(`r87-${m[1]}`, `${m[4]}-${String(mo).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
    }
  }
  return dayOf;
}

/** The stories dated in the `days` days from `from` ("1987-03-02"), each an article dated its day (the story benches' corpus). */
export function reutersSpan(docs: readonly ReutersDoc[], from: string, days: number, dayOf = reutersDays()): Article[] {
  const start = Date.parse(from);
  const span: Article[] = [];
  for (const d of docs) {
    const day = dayOf.get(d.id);
    if (!day) continue;
    const k = Math.round((Date.parse(day) - start) / 86400000);
    if (k >= 0 && k < days) span.push({ ...d.article, date: day });
  }
  return span;
}

const unescape = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => (Number(n) < 32 ? '' : String.fromCharCode(Number(n)))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The story's TITLE (capitals, as the wire sent it), spaces folded; '' when it has none. */
export function reutersTitle(sgml: string): string {
  return unescape(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(sgml)?.[1] ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A story's text as a reader's plain-text file: the headline, then the paragraphs (the dateline opening the first), blank
 * lines between. `withTitle` false: the paragraphs only (the headline is carried in `article.title`, loadReuters' `titles`).
 */
export function reutersText(sgml: string, withTitle = true): string | null {
  const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(sgml)?.[1];
  if (!body) return null;
  const title = withTitle ? reutersTitle(sgml) : '';
  const dateline = unescape(/<DATELINE>([\s\S]*?)<\/DATELINE>/.exec(sgml)?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const paras = unescape(body)
    .replace(/\s*\bReuter\s*$/, '')
    .split(/\n(?=[ \t]{2,})/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!paras.length) return null;
  if (dateline) paras[0] = `${dateline} ${paras[0]}`;
  return [title, ...paras].filter(Boolean).join('\n\n') + '\n';
}

/**
 * Every story with a body as a reader's plain-text file (the headline its first paragraph), in NEWID order; null when the
 * mirror is absent. `titles` (opt-in, story57): the headline is the article's `title`, as a real page's is, and not a line
 * of its text (the plain-text ingest rarely takes a capitals headline with a <TICKER> for one and falls back on the
 * dateline's first sentence). Default off: the speaker and conflict rounds read this loader as it was.
 */
export function loadReuters(gitDir = REUTERS_GIT, opts: { titles?: boolean } = {}): ReutersDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const texts = storyFiles(gitDir);
  const out: ReutersDoc[] = [];
  const seen = new Set<number>();
  for (const buf of texts) {
    for (const m of (buf?.toString('latin1') ?? '').matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const n = Number(m[1]);
      if (seen.has(n)) continue;
      seen.add(n);
      const text = reutersText(m[2]!, !opts.titles);
      if (!text) continue;
      const id = `r87-${n}`;
      const a = ingestFile({ name: `${id}.txt`, content: text }).articles[0];
      const title = opts.titles ? reutersTitle(m[2]!) : '';
      if (a && a.units.length > 0) out.push({ id, article: title ? { ...a, id, title, warnings: a.warnings.filter((w) => !w.startsWith(NO_HEADLINE)) } : { ...a, id } });
    }
  }
  return out.sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
}
