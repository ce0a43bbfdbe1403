/**
 * The side panel's time to a report, in real Chromium with the BUILT extension:
 *
 *   npm run build && npx tsx bench/panel-time.ts [--runs 7] [--sizes 5,1000] [--cpu]
 *
 * For each corpus size (the 5 seeds the background imports, then filled up to the size with short
 * synthetic articles through `Corpus.upsertBatched` with story keys, as bench/options-table.ts),
 * opens seed 003 as a page of the local news site, presses the toolbar button (activeTab), then
 * loads `sidepanel.html?tabId=N` `--runs` times and reads the controller's User Timing marks
 * (lib/sidebar/controller.ts): page text arrived → ingested → corpus opened and counted → report
 * dispatched, and when the first report section is in the DOM. The first load of each size is
 * reported apart (cold), the rest as medians. Not a test.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './baseline';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/fixtures';
import { openSeedTab } from './bench-page';
import { mainThreadCpu, OBSERVE, READ_MARKS, startTrace } from './panel-marks';
import { iifeOf } from './iife';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const opt = (name: string) => optionValue(name, args);
const RUNS = Number(opt('--runs') ?? 7);
const SIZES = (opt('--sizes') ?? '5').split(',').map(Number);
/** Also trace each load and report the panel main thread's CPU time from page text to report. */
const CPU = args.includes('--cpu');


const fillScript = (): Promise<string> => iifeOf('options-fill.ts', 'optionsFill', true);

interface Run {
  /** navigation start → page text arrived (page load, tab look-up, content script's extraction). */
  text: number;
  ingest: number;
  corpus: number;
  compare: number;
  /** Sum of the corpus reads' wall time during the compare (they overlap each other and the engine). */
  reads: number;
  dispatch: number;
  toReport: number;
  toDom: number;
  /** navigation start → report in the DOM. */
  open: number;
  /** The panel's main thread CPU time between the page text and the report (--cpu; trace events' thread time). */
  cpu: number;
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-bench-panel-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  await writeFile(path.join(dir, 'bench-fill.js'), await fillScript());
  await writeFile(path.join(dir, 'bench-fill.html'), '<!doctype html><meta charset="utf-8"><script src="bench-fill.js"></script>');
  const ext = await launchExtension({ extensionDir: dir });
  const out: string[] = [`Chromium ${ext.context.browser()?.version() ?? ''}; seed 003 in the panel; times after the page text arrived; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`];
  out.push('| articles | run | page text at | ingest | count + in corpus | compare (from ingested) | corpus reads in it | dispatch | report dispatched | report in DOM | navigation → report in DOM | main-thread CPU, page text → report |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  try {
    await ext.waitForCorpus(5);
    const { tabId } = await openSeedTab(ext);
    let have = await ext.corpusCount();
    let next = 0;
    for (const size of SIZES) {
      if (size > have) {
        const fill = await ext.openExtensionPage('bench-fill.html');
        await fill.waitForFunction(() => typeof (window as any).__fill === 'function');
        const r = await fill.evaluate(([from, n]) => (window as any).__fill(from, n, true), [next, size - have] as const);
        next += size - have;
        have = r.total;
        await fill.close();
      }
      const runs: Run[] = [];
      for (let k = 0; k < RUNS; k++) {
        const panel = await ext.context.newPage();
        await panel.addInitScript(OBSERVE);
        const tracer = CPU ? await startTrace(await ext.context.newCDPSession(panel)) : null;
        await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
        await panel.waitForFunction(() => (window as any).__dom.report !== undefined && performance.getEntriesByName('parallax:report').length > 0, null, {
          timeout: 120_000,
          polling: 20,
        });
        const t = await panel.evaluate(READ_MARKS);
        const cpu = tracer ? mainThreadCpu(await tracer.stop()) : NaN;
        runs.push({
          text: t.text,
          ingest: t.ingested - t.text,
          corpus: t.corpus - t.ingested,
          compare: (Number.isNaN(t.compared) ? t.report : t.compared) - t.ingested,
          reads: t.reads,
          dispatch: Number.isNaN(t.compared) ? NaN : t.report - t.compared,
          toReport: t.report - t.text,
          toDom: t.dom - t.text,
          open: t.dom,
          cpu,
        });
        await panel.close();
      }
      const m = (rs: Run[], k: keyof Run) => {
        const v = median(rs.map((r) => r[k]).filter((x) => !Number.isNaN(x)));
        return Number.isFinite(v) ? `${Math.round(v)} ms` : '–';
      };
      const row = (label: string, rs: Run[]) =>
        `| ${have.toLocaleString('en')} | ${label} | ${m(rs, 'text')} | ${m(rs, 'ingest')} | ${m(rs, 'corpus')} | ${m(rs, 'compare')} | ${m(rs, 'reads')} | ${m(rs, 'dispatch')} | ${m(rs, 'toReport')} | ${m(rs, 'toDom')} | ${m(rs, 'open')} | ${m(rs, 'cpu')} |`;
      out.push(row('first load', runs.slice(0, 1)));
      if (runs.length > 1) out.push(row(`median of ${runs.length - 1} more`, runs.slice(1)));
      console.error(out.slice(-2).join('\n'));
    }
  } finally {
    await ext.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(out.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
