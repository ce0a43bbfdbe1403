/**
 * speak51: the newswire stories of the DUC 2006 and DUC 2007 main-task document sets (NIST Document Understanding
 * Conference; AQUAINT corpus: Associated Press, The New York Times, Xinhua, 1996-2000), as a reader reads them for who said
 * a quote: each story's own paragraphs and its headline. Kept in a public repository (github:gsandeep1241/TextSummarizer,
 * `DUC_data/DUC2006/duc2006_docs/<set>/<DOCNO>`, `DUC_data/DUC2007/duc2007_testdocs/main/<set>/<DOCNO>`, the SGML as
 * distributed) and read from its mirror at run time only: nothing of the text is committed.
 *
 * bench/data/duc-aquaint.ts (the conflicts rounds' reader) splits a story without <P> marks into sentences, which breaks
 * the Associated Press stories of 1998-99 at every "Aug. 7" and "U.S. Ambassador" into paragraphs of their own; here a
 * story without <P> is split where the wire marks a paragraph, a line indented by a tab or spaces. The newswire's `` and ''
 * become curly quotes and its " _ " a dash. A DOCNO in two sets is read once; one DUC 2003 / 2004 read (conflicts rounds
 * 29 / 29b) is left out. `loadAquaint` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { DUC_GIT, loadDuc, loadDuc2003 } from './duc.ts';
import { goldArticle } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const AQUAINT_DUC_GIT = process.env.DUC_AQUAINT_GIT ?? '/work/.mirror/gsandeep1241+TextSummarizer/repo';

const OUTLETS: Record<string, string> = { APW: 'Associated Press', NYT: 'The New York Times', XIE: 'Xinhua' };

const clean = (t: string) =>
  t.replace(/<[^>]+>/g, ' ').replace(/&\w+;/g, ' ').replace(/``/g, '\u201c').replace(/''/g, '\u201d').replace(/\s_\s/g, ' \u2014 ').replace(/\s+/g, ' ').trim();

/** A story's paragraphs: its <P> elements, else its lines indented by a tab or two spaces, each with the lines after it. */
export function aquaintParagraphs(body: string): string[] {
  const marked = [...body.matchAll(/<P>([\s\S]*?)<\/P>/g)].map((p) => p[1]!);
  return (marked.length ? marked : body.split(/\n(?=\t| {2,})/)).map(clean).filter(Boolean);
}

/** The DUC 2006 and 2007 main-task stories as "duc-<DOCNO>" (DUC 2006 first, path order); null when the mirror is absent. */
export function loadAquaint(gitDir = AQUAINT_DUC_GIT): Array<{ id: string; outlet: string; article: Article }> | null {
  if (!existsSync(gitDir)) return null;
  const blobs = [
    ...mirrorBlobs(gitDir, 'DUC_data/DUC2006/duc2006_docs/').filter((b) => /^D06\d\d[A-Z]$/.test(b.path.split('/').at(-2) ?? '')),
    ...mirrorBlobs(gitDir, 'DUC_data/DUC2007/duc2007_testdocs/main/').filter((b) => /^D07\d\d[A-Z]$/.test(b.path.split('/').at(-2) ?? '')),
  ];
  const read = new Set([...(loadDuc(DUC_GIT) ?? []), ...(loadDuc2003(DUC_GIT) ?? [])].map((d) => d.id));
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const out: Array<{ id: string; outlet: string; article: Article }> = [];
  blobs.forEach((b, n) => {
    const m = /\/((APW|NYT|XIE)(\d{4})(\d\d)(\d\d)\.\d{4})$/.exec(b.path);
    const raw = texts[n] ? decodeTextBytes(texts[n]!).text : '';
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1];
    if (!m || !body) return;
    const id = `duc-${m[1]}`;
    if (read.has(id)) return;
    read.add(id);
    const headline = clean(/<HEADLINE>([\s\S]*?)<\/HEADLINE>/.exec(raw)?.[1] ?? '') || m[1]!;
    const article = goldArticle(id, headline, OUTLETS[m[2]!]!, aquaintParagraphs(body), `${m[3]}-${m[4]}-${m[5]}`);
    if (article) out.push({ id, outlet: OUTLETS[m[2]!]!, article });
  });
  return out;
}
