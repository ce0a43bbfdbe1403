/**
 * Node side of the seeds (the build, tests): the files of seeds/ and the packed file the package
 * holds (lib/seeds.ts reads it in the extension). Not bundled into the extension (node:fs, node:zlib).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SeedFile } from './seeds-file';
import { splitFrontMatter } from './ingest/frontmatter';

/** The seed files of `dir` (seeds/ of this tree): `{ name: "003_38879e5049cf1087.txt", content }`, sorted by name. */
export function seedFiles(dir: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds')): SeedFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * `files` with their front matter read (`{ name, content: body, frontMatter }`), as `ingestPrepared`
 * takes them; a file without front matter as it is. A seed whose front matter cannot be read stops
 * the build: the seeds ship with the extension.
 */
export function prepareSeeds(files: SeedFile[]): SeedFile[] {
  return files.map((f) => {
    const fm = splitFrontMatter(f.content);
    if (!fm) return f;
    if (fm.fatal || fm.error) throw new Error(`Seed ${f.name}: ${fm.fatal ?? fm.error}`);
    return { name: f.name, content: fm.body, frontMatter: fm.data };
  });
}

/** `files` as the package holds them (SEEDS_FILE): prepared, JSON, gzipped at the highest level (the same bytes every build). */
export function packSeeds(files: SeedFile[]): Buffer {
  return gzipSync(JSON.stringify(prepareSeeds(files)), { level: 9 });
}
