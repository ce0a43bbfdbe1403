/**
 * Issue 10's hostile inputs, timed through the CLI's ingestion (cli/load.ts loadArticleFile) and
 * the options page's import (lib/store/import-files importFile into lib/store on fake-indexeddb),
 * with the outcome of each. The same inputs are asserted on in tests/hostile/generated.test.ts.
 *
 *   npx tsx bench/hostile-cases.ts
 */
import { cleanup, openCorpus, run, utf8 } from '../tests/hostile/harness';

const PARA = 'The council met on Tuesday to vote on the new budget, which raises spending on parks and libraries. ';
const body = `Body\n\n${PARA.repeat(3)}\n`;
const deep = '<div>'.repeat(100_000) + 'text' + '</div>'.repeat(100_000);
const cases: Array<[string, string, () => Uint8Array]> = [
  ['front matter with a 4 MB key', 'key4.md', () => utf8(`---\n${'k'.repeat(4 * 1024 * 1024)}: 1\n---\n\n${body}`)],
  ['front matter with a 5 MB key', 'bigkey.md', () => utf8(`---\n${'k'.repeat(5 * 1024 * 1024 - 100)}: 1\n---\n\n${body}`)],
  ['front matter with 200,000 keys', 'keys.md', () => utf8(`---\n${Array.from({ length: 200_000 }, (_, k) => `k${k}: ${k}`).join('\n')}\n---\n\n${body}`)],
  ['100,000 nested <div> (fragment, 1.1 MB)', 'deep.html', () => utf8(deep)],
  ['100,000 nested <div> in a whole page', 'deeppage.html', () => utf8(`<!doctype html><html><body>${deep}</body></html>`)],
  ['.txt whose first line is 102,400 characters', 'long.txt', () => utf8(`${'word '.repeat(20_480)}\nSecond paragraph.\n`)],
  ['.txt whose first line is 102,400 characters, no space', 'nospace.txt', () => utf8(`${'a'.repeat(102_400)}\nSecond paragraph.\n`)],
  ['50 MB text file', 'huge.txt', () => new Uint8Array(50 * 1024 * 1024).fill(0x61)],
  ['4.9 MB text file (over the article-text limit)', 'big.txt', () => utf8(`Title here now\n\n${(PARA.repeat(5) + '\n\n').repeat(9800)}`)],
];

console.log('case | CLI ms | options import ms | outcome');
for (const [label, name, make] of cases) {
  const c = await openCorpus();
  const o = await run(name, make(), c);
  const outcome = o.store.result.status === 'skipped' ? `skipped: ${o.store.result.detail}` : `${o.store.result.status} (${o.store.result.ids.join(', ')})`;
  console.log(`${label} | ${o.cli.ms.toFixed(0)} | ${o.store.ms.toFixed(0)} | ${outcome.slice(0, 140)}`);
  c.close();
}
cleanup();
