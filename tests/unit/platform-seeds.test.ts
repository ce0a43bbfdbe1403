import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seedArticles, seedFiles } from '../../lib/seeds';

const DIR = path.resolve(__dirname, '../../seeds');

describe('the seeds bundled into the extension', () => {
  it('are the files of seeds/, names and bytes unchanged', () => {
    const onDisk = readdirSync(DIR)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, content: readFileSync(path.join(DIR, name), 'utf8') }));
    expect(onDisk).toHaveLength(5);
    expect(seedFiles()).toEqual(onDisk);
  });

  it('ingest into one article each, with the file name as id', () => {
    const articles = seedArticles();
    expect(articles.map((a) => a.id)).toEqual(seedFiles().map((f) => f.name.replace(/\.txt$/, '')));
    for (const a of articles) expect(a.units.length).toBeGreaterThan(3);
  });
});
