/**
 * DUC 2004 task 2 (NIST Document Understanding Conference): 50 TDT event clusters of 1998, each of ten newswire stories
 * from the Associated Press (APW) and The New York Times (NYT) about one event. Kept in a public repository
 * (github:ayushoriginal/Multi-Document-Summarization, `duc2004/docs/<cluster>/<DOCNO>`, the SGML as distributed) and read
 * from its mirror at run time only: nothing of the text is committed. The stories carry no headline and no paragraph
 * marks (one wrapped block), and quote with `` and ''; each becomes a gold text the way bench/data/gold-pages.ts reads
 * one: the DOCNO as its title (no words of the story), the newswire's quote marks as curly quotes, its " _ " as a dash,
 * and its sentences joined into paragraphs so that a quotation running over several sentences stays in one (as
 * bench/data/pac.ts). `loadDuc` returns null when the mirror is absent.
 * `loadDuc2003` reads the same repository's DUC 2003 task-4 clusters (`duc2003/docs.without.headlines/d1NNx`: 30 TREC
 * topics of 1996-2000, about ten Associated Press, New York Times and Xinhua stories each; paragraphs marked with <P>).
 * Its task-2 clusters (d3NNNNt) are left out: their ids are DUC 2004's, so they may hold the same events.
 */
import { existsSync } from 'node:fs';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import { goldArticle, quoteParagraphs, type GoldDoc } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const DUC_GIT = process.env.DUC_GIT ?? '/work/.mirror/ayushoriginal+Multi-Document-Summarization/repo';

export interface DucDoc extends GoldDoc {
  /** The cluster ("d30001t"). */
  cluster: string;
}

/** A story's sentences: a stop, then a space and a capital, a digit or an opening quote. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.?!][\u201d']?)\s+(?=[A-Z0-9\u201c])/).map((s) => s.trim()).filter(Boolean);
}

/** The newswire's marks as a reader's: curly quotes for `` and '', a dash for " _ ", one space. */
function clean(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/``/g, '\u201c')
    .replace(/''/g, '\u201d')
    .replace(/\s_\s/g, ' \u2014 ')
    .replace(/\s+/g, ' ')
    .trim();
}

const OUTLETS: Record<string, string> = { APW: 'Associated Press', NYT: 'The New York Times', XIE: 'Xinhua' };

/** The stories under `dir` whose cluster matches `cluster`, as "duc-<DOCNO>", in path order; null when the mirror is absent. */
export function loadDucDir(gitDir: string, dir: string, cluster: RegExp): DucDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const blobs = mirrorBlobs(gitDir, dir).filter((b) => cluster.test(b.path.split('/').at(-2) ?? ''));
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const out: DucDoc[] = [];
  blobs.forEach((b, n) => {
    const m = /\/([dD]\w+)\/((APW|NYT|XIE)\d{8}\.\d{4})$/.exec(b.path);
    const raw = texts[n] ? decodeTextBytes(texts[n]!).text : '';
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1];
    if (!m || !body) return;
    // Paragraphs where the story marks them (<P>), else its sentences joined where no quotation is left open.
    const marked = [...body.matchAll(/<P>([\s\S]*?)<\/P>/g)].map((p) => clean(p[1]!)).filter(Boolean);
    const paras = marked.length ? marked : quoteParagraphs(sentences(clean(body)), false);
    const id = `duc-${m[2]}`;
    const outlet = OUTLETS[m[3]!]!;
    const date = `${m[2]!.slice(3, 7)}-${m[2]!.slice(7, 9)}-${m[2]!.slice(9, 11)}`;
    const article = goldArticle(id, m[2]!, outlet, paras, date);
    if (article) out.push({ id, outlet, article, cluster: m[1]! });
  });
  return out;
}

/** Every DUC 2004 task-2 story as "duc-<DOCNO>", in path order; null when the mirror is absent. */
export function loadDuc(gitDir = DUC_GIT): DucDoc[] | null {
  return loadDucDir(gitDir, 'duc2004/docs/', /^d3\d{4}t$/);
}

/** Every DUC 2003 task-4 story (clusters d100a–d129j) as "duc-<DOCNO>", in path order; null when the mirror is absent. */
export function loadDuc2003(gitDir = DUC_GIT): DucDoc[] | null {
  return loadDucDir(gitDir, 'duc2003/docs.without.headlines/', /^d1\d\d[a-z]$/);
}
