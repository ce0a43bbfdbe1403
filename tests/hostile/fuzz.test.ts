/**
 * Fuzz loop (seeded: set FUZZ_SEED to reproduce, FUZZ_N for more cases): random bytes, truncated
 * and mutated real pages (the seeds and tests/data always; 20 zyte pages when
 * ../shared/data/zyte-article-extraction is present), feeds and corpus bundles, each through the
 * CLI's ingestion and the options import into one store that accumulates. Every input must end
 * within BUDGET_MS of CPU time with an article or a clear message; a refused import must leave the corpus
 * byte-identical in export.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../lib/feeds';
import { bundleToJson } from '../../lib/store/corpus';
import { BUDGET_MS, cleanup, cpuMs, openCorpus, problems, prng, realFiles, run, show, utf8 } from './harness';

afterAll(cleanup);

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const N = Number(process.env.FUZZ_N ?? 120);

const ZYTE = [process.env.ZYTE_HTML_DIR, resolve('..', 'shared', 'data', 'zyte-article-extraction', 'html')].find(
  (d): d is string => !!d && existsSync(d),
);

function corpusFiles(): Array<{ name: string; bytes: Uint8Array }> {
  const files = realFiles();
  if (ZYTE) {
    for (const n of readdirSync(ZYTE).filter((f) => f.endsWith('.html.gz')).sort().slice(0, 20)) {
      files.push({ name: n.replace(/\.gz$/, ''), bytes: new Uint8Array(gunzipSync(readFileSync(join(ZYTE, n)))) });
    }
  } else console.log('fuzz: zyte pages not found (../shared/data/zyte-article-extraction/html); fuzzing the seeds and tests/data only');
  return files;
}

const SNIPPETS = [
  '<div>', '</div>', '<p>', '</p>', '<script>', '<!--', '-->', '---\n', '\n---\n', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#xD800;',
  '\u202E', '\u200B', '\uFEFF', '\u0000', '"', '{', '}', '[', ']', ':', '\n\n', 'javascript:alert(1)', '9999-99-99', '*'.repeat(50),
  '<a href="javascript:alert(1)">x</a>', '<html>', '<body>', '<h1>', '&lt;script&gt;', '\r', '\t'.repeat(100),
];

/** One mutation of `b`: truncate, flip bytes, insert a snippet, duplicate a slice, or splice random bytes. */
function mutate(b: Uint8Array, rnd: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rnd() * n);
  switch (pick(5)) {
    case 0:
      return b.slice(0, pick(b.length + 1));
    case 1: {
      const out = b.slice();
      for (let k = 0, n = 1 + pick(20); k < n && out.length; k++) out[pick(out.length)] = pick(256);
      return out;
    }
    case 2: {
      const at = pick(b.length + 1);
      const s = utf8(SNIPPETS[pick(SNIPPETS.length)]!.repeat(1 + pick(rnd() < 0.1 ? 2000 : 5)));
      return new Uint8Array([...b.slice(0, at), ...s, ...b.slice(at)]);
    }
    case 3: {
      const a = pick(b.length + 1);
      const e = Math.min(b.length, a + pick(2000));
      const piece = b.slice(a, e);
      const parts = [b.slice(0, e)];
      for (let k = 0, n = 1 + pick(20); k < n; k++) parts.push(piece);
      parts.push(b.slice(e));
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) (out.set(p, at), (at += p.length));
      return out;
    }
    default: {
      const at = pick(b.length + 1);
      const junk = Uint8Array.from({ length: 1 + pick(512) }, () => pick(256));
      return new Uint8Array([...b.slice(0, at), ...junk, ...b.slice(at)]);
    }
  }
}

const EXTS = ['.txt', '.md', '.html', '.json'];

