/**
 * The packaged seeds' file name and entry type, shared by the build (wxt.config.ts, lib/seeds-pack.ts)
 * and the extension (lib/seeds.ts) without loading either's imports.
 */
/** At the package's root: `[{ name, content }]` sorted by name, as JSON, gzipped. */
export const SEEDS_FILE = 'seeds.json.gz';

export interface SeedFile {
  name: string;
  content: string;
}
