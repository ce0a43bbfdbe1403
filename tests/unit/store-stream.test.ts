/**
 * Streamed bundle import (lib/store/bundle-import.ts importBundleStream, lib/store/bundle-stream.ts) and the options
 * page's file import through upsertBatched: format compatible both ways, a bad file writes nothing,
 * cancel keeps the batches written and a second import resumes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, parseBundle } from '../../lib/store/corpus';
import { importBundleStream } from '../../lib/store/bundle-import';
import { importFiles, type ImportSource } from '../../lib/store/import-files';
import { article, openTestCorpus } from './store-helpers';

// Written by the export of the code before this change (main at 2c77b0b: exportParts of the five seeds).
const OLD_EXPORT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../data/bundle-v4-5.json'), 'utf8');

/** A file whose bytes arrive in small chunks, as File.stream() gives them. */
function streamed(name: string, content: string, chunk = 997): ImportSource {
  const bytes = new TextEncoder().encode(content);
  let opened = 0;
  const src: ImportSource & { opened: () => number } = {
    name,
    size: bytes.length,
    bytes: async () => bytes,
    stream: () => {
      opened++;
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(ctrl) {
          if (at >= bytes.length) return ctrl.close();
          ctrl.enqueue(bytes.slice(at, at + chunk));
          at += chunk;
        },
      });
    },
    opened: () => opened,
  };
  return src;
}
const open = (s: ImportSource) => () => s.stream!();

const many = (n: number) =>
  Array.from({ length: n }, (_, k) =>
    article({ id: `s${k}`, url: `https://news.example/${k}`, text: `Story number ${k} happened today. Witnesses saw it ${k} times.` }),
  );
async function exportOf(n: number): Promise<string> {
  const c = await openTestCorpus();
  await c.upsert(many(n));
  const json = bundleToJson(await c.exportBundle('t'));
  c.close();
  return json;
}

describe('streamed bundle import', () => {
  it('an export written before this change imports record by record and exports byte for byte the same', async () => {
    const c = await openTestCorpus();
    const progress: Array<[number, number]> = [];
    const r = await importBundleStream(c, open(streamed('old.json', OLD_EXPORT)), { batch: 2, onProgress: (d, t) => progress.push([d, t]) });
    expect(r).toMatchObject({ added: 5, done: 5, total: 5, stopped: null });
    expect(progress).toEqual([[2, 5], [4, 5], [5, 5]]);
    const exportedAt = parseBundle(OLD_EXPORT).exportedAt;
    expect((await c.exportParts(exportedAt)).join('')).toBe(OLD_EXPORT);
    // And the other way: what this version exports is what the whole-file import (the old reader) reads.
    const d = await openTestCorpus();
    await d.importBundle(parseBundle((await c.exportParts(exportedAt)).join('')));
    expect(bundleToJson(await d.exportBundle(exportedAt))).toBe(OLD_EXPORT);
  });

  it('reads any JSON layout of a bundle (minified, keys in another order)', async () => {
    const b = parseBundle(await exportOf(3));
    const other = JSON.stringify({ articles: b.articles, exportedAt: 'x', version: 1, format: 'parallax-corpus' });
    const c = await openTestCorpus();
    expect(await importBundleStream(c, open(streamed('min.json', other, 50)))).toMatchObject({ added: 3, done: 3 });
    expect(bundleToJson(await c.exportBundle('t'))).toBe(bundleToJson({ ...b, exportedAt: 't' }));
  });

  it('a bad record anywhere in the file writes nothing, with the record named', async () => {
    const good = await exportOf(5);
    const b = parseBundle(good);
    (b.articles[4] as unknown as Record<string, unknown>).units = 'oops';
    const c = await openTestCorpus();
    await expect(importBundleStream(c, open(streamed('bad.json', bundleToJson(b))), { batch: 2 })).rejects.toThrow(/Article 5 \(s4\): units is not a list/);
    await expect(importBundleStream(c, open(streamed('cut.json', good.slice(0, good.length - 200))))).rejects.toThrow(/Not valid JSON/);
    const dup = { ...b, articles: [b.articles[0], b.articles[1], b.articles[0]] };
    await expect(importBundleStream(c, open(streamed('dup.json', JSON.stringify(dup))))).rejects.toThrow(/lists article s0 twice/);
    await expect(importBundleStream(c, open(streamed('v2.json', JSON.stringify({ ...parseBundle(good), version: 2 }))))).rejects.toThrow(/version 2/);
    await expect(importBundleStream(c, open(streamed('tail.json', `${good}{}`)))).rejects.toThrow(/Not valid JSON/);
    expect(await c.count()).toBe(0);
  });

  it('cancel keeps the batches written; importing the same file again resumes', async () => {
    const json = await exportOf(7);
    const c = await openTestCorpus();
    const stop = new AbortController();
    const r = await importBundleStream(c, open(streamed('c.json', json)), {
      batch: 3,
      signal: stop.signal,
      onProgress: (done) => done >= 3 && stop.abort(),
    });
    expect(r).toMatchObject({ done: 3, total: 7, added: 3, stopped: 'cancelled' });
    expect(await c.count()).toBe(3);
    const again = await importBundleStream(c, open(streamed('c.json', json)), { batch: 3 });
    expect(again).toMatchObject({ done: 7, unchanged: 3, added: 4, stopped: null });
    expect(bundleToJson(await c.exportBundle('t'))).toBe(json);
  });
});

