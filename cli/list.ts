/**
 * `parallax list --corpus DIR [--json]`: every article file in DIR, parsed.
 * Exit code: 0 when at least one article was read; 1 when none could be (or DIR is missing); 2 on usage errors.
 */
import { parseArgs, stringFlag } from './args.ts';
import { loadCorpusDir } from './load.ts';

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`parallax list: ${(e as Error).message}\nusage: parallax list --corpus DIR [--json]\n`);
    return 2;
  }
  const dir = stringFlag(args, 'corpus') ?? args.positionals[0];
  if (!dir) {
    process.stderr.write('parallax list: --corpus DIR is required\nusage: parallax list --corpus DIR [--json]\n');
    return 2;
  }
  let loaded;
  try {
    loaded = await loadCorpusDir(dir);
  } catch (e) {
    process.stderr.write(`parallax list: ${(e as Error).message}\n`);
    return 1;
  }
  for (const e of loaded.errors) process.stderr.write(`parallax list: skipped ${e.file}: ${e.reason}\n`);
  const { articles } = loaded;
  if (loaded.errors.length) {
    process.stderr.write(`parallax list: ${articles.length} article${articles.length === 1 ? '' : 's'} read, ${loaded.errors.length} file${loaded.errors.length === 1 ? '' : 's'} skipped\n`);
  }
  if (args.flags.get('json') === true) {
    const out = {
      articles: articles.map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        date: a.date,
        url: a.url,
        language: a.language,
        byline: a.byline,
        format: a.format,
        hash: a.hash,
        units: a.units.map((u) => ({ i: u.i, text: u.text, p: u.p, kind: u.kind })),
        warnings: a.warnings,
      })),
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    if (articles.length) process.stdout.write(table(articles.map((a) => [a.id, a.outlet ?? 'Unknown outlet', a.date ?? '—', a.language ?? '—', String(a.units.length), a.title])));
    else process.stdout.write(`(no articles read from ${dir})\n`);
  }
  if (!articles.length) {
    if (!loaded.errors.length) process.stderr.write(`parallax list: no article files (${'.txt .md .markdown .html .htm .json'}) in ${dir}\n`);
    return 1;
  }
  return 0;
}

function table(rows: string[][]): string {
  const head = ['ID', 'OUTLET', 'DATE', 'LANG', 'UNITS', 'TITLE'];
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.min(c === 5 ? 200 : 32, Math.max(...all.map((r) => r[c]!.length))));
  const fmt = (r: string[]) =>
    r
      .map((cell, c) => {
        const w = widths[c]!;
        const v = cell.length > w ? cell.slice(0, w - 1) + '…' : cell;
        return c === r.length - 1 ? v : v.padEnd(w);
      })
      .join('  ');
  return all.map(fmt).join('\n') + '\n';
}
