/**
 * What the corpus manager's "Storage used" line does across imports and "Reset to seeds" in the
 * built extension in Chromium (ui32). A kept profile (so its IndexedDB files can be listed): the
 * seeds; then `--cycles` times: import the NewsWCL50 development events' articles (dnc, ukvisit,
 * pompeo, caravan; read at run time from the mirror, nothing committed) through the options page's
 * file input, read the panel on one of them (so story vectors are kept, as a reader's panel does),
 * then Reset to seeds. After each step: navigator.storage.estimate()'s usage (what the line shows),
 * and the bytes of the extension's IndexedDB files on disk, by kind. Last: the options page
 * closed (no connection but the service worker's), and the browser restarted on the same profile.
 *
 *   npm run build && nice npx tsx bench/ui32-storage.ts [--cycles 3]
 *   PARALLAX_EXT_DIR=/tmp/ui32/main/.output/chrome-mv3 nice npx tsx bench/ui32-storage.ts   # another build
 *
 * Never the held-out NewsWCL50 events (comey, tariffs, nktests, macron, mueller, netanyahu).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from '../tests/e2e/fixtures.ts';
import { NEWSWCL_SETS, newsWclMarkdown, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { OUTLETS } from './data/newswcl.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const cycles = Number(optionValue('--cycles', args) ?? 3);
const missing = newsWclMissing();
if (missing) {
  console.log(`skipped: ${missing}`);
  process.exit(0);
}
const files: Array<{ name: string; mimeType: string; buffer: Buffer }> = [];
for (const name of ['dnc', 'ukvisit', 'pompeo', 'caravan']) {
  for (const [side, outlet] of Object.entries(OUTLETS)) {
    const md = newsWclMarkdown(NEWSWCL_SETS[name]!.event, side, outlet);
    if (md !== null) files.push({ name: `wcl-${name}-${side}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md) });
  }
}

const profile = mkdtempSync(path.join(tmpdir(), 'ui32-storage-'));
/** Bytes of the extension origin's IndexedDB files, by kind (log, table, sqlite, other). */
function onDisk(id: string): string {
  const root = path.join(profile, 'Default', 'IndexedDB');
  const by = new Map<string, number>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else {
        const kind = /\.log$/.test(f.name) ? 'log' : /\.(ldb|sst)$/.test(f.name) ? 'table' : /sqlite|\.db$/.test(f.name) ? 'sqlite' : /-wal$|-journal$/.test(f.name) ? 'wal' : 'other';
        by.set(kind, (by.get(kind) ?? 0) + statSync(p).size);
      }
    }
  };
  for (const d of readdirSync(root)) if (d.includes(id)) walk(path.join(root, d));
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  return `disk ${kb(total)} (${[...by].map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`;
}
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} kB`;
const usage = (p: Page) => p.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
const line = (p: Page) => p.locator('dt:text-is("Storage used") + dd').innerText();

/** Records in the kept story vectors table (schema v8's `vectors`). */
const vectors = (ext: ExtensionHarness) => ext.tableCount('vectors');

async function report(ext: ExtensionHarness, p: Page, step: string) {
  await p.waitForTimeout(1500);
  console.log(`${step.padEnd(28)} corpus ${String(await ext.corpusCount()).padStart(3)}  vectors ${String(await vectors(ext)).padStart(3)}  estimate ${kb(await usage(p)).padStart(9)}  line "${await line(p)}"  ${onDisk(ext.extensionId)}`);
}
async function options(ext: ExtensionHarness): Promise<Page> {
  const p = await ext.openExtensionPage('options.html');
  await p.getByRole('heading', { level: 1 }).waitFor();
  return p;
}

let ext = await launchExtension({ userDataDir: profile });
try {
  await ext.waitForCorpus(5);
  let opts = await options(ext);
  await report(ext, opts, 'fresh (seeds)');
  for (let c = 1; c <= cycles; c++) {
    await opts.locator('#px-file-input').setInputFiles(files);
    await opts.getByText(new RegExp(`Imported ${files.length} of ${files.length} files`)).waitFor({ timeout: 180_000 });
    await report(ext, opts, `cycle ${c}: imported ${files.length}`);
    // A reader's panel on one of them: the panel keeps the story vectors it derived.
    const { panel } = await ext.openSidePanelFor(ext.newsSite.url('003_38879e5049cf1087'));
    await panel.locator('[data-section="added"], [data-state]').first().waitFor({ timeout: 120_000 });
    await panel.close();
    await report(ext, opts, `cycle ${c}: after a compare`);
    await opts.getByRole('button', { name: 'Reset to seeds…' }).click();
    await opts.getByRole('button', { name: 'Replace with seeds' }).click();
    await opts.getByText(/The corpus now holds the 5 seed articles|Could not/).waitFor({ timeout: 60_000 });
    await opts.reload();
    await opts.getByRole('heading', { level: 1 }).waitFor();
    await report(ext, opts, `cycle ${c}: reset`);
  }
  await opts.close();
  await new Promise((r) => setTimeout(r, 15_000));
  opts = await options(ext);
  await report(ext, opts, 'options closed 15 s, reopened');
  await ext.close();
  ext = await launchExtension({ userDataDir: profile });
  await ext.waitForCorpus(5);
  opts = await options(ext);
  await report(ext, opts, 'browser restarted');
} finally {
  await ext.close();
  rmSync(profile, { recursive: true, force: true });
}
