/**
 * audit29: a card audit on local news — GVC incidents (SemEval-2018 Task 5 news, bench/data/gvc.ts; no licence:
 * nothing of the text is committed, the sheet keys cards by incident, rank and a hash). docs/notes/audit29.md.
 *
 *   npx tsx bench/audit29-cards.ts --plan              # the readings the rule picks (ids and counts only, no text)
 *   npx tsx bench/audit29-cards.ts > /tmp/x.txt        # print the readings to judge (texts: keep out of the repo)
 *   npx tsx bench/audit29-cards.ts --score             # precision per section from bench/data/audit29-cards.tsv
 *   npx tsx bench/audit29-cards.ts --score --sheet=F   # another sheet
 *   npx tsx bench/audit29-cards.ts --closest           # per top-5 added / left-out card: the closest lines the panel shows (ids)
 *
 * The rule (written before any card was printed): walk `gvcOrder` (bench/conflicts-data.ts, FNV-1a of the incident
 * id, text-blind) from position 1; an incident is read when gvcArticles keeps ≥ 3 of its articles (≥ 3 outlets: one
 * article per outlet); take the first READINGS of them, all within positions 1–790 (791+ belong to another helper).
 * One reading per incident: its first article (by md5 id) is the page; the corpus holds the incident's other
 * articles plus the seeds and the zyte pages as distractors; the report is `compareArticle` (the product's compare).
 * Cards judged: the top 5 of Added, Left out and Shared and every conflict.
 *
 * Sheet (tab-separated, header line): key `INCIDENT:A|L|S|C:rank`, hash (FNV-1a of the card: section, text and
 * the outlets it names — so a card the engine changes is not scored with an old label), mark R/P/W, cause, note
 * (own words, no text of the source). `--score` rebuilds every reading, matches each shown card by hash, prints
 * strict R/(R+P+W) and lenient (R+P)/(R+P+W) with 95% Wilson intervals, the W / P by cause, and every shown card
 * with no label (a changed card after a fix) — those have to be judged before a number is read.
 */
import { existsSync } from 'node:fs';
import { gvcArticles, gvcItems, GVC_GIT } from './data/gvc.ts';
import { gvcOrder } from './conflicts-data.ts';
import type { Article } from '../lib/types.ts';
import { runCardAudit } from './audit-cards.ts';

export { cardsOf, fnv, type Card } from './audit-cards.ts';

export const READINGS = 10;
export const LAST_POSITION = 790;

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const n = Number(opt('n') ?? READINGS);

export interface Reading { position: number; incident: string; read: Article; own: Article[] }

/** The readings of the rule, in order. */
export function gvcReadings(count = READINGS): Reading[] {
  const items = gvcItems();
  if (!items) return [];
  const out: Reading[] = [];
  for (const [k, { incident, items: its }] of gvcOrder(items).slice(0, LAST_POSITION).entries()) {
    const own = gvcArticles(its).map((d) => d.article);
    if (own.length < 3) continue;
    out.push({ position: k + 1, incident, read: own[0]!, own });
    if (out.length >= count) break;
  }
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('audit29-cards.ts');
if (isMain) {
  if (!existsSync(GVC_GIT)) {
    console.log(`GVC skipped: mirror absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
    process.exit(0);
  }
  const readings = gvcReadings(n);
  if (argv.includes('--plan')) {
    for (const r of readings) console.log(`position ${r.position} incident ${r.incident}: page ${r.read.id}, corpus ${r.own.slice(1).map((a) => a.id).join(' ')}`);
    process.exit(0);
  }
  await runCardAudit(readings.map((r) => ({ ...r, event: r.incident })), { sheet: 'bench/data/audit29-cards.tsv', word: 'incident', meta: true, sharedClip: 200 }, argv);
}
