/**
 * perf60: what an import writes, table by table — the stored bytes (V8's serializer, the format Chromium's IndexedDB
 * keeps a value in) and the index entries of every record a Zipf fill leaves, for any checkout of the repo, so two
 * commits' stores can be set side by side (docs/notes/perf60.md). Node, fake-indexeddb; the fill is bench:browser's
 * (bench/synthetic.ts zipfArticles through Corpus.upsertBatched, keys computed on this thread).
 *
 *   nice npx tsx bench/perf60-sizes.ts [--root DIR] [--n 2000]
 * --root: the checkout whose lib/store and bench/synthetic.ts are measured (default: this one; e.g. a `git archive`).
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const root = resolve(optionValue('--root', args) ?? resolve(import.meta.dirname, '..'));
const n = Number(optionValue('--n', args) ?? 2000);
const from = (p: string) => import(pathToFileURL(resolve(root, p)).href);

async function main() {
  const { Corpus } = await from('lib/store/corpus.ts');
  const { zipfArticles } = await from('bench/synthetic.ts');
  const c = await Corpus.open({ name: `perf60-sizes-${process.pid}` });
  const t0 = performance.now();
  await c.upsertBatched(zipfArticles(n), {});
  const ms = performance.now() - t0;
  const db = c.db as { tables: Array<{ name: string; schema: { indexes: Array<{ name: string; multi?: boolean }> }; toArray(): Promise<unknown[]> }> };
  console.log(`${root}: ${await c.count()} articles (${Math.round(ms)} ms in fake-indexeddb)`);
  console.log('table         records   bytes/record   bytes/article   index entries/article (by index)');
  for (const t of db.tables) {
    const rows = (await t.toArray()) as Array<Record<string, unknown>>;
    if (!rows.length) continue;
    const bytes = rows.reduce((s: number, r) => s + serialize(r).length, 0);
    // Entries an index holds: one per record, or one per distinct value of a multi-entry index.
    const entries = t.schema.indexes.map((ix) => {
      const path = ix.name.replace(/^\[|\]$/g, '').split('+')[0]!;
      const k = rows.reduce((s: number, r) => s + (ix.multi ? (Array.isArray(r[path]) ? new Set(r[path] as unknown[]).size : 0) : r[path] === undefined ? 0 : 1), 0);
      return `${ix.multi ? '*' : ''}${ix.name} ${(k / n).toFixed(2)}`;
    });
    console.log(
      `${t.name.padEnd(13)} ${String(rows.length).padStart(7)}   ${Math.round(bytes / rows.length).toString().padStart(12)}   ${Math.round(bytes / n).toString().padStart(13)}   ${entries.join(', ')}`,
    );
  }
  // The fields of a stored article and a summary, with their bytes (the first record's).
  for (const name of ['articles', 'summaries']) {
    const t = db.tables.find((x) => x.name === name)!;
    const [r] = (await t.toArray()) as Array<Record<string, unknown>>;
    console.log(`${name} fields: ` + Object.entries(r!).map(([k, v]) => `${k} ${serialize(v).length}`).join(', '));
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
