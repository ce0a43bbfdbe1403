/**
 * The seed articles, bundled into the extension at build time (Vite `import.meta.glob` with `?raw`),
 * so the background can fill an empty corpus on install and the options page can "reset to seeds"
 * without any network request. File names are kept: an article's id is its file name without
 * extension.
 */
import { ingestFile } from './ingest';
import type { Article } from './types';

const files = import.meta.glob('../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The seed files as shipped: `{ name: "003_38879e5049cf1087.txt", content }`, sorted by name. */
export function seedFiles(): Array<{ name: string; content: string }> {
  return Object.entries(files)
    .map(([path, content]) => ({ name: path.slice(path.lastIndexOf('/') + 1), content }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The seed files ingested into articles (synchronous, like ingestFile). Throws if a seed cannot be
 * read: the seeds ship with the extension, so a failure here is a bug, not bad user input.
 */
export function seedArticles(): Article[] {
  const articles: Article[] = [];
  for (const file of seedFiles()) {
    const result = ingestFile(file);
    if (result.articles.length === 0) {
      throw new Error(`Seed ${file.name} could not be read: ${result.errors.join('; ') || 'no article'}`);
    }
    articles.push(...result.articles);
  }
  return articles;
}
