/**
 * speak53: the BuzzFeed-Webis Fake News Corpus 2016 (Potthast, Kiesel, Reinartz, Bevendorff, Stein, "A Stylometric Inquiry into
 * Hyperpartisan and Fake News", ACL 2018; zenodo 1239675): the 1,627 articles nine US publishers linked on Facebook in the week
 * of 19-27 September 2016, each fact-checked by BuzzFeed journalists — three mainstream sites (ABC News, CNN, Politico: 826) and
 * six hyperpartisan ones (Addicting Info, Occupy Democrats, The Other 98%; Eagle Rising, Freedom Daily, Right Wing News: 801).
 * US campaign and political web news, the genre the speaker samples read worst. Kept in a public repository
 * (github:BotanB/Python_for_DS_FakeNewsDetection, `DataSet/BuzzFeed_Corpus_2016/articles/*.xml` as distributed, in the commits
 * before the folder was removed; the newest such commit is read) and read from its mirror at run time only: nothing of the
 * text is committed.
 *
 * A reader's plain-text file of each article: the title, then the corpus's `mainText` cut into its annotated `<paragraph>`
 * spans (start/end offsets into mainText), entities decoded. The outlet is the corpus's portal name ("cnn", "eagle-rising").
 * Every veracity class is kept (the corpus rates claims, not who said what). An article whose text repeats an earlier one's is
 * dropped. `loadBuzzFeedWebis` returns null (the caller prints why) when the mirror or the folder is absent.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorBlobs, mirrorCommitWith, mirrorRead } from './mirror.ts';

export const BUZZFEED_WEBIS_GIT = process.env.BUZZFEED_WEBIS_GIT ?? '/work/.mirror/BotanB+Python_for_DS_FakeNewsDetection/repo';
const DIR = 'DataSet/BuzzFeed_Corpus_2016/articles/';

const ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (s: string) => s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m));
const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decode(m[1]!) : '';
};

export interface BuzzFeedWebisDoc {
  /** "bfw-<file stem>" ("bfw-0002"). */
  id: string;
  /** The corpus's portal ("abc", "cnn", "politico", "eagle-rising", …). */
  outlet: string;
  orientation: string;
  veracity: string;
  url: string;
  article: Article;
}

/** An article's paragraphs: mainText cut at its <paragraph> spans (the whole text as one when it has none). */
export function buzzFeedWebisParagraphs(xml: string): string[] {
  const main = tag(xml, 'mainText');
  const spans = [...xml.matchAll(/<paragraph>\s*<end>(\d+)<\/end>\s*<start>(\d+)<\/start>\s*<\/paragraph>/g)].map((m) => [Number(m[2]), Number(m[1])] as const);
  const parts = spans.length ? spans.sort((a, b) => a[0] - b[0]).map(([s, e]) => main.slice(s, e)) : [main];
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The articles as "bfw-<stem>" in file order (less those whose text repeats an earlier one's); null when the mirror is absent. */
export function loadBuzzFeedWebis(gitDir = BUZZFEED_WEBIS_GIT): BuzzFeedWebisDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const commit = mirrorCommitWith(gitDir, DIR.replace(/\/$/, ''));
  if (!commit) return null;
  const files = mirrorBlobs(gitDir, DIR, commit).filter((f) => f.path.endsWith('.xml'));
  const blobs = mirrorRead(gitDir, files.map((f) => f.sha));
  const fresh = firstTellings();
  const out: BuzzFeedWebisDoc[] = [];
  files.forEach((f, i) => {
    const xml = blobs[i]?.toString('utf8');
    if (!xml) return;
    const body = buzzFeedWebisParagraphs(xml);
    if (!fresh(body)) return;
    const id = `bfw-${f.path.slice(DIR.length).replace(/\.xml$/, '')}`;
    const outlet = tag(xml, 'portal') || 'unknown';
    const title = tag(xml, 'title').replace(/\s+/g, ' ').trim();
    const article = goldArticle(id, title || id, outlet, body);
    if (article) out.push({ id, outlet, orientation: tag(xml, 'orientation'), veracity: tag(xml, 'veracity'), url: tag(xml, 'uri'), article });
  });
  return out;
}
