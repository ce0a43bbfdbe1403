/**
 * The packaged seeds' file name and entry type, shared by the build (wxt.config.ts, lib/seeds-pack.ts)
 * and the extension (lib/seeds.ts) without loading either's imports.
 */
/**
 * At the package's root: `[{ name, content, frontMatter? }]` sorted by name, as JSON, gzipped. The
 * build reads each seed's front matter (lib/seeds-pack.ts): `content` is then the text after it,
 * so the service worker that ingests the seeds needs no YAML parser.
 */
export const SEEDS_FILE = 'seeds.json.gz';

export interface SeedFile {
  name: string;
  content: string;
  frontMatter?: Record<string, unknown>;
}
