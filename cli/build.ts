/**
 * `npm run build:cli [-- --outdir DIR]`: the CLI bundled for Node into .output/cli (ES modules, code split so the
 * parsers that only ingestion needs — linkedom, Readability, yaml, fake-indexeddb — load only when
 * a file must be read). `node .output/cli/index.js compare …` starts in a fraction of the time
 * `tsx cli/index.ts` takes (no TypeScript compiled at run time). Same code, same output;
 * `npm run cli` keeps running the sources.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : join(root, '.output', 'cli');
// The previous build's chunks (hashed names) go; nothing else in the folder is touched.
if (existsSync(outdir)) for (const n of readdirSync(outdir)) if (n.endsWith('.js')) rmSync(join(outdir, n));
await build({
  entryPoints: [join(root, 'cli', 'index.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
  logLevel: 'warning',
});
process.stdout.write(`built ${relative(process.cwd(), join(outdir, 'index.js'))}\n`);
