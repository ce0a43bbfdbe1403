/**
 * Measures, on real pages, the quantities lib/ingest/limits.ts bounds, so the limits sit well above
 * anything real: HTML nesting depth (htmlDepth), the longest run of non-space characters in the
 * article text, the article text length and the file size.
 *
 *   npx tsx bench/ingest-limits.ts
 *
 * Data: the seeds and tests/data always; the 181 pages of ../shared/data/zyte-article-extraction
 * (or ZYTE_HTML_DIR) when present, else skipped with a printed reason.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nodeEnv } from '../cli/node-env';
import { ingestFile } from '../lib/ingest/index';
import { htmlDepth, MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_HTML_DEPTH, MAX_TOKEN_CHARS } from '../lib/ingest/limits';

interface Row {
  name: string;
  bytes: number;
  depth: number;
  token: number;
  chars: number;
}

function measure(name: string, content: string): Row {
  const r = ingestFile({ name, content }, nodeEnv);
  const text = r.articles.map((a) => a.text).join('\n');
  const token = Math.max(0, ...(text.match(/\S+/g) ?? []).map((t) => t.length));
  return { name, bytes: Buffer.byteLength(content), depth: htmlDepth(content, Infinity), token, chars: text.length };
}

const rows: Row[] = [];
const walk = (dir: string) => {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md|html?)$/i.test(n)) rows.push(measure(n, readFileSync(p, 'utf8')));
  }
};
walk('seeds');
walk('tests/data');
const zyte = process.env.ZYTE_HTML_DIR ?? resolve('..', 'shared', 'data', 'zyte-article-extraction', 'html');
const alt = '/work/shared/data/zyte-article-extraction/html';
const dir = existsSync(zyte) ? zyte : existsSync(alt) ? alt : null;
if (dir) {
  for (const n of readdirSync(dir).filter((f) => f.endsWith('.html.gz'))) rows.push(measure(n, gunzipSync(readFileSync(join(dir, n))).toString('utf8')));
} else console.log(`zyte pages not found (${zyte}): measuring seeds and tests/data only`);

const top = (k: keyof Omit<Row, 'name'>) => rows.reduce((a, b) => (b[k] > a[k] ? b : a));
console.log(`${rows.length} files`);
for (const [k, limit] of [['bytes', MAX_FILE_BYTES], ['depth', MAX_HTML_DEPTH], ['token', MAX_TOKEN_CHARS], ['chars', MAX_ARTICLE_CHARS]] as const) {
  const t = top(k);
  const sorted = rows.map((r) => r[k]).sort((a, b) => a - b);
  console.log(`${k.padEnd(6)} max ${String(t[k]).padStart(8)} (${t.name})  p99 ${sorted[Math.floor(sorted.length * 0.99)]}  limit ${limit}`);
}
