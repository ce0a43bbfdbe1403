/**
 * DUC 2006 and DUC 2007 main-task document sets (NIST Document Understanding Conference): 50 and 45 topics, 25
 * newswire stories each from the AQUAINT corpus (Associated Press, The New York Times, Xinhua; 1996-2000), chosen for
 * one question ("D0601A"). Kept in a public repository (github:gsandeep1241/TextSummarizer,
 * `DUC_data/DUC2006/duc2006_docs/<set>/<DOCNO>`, `DUC_data/DUC2007/duc2007_testdocs/main/<set>/<DOCNO>`, the SGML as
 * distributed) and read from its mirror at run time only: nothing of the text is committed. Read by bench/data/duc.ts's
 * `loadDucDir` (paragraphs from <P>, the newswire's quote marks as curly quotes). A story whose DOCNO DUC 2003 or 2004
 * (rounds 29 / 29b) already read is left out, so no story is read twice. `loadDucAquaint` returns null when the mirror
 * is absent.
 */
import { DUC_GIT, loadDuc, loadDuc2003, loadDucDir, type DucDoc } from './duc.ts';

export const AQUAINT_GIT = process.env.DUC_AQUAINT_GIT ?? '/work/.mirror/gsandeep1241+TextSummarizer/repo';

/** DUC 2006 (`year` 2006) or DUC 2007 main (2007) stories not in DUC 2003 / 2004, as "duc-<DOCNO>"; null when absent. */
export function loadDucAquaint(year: 2006 | 2007, gitDir = AQUAINT_GIT): { docs: DucDoc[]; dropped: number } | null {
  const dir = year === 2006 ? 'DUC_data/DUC2006/duc2006_docs/' : 'DUC_data/DUC2007/duc2007_testdocs/main/';
  const docs = loadDucDir(gitDir, dir, year === 2006 ? /^D06\d\d[A-Z]$/ : /^D07\d\d[A-Z]$/);
  if (!docs) return null;
  const read = new Set([...(loadDuc(DUC_GIT) ?? []), ...(loadDuc2003(DUC_GIT) ?? [])].map((d) => d.id));
  const kept = docs.filter((d) => !read.has(d.id));
  return { docs: kept, dropped: docs.length - kept.length };
}
