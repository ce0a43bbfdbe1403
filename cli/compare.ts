/**
 * `parallax compare ARTICLE_FILE --corpus DIR [--json]`: what the other outlets in DIR added to,
 * left out of, share with and contradict in the article in ARTICLE_FILE.
 *
 * The corpus is the extension's own store (lib/store via cli/memory-corpus.ts, on fake-indexeddb),
 * filled from DIR; the article is compared with the others, never with itself when DIR holds it.
 * What the store holds is cached as one file (cli/corpus-cache.ts) and compared against in memory
 * (MemoryIndex, the store's answers without IndexedDB), so a warm run reads one file.
 * Exit code: 0 on a report (even with no related articles); 1 when a file cannot be read; 2 on
 * usage errors. With --json, stdout holds exactly one JSON document (the Report, lib/types.ts).
 */
import { parseArgs, stringFlag } from './args.ts';
import { defaultCacheDir, loadArticleFile } from './load.ts';
import { loadCorpus } from './corpus-cache.ts';
import { MemoryIndex } from './memory-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';
import type { Article, Report } from '../lib/types.ts';
import { sourceLabel, UNKNOWN_OUTLET } from '../lib/outlets.ts';
import { sharedElsewhere } from '../lib/sidebar/view.ts';

const USAGE = 'usage: parallax compare ARTICLE_FILE --corpus DIR [--json]';

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`parallax compare: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const file = args.positionals[0];
  const dir = stringFlag(args, 'corpus');
  if (!file || !dir || args.positionals.length > 1) {
    process.stderr.write(`parallax compare: ${!file ? 'ARTICLE_FILE is required' : !dir ? '--corpus DIR is required' : 'one ARTICLE_FILE only'}\n${USAGE}\n`);
    return 2;
  }
  const one = await loadArticleFile(file, { cacheDir: defaultCacheDir() });
  for (const e of one.errors) process.stderr.write(`parallax compare: ${e.file}: ${e.reason}\n`);
  const article = one.articles[0];
  if (!article) return 1;
  if (one.articles.length > 1) process.stderr.write(`parallax compare: ${file} holds ${one.articles.length} articles; comparing the first (${article.id})\n`);

  let loaded;
  try {
    loaded = await loadCorpus(dir);
  } catch (e) {
    process.stderr.write(`parallax compare: ${(e as Error).message}\n`);
    return 1;
  }
  for (const e of loaded.errors) process.stderr.write(`parallax compare: skipped ${e.file}: ${e.reason}\n`);
  for (const line of loaded.notes) process.stderr.write(`parallax: ${line}\n`);

  const report: Report = await compareArticle(article, new MemoryIndex(loaded));
  if (args.flags.get('json') === true) process.stdout.write(JSON.stringify(report) + '\n');
  else process.stdout.write(readable(report, article));
  return 0;
}

/** A related article's source: its outlet, or its short title when the outlet is unknown (lib/outlets.ts). */
const outletName = (a: { outlet: string | null; title: string; id: string }) => sourceLabel(a);
const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The report as a person reads it in a terminal. */
export function readable(r: Report, article: Article): string {
  const out: string[] = [];
  const name = new Map(r.related.map((a) => [a.id, `${outletName(a)} (${a.id})`]));
  const who = (id: string) => name.get(id) ?? id;
  out.push(`${article.title || article.id}`);
  out.push(`${article.outlet ?? UNKNOWN_OUTLET} · ${article.date ?? 'undated'} · ${article.id}`);
  out.push('');
  if (r.related.length === 0) {
    out.push('No other article in the corpus tells this story.');
    return out.join('\n') + '\n';
  }
  out.push(`Same story in ${r.related.length} other article${r.related.length > 1 ? 's' : ''}:`);
  for (const a of r.related) {
    const copy =
      a.relation === 'near-copy'
        ? ` — NEAR-COPY: ${pct(a.copied.ofThis)} of this article is in it, ${pct(a.copied.ofThat)} of it is here`
        : ` — copied text: ${pct(a.copied.ofThis)} of this / ${pct(a.copied.ofThat)} of that`;
    // A copy of another related article (a wire story run by several outlets) counts with it.
    const of = a.copyOf && a.copyOf !== r.article.id ? ` — NEAR-COPY of ${who(a.copyOf)}, counted with it` : '';
    out.push(`  ${a.score.toFixed(2)}  ${outletName(a)} · ${a.date ?? 'undated'} · ${a.id}${copy}${of}`);
    out.push(`        ${clip(a.title, 120)}`);
  }
  out.push('');
  // Each section in the engine's rank order (lib/engine/rank.ts), with the reason when it gives one.
  const why = (f: { why?: string }) => (f.why ? `\n      why: ${f.why}` : '');
  out.push(`What others ADDED (${r.added.length}), most telling first:`);
  for (const f of r.added) {
    const n = f.outlets !== undefined && f.total ? ` [in ${f.outlets} of ${f.total} other outlet${f.total > 1 ? 's' : ''}]` : '';
    out.push(`  + ${clip(f.text)}${n}\n      in ${f.sources.map((s) => `${who(s.id)} #${s.i}`).join(', ')}${why(f)}`);
  }
  if (!r.added.length) out.push('  (nothing)');
  out.push('');
  out.push(`What others LEFT OUT (${r.leftOut.length}), most telling first:`);
  for (const f of r.leftOut) out.push(`  - #${f.i} ${clip(f.text)}\n      missing from ${f.missingFrom.map(who).join(', ')}${why(f)}`);
  if (!r.leftOut.length) out.push('  (nothing)');
  out.push('');
  out.push(`CONFLICTS (${r.conflicts.length}):`);
  for (const c of r.conflicts) {
    // A figure no owner of which both sides name (conf37): to check, as the panel says, not a stated disagreement.
    // A quote worded differently in small words only (quote55): to check, as the panel says.
    const mark = !c.check ? '!' : c.kind === 'quote' ? '? check, worded slightly differently, small words only:' : '? check, different figures, maybe not of one thing:';
    out.push(`  ${mark} ${c.about}\n      here #${c.here.i}: ${clip(c.here.text)}`);
    for (const t of c.there) out.push(`      ${who(t.id)} #${t.i}: ${clip(t.text)}`);
  }
  if (!r.conflicts.length) out.push('  (none)');
  out.push('');
  // The facts the side panel lists as Shared (lib/sidebar/view.ts): one rule for both.
  const shared = sharedElsewhere(r);
  const copiesOnly = r.shared.length - shared.length;
  out.push(`SHARED with other outlets (${shared.length}):`);
  if (copiesOnly) out.push(`  (${copiesOnly} more told elsewhere only by near-copies of this article: not counted as shared)`);
  for (const f of shared) {
    const other = f.sources.some((s) => s.told === 'differently') ? ' (told differently in some)' : '';
    out.push(`  = #${f.i} in ${f.count} of ${f.total} outlets${other}: ${clip(f.text, 120)}`);
  }
  return out.join('\n') + '\n';
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
