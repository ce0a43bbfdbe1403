/**
 * speak61: the English news articles of fundus's parser tests (github:flairNLP/fundus, MIT; Dallabetta, Dobberstein, Breiter &
 * Akbik, "Fundus: A Simple-to-Use News Scraper Optimized for High Quality Extractions", ACL 2024 demos). For each publisher
 * fundus keeps a crawled page of 2023-25 and, in `tests/resources/parser/test_data/<country>/<Publisher>.json`, what its
 * publisher-specific parser read from it: the title and the body as summary paragraphs and sections of paragraphs (the
 * publisher's own paragraphs, not a sentence splitter's). The pages change as the parsers do, so every version of every such
 * file in the history up to FUNDUS_COMMIT is read, and each article is kept once: its first telling in log order (newest first);
 * a later version sharing three eight-word shingles with a kept article (a parser's change, a retitled page) is the same article.
 * English: the texts whose most frequent word is "the". The articles are the publishers'; read from the mirror at run time only,
 * nothing of the text is committed (labels: page id, offset, hash).
 *
 * Page id "fu-<Publisher>-<fnv1a of the body, 8 hex>", outlet the publisher's name as fundus spells it. `loadFundus` returns
 * null when the mirror or the commit is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fnv1a } from './fnv.ts';
import { freshArticles, goldArticle, type GoldRecord } from './gold-pages.ts';
import { mirrorRead } from './mirror.ts';

export const FUNDUS_GIT = process.env.FUNDUS_GIT ?? '/work/.mirror/flairNLP+fundus/repo';
/** The newest commit read (the mirror's HEAD when fetched, stop 61). */
export const FUNDUS_COMMIT = '18da6e53592f99cf0ac5770dc63d6ba99ba63ae8';
const DIR = 'tests/resources/parser/test_data';

interface FundusBody {
  summary?: unknown;
  sections?: Array<{ headline?: unknown; paragraphs?: unknown }>;
}
const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : []);

/** An article's paragraphs as a reader sees them: the summary, then each section's headline and paragraphs. */
export function fundusParagraphs(body: FundusBody): string[] {
  const paras = [...strings(body.summary), ...(body.sections ?? []).flatMap((s) => [...strings(s.headline), ...strings(s.paragraphs)])];
  return paras.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /\p{L}/u.test(p));
}

/** Every English article of fundus's parser tests up to FUNDUS_COMMIT, each once; null when the mirror or the commit is absent. */
export function loadFundus(gitDir = FUNDUS_GIT): GoldRecord[] | null {
  if (!existsSync(gitDir)) return null;
  let log: string;
  try {
    log = execFileSync('git', ['--git-dir', gitDir, 'log', FUNDUS_COMMIT, '--format=@%H', '--name-only', '--', DIR], { maxBuffer: 1 << 28 }).toString('utf8');
  } catch {
    return null;
  }
  const names: Array<{ commit: string; path: string }> = [];
  let commit = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) commit = line.slice(1);
    else if (line.endsWith('.json') && commit) names.push({ commit, path: line });
  }
  const blobs = mirrorRead(gitDir, names.map((n) => `${n.commit}:${n.path}`));
  return freshArticles(names, blobs, function* ({ path }, raw) {
    let doc: unknown;
    try {
      doc = JSON.parse(raw.toString('utf8'));
    } catch {
      return;
    }
    if (!doc || typeof doc !== 'object') return;
    const outlet = path.split('/').pop()!.replace(/\.json$/, '');
    for (const v of Object.values(doc as Record<string, unknown>)) {
      const art = v as { title?: unknown; body?: unknown } | null;
      if (!art || typeof art !== 'object' || !art.body || typeof art.body !== 'object' || Array.isArray(art.body)) continue;
      const body = fundusParagraphs(art.body as FundusBody);
      const record = () => {
        const id = `fu-${outlet}-${fnv1a(body.join('\n')).toString(16).padStart(8, '0')}`;
        const article = goldArticle(id, typeof art.title === 'string' ? art.title : id, outlet, body);
        return article ? { id, outlet, article } : null;
      };
      yield { body, text: body.join(' '), record };
    }
  });
}
