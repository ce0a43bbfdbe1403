/**
 * Every direct quote's speaker on the zyte pages, written to a file, and the differences against an
 * earlier dump: how a change to lib/quotes moves attributions across all ~900 quotes, not just the
 * judged samples. Quotes of the held-out sample are left out of the listing (never looked at).
 *   npx tsx bench/speakers-diff.ts --dump /tmp/before.json      # at the earlier commit
 *   npx tsx bench/speakers-diff.ts --diff /tmp/before.json      # now: prints each changed attribution
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nodeEnv } from '../cli/node-env.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

if (!ZYTE_DIR) {
  console.log('speakers-diff: ../shared/data/zyte-article-extraction/html absent; nothing to compare');
  process.exit(0);
}
const cache = process.env.SPEAKERS_CACHE;
let pages: Array<{ page: string; article: Article }>;
if (cache && existsSync(cache)) pages = JSON.parse(readFileSync(cache, 'utf8'));
else {
  pages = [];
  for (const f of readdirSync(ZYTE_DIR).filter((n) => n.endsWith('.html.gz')).sort()) {
    const a = ingestFile({ name: f.replace(/\.gz$/, ''), content: gunzipSync(readFileSync(join(ZYTE_DIR, f))).toString('utf8') }, nodeEnv).articles.find((x) => x.units.length > 0);
    if (a) pages.push({ page: f.replace(/\.html\.gz$/, ''), article: a });
  }
}
const now: Record<string, { speaker: string | null; text: string }> = {};
for (const p of pages) for (const q of extractQuotes(p.article)) if (q.kind === 'direct') now[`${p.page}@${q.start}`] = { speaker: q.speaker, text: q.text.slice(0, 60) };
const args = process.argv.slice(2);
if (args[0] === '--dump') {
  writeFileSync(args[1]!, JSON.stringify(now));
  console.log(`${Object.keys(now).length} quotes written to ${args[1]}`);
} else if (args[0] === '--diff') {
  const before = JSON.parse(readFileSync(args[1]!, 'utf8')) as typeof now;
  const heldFile = join(ROOT, 'tests/data/quotes/speakers-heldout.json');
  const held = existsSync(heldFile) ? (JSON.parse(readFileSync(heldFile, 'utf8')) as { quotes: Array<{ page: string; start: number }> }).quotes : [];
  const isHeld = (key: string) => held.some((h) => key === `${h.page}@${h.start}`);
  let changed = 0;
  let hidden = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = before[key]?.speaker ?? null;
    const b = now[key]?.speaker ?? null;
    if (a === b) continue;
    if (isHeld(key)) {
      hidden++;
      continue;
    }
    changed++;
    console.log(`${key}: ${a ?? '—'} -> ${b ?? '—'}  “${(now[key] ?? before[key])!.text}”`);
  }
  console.log(`${changed} attributions changed (${hidden} more in the held-out sample, not shown)`);
} else console.log('--dump FILE | --diff FILE');
