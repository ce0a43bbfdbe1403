/**
 * TAC 2009 and 2011 (NIST Text Analysis Conference) update / guided summarization topics, document set A: 44 topics
 * of ten newswire stories each from the AQUAINT-2 corpus (Agence France-Presse, Associated Press, Los Angeles
 * Times–Washington Post, The New York Times, Xinhua, Central News Agency; 2004–2006), chosen by NIST assessors for one
 * topic (2011: one event of a category — an accident, an attack, a trial, a health scare …). Kept in a public
 * repository (github:cl-victor1/Multi-Document-Summarization, `D2/outputs/<part>_output/<set>/<DOCNO>`: the stories
 * tokenised, one sentence a line, paragraphs apart by a blank line, after a "HEADLINE:" and a "DATETIME:" (2010: "DATE_TIME:") or
 * "DATELINE:" line) and read from its mirror at run time only: nothing of the text is committed. No conflicts round read
 * AQUAINT-2 (DUC 2006 / 2007 are AQUAINT, 1996–2000).
 * TAC 2010's sets (`devtest_output`, 46 topics; round 32, conf52) hold AQUAINT stories too (1996–2000), which DUC 2006 /
 * 2007 may have read: only their AQUAINT-2 stories are read (the DOCNO pattern below), and none that TAC 2009 or 2011 holds.
 *
 * Each story becomes a gold text as bench/data/duc.ts makes one: the DOCNO as its title (no words of the story), the
 * tokeniser's spaces undone (" , " → ", ", "do n't" → "don't", "$ 5" → "$5"), `` and '' as curly quotes, " _ " as a
 * dash. `loadTac` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import { goldArticle } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';
import type { DucDoc } from './duc.ts';

export const TAC_GIT = process.env.TAC_GIT ?? '/work/.mirror/cl-victor1+Multi-Document-Summarization/repo';

const PARTS = { 2009: 'training', 2010: 'devtest', 2011: 'evaltest' } as const;
const OUTLETS: Record<string, string> = {
  AFP: 'Agence France-Presse',
  APW: 'Associated Press',
  LTW: 'Los Angeles Times-Washington Post',
  NYT: 'The New York Times',
  XIN: 'Xinhua',
  CNA: 'Central News Agency',
};

/** A tokenised line as a reader writes it. */
export function detokenize(line: string): string {
  return line
    .replace(/``\s*/g, '\u201c')
    .replace(/\s*''/g, '\u201d')
    .replace(/\s_\s/g, ' \u2014 ')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/(\w)\s+'(?=\s)/g, "$1'")
    .replace(/\s+([,.;:?!%)\]\u201d])/g, '$1')
    .replace(/([(\[$\u201c])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every story of TAC `year`'s set-A topics as "tac-<DOCNO>", in path order; null when the mirror is absent. */
export function loadTac(year: keyof typeof PARTS, gitDir = TAC_GIT): DucDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const docno = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const elsewhere = new Set(
    year === 2010 ? [2009, 2011].flatMap((y) => mirrorBlobs(gitDir, `D2/outputs/${PARTS[y as 2009 | 2011]}_output/`).map((b) => docno(b.path))) : [],
  );
  const blobs = mirrorBlobs(gitDir, `D2/outputs/${PARTS[year]}_output/`).filter((b) => !elsewhere.has(docno(b.path)));
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const out: DucDoc[] = [];
  blobs.forEach((b, n) => {
    const m = /\/(D\d{4}[A-Z])-A\/(([A-Z]{3})_ENG_(\d{4})(\d\d)(\d\d)\.\d{4})$/.exec(b.path);
    const raw = texts[n] ? decodeTextBytes(texts[n]!).text : '';
    if (!m || !OUTLETS[m[3]!]) return;
    // The body starts after the DATETIME / DATELINE line (a headline may wrap onto a second line).
    const lines = raw.split('\n');
    const start = lines.findIndex((l) => /^(DATE_?TIME|DATELINE):/.test(l));
    if (start < 0) return;
    const paras = lines
      .slice(start + 1)
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => detokenize(p.replace(/\n/g, ' ')))
      .filter((p) => /[a-z]/.test(p) && !/^[A-Z][A-Za-z .,'-]+\s\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d UTC)?$/.test(p));
    const id = `tac-${m[2]}`;
    const outlet = OUTLETS[m[3]!]!;
    const article = goldArticle(id, m[2]!, outlet, paras, `${m[4]}-${m[5]}-${m[6]}`);
    if (article) out.push({ id, outlet, article, cluster: m[1]! });
  });
  return out;
}
