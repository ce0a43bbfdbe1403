/**
 * "Whole pages" check (issue 2): our ingestion over the 181 real pages of the Zyte article-extraction
 * benchmark, scored with that benchmark's metric, next to Readability.js alone.
 *
 *   npm run -s eval:extraction [-- --worst 15] [--keep] [--json out.json]
 *
 * Steps: gunzip ../shared/data/zyte-article-extraction/html/<id>.html.gz into a temp dir as
 * <id>.html; run `npm run -s cli -- list --corpus DIR --json` (the real CLI, as a user would);
 * join each article's units with newlines; score against ground-truth.json's articleBody.
 * Baseline: Readability.js 0.6.0 `textContent` on the same pages (linkedom DOM), no cleaning.
 *
 * Metric: bench/extract-metric.ts (the benchmark's word 4-gram F1). Accuracy: token lists equal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { metrics, precisionOf, recallOf, shingleMatch, tokenize } from '../bench/extract-metric.ts';
import { optionValue } from '../bench/args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const dataDir = resolve(repo, '../shared/data/zyte-article-extraction');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => optionValue(name, argv);
const worstN = Number(value('worst') ?? 10);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function main(): number {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-zyte-'));
  const files = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz'));
  const html = new Map<string, string>();
  for (const f of files) {
    const id = f.replace(/\.html\.gz$/, '');
    const text = gunzipSync(readFileSync(join(dataDir, 'html', f))).toString('utf8');
    html.set(id, text);
    writeFileSync(join(dir, `${id}.html`), text);
  }

  // Ours: the real CLI, as the check runs it.
  const t0 = Date.now();
  const run = spawnSync('npm', ['run', '-s', 'cli', '--', 'list', '--corpus', dir, '--json'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const cliMs = Date.now() - t0;
  if (!run.stdout) {
    process.stderr.write(`zyte-eval: the CLI printed nothing (exit ${run.status})\n${run.stderr}\n`);
    return 1;
  }
  const listed = JSON.parse(run.stdout) as { articles: Array<{ id: string; units: Array<{ text: string }> }> };
  const ours = new Map(listed.articles.map((a) => [a.id, a.units.map((u) => u.text).join('\n')]));
  const skipped = (run.stderr.match(/^parallax list: .*$/gm) ?? []).length;

  // Baseline: Readability.js alone.
  const baseline = new Map<string, string>();
  for (const [id, page] of html) {
    let text = '';
    try {
      text = new Readability(nodeParseHtml(page)).parse()?.textContent ?? '';
    } catch {
      text = '';
    }
    baseline.set(id, text);
  }

  const ids = Object.keys(truth).filter((id) => html.has(id));
  const score = (pred: Map<string, string>) => ids.map((id) => shingleMatch(truth[id]!.articleBody, pred.get(id) ?? ''));
  const oursRows = score(ours);
  const baseRows = score(baseline);
  const acc = (pred: Map<string, string>) => mean(ids.map((id) => (tokenize(truth[id]!.articleBody).join(' ') === tokenize(pred.get(id) ?? '').join(' ') ? 1 : 0)));
  const m1 = metrics(oursRows);
  const m0 = metrics(baseRows);

  const f = (x: number) => x.toFixed(3);
  const out: string[] = [];
  out.push(`Zyte article-extraction benchmark: ${ids.length} pages (${skipped} not read as articles by the CLI)`);
  out.push('');
  out.push('system                          F1     precision  recall  accuracy');
  out.push(`parallax units (cli list)       ${f(m1.f1)}  ${f(m1.precision)}      ${f(m1.recall)}   ${f(acc(ours))}`);
  out.push(`Readability.js 0.6.0 alone      ${f(m0.f1)}  ${f(m0.precision)}      ${f(m0.recall)}   ${f(acc(baseline))}`);
  out.push('(published for Readability.js 0.6.0: F1 0.947, P 0.914, R 0.982)');
  out.push(`CLI time: ${(cliMs / 1000).toFixed(1)} s for ${ids.length} pages`);
  out.push('');
  out.push(`Worst ${worstN} pages for parallax (F1; precision/recall; Readability F1):`);
  const perPage = ids.map((id, k) => {
    const p = precisionOf(oursRows[k]!);
    const r = recallOf(oursRows[k]!);
    const bp = precisionOf(baseRows[k]!);
    const br = recallOf(baseRows[k]!);
    return { id, f1: p + r ? (2 * p * r) / (p + r) : 0, p, r, base: bp + br ? (2 * bp * br) / (bp + br) : 0 };
  });
  perPage.sort((a, b) => a.f1 - b.f1);
  for (const r of perPage.slice(0, worstN)) {
    out.push(`  ${r.id.slice(0, 16)}  ${f(r.f1)}  ${f(r.p)}/${f(r.r)}  base ${f(r.base)}  ${truth[r.id]!.url ?? ''}`);
  }
  const worse = perPage.filter((r) => r.f1 < r.base - 0.01).length;
  const better = perPage.filter((r) => r.f1 > r.base + 0.01).length;
  out.push('');
  out.push(`pages better than Readability alone: ${better}; worse: ${worse}`);
  process.stdout.write(out.join('\n') + '\n');

  const jsonOut = value('json');
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify({ ours: m1, readability: m0, pages: perPage, dir: flag('keep') ? dir : null }, null, 2));
  }
  if (flag('keep')) process.stdout.write(`pages kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
