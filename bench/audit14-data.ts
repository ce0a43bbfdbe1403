/** The ECB+ events as bench/audit14-cards.ts and bench/audit14-pair.ts read them (docs/notes/audit14.md). */
import { ecbFiles, ECB_GIT } from './data/ecbplus.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import type { Article } from '../lib/types.ts';

/**
 * ECB+ has no headlines: bench/data/ecbplus.ts takes the first sentence for the title, so an ECB
 * article's lead sentence ("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, …") is
 * no unit of its body and every card about it is wrong for a reason no page has. Here a first
 * sentence that reads as a lead (more than HEADLINE words and a full stop: headlines have none) stays in the body and the title is its
 * first HEADLINE words, as a page has a headline and a lead.
 */
const HEADLINE = 12;

/** Every event's articles, by id. */
export function ecbEvents(): Map<string, Article[]> {
const byStory = new Map<string, Article[]>();
for (const f of ecbFiles(ECB_GIT, true)!) {
  let md = f.markdown;
  const m = /^---\ntitle: (".*")\n([\s\S]*?)---\n/.exec(md)!;
  const first = JSON.parse(m[1]!) as string;
  const words = first.split(/\s+/);
  if (words.length > HEADLINE && /[.!?]["”’']?$/.test(first)) md = `---\ntitle: ${JSON.stringify(words.slice(0, HEADLINE).join(' ') + ' …')}\n${m[2]}---\n${first}\n\n${md.slice(m[0].length)}`;
  const a = ingestFile({ name: `${f.name}.md`, content: md }).articles[0];
  if (a && a.units.length) byStory.set(f.story, [...(byStory.get(f.story) ?? []), { ...a, id: f.name }]);
}
for (const l of byStory.values()) l.sort((a, b) => (a.id < b.id ? -1 : 1));
return byStory;
}

/**
 * One audit reading (docs/notes/audit14.md): event `ev`'s ("13a") first article by id, and the
 * corpus it is read against — the event's next `per` articles, every article of the topic's other
 * event ("13b"), then `extra` (the seeds). `own`: the event's articles in the reading (the one read first). Null when the event has fewer than two articles.
 */
export function auditReading(byStory: Map<string, Article[]>, ev: string, extra: Article[], per = 4): { read: Article; own: Article[]; corpus: Article[] } | null {
  const own = (byStory.get(ev) ?? []).slice(0, per + 1);
  if (own.length < 2) return null;
  const other = byStory.get(`${ev.slice(0, -1)}${ev.endsWith('a') ? 'b' : 'a'}`) ?? [];
  return { read: own[0]!, own, corpus: [...own.slice(1), ...other, ...extra] };
}

/** 95% Wilson score interval of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const h = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(c - h) / d, (c + h) / d];
}
