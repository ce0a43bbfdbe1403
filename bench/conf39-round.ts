/**
 * Conflicts round 20 (docs/notes/conf39.md): a fresh blind round, judged from a sheet before any score.
 * Two parts, neither read by rounds 1–18 (nor by stop 38's lost round 19, which read ECB+ even topics and AllSides odd
 * events):
 * - gvc: the SemEval-2018 Task 5 news articles (bench/data/gvc.ts) no round read — rounds 12–14 took per incident one
 *   article per outlet (`pickPerOutlet`), at most GVC_PER_INCIDENT; the others (a second page of one outlet, a fifth
 *   outlet) were never read. Each incident that has such an article is read whole: every article against a MemoryIndex
 *   of itself and the incident's articles of other outlets (hosts); rows only for pairs with an unread article.
 * - ecb: ECB+ dev (odd) topics read whole, as a reader's corpus: every article against a MemoryIndex of its topic (both
 *   events); rows only for unit pairs no earlier round labelled (bench/data/conflicts-labels.json, any kind).
 * Nothing of the texts is committed: a verdict keeps a 16-hex hash of the pair (as bench/conf37-round.ts keys it) and the
 * judge's reason in his own words.
 *   npx tsx bench/conf39-round.ts --part=gvc|ecb --sheet SHEET.txt   the judging sheet (both units, the card's figures or wordings)
 *   npx tsx bench/conf39-round.ts --part=gvc|ecb [--list]             score against bench/data/conflicts-round20-verdicts.txt
 * The sheet shows what the card shows, never the engine's reasons or kind beyond figure / quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { gvcOrder, pairKey } from './conflicts-data.ts';
import { finishRound, ROUND_SUBSETS, roundRows } from './conf37-owners.ts';
import { ECB_GIT, loadEcbPlus } from './data/ecbplus.ts';
import { gvcArticles, gvcItems, GVC_GIT } from './data/gvc.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const part = arg('part') ?? 'gvc';

/** Each reading: its group (incident, topic), an article, its index, and which reported pairs are rows. */
const readings: Array<{ group: string; article: Article; index: Article[]; fresh: (a: { id: string; i: number }, b: { id: string; i: number }) => boolean }> = [];
const byId = new Map<string, Article>();

if (part === 'gvc') {
  const items = existsSync(GVC_GIT) ? gvcItems() : null;
  if (!items) {
    console.log(`skipped: GVC mirror absent (${GVC_GIT})`);
    process.exit(0);
  }
  const read = new Set(gvcOrder(items).flatMap((g) => g.items.map((i) => i.id)));
  const by = new Map<string, typeof items>();
  for (const it of items) by.set(it.incident, [...(by.get(it.incident) ?? []), it]);
  for (const [incident, list] of [...by].sort((x, y) => Number(x[0]) - Number(y[0]))) {
    // Texts an earlier item of the incident has are one page twice, not two.
    const texts = new Set<string>();
    const good = [...list]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((it) => {
        const t = it.content.replace(/\s+/g, ' ').trim();
        if (!t || !it.host || texts.has(t)) return false;
        texts.add(t);
        return true;
      });
    if (!good.some((it) => !read.has(it.id)) || new Set(good.map((it) => it.host)).size < 2) continue;
    const docs = gvcArticles(good);
    const unread = new Set(docs.filter((d) => !read.has(good.find((it) => d.article.id === `gvc-${it.incident}-${it.id.slice(0, 8)}`)!.id)).map((d) => d.article.id));
    const host = new Map(docs.map((d) => [d.article.id, d.host]));
    for (const d of docs) byId.set(d.article.id, d.article);
    for (const d of docs) {
      readings.push({
        group: `gvc-${incident}`,
        article: d.article,
        index: docs.filter((e) => e === d || e.host !== d.host).map((e) => e.article),
        fresh: (x, y) => host.get(x.id) !== host.get(y.id) && (unread.has(x.id) || unread.has(y.id)),
      });
    }
  }
} else if (part === 'ecb') {
  const ecb = existsSync(ECB_GIT) ? loadEcbPlus(ECB_GIT, true) : null;
  if (!ecb) {
    console.log(`skipped: ECB+ mirror absent (${ECB_GIT})`);
    process.exit(0);
  }
  const labels = (JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as { labels: Array<{ a: { id: string; i: number }; b: { id: string; i: number } }> }).labels;
  const labelled = new Set(labels.map((l) => pairKey(l.a, l.b)));
  const topics = new Map<number, Article[]>();
  for (const d of ecb) if (d.topic % 2 === 1) topics.set(d.topic, [...(topics.get(d.topic) ?? []), d.article]);
  for (const [topic, list] of [...topics].sort((x, y) => x[0] - y[0])) {
    for (const a of list) byId.set(a.id, a);
    for (const a of list) readings.push({ group: `ecb-${topic}`, article: a, index: list, fresh: (x, y) => !labelled.has(pairKey(x, y)) });
  }
} else throw new Error(`--part=gvc or --part=ecb, not ${part}`);

/**
 * --affected: only the groups whose texts conf39's changes can read otherwise — two currencies named, a fraction after a
 * whole number, or a digit in a direct quotation of two articles — so that the branch's rows are main's (from the main
 * sheet) outside these groups and these groups' rows read again. Prints the groups read.
 */
const affectedOnly = process.argv.includes('--affected');
const groupsOf = new Map<string, Article[]>();
for (const r of readings) groupsOf.set(r.group, [...new Set([...(groupsOf.get(r.group) ?? []), r.article])]);
const affected = (arts: Article[]) => {
  const marks = new Set(arts.flatMap((a) => [...a.text.matchAll(/([$€£])\s?\d|\b(Rs|INR|USD|EUR|GBP)\.?\s?\d|\d\s(dollar|euro|pound)s?\b/g)].map((m) => (m[1] ?? m[2] ?? m[3])!.toLowerCase())));
  const fraction = arts.some((a) => /\d[\s-]?(?:[1-7]\/[2-8](?![\d/])|\u00c2?[\u00bc-\u00be\u2153-\u215e])/.test(a.text));
  const quoted = arts.filter((a) => (a.quotes ?? []).some((q) => q.kind !== 'reported' && /\d/.test(a.text.slice(q.start, q.end)))).length >= 2;
  return marks.size >= 2 || fraction || quoted;
};
if (affectedOnly) {
  const keep = new Set([...groupsOf].filter(([, arts]) => affected(arts)).map(([g]) => g));
  console.log(`affected groups (${keep.size} of ${groupsOf.size}): ${[...keep].join(' ')}`);
  readings.splice(0, readings.length, ...readings.filter((r) => keep.has(r.group)));
}

const list = await roundRows(readings, byId);
console.log(`round 20 ${part}: ${readings.length} articles read; ${list.length} reported conflicts (unit pairs × kind)`);

finishRound('20', list, sheetPath, ROUND_SUBSETS);
