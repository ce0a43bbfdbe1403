/**
 * The seed articles. The package holds them once, as one gzipped JSON file (`SEEDS_FILE`, written
 * by the build from seeds/*.txt: lib/seeds-pack.ts, wxt.config.ts), which the background (fill an
 * empty corpus on install) and the options page ("Reset to seeds…") read with `fetch`: no network
 * request, the file is in the package. (They were bundled as text into both scripts: 16 kB twice,
 * 6 kB once now.) File names are kept: an article's id is its file name without extension.
 */
import { ingestPrepared } from './ingest';
import type { Article } from './types';
import { SEEDS_FILE, type SeedFile } from './seeds-file';

export { SEEDS_FILE, type SeedFile };

/** The packed seeds (a gzipped JSON array of files) read back. */
export async function unpackSeeds(gz: ReadableStream<BufferSource>): Promise<SeedFile[]> {
  return JSON.parse(await new Response(gz.pipeThrough(new DecompressionStream('gzip'))).text()) as SeedFile[];
}

/** The seed files the package holds, read from the extension's own origin (pages and background). */
export async function packagedSeedFiles(fetchFile: (path: string) => Promise<Response> = (p) => fetch(p)): Promise<SeedFile[]> {
  const res = await fetchFile(`/${SEEDS_FILE}`);
  if (!res.ok || !res.body) throw new Error(`The package's seeds (${SEEDS_FILE}) could not be read: ${res.status}`);
  return unpackSeeds(res.body);
}

/**
 * The packaged seed files (front matter read by the build: lib/seeds-pack.ts `prepareSeeds`)
 * ingested into articles, synchronously. Throws if a seed cannot be read: the seeds ship with the
 * extension, so a failure here is a bug, not bad user input.
 */
export function seedArticles(files: SeedFile[]): Article[] {
  const articles: Article[] = [];
  for (const file of files) {
    if (!file.frontMatter && /^\uFEFF?---[ \t]*\r?\n/.test(file.content)) throw new Error(`Seed ${file.name}: its front matter was not read (lib/seeds-pack.ts prepareSeeds)`);
    const result = ingestPrepared(file);
    if (result.articles.length === 0) {
      throw new Error(`Seed ${file.name} could not be read: ${result.errors.join('; ') || 'no article'}`);
    }
    articles.push(...result.articles);
  }
  return articles;
}
