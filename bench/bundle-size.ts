/**
 * What each built file of the Chrome package is made of, in minified bytes.
 *
 *   npx tsx bench/bundle-size.ts [--browser chrome|firefox] [--no-build] [--top 12] [--by-source]
 *
 * Builds with source maps (PARALLAX_SOURCEMAP=1, read by wxt.config.ts; a normal build has none),
 * attributes every byte of each .js file to the source its source-map segment points at (the bytes
 * up to the next segment), groups sources by npm package or by lib/ folder, prints one table per
 * file plus the code found in more than one file, then deletes the maps and prints `du -sb` of the
 * package without them. Without --no-build a plain build is run at the end so .output holds the
 * package as shipped. Last, one line per file of the package (every file, not only .js: bytes and
 * the three largest sources of a script), each page's first scripts (its entry chunk and the
 * chunks its HTML preloads) and the total against the 1,500,000-byte budget (issue 9 item 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, dflt: string) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? args[k + 1]! : dflt;
};
const browser = value('--browser', 'chrome');
const top = Number(value('--top', '12'));
const outDir = path.resolve('.output', browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');

function build(sourcemap: boolean): void {
  const cmd = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', cmd, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PARALLAX_SOURCEMAP: sourcemap ? '1' : '' } });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * node_modules/@scope/pkg/… → "@scope/pkg"; lib/store/db.ts → "lib/store"; else the first two parts.
 * With --by-source, the source file itself (node_modules/dexie/dist/dexie.js → "dexie/dist/dexie.js").
 */
function group(source: string): string {
  const s = source.replace(/\\/g, '/');
  if (flag('--by-source')) return s.replace(/^.*node_modules\//, '').replace(/^(?:\.\.\/)+/, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) return nm[1]!;
  const rel = s.replace(/^(?:\.\.\/)+/, '').replace(/^.*?\/(?=(?:lib|components|entrypoints|seeds|cli)\/)/, '');
  const parts = rel.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : rel;
}

function attribute(js: string): Map<string, number> {
  const code = readFileSync(js, 'utf8');
  // A file the bundler wrote without a map (its own runtime chunk): counted whole.
  if (!existsSync(js + '.map')) return new Map([['(no source map)', Buffer.byteLength(code)]]);
  const map = new TraceMap(readFileSync(js + '.map', 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (k: string, n: number) => bytes.set(k, (bytes.get(k) ?? 0) + n);
  // Segments in generated order; each owns the bytes up to the next segment on its line.
  const segs: Array<{ line: number; col: number; source: string | null }> = [];
  eachMapping(map, (m) => segs.push({ line: m.generatedLine - 1, col: m.generatedColumn, source: m.source }));
  segs.sort((a, b) => a.line - b.line || a.col - b.col);
  let covered = 0;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k]!;
    const next = segs[k + 1];
    const end = next && next.line === s.line ? next.col : lines[s.line]!.length;
    const n = Buffer.byteLength(lines[s.line]!.slice(s.col, end));
    covered += n;
    add(s.source ? group(s.source) : '(no source)', n);
  }
  const total = Buffer.byteLength(code);
  if (total > covered) add('(unmapped)', total - covered);
  return bytes;
}

if (!flag('--no-build')) build(true);
const jsFiles = files(outDir).filter((f) => f.endsWith('.js'));
const byFile = new Map<string, Map<string, number>>();
for (const f of jsFiles) {
  try {
    byFile.set(path.relative(outDir, f), attribute(f));
  } catch (e) {
    console.error(`${path.relative(outDir, f)}: no source map (${e instanceof Error ? e.message : e}); build without --no-build`);
  }
}
const kb = (n: number) => (n / 1000).toFixed(1).padStart(7) + ' kB';
for (const [file, bytes] of [...byFile].sort((a, b) => sum(b[1]) - sum(a[1]))) {
  console.log(`\n${file}: ${kb(sum(bytes))}`);
  for (const [k, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${kb(n)}  ${k}`);
}
// The same source in more than one file: code the package carries twice.
const where = new Map<string, Array<[string, number]>>();
for (const [file, bytes] of byFile) for (const [k, n] of bytes) if (n > 500 && !k.startsWith('(')) where.set(k, [...(where.get(k) ?? []), [file, n]]);
const dup = [...where].filter(([, w]) => w.length > 1).sort((a, b) => sum2(b[1]) - sum2(a[1]));
console.log('\nin more than one file (bytes beyond the first copy):');
for (const [k, w] of dup.slice(0, top * 2)) console.log(`  ${kb(sum2(w) - Math.max(...w.map((x) => x[1])))}  ${k}: ${w.map(([f, n]) => `${f} ${(n / 1000).toFixed(1)}`).join(', ')}`);

for (const f of files(outDir)) if (f.endsWith('.map')) rmSync(f);
if (!flag('--no-build')) build(false);
const du = execFileSync('du', ['-sb', outDir], { encoding: 'utf8' }).trim();

// One line per file of the package as shipped.
const BUDGET = 1_500_000;
const fmt = (n: number) => n.toLocaleString('en-US').padStart(9);
console.log('\nper file (bytes as shipped; a script\'s three largest sources, minified bytes):');
const shipped = files(outDir).map((f) => ({ file: path.relative(outDir, f), size: statSync(f).size }));
for (const { file, size } of shipped.sort((a, b) => b.size - a.size)) {
  // The plain build names chunks with other hashes than the source-map build: match without them.
  const unhashed = (f: string) => f.replace(/-[\w-]{8}\.js$/, '.js');
  const parts = [...byFile].find(([f]) => unhashed(f) === unhashed(file))?.[1];
  const what = parts ? [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${(n / 1000).toFixed(1)}`).join(', ') : '';
  console.log(`  ${fmt(size)}  ${file}${what ? `  (${what})` : ''}`);
}
// What each page loads first: its module script and the chunks its HTML preloads.
for (const html of shipped.filter((f) => f.file.endsWith('.html'))) {
  const text = readFileSync(path.join(outDir, html.file), 'utf8');
  const scripts = [...text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = scripts.reduce((n, f) => n + (shipped.find((x) => x.file === f)?.size ?? 0), 0);
  console.log(`  first scripts of ${html.file}: ${fmt(bytes).trim()} bytes in ${scripts.length} files`);
}
const total = Number(du.split(/\s+/)[0]);
console.log(`\n${du}  (du -sb, no source maps; files ${shipped.reduce((n, f) => n + f.size, 0).toLocaleString('en-US')} + directories)`);
console.log(`budget ${BUDGET.toLocaleString('en-US')}: ${total <= BUDGET ? `${(BUDGET - total).toLocaleString('en-US')} left` : `${(total - BUDGET).toLocaleString('en-US')} OVER`}`);

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const n of m.values()) s += n;
  return s;
}
function sum2(w: Array<[string, number]>): number {
  return w.reduce((s, [, n]) => s + n, 0);
}
