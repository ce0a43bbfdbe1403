/**
 * AllSides "headline roundups" (crawled by Lee et al., NeuS, NAACL 2022; MIT): 506 US news events of
 * April–October 2021, each covered by three outlets of different leanings (left / centre / right:
 * CNN, Fox News, Reuters, NPR, the Washington Examiner, the New York Post, …), with each article's
 * headline, outlet, address and its opening paragraphs (AllSides' excerpt, about 90 words, cut with
 * "..."). Same-event, different-outlet coverage, with many same-topic events weeks apart (82 on the
 * coronavirus): the kind of corpus Parallax meets.
 *
 * Read from the public mirror of github.com/HLTCHKUST/framing-bias-metric
 * (`data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl`), fetched with the project's
 * `fetch` tool. Nothing of it is committed: when the mirror is absent, `loadAllSides` returns null
 * and the caller prints why it skipped.
 *
 * Dates: an article gets the date its address carries (/2021/10/18/), else none — the roundup's own
 * date is AllSides', not the outlet's, and giving it to all three would make the date window look
 * better than it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';

export const ALLSIDES_GIT = '/work/.mirror/HLTCHKUST+framing-bias-metric/repo';
const FILE = 'data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl';

export interface AllSidesDoc {
  article: Article;
  /** The roundup's id: the story. */
  event: number;
  topic: string;
  side: string;
}

interface Side {
  newsSource?: string;
  newsTitle?: string;
  newsLink?: string;
  newBody?: string[];
}
interface Roundup {
  id: number;
  topic?: string;
  news?: Record<string, Side>;
}

/** "CNN (Online News)" → "CNN", "New York Times (News)" → "New York Times". */
const outletName = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

function urlDate(url: string): string | null {
  const m = /\/(20\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return Number.isNaN(Date.parse(d)) ? null : d;
}

/** Every article of every roundup with at least two outlets, or null when the mirror is absent. */
export function loadAllSides(gitDir = ALLSIDES_GIT): AllSidesDoc[] | null {
  if (!existsSync(gitDir)) return null;
  let raw: string;
  try {
    raw = execFileSync('git', ['--git-dir', gitDir.endsWith('.git') ? gitDir : gitDir, 'show', `HEAD:${FILE}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
  const out: AllSidesDoc[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Roundup;
    const sides = Object.entries(r.news ?? {}).filter(([, s]) => s.newsTitle && s.newBody?.length);
    if (sides.length < 2) continue;
    for (const [side, s] of sides) {
      const body = s.newBody!.map((p) => p.trim().replace(/\s*(?:\.\.\.|…)$/, '')).filter(Boolean);
      const url = s.newsLink && /^https?:/.test(s.newsLink) ? s.newsLink : null;
      const date = url ? urlDate(url) : null;
      const md = [
        '---',
        `title: ${JSON.stringify(s.newsTitle)}`,
        s.newsSource ? `outlet: ${JSON.stringify(outletName(s.newsSource))}` : null,
        url ? `url: ${JSON.stringify(url)}` : null,
        date ? `date: ${JSON.stringify(date)}` : null,
        '---',
        body.join('\n\n'),
      ]
        .filter((x) => x !== null)
        .join('\n');
      const name = `as-${r.id}-${side}`;
      const a = ingestFile({ name: `${name}.md`, content: md + '\n' }).articles[0];
      if (!a || a.units.length === 0) continue;
      out.push({ article: { ...a, id: name }, event: r.id, topic: r.topic ?? '', side });
    }
  }
  return out;
}

const PROBE_DIR = 'data/naacl2022_lrc_roundup_random_order_probe';

/**
 * The same repository's other roundups: the NeuS probe splits (`<split>.source`, one roundup a line, its outlets'
 * excerpts as "TITLE=> … ARTICLE=> …" joined by " [SEP] ", in random order; no outlet, address or date is given).
 * Roundups of about 2017–2021, mostly older than the crawl `loadAllSides` reads; a roundup whose any title is also a title
 * of that crawl is left out (388 of 3,065), so no story of rounds 1–3, 19 and 22 is read twice. `event` is `<split>-<line>`; every article of a
 * roundup is its own source (the outlets are not given, as in Multi-News). Null when the mirror is absent.
 */
export function loadAllSidesProbe(splits: readonly string[], gitDir = ALLSIDES_GIT): Array<Omit<AllSidesDoc, 'event' | 'side'> & { event: string }> | null {
  if (!existsSync(gitDir)) return null;
  const show = (f: string) => execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${f}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const crawled = new Set<string>();
  const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  for (const line of show(FILE).split('\n')) {
    if (!line.trim()) continue;
    for (const s of Object.values((JSON.parse(line) as Roundup).news ?? {})) if (s.newsTitle) crawled.add(norm(s.newsTitle));
  }
  const out: Array<Omit<AllSidesDoc, 'event' | 'side'> & { event: string }> = [];
  for (const split of splits) {
    show(`${PROBE_DIR}/${split}.source`)
      .split('\n')
      .forEach((line, n) => {
        const parts = line
          .split(' [SEP] ')
          .map((p) => /^\s*TITLE=>\s*(.*?)\.?\s+ARTICLE=>\s*(.*)$/s.exec(p))
          .filter((m): m is RegExpExecArray => !!m && !!m[2]!.trim());
        if (parts.length < 2 || parts.some((m) => crawled.has(norm(m[1]!)))) return;
        parts.forEach((m, k) => {
          const name = `asp-${split}-${n}-${k}`;
          const md = ['---', `title: ${JSON.stringify(m[1]!.trim())}`, '---', m[2]!.trim()].join('\n') + '\n';
          const a = ingestFile({ name: `${name}.md`, content: md }).articles[0];
          if (a && a.units.length > 0) out.push({ article: { ...a, id: name }, event: `${split}-${n}`, topic: '' });
        });
      });
  }
  return out;
}
