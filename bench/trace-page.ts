/**
 * A Chrome trace of one page load (bench/opts75-trace.ts, bench/opts76-panel-trace.ts): a CDP session on the page, tracing
 * started with the given categories, its events collected until `stop()`.
 */
import type { Page } from 'playwright-core';

/** A trace event as Chrome reports it (the fields the benches read). */
export interface TraceEvent { name: string; ph?: string; ts: number; pid: number; tid?: number; dur?: number; args?: { data?: { url?: string; requestId?: string } } }

/** Starts tracing `page` (over `context.newCDPSession`); `stop()` ends it and gives every event collected. */
export async function traceOf(context: { newCDPSession(p: Page): Promise<unknown> }, page: Page, categories: string): Promise<{ stop(): Promise<TraceEvent[]> }> {
  // (Tracing's events are not in Playwright's CDP event types.)
  const cdp = (await context.newCDPSession(page)) as { send(m: string, a?: object): Promise<unknown>; on(e: string, f: (d: { value: TraceEvent[] }) => void): void; once(e: string, f: () => void): void };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}