describe(`fuzz (seed ${SEED}, ${N} inputs)`, () => {
  it('every file input ends in time with an article or a clear message; refusals change nothing', async () => {
    const rnd = prng(SEED);
    const files = corpusFiles();
    const corpus = await openCorpus();
    const bad: string[] = [];
    for (let k = 0; k < N; k++) {
      const kind = rnd();
      let name: string;
      let bytes: Uint8Array;
      if (kind < 0.15) {
        bytes = Uint8Array.from({ length: 1 + Math.floor(rnd() * 8192) }, () => Math.floor(rnd() * 256));
        name = `random-${k}${EXTS[Math.floor(rnd() * EXTS.length)]}`;
      } else if (kind < 0.8) {
        const f = files[Math.floor(rnd() * files.length)]!;
        bytes = f.bytes;
        for (let m = 0, n = 1 + Math.floor(rnd() * 3); m < n; m++) bytes = mutate(bytes, rnd);
        // Sometimes under another extension: a page named .txt, a text named .json.
        const ext = rnd() < 0.2 ? EXTS[Math.floor(rnd() * EXTS.length)]! : f.name.slice(f.name.lastIndexOf('.'));
        name = `mut-${k}-${f.name.replace(/\.[^.]+$/, '')}${ext}`;
      } else {
        // A corpus bundle: the store's own export, mutated as text.
        const json = bundleToJson(await corpus.exportBundle('t'));
        bytes = mutate(utf8(json), rnd);
        name = `bundle-${k}.json`;
      }
      const o = await run(name, bytes, corpus);
      const p = problems(o);
      if (p.length) bad.push(`[seed ${SEED} case ${k}] ${show(o)} → ${p.join('; ')}`);
    }
    console.log(`fuzz: ${N} file inputs from ${files.length} real files, seed ${SEED}, corpus now ${await corpus.count()} articles`);
    corpus.close();
    expect(bad).toEqual([]);
  }, 240_000);

  it('feeds: mutated RSS/Atom end in time with items or an error, never a throw', async () => {
    const rnd = prng(SEED + 1);
    const item = (k: number) =>
      `<item><title>Story ${k} &amp; more</title><link>https://n.example/${k}?utm_source=x</link><pubDate>Tue, 23 Dec 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>Paragraph ${k} of a story about the harbour strike, which ended on Friday.</p><p>Dockworkers voted to accept the offer.</p>]]></description></item>`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://n.example/</link>${Array.from({ length: 8 }, (_, k) => item(k)).join('')}</channel></rss>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.example/1"/><updated>2025-12-23T10:00:00Z</updated><content type="html">&lt;p&gt;The strike ended on Friday after three weeks of talks.&lt;/p&gt;</content></entry></feed>`;
    const corpus = await openCorpus();
    const bad: string[] = [];
    for (let k = 0; k < 40; k++) {
      const base = utf8(k % 2 ? rss : atom);
      let bytes: Uint8Array = base;
      for (let m = 0, n = 1 + Math.floor(rnd() * 3); m < n; m++) bytes = mutate(bytes, rnd);
      const xml = new TextDecoder().decode(bytes);
      const before = bundleToJson(await corpus.exportBundle('t'));
      const t = cpuMs();
      let r;
      try {
        r = await importFeed(corpus, 'https://n.example/feed', async () => xml);
      } catch (e) {
        bad.push(`[seed ${SEED + 1} feed ${k}] threw ${String(e)}`);
        continue;
      }
      const ms = cpuMs() - t;
      if (ms > BUDGET_MS) bad.push(`[seed ${SEED + 1} feed ${k}] took ${ms.toFixed(0)} CPU ms`);
      if (r.error !== null && r.error.trim().length < 5) bad.push(`[seed ${SEED + 1} feed ${k}] error without words`);
      if (r.error !== null && bundleToJson(await corpus.exportBundle('t')) !== before) bad.push(`[seed ${SEED + 1} feed ${k}] failed feed changed the corpus`);
      for (const i of r.items) if (i.status === 'error' && !(i.reason && i.reason.length > 5)) bad.push(`[seed ${SEED + 1} feed ${k}] item error without a reason`);
    }
    corpus.close();
    expect(bad).toEqual([]);
  }, 120_000);
});
