/**
 * Which pages of the extraction sets a change to lib/ingest/article.ts `isPictureFurniture` (audit80, headline81: a
 * picture's label, credit or caption is no headline and gives no derived title) moves, and the sets' word F1 with and
 * without it — bench/extract-eval.ts's Parallax column (the same path: ingestFile on `ID.html` with linkedom, units joined
 * by newlines; the same metric), for main's lib and this tree's.
 *
 *   npx tsx bench/headline81-pages.ts --main DIR [--sets l3s,dragnet,…] [--check N] [--range A:B] [--out file.json] [--list]
 *
 * `--main DIR`: a directory holding main's `lib/` and a `node_modules` (e.g. `git archive fd567065 lib | tar x -C DIR`,
 * then `ln -s "$PWD/node_modules" DIR/node_modules`).
 * Every page is read once with this tree's lib, copied to a probe directory whose `isPictureFurniture` also records each
 * yes it answers (the copy is made by this script; the repository's lib is not changed). A page on which it answered no
 * is main's page by construction (the rule is read only where main's path takes its headline or its derived title, and
 * a no leaves main's choice); a page with a yes is read again with main's lib and compared (title, text). Every Nth page
 * (`--check N`, default 25) is read with main's lib as well, to check that construction.
 * The word F1 of each set is then the metric over every page (main's text = the probe's on pages with no yes).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libAt, overSets, splitLines, twoLibsOptions, type Lib, type ScoredPage } from './extract-two-libs.ts';
import type { EvalPage } from './extract-eval.ts';
import { f1Of, shingleMatch } from './extract-metric.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const { mainDir, sets, check, list, from, to, out: outFile } = twoLibsOptions(process.argv.slice(2));

/** This tree's lib, copied with a recorder around `isPictureFurniture`. */
const probeDir = join(tmpdir(), 'headline81-probe');
rmSync(probeDir, { recursive: true, force: true });
mkdirSync(probeDir, { recursive: true });
cpSync(join(repo, 'lib'), join(probeDir, 'lib'), { recursive: true });
symlinkSync(join(repo, 'node_modules'), join(probeDir, 'node_modules'));
const articleTs = join(probeDir, 'lib/ingest/article.ts');
const src = readFileSync(articleTs, 'utf8');
if (!/export function isPictureFurniture\(/.test(src)) throw new Error('this tree has no `export function isPictureFurniture(`');
writeFileSync(
  articleTs,
  src.replace('export function isPictureFurniture(', 'function pictureFurniture0(') +
    '\nexport function isPictureFurniture(text: string): boolean {\n  const r = pictureFurniture0(text);\n  if (r) ((globalThis as { __furniture?: string[] }).__furniture ??= []).push(text);\n  return r;\n}\n',
);
const yeses = () => ((globalThis as { __furniture?: string[] }).__furniture ??= []);

const read = (lib: Lib, p: EvalPage) => {
  const r = lib.ingestFile({ name: `${p.id}.html`, content: p.html }, lib.env);
  // The kicker count (docs/notes/headline81.md §4): a derived title of fewer than 3 words ("gungate").
  const short = r.articles.filter((a) => a.warnings?.some((w) => w.startsWith('no headline found')) && a.title.split(/\s+/).filter(Boolean).length < 3);
  return {
    title: r.articles.map((a) => a.title).join(' | '),
    text: r.articles.map((a) => a.units.map((u) => u.text).join('\n')).join('\n'),
    short: short.map((a) => ({ title: a.title, next: a.units.filter((u) => u.kind === 'body').slice(1, 3).map((u) => u.text.slice(0, 100)) })),
  };
};

async function main() {
  const probe = await libAt(probeDir);
  const base = await libAt(mainDir);
  await overSets(sets, outFile, (name, pages, splits, lines) => {
    const rows: ScoredPage[] = [];
    const changed: Array<{ id: string; split: string; yes: string[]; title: [string, string]; textChanged: boolean; f1: [number, number] }> = [];
    let yesPages = 0, checked = 0, checkFailed = 0;
    const shortTitles: Array<{ id: string; title: string; next: string[] }> = [];
    const t0 = Date.now();
    for (const [k, page] of pages.entries()) {
      if (k < from || k >= to) continue;
      const before = yeses().length;
      const ours = read(probe, page);
      const yes = yeses().slice(before);
      for (const t of ours.short) shortTitles.push({ id: page.id, ...t });
      let theirs = ours;
      if (yes.length || k % check === 0) {
        theirs = read(base, page);
        if (yes.length) yesPages++;
        else {
          checked++;
          if (theirs.title !== ours.title || theirs.text !== ours.text) checkFailed++;
        }
      }
      const a = shingleMatch(page.truth, ours.text), b = shingleMatch(page.truth, theirs.text);
      rows.push({ page, split: splits.get(page.id)!, ours: a, theirs: b, oursText: ours.text, mainText: theirs.text });
      if (yes.length && (theirs.title !== ours.title || theirs.text !== ours.text)) {
        const f = f1Of;
        changed.push({ id: page.id, split: splits.get(page.id)!, yes, title: [theirs.title, ours.title], textChanged: theirs.text !== ours.text, f1: [f(b), f(a)] });
      }
    }
    const setOut: Record<string, unknown> = { pages: pages.length, yesPages, changed, checked, checkFailed, shortTitles, seconds: (Date.now() - t0) / 1000 };
    lines.push(`${name}: ${pages.length} pages, a yes on ${yesPages}, changed ${changed.length} (title ${changed.filter((c) => c.title[0] !== c.title[1]).length}, text ${changed.filter((c) => c.textChanged).length}); construction checked on ${checked} pages with no yes, ${checkFailed} differ (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    splitLines(rows, setOut, lines);
    lines.push(`  derived titles of fewer than 3 words: ${shortTitles.length}${list ? shortTitles.map((t) => `\n    ${t.id}: ${JSON.stringify(t.title)}; then ${JSON.stringify(t.next)}`).join('') : ''}`);
    if (list) for (const c of changed) lines.push(`  ${c.split} ${c.id}: F1 ${c.f1[0].toFixed(3)} → ${c.f1[1].toFixed(3)}; yes ${JSON.stringify(c.yes.map((y) => y.slice(0, 90)))}\n      title ${JSON.stringify(c.title[0].slice(0, 110))}\n         → ${JSON.stringify(c.title[1].slice(0, 110))}`);
    return setOut;
  });
}

void main();
