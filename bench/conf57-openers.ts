/**
 * conf57: a capitalised word that opens a sentence, a line or a dashed stretch ("NOTE: Net excludes …", "Acme Inc -
 * Offering of …", "Yida is home to …") names a figure's owner only when its article writes it capitalised somewhere no
 * sentence opens (Quantity.opens, lib/nlp `nameEvidence`, conflicts.ts `articleNames`). This reads every judged figure
 * row of the blind sheets and of rounds 1–15 (the same arguments as bench/conf55-tiers.ts) in three ways:
 *   - "as before": the opener read as a name (main 0a6637b4's tier, `opens` ignored);
 *   - "sentence only": no article evidence, only the row's two sentences (an upper bound on what the rule moves);
 *   - "article": each side's article found (by id in Reuters-21578 / PAC for rounds 36–39; by the unit's text in its
 *     group for rounds 1–15) and its body units read for evidence, as `describeConflicts` reads them.
 * Rows whose tier the rule could move are listed with both readings; the table gives "differs" judged / true per pool.
 *   npx tsx bench/conf57-openers.ts --sheet S:V:POOL … [--earlier LISTING]
 * Rows of rounds 16–35 whose articles cannot be found here are read "sentence only" (the upper bound): a true row moved
 * there would be listed as such.
 */
import { readFileSync } from 'node:fs';
import { statedOwner, articleNames, figureDifference } from '../lib/engine/conflicts.ts';
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { readVerdicts } from './conf37-owners.ts';
import { loadGroups } from './conflicts-data.ts';
import { loadPac } from './data/pac.ts';
import { loadReuters } from './data/reuters.ts';

const argv = process.argv;
const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
const ALL = { has: () => true } as unknown as ReadonlySet<string>;
const EVERY = { a: ALL, b: ALL };

interface Row {
  pool: string;
  key: string;
  verdict: boolean | null;
  shown: string;
  ta: string;
  tb: string;
  ida?: string;
  idb?: string;
  /** Rounds 1–15: the listing's group name. */
  group?: string;
}

/** The card's two figures, x from A's sentence and y from B's (as bench/conf42-gate.ts `pairOf`, the sides kept). */
function pairAB(ta: string, tb: string, shown: string): { x: Quantity; y: Quantity } | null {
  const fa = quantities(ta);
  const fb = quantities(tb);
  const [sx, sy] = shown.split(/ ≠ | vs /);
  for (const x of fa) for (const y of fb) if (x.text === sx && y.text === sy) return { x, y };
  for (const x of fa) for (const y of fb) if (x.text === sy && y.text === sx) return { x, y };
  const d = figureDifference(fa, fb, undefined, false) ?? figureDifference(fa, fb);
  return d ? { x: d.x, y: d.y } : null;
}

const rows: Row[] = [];
for (const spec of at('--sheet')) {
  const [file, vf, pool] = spec.split(':') as [string, string, string];
  const verdicts = readVerdicts(new URL(`../${vf}`, import.meta.url));
  for (const entry of readFileSync(file, 'utf8').split(/\n(?=#\d+ )/)) {
    const m = /^#\d+ ([0-9a-f]{16}) figure: (.*)\n {2}A ([^:]+): (.*)\n {2}B ([^:]+): (.*)/.exec(entry);
    if (m) rows.push({ pool, key: m[1]!, verdict: verdicts.has(m[1]!) ? verdicts.get(m[1]!)! : null, shown: m[2]!, ida: m[3], ta: m[4]!, idb: m[5], tb: m[6]! });
  }
}
for (const file of at('--earlier')) {
  const text = readFileSync(file, 'utf8');
  const listed = text.slice(text.indexOf('\nreported:\n'), text.indexOf('\nmissed true disagreements:'));
  for (const m of listed.matchAll(/\n {2}\[(\S+) (TRUE|false|\?)\] (\S+) (number|money): (.*)\n {4}(.*)\n {4}(.*)/g)) {
    rows.push({ pool: 'r1-15', key: m[3]!, group: m[3]!, verdict: m[2] === '?' ? null : m[2] === 'TRUE', shown: m[5]!.split('; ')[0]!, ta: m[6]!, tb: m[7]! });
  }
}

// The rows the rule could move: stated when the opener is read as a name, not on the two sentences alone.
const tiers = rows.map((r) => {
  const p = pairAB(r.ta, r.tb, r.shown);
  const before = !!p && statedOwner(p.x, p.y, EVERY);
  const sentence = !!p && statedOwner(p.x, p.y);
  return { r, p, before, sentence, article: sentence as boolean | null };
});
const moved = tiers.filter((t) => t.before && !t.sentence);

// Articles for the moved rows: by id (Reuters-21578, PAC), or by unit text in the row's group (rounds 1–15).
const byId = new Map<string, Article>();
if (moved.some((t) => t.r.ida?.startsWith('r87-'))) for (const d of loadReuters() ?? []) byId.set(d.id, d.article);
if (moved.some((t) => t.r.ida?.startsWith('pac-'))) for (const d of loadPac(['train']) ?? []) byId.set(d.id, d.article);
const groups = moved.some((t) => t.r.group) ? await loadGroups(() => {}) : [];
// The listing names a row by its round's group ("ecb11a-41"), not by loadGroups' name: the first group holding both
// sentences in two of its articles.
const holds = (a: Article, text: string) => a.units.some((u) => u.kind === 'body' && u.text === text);
const holding = (ta: string, tb: string): [Article, Article] | [] => {
  for (const g of groups) {
    const a = g.articles.find((x) => holds(x, ta));
    const b = g.articles.find((x) => x !== a && holds(x, tb));
    if (a && b) return [a, b];
  }
  return [];
};
for (const t of moved) {
  const [a, b] = t.r.ida && t.r.idb ? [byId.get(t.r.ida), byId.get(t.r.idb)] : holding(t.r.ta, t.r.tb);
  t.article = a && b && t.p ? statedOwner(t.p.x, t.p.y, { a: articleNames(a), b: articleNames(b) }) : null;
}

const cell = (ts: typeof tiers, which: 'before' | 'sentence' | 'article') => {
  const d = ts.filter((t) => t.r.verdict !== null && (which === 'article' ? (t.article ?? t.sentence) : t[which]));
  return `${d.length} / ${d.filter((t) => t.r.verdict).length}`;
};
console.log('| pool | "differs" as before (judged / true) | sentence only | article evidence |');
console.log('|---|---|---|---|');
const pools = [...new Set(rows.map((r) => r.pool))];
const dev = (p: string) => !/^r3[6-9]$/.test(p);
for (const [name, keep] of [...pools.map((p) => [p, (q: string) => q === p] as const), ['rounds 1–35', dev] as const, ['rounds 36–39', (q: string) => !dev(q)] as const]) {
  const ts = tiers.filter((t) => keep(t.r.pool));
  console.log(`| ${name} | ${cell(ts, 'before')} | ${cell(ts, 'sentence')} | ${cell(ts, 'article')} |`);
}
console.log(`\nrows the rule could move (stated before, not on the two sentences alone): ${moved.length}`);
for (const t of moved) console.log(`  [${t.r.pool} ${t.r.verdict === null ? '?' : t.r.verdict ? 'TRUE' : 'false'}] ${t.r.key} ${t.r.shown.slice(0, 60)}: article ${t.article === null ? 'not found (sentence only)' : t.article ? 'differs (kept)' : 'check'}`);
