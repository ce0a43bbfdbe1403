/**
 * CPU of stemming the distinct words of the zyte pages' HTML text once each, in a fresh process (the stem cache
 * empty, as in a newly opened side panel): `stem` as a first compare meets it. Rounds alternate nothing:
 * run it on two checkouts to compare.
 *
 *   nice npx tsx bench/perf23-stem.ts [--pages 181]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { stem, tokens } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';

const pages = Number(optionValue('--pages', process.argv.slice(2)) ?? 181);
const dir = process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html';
const words = new Set<string>();
// The pages' text with tags dropped (no ingest: it would stem, and warm the cache this measures).
for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort().slice(0, pages)) {
  const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
  for (const t of tokens(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g, ' '))) words.add(t.w);
}
const list = [...words];
const c0 = process.cpuUsage();
let h = 0;
for (const w of list) h = (h * 31 + stem(w).length) | 0;
const c = process.cpuUsage(c0);
console.log(`${list.length} distinct words stemmed in ${((c.user + c.system) / 1000).toFixed(1)} ms CPU (check ${h})`);
