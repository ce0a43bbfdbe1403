/**
 * speak62: the news pages of Postlight Parser's test fixtures (github:postlight/parser, formerly Mercury Parser; MIT for its code,
 * the pages their publishers'). For each site a custom extractor was written for, the project saved a page of 2016-22
 * (`fixtures/<host>.html`, later `fixtures/<host>/<timestamp>.html`): NYT, The Washington Post, BBC, Reuters, CNN, NPR, Politico,
 * The Atlantic, The New Yorker, the LA and Chicago Tribunes, local papers (al.com, nj.com, oregonlive, Miami Herald, San Diego
 * Union-Tribune), magazines, entertainment and tech sites. Every version of every such page in the mirror's history is read (one
 * `git log --raw`, one `cat-file --batch`), each through the product's own extraction (`ingestFile` with the Node page environment,
 * as bench/data/senior.ts reads its pages), so page extraction is part of what a sample drawn here measures. Kept: the English
 * ones (fundus.ts's test: "the" is the most frequent word), each article once (the first telling; a later version sharing three
 * eight-word shingles with a kept one is the same article).
 *
 * Page id "pl-<host>-<fnv1a of the text, 8 hex>", outlet the host. Read from the mirror at run time only; nothing of the text is
 * committed (labels: page id, offset, hash). `loadPostlight` returns null when the mirror or the commit is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nodeEnv } from '../../cli/node-env.ts';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import { fnv1a } from './fnv.ts';
import { freshArticles, type GoldRecord } from './gold-pages.ts';
import { mirrorRead } from './mirror.ts';

export const POSTLIGHT_GIT = process.env.POSTLIGHT_GIT ?? '/work/.mirror/postlight+parser/repo';
/** The newest commit read (the mirror's HEAD when fetched, stop 62). */
export const POSTLIGHT_COMMIT = 'e8ba7ece291efa4d915d50dd4deeec17d54359f2';

/** Every English article of Postlight Parser's fixture pages up to POSTLIGHT_COMMIT, each once, in id order; null when the mirror or the commit is absent. */
export function loadPostlight(gitDir = POSTLIGHT_GIT): GoldRecord[] | null {
  if (!existsSync(gitDir)) return null;
  let log: string;
  try {
    log = execFileSync('git', ['--git-dir', gitDir, 'log', POSTLIGHT_COMMIT, '--raw', '--no-abbrev', '--format=', '--', 'fixtures'], { maxBuffer: 1 << 28 }).toString('utf8');
  } catch {
    return null;
  }
  const versions: Array<{ sha: string; host: string }> = [];
  const seenSha = new Set<string>();
  for (const line of log.split('\n')) {
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40}) [AM]\d*\tfixtures\/([^/\t]+?)(?:\.html|\/[^/\t]+\.html)$/.exec(line);
    if (!m || seenSha.has(m[1]!)) continue;
    seenSha.add(m[1]!);
    versions.push({ sha: m[1]!, host: m[2]!.replace(/--.*$/, '') });
  }
  const blobs = mirrorRead(gitDir, versions.map((v) => v.sha));
  const found = freshArticles(versions, blobs, function* ({ host }, raw) {
    const html = decodeTextBytes(raw).text;
    const a = ingestFile({ name: `${host}.html`, content: html, url: `https://${host}/` }, nodeEnv).articles.find((x) => x.units.length > 0);
    if (!a) return;
    const body = a.text.split(/\n\n+/).filter((p) => /\p{L}/u.test(p));
    const id = `pl-${host}-${fnv1a(a.text).toString(16).padStart(8, '0')}`;
    yield { body, text: a.text, record: () => ({ id, outlet: host, article: { ...a, id } }) };
  });
  return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}
