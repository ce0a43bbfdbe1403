/**
 * extract41 (docs/notes/extract41.md): does bench/extract41-keep.ts's wrapper change the non-article decision? On the
 * pages whose extraction it changes (bench/extract41-steps.ts records, off against --keep parent), runs
 * lib/extract.ts extractPage (not lenient: page-kind decides) with the wrapper off and on (put on Readability's
 * prototype for the call: lib/ does not run it; measured at d39921e, where lib/extract.ts ran it), and prints each
 * page's verdict (article / the refusal's kind) when they differ, and the count per set.
 *
 *   TMPDIR=/tmp/x nice npx tsx bench/extract41-kind.ts --sets wceb,l3s,cleaneval [--held]
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeParseHtml } from '../cli/node-env.ts';
import { extractPage } from '../lib/extract.ts';
import { isNotArticle } from '../lib/extension/protocol.ts';
import { pagesOf } from './extract-eval.ts';
import { optionValue } from './args.ts';
import { Readability } from '@mozilla/readability';
import { keepArticleProse } from './extract41-keep.ts';
import type { StepPage } from './extract41-steps.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,cleaneval,wceb').split(',');
const half = argv.includes('--held') ? 'held' : 'dev';
for (const set of sets) {
  const fo = join(tmpdir(), 'extract41', `extract41-steps-${set}-${half}.json`);
  const fk = join(tmpdir(), 'extract41', `extract41-steps-${set}-${half}-keep-parent.json`);
  if (!existsSync(fo) || !existsSync(fk)) {
    console.log(`${set}: no records`);
    continue;
  }
  const keep = new Map((JSON.parse(readFileSync(fk, 'utf8')) as StepPage[]).map((r) => [r.id, r.out.join('\n')]));
  const changed = new Set((JSON.parse(readFileSync(fo, 'utf8')) as StepPage[]).filter((r) => keep.get(r.id) !== r.out.join('\n')).map((r) => r.id));
  let differ = 0;
  for (const p of pagesOf(set, (why) => console.log(`${set}: ${why}`)) ?? []) {
    if (!changed.has(p.id)) continue;
    const verdict = (keepProse: boolean) => {
      const proto = Readability.prototype as unknown as Record<string, unknown>;
      const saved = { prep: proto._prepArticle, cond: proto._cleanConditionally };
      if (keepProse) keepArticleProse(proto);
      let r: ReturnType<typeof extractPage>;
      try {
        r = extractPage(nodeParseHtml(p.html), 'https://example.com/page');
      } finally {
        [proto._prepArticle, proto._cleanConditionally] = [saved.prep, saved.cond];
      }
      return isNotArticle(r) ? `not (${r.kind ?? r.reason.slice(0, 40)})` : 'article';
    };
    const a = verdict(false);
    const b = verdict(true);
    if (a !== b) differ++;
    console.log(`  ${set} ${p.id} news ${p.news}: off ${a}, keep ${b}${a !== b ? '  <- differs' : ''}`);
  }
  console.log(`${set} ${half}: ${changed.size} pages changed by the wrapper, verdict differs on ${differ}`);
}
