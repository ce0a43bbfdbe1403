/**
 * `parallax trace "QUOTE TEXT" --corpus DIR [--from ARTICLE_FILE] [--json]`: where else the words
 * appear in the corpus, in what wording, said by whom, and where they appeared first.
 * Exit code: 0 on a trace (even an empty one), 1 when the corpus or --from cannot be read, 2 on usage errors.
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import { traceQuote } from '../lib/quotes/trace.ts';
import { sourceLabel } from '../lib/outlets.ts';
import type { Article, Trace } from '../lib/types.ts';
import { parseArgs, stringFlag } from './args.ts';
import { loadArticleFile, loadCorpusDir } from './load.ts';
import { openMemoryCorpus } from './memory-corpus.ts';

const USAGE = 'usage: parallax trace "QUOTE TEXT" --corpus DIR [--from ARTICLE_FILE] [--json]';

/** Quotes are found at ingestion; articles ingested before that (or by an older version) get them here. */
const withQuotes = (a: Article): Article => (a.quotes?.length ? a : { ...a, quotes: extractQuotes(a) });

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`parallax trace: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const text = args.positionals.join(' ').trim();
  const dir = stringFlag(args, 'corpus');
  if (!text || !dir) {
    process.stderr.write(`parallax trace: ${!text ? 'QUOTE TEXT' : '--corpus DIR'} is required\n${USAGE}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = await loadCorpusDir(dir);
  } catch (e) {
    process.stderr.write(`parallax trace: ${(e as Error).message}\n`);
    return 1;
  }
  for (const e of loaded.errors) process.stderr.write(`parallax trace: skipped ${e.file}: ${e.reason}\n`);

  let from: Article | undefined;
  const fromPath = stringFlag(args, 'from');
  if (fromPath) {
    const r = await loadArticleFile(fromPath);
    if (!r.articles[0]) {
      process.stderr.write(`parallax trace: cannot read --from ${fromPath}: ${r.errors.map((e) => e.reason).join('; ') || 'no article in it'}\n`);
      return 1;
    }
    from = withQuotes(r.articles[0]);
  }

  const corpus = await openMemoryCorpus(loaded.articles.map(withQuotes), undefined, loaded.keys);
  let trace: Trace;
  try {
    trace = await traceQuote(text, corpus, { from });
  } catch (e) {
    process.stderr.write(`parallax trace: ${(e as Error).message}\n`);
    return 2;
  } finally {
    corpus.close();
  }

  if (args.flags.get('json') === true) {
    process.stdout.write(JSON.stringify(trace) + '\n');
  } else {
    process.stdout.write(readable(trace, from !== undefined));
  }
  return 0;
}

function readable(t: Trace, hasFrom: boolean): string {
  const lines: string[] = [];
  lines.push(`Quote:   “${t.quote}”`);
  lines.push(`Speaker: ${t.speaker ?? 'not named'}`);
  if (t.origin) {
    lines.push(`Origin:  ${t.origin.id}${t.origin.date ? ` (${t.origin.date})` : ''}`);
    if (t.origin.primary) lines.push(`         primary source: “${t.origin.primary}”`);
  } else lines.push('Origin:  unknown');
  lines.push('');
  if (!t.occurrences.length) {
    lines.push(
      hasFrom
        ? 'This quote appears nowhere else in the corpus.'
        : 'Not found in the corpus. (Found through the story index: --from ARTICLE_FILE, the article it was selected in, finds the same story\'s articles.)',
    );
    return lines.join('\n') + '\n';
  }
  lines.push(`${t.occurrences.length} occurrence${t.occurrences.length === 1 ? '' : 's'}:`);
  for (const o of t.occurrences) {
    lines.push('');
    lines.push(`  ${sourceLabel(o)} · ${o.date ?? 'undated'} · ${o.id} (unit ${o.i})`);
    lines.push(`  ${o.kind}, score ${o.score.toFixed(2)}${o.speaker ? `, said by ${o.speaker}` : ''}`);
    lines.push(`  “${o.text}”`);
    if (o.kind !== 'exact') {
      // Word diff against the selection: [-removed-] {+added+}
      const d = o.diff.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
      lines.push(`  diff: ${d}`);
    }
  }
  return lines.join('\n') + '\n';
}
