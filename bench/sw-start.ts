/**
 * Service worker (background) restart time, in real Chromium with the BUILT extension:
 *
 *   npm run build && npx tsx bench/sw-start.ts [--runs 15] [--dir .output/chrome-mv3]
 *
 * An MV3 service worker is stopped when idle and started again by the next event, so its start is
 * paid by the reader over and over. Each run: stop every service worker through the DevTools
 * protocol (ServiceWorker.stopAllWorkers, from an extension page's session) and wait until ours
 * reports "stopped", then, from an extension page, `chrome.runtime.sendMessage(...)` and time it
 * until it settles: the browser must start the worker and evaluate background.js before it can
 * tell whether anything listens (Parallax's background has no onMessage listener, so the send
 * rejects with "Receiving end does not exist" — after the start). Also reports the protocol's own
 * view: ServiceWorker.startWorker → runningStatus "running".
 * The same is measured on an EMPTY extension (a manifest and an empty background.js) as the floor.
 * Prints medians (and min / max); not a test.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM, EXTENSION_DIR } from '../tests/e2e/fixtures';
import { optionValue } from './args.ts';
import { msSummary as stats } from './baseline.ts';

const args = process.argv.slice(2);
const opt = (name: string) => optionValue(name, args);
const RUNS = Number(opt('--runs') ?? 15);
const DIR = opt('--dir') ?? EXTENSION_DIR;

interface SwVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
  registrationId: string;
}

async function measure(extDir: string, label: string): Promise<string[]> {
  const copy = await mkdtemp(path.join(tmpdir(), 'parallax-sw-'));
  await cp(extDir, copy, { recursive: true });
  await writeFile(path.join(copy, 'bench-blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title>');
  const profile = await mkdtemp(path.join(tmpdir(), 'parallax-sw-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(copy) });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const id = new URL(sw.url()).host;
    // Let install work (seeding the corpus, the context menu) finish before measuring restarts.
    await new Promise((r) => setTimeout(r, 3000));
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${id}/bench-blank.html`);
    const cdp: CDPSession = await context.newCDPSession(page);
    const versions = new Map<string, SwVersion>();
    const waiters: Array<() => void> = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: SwVersion[] }) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${id}/`)) versions.set(v.versionId, v);
      waiters.splice(0).forEach((w) => w());
    });
    await cdp.send('ServiceWorker.enable');
    const status = () => [...versions.values()].map((v) => v.runningStatus);
    const until = async (want: string) => {
      const t = Date.now();
      while (!status().includes(want)) {
        if (Date.now() - t > 10_000) throw new Error(`service worker never "${want}" (${status().join(', ')})`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    };
    const stop = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
      await new Promise((r) => setTimeout(r, 200));
    };
    const message: number[] = [];
    const running: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      await stop();
      message.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          await (globalThis as any).chrome.runtime.sendMessage({ type: 'bench:ping' }).catch(() => undefined);
          return performance.now() - t0;
        }),
      );
      await stop();
      const t0 = performance.now();
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${id}/` });
      await until('running');
      running.push(performance.now() - t0);
    }
    return [`${label}: message settled ${stats(message)}; start → running ${stats(running)}`];
  } finally {
    await context?.close();
    await rm(copy, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

async function main() {
  const empty = await mkdtemp(path.join(tmpdir(), 'parallax-empty-ext-'));
  await mkdir(empty, { recursive: true });
  await writeFile(
    path.join(empty, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'background.js' } }),
  );
  await writeFile(path.join(empty, 'background.js'), '');
  const lines: string[] = [];
  try {
    lines.push(...(await measure(DIR, `Parallax (${path.relative(process.cwd(), DIR) || DIR})`)));
    lines.push(...(await measure(empty, 'empty extension')));
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
  console.log(`${RUNS} runs each\n${lines.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