describe('file import through upsertBatched', () => {
  const txt = (k: number) => ({ name: `n${k}.txt`, text: async () => `Note ${k}\n\nThe council met on day ${k} and voted on item ${k}.\n` });

  it('writes the articles of many files in batches; cancel keeps what was written and says so per file; a second import resumes', async () => {
    const c = await openTestCorpus();
    const files = Array.from({ length: 7 }, (_, k) => txt(k));
    const stop = new AbortController();
    const seen: string[] = [];
    // No time-based flush: which files share a batch must not depend on how busy the machine is.
    const first = await importFiles(c, files, {
      batch: 2,
      flushMs: Infinity,
      signal: stop.signal,
      onResult: (r, done) => {
        seen.push(`${done}:${r.status}`);
        if (done === 2) stop.abort();
      },
    });
    // Results come in file order; the batch holding files 1-2 was written, everything after is not.
    expect(first.map((r) => r.status)).toEqual(['added', 'added', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(first[2]!.detail).toMatch(/cancelled \(import the file again/);
    expect(seen.map((s) => s.split(':')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect((await c.list()).map((s) => s.id).sort()).toEqual(['n0', 'n1']);
    const second = await importFiles(c, files, { batch: 2 });
    expect(second.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'added', 'added', 'added', 'added', 'added']);
    expect(await c.count()).toBe(7);
  });

  it('a bundle file with a stream is imported streamed (read twice, never whole) with article progress', async () => {
    const json = await exportOf(4);
    const c = await openTestCorpus();
    const file = streamed('corpus.json', json) as ImportSource & { opened: () => number };
    let read = 0;
    file.bytes = async () => {
      read++;
      return new Uint8Array();
    };
    const progress: number[] = [];
    const [r] = await importFiles(c, [txt(1), file, txt(2)], { batch: 3, onArticles: (d) => progress.push(d) });
    expect(r).toMatchObject({ status: 'added', detail: 'added' });
    expect(file.opened()).toBe(2);
    expect(read).toBe(0);
    expect(progress).toEqual([3, 4]);
    expect(await c.count()).toBe(6);
    // Another JSON file with a stream (an article file) still goes through ingestion.
    const plain = streamed('article.json', JSON.stringify({ title: 'Plain JSON', text: 'A JSON article file. It has text.' }));
    const [p] = await importFiles(c, [plain]);
    expect(p!.status).toBe('added');
  });

  it('a corpus with the old export re-imported through the file path is unchanged', async () => {
    const c = await openTestCorpus();
    await importFiles(c, [streamed('old.json', OLD_EXPORT)]);
    const [again] = await importFiles(c, [streamed('old.json', OLD_EXPORT)]);
    expect(again).toMatchObject({ status: 'unchanged', detail: '5 unchanged' });
    expect(c).toBeInstanceOf(Corpus);
  });
});
