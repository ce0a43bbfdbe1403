/**
 * How many of the 181 real zyte pages get an outlet and a date from the page-reading path
 * (lib/extract.ts readMetadata → the same outlet/date rules as articleFromExtracted)?
 *   npx tsx bench/meta.ts [--list]
 * Skips with a printed reason when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { readMetadata } from '../lib/extract.ts';
import { normalizeDate } from '../lib/ingest/meta.ts';
import { pageOutlet } from '../lib/outlets.ts';

const dir = new URL('../../../shared/data/zyte-article-extraction/', import.meta.url).pathname;
const root = existsSync(dir) ? dir : '/work/shared/data/zyte-article-extraction/';
if (!existsSync(root)) {
  console.log(`skipped: ${root} not found (the zyte pages live in ../shared)`);
  process.exit(0);
}
const truth = JSON.parse(readFileSync(root + 'ground-truth.json', 'utf8')) as Record<string, { url: string }>;
const list = process.argv.includes('--list');
let n = 0;
let withOutlet = 0;
let withDate = 0;
const fromMeta = { site: 0, host: 0 };
for (const f of readdirSync(root + 'html').sort()) {
  const id = f.replace(/\.html\.gz$/, '');
  const url = truth[id]?.url ?? '';
  const html = gunzipSync(readFileSync(root + 'html/' + f)).toString('utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const meta = readMetadata(doc, url);
  const outlet = pageOutlet({ siteName: meta.siteName, title: meta.title, url });
  const date = normalizeDate(meta.publishedTime);
  n++;
  if (outlet) withOutlet++;
  if (date) withDate++;
  if (list) console.log(`${(outlet ?? '—').padEnd(32)} ${(date ?? '—').slice(0, 10).padEnd(10)} ${url.slice(0, 70)}  [site_name ${JSON.stringify(meta.siteName)}]`);
}
console.log(`${n} pages: outlet ${withOutlet} (${((100 * withOutlet) / n).toFixed(1)}%), date ${withDate} (${((100 * withDate) / n).toFixed(1)}%)`);
