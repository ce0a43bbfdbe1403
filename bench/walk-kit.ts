/**
 * What the reader walks (bench/ui34-walk.ts, bench/ui35-walk.ts) share: a NewsWCL50 event's outlets as files for
 * the options page's file input, one of them served as a page, and the saving of each state (a PNG, the page's
 * text, axe-core's WCAG 2.1 A/AA findings in `axe.txt`, the sideways-overflow probe).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { sideways } from '../tests/e2e/fixtures.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { NEWSWCL_SETS, newsWclMarkdown } from '../tests/data/engine/newswcl.ts';
import { OUTLETS } from './data/newswcl.ts';
import type { Article } from '../lib/types.ts';

export type WalkFile = { name: string; mimeType: string; buffer: Buffer };

/** One NewsWCL50 event, by set name: the right-leaning outlet ('R') served as a page, the others as files to import. */
export function newsWclWalkFiles(set: string): { imports: WalkFile[]; served: Article[] } {
  const imports: WalkFile[] = [];
  const served: Article[] = [];
  const ev = NEWSWCL_SETS[set]!.event;
  for (const [side, outlet] of Object.entries(OUTLETS)) {
    const md = newsWclMarkdown(ev, side, outlet);
    if (md === null) continue;
    const id = `wcl-${set}-${side}`;
    if (side === 'R') served.push({ ...ingestFile({ name: `${id}.md`, content: md }).articles[0]!, id });
    else imports.push({ name: `${id}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md) });
  }
  return { imports, served };
}

/** Saves states into `out`: `shot` a PNG, the text and axe's findings (every impact, one line each); `overflow` the probe. */
export function walkRecorder(out: string) {
  const axeLines: string[] = [];
  const shot = async (p: Page, name: string, fullPage = true) => {
    await p.screenshot({ path: path.join(out, `${name}.png`), fullPage });
    writeFileSync(path.join(out, `${name}.txt`), await p.evaluate(() => document.body.innerText));
    const res = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of res.violations) axeLines.push(`${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ').slice(0, 300)})`);
    writeFileSync(path.join(out, 'axe.txt'), axeLines.join('\n') + '\n');
    console.log(`${name}.png`);
  };
  const overflow = async (p: Page, name: string) => {
    const s = await sideways(p);
    writeFileSync(path.join(out, `${name}-overflow.txt`), [`clientWidth=${s.client} scrollWidth=${s.scroll}`, ...s.out].join('\n') + '\n');
    console.log(`${name}-overflow.txt: clientWidth=${s.client} scrollWidth=${s.scroll} (${s.out.length} overflowing)`);
  };
  return { shot, overflow };
}
