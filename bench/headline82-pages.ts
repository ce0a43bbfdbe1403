/**
 * headline82: which derived titles of the extraction sets a change to the derived title (lib/ingest/article.ts `fromBlocks`,
 * lib/ingest/meta.ts `deriveTitle`) moves, main's lib against this tree's, read through bench/extract-eval.ts's Parallax
 * path (ingestFile on `ID.html` with linkedom, units joined by newlines; the same word F1).
 *
 *   npx tsx bench/headline82-pages.ts --main DIR [--sets l3s,dragnet,…] [--check N] [--range A:B] [--out file.json] [--list]
 *
 * `--main DIR`: a directory holding main's `lib/` and a `node_modules` (`git archive 4cc8f0c2 lib | tar x -C DIR`, then
 * `ln -s "$PWD/node_modules" DIR/node_modules`).
 * Every page is read with this tree's lib. The headline rule is the same on both sides, so a page none of whose articles
 * has a derived title on this tree has none on main, and its title and text are main's by construction; a page with a
 * derived title is read with main's lib too and compared (titles, text), and so is every Nth page (`--check N`, default
 * 25) to check the construction. It counts main's derived titles by form: only a web address or a bracketed line (the
 * report's 'link' form, lib/engine/features.ts `photoCaptionForm`), ending in two or more full stops, fewer than 3 words
 * (a kicker such as "gungate"), with no letter or digit ("|", ""), and prints each.
 */
import { resolve } from 'node:path';
import { photoCaptionForm } from '../lib/engine/features.ts';
import { NO_HEADLINE } from '../lib/ingest/warnings.ts';
import { libAt, overSets, splitLines, twoLibsOptions, type Lib, type ScoredPage } from './extract-two-libs.ts';
import type { EvalPage } from './extract-eval.ts';
import { shingleMatch } from './extract-metric.ts';

const { mainDir, sets, check, list, from, to, out: outFile } = twoLibsOptions(process.argv.slice(2));

const read = (lib: Lib, p: EvalPage) => {
  const r = lib.ingestFile({ name: `${p.id}.html`, content: p.html }, lib.env);
  const derived = r.articles.filter((a) => a.warnings?.some((w) => w.startsWith(NO_HEADLINE)));
  return {
    titles: r.articles.map((a) => a.title),
    text: r.articles.map((a) => a.units.map((u) => u.text).join('\n')).join('\n'),
    derived: derived.map((a) => ({ title: a.title, next: a.units.filter((u) => u.kind === 'body').slice(0, 3).map((u) => u.text.slice(0, 100)) })),
  };
};
/** The forms counted on main's derived titles. */
const formsOf = (title: string) => [
  ...(photoCaptionForm(title) === 'link' ? ['link'] : []),
  ...(/\.\.$/.test(title) ? ['dots'] : []),
  ...(title.split(/\s+/).filter(Boolean).length < 3 ? ['short'] : []),
  ...(!/[\p{L}\p{N}]/u.test(title) ? ['noword'] : []),
];

async function main() {
  const tree = await libAt(resolve('.'));
  const base = await libAt(mainDir);
  await overSets(sets, outFile, (name, pages, splits, lines) => {
    const rows: ScoredPage[] = [];
    const changed: Array<{ id: string; split: string; title: [string, string]; textChanged: boolean }> = [];
    const forms: Record<string, Array<{ id: string; title: string; next: string[] }>> = { link: [], dots: [], short: [], noword: [] };
    let read_ = 0, derivedPages = 0, derivedTitles = 0, checked = 0, checkFailed = 0;
    const t0 = Date.now();
    for (const [k, page] of pages.entries()) {
      if (k < from || k >= to) continue;
      read_++;
      const ours = read(tree, page);
      let theirs = ours;
      if (ours.derived.length || k % check === 0) {
        theirs = read(base, page);
        if (ours.derived.length) derivedPages++;
        else {
          checked++;
          if (theirs.titles.join('|') !== ours.titles.join('|') || theirs.text !== ours.text) checkFailed++;
        }
      }
      derivedTitles += theirs.derived.length;
      for (const d of theirs.derived) for (const f of formsOf(d.title)) forms[f]!.push({ id: page.id, ...d });
      const a = shingleMatch(page.truth, ours.text), b = shingleMatch(page.truth, theirs.text);
      rows.push({ page, split: splits.get(page.id)!, ours: a, theirs: b, oursText: ours.text, mainText: theirs.text });
      if (theirs.titles.join(' | ') !== ours.titles.join(' | ') || theirs.text !== ours.text)
        changed.push({ id: page.id, split: splits.get(page.id)!, title: [theirs.titles.join(' | '), ours.titles.join(' | ')], textChanged: theirs.text !== ours.text });
    }
    const seconds = (Date.now() - t0) / 1000;
    const setOut: Record<string, unknown> = { pages: pages.length, read: read_, derivedPages, derivedTitles, forms, changed, checked, checkFailed, seconds };
    lines.push(
      `${name}: ${read_} of ${pages.length} pages read, ${derivedPages} with a derived title (${derivedTitles} on main); main's derived titles: link ${forms.link!.length}, ending ".." ${forms.dots!.length}, under 3 words ${forms.short!.length}, no letter or digit ${forms.noword!.length}; ` +
        `changed ${changed.length} (text ${changed.filter((c) => c.textChanged).length}); construction checked on ${checked} pages with no derived title, ${checkFailed} differ (${seconds.toFixed(0)} s)`,
    );
    splitLines(rows, setOut, lines);
    if (list) {
      for (const [f, xs] of Object.entries(forms)) for (const x of xs) lines.push(`  main ${f} ${x.id}: ${JSON.stringify(x.title)}; body ${JSON.stringify(x.next)}`);
      for (const c of changed) lines.push(`  changed ${c.split} ${c.id}${c.textChanged ? ' (TEXT)' : ''}: ${JSON.stringify(c.title[0].slice(0, 110))}\n      → ${JSON.stringify(c.title[1].slice(0, 110))}`);
    }
    return setOut;
  });
}

void main();
