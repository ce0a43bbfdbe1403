import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packagedSeedFiles, SEEDS_FILE, seedArticles } from '../../lib/seeds';
import { packSeeds, prepareSeeds, seedFiles } from '../../lib/seeds-pack';
import { ingestFile } from '../../lib/ingest';

const DIR = path.resolve(__dirname, '../../seeds');
const onDisk = () =>
  readdirSync(DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(DIR, name), 'utf8') }));

/** The extension's own origin, as the background and the options page see it: the package's files. */
const packageFetch = (files: Record<string, Buffer>) => async (p: string) =>
  p.startsWith('/') && files[p.slice(1)] ? new Response(new Uint8Array(files[p.slice(1)]!)) : new Response(null, { status: 404 });

describe('the seeds shipped with the extension', () => {
  it('are the files of seeds/, names and text unchanged, front matter read, after packing and reading back', async () => {
    expect(onDisk()).toHaveLength(5);
    expect(seedFiles()).toEqual(onDisk());
    const packed = packSeeds(seedFiles());
    const back = await packagedSeedFiles(packageFetch({ [SEEDS_FILE]: packed }));
    expect(back.map((f) => f.name)).toEqual(onDisk().map((f) => f.name));
    back.forEach((f, i) => expect(onDisk()[i]!.content.endsWith(f.content)).toBe(true));
    // The RSS seed's front matter is read by the build: the service worker needs no YAML parser.
    expect(back.filter((f) => f.frontMatter).length).toBeGreaterThan(0);
    // Packed once, a third of the text: the package held the text twice (background, options page).
    expect(packed.length).toBeLessThan(onDisk().reduce((n, f) => n + f.content.length, 0) / 2);
  });

  it('ingest into one article each, with the file name as id', async () => {
    const files = await packagedSeedFiles(packageFetch({ [SEEDS_FILE]: packSeeds(seedFiles()) }));
    const articles = seedArticles(files);
    expect(articles.map((a) => a.id)).toEqual(onDisk().map((f) => f.name.replace(/\.txt$/, '')));
    for (const a of articles) expect(a.units.length).toBeGreaterThan(3);
  });

  it('ingest into the articles the files of seeds/ give when imported', async () => {
    const files = await packagedSeedFiles(packageFetch({ [SEEDS_FILE]: packSeeds(seedFiles()) }));
    expect(seedArticles(files)).toEqual(onDisk().flatMap((f) => ingestFile(f).articles));
  });

  it('refuse a seed whose front matter was not read, rather than read it as text', () => {
    const raw = onDisk().filter((f) => f.content.startsWith('---'));
    expect(raw.length).toBeGreaterThan(0);
    expect(() => seedArticles(raw)).toThrow(/front matter was not read/);
  });

  it('a package without the seeds file is an error, not an empty corpus', async () => {
    await expect(packagedSeedFiles(packageFetch({}))).rejects.toThrow(SEEDS_FILE);
  });
});
