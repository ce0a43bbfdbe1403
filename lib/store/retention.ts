/**
 * Retention: a corpus that keeps itself tidy (issue 11, item 4). A setting — keep feed articles for
 * the last N days, and/or at most N articles in the corpus — applied after feed refreshes and on
 * demand. Only feed articles are ever removed, oldest added first, and only to the trash (kept
 * TRASH_DAYS days, restorable): seeds, articles the reader imported or added, and pinned articles stay.
 *
 * Ages are measured from when an article was added (`addedAt`), not from its publication date: a
 * feed that still lists an old item would otherwise re-add it and retention trash it again at every
 * refresh.
 */
import type { Article } from '../types';
import type { Corpus } from './corpus';
import type { StoredArticle } from './db';

/** The reader's setting. null: that rule is off. Both off: nothing is ever removed (the default). */
export interface RetentionPolicy {
  /** Feed articles added more than this many days ago go to the trash. */
  days: number | null;
  /** The corpus holds at most this many articles: the oldest feed articles beyond it go to the trash. */
  maxArticles: number | null;
}

export const RETENTION_OFF: RetentionPolicy = { days: null, maxArticles: null };
/** Bounds of the setting (a day to ten years; ten articles to ten million). */
export const RETENTION_LIMITS = { days: { min: 1, max: 3650 }, maxArticles: { min: 10, max: 10_000_000 } } as const;
const SETTING = 'retention';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Records read per look-up and ids per trash transaction. */
const CHUNK = 200;
const TRASH_BATCH = 500;

export class RetentionError extends Error {
  override name = 'RetentionError';
}

/**
 * Did the article come from a feed? `fromFeed` when the feed code set it; for records stored before
 * that field, the shape lib/feeds gives its items: a Markdown file named by the item
 * (`url_<hash>` from the item's address, or `feed_<hash>`). Anything else — seeds (named by file),
 * files the reader imported (named by their file names), pages added by address or from the panel
 * (HTML) — is the reader's and is kept.
 */
export function isFeedArticle(a: Pick<Article, 'id' | 'format' | 'fromFeed'>): boolean {
  if (typeof a.fromFeed === 'boolean') return a.fromFeed; // anything else (a bundle's "yes") is not the feed code's
  return a.format === 'markdown' && /^(?:url|feed)_[0-9a-f]+$/.test(a.id);
}

/** May retention remove it? A feed article the reader has not pinned. */
export function removable(a: Pick<Article, 'id' | 'format' | 'fromFeed' | 'pinned'>): boolean {
  return isFeedArticle(a) && a.pinned !== true;
}

/** The setting checked: whole numbers within RETENTION_LIMITS, or null. Throws a plain message. */
export function checkPolicy(p: Partial<RetentionPolicy>): RetentionPolicy {
  const one = (v: unknown, what: string, { min, max }: { min: number; max: number }): number | null => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new RetentionError(`${what} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`);
    return n;
  };
  return {
    days: one(p.days, 'The number of days', RETENTION_LIMITS.days),
    maxArticles: one(p.maxArticles, 'The number of articles', RETENTION_LIMITS.maxArticles),
  };
}

export async function getRetention(corpus: Corpus): Promise<RetentionPolicy> {
  const rec = await corpus.db.settings.get(SETTING);
  try {
    return rec ? checkPolicy(rec.value as Partial<RetentionPolicy>) : RETENTION_OFF;
  } catch {
    return RETENTION_OFF; // a damaged setting removes nothing
  }
}

export async function setRetention(corpus: Corpus, policy: Partial<RetentionPolicy>): Promise<RetentionPolicy> {
  const p = checkPolicy(policy);
  await corpus.db.settings.put({ key: SETTING, value: p });
  return p;
}

export interface RetentionResult {
  /** Ids moved to the trash, oldest added first. */
  trashed: string[];
  /** Articles in the corpus afterwards. */
  count: number;
  /** Articles beyond `maxArticles` that could not be removed (seeds, imports, pinned). */
  overLimit: number;
}

/**
 * Applies a policy (default: the stored setting) at `now`: feed articles added more than `days` ago,
 * then the oldest feed articles while the corpus holds more than `maxArticles`, go to the trash.
 * Reads the summaries' addedAt index oldest first and only the records it must look at.
 */
export async function applyRetention(corpus: Corpus, policy?: RetentionPolicy, now = Date.now()): Promise<RetentionResult> {
  const p = policy ? checkPolicy(policy) : await getRetention(corpus);
  const { db } = corpus;
  const total = await db.summaries.count();
  const cutoff = p.days !== null ? now - p.days * DAY_MS : -Infinity;
  const excess = p.maxArticles !== null ? Math.max(0, total - p.maxArticles) : 0;
  if (p.days === null && excess === 0) return { trashed: [], count: total, overLimit: 0 };

  // Oldest added first; each id's record is read only while a rule still needs it.
  const ids = (await db.summaries.orderBy('addedAt').primaryKeys()) as string[];
  const trashed: string[] = [];
  for (let at = 0; at < ids.length; at += CHUNK) {
    const recs = (await db.articles.bulkGet(ids.slice(at, at + CHUNK))).filter((r): r is StoredArticle => !!r);
    let more = false;
    for (const r of recs) {
      const old = r.addedAt < cutoff;
      const over = trashed.length < excess;
      if (!old && !over) continue;
      more = true;
      if (removable(r)) trashed.push(r.id);
    }
    if (!more) break; // nothing older is too old, and the corpus is within its size
  }
  for (let k = 0; k < trashed.length; k += TRASH_BATCH) {
    const part = trashed.slice(k, k + TRASH_BATCH);
    await corpus.delete(part, now);
    await dropOlderTrash(corpus, part);
  }
  const count = total - trashed.length;
  return { trashed, count, overLimit: p.maxArticles !== null ? Math.max(0, count - p.maxArticles) : 0 };
}

/** Applies the stored setting; never throws (for the background's feed refresh): errors are returned. */
export async function applyStoredRetention(corpus: Corpus, now = Date.now()): Promise<RetentionResult | { error: string }> {
  try {
    return await applyRetention(corpus, undefined, now);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * One trash entry per article: a feed that still lists an item re-adds it, and retention trashes it
 * again; the older entry of the same id goes (the newest copy stays restorable for TRASH_DAYS).
 */
async function dropOlderTrash(corpus: Corpus, ids: string[]): Promise<void> {
  const { db } = corpus;
  await db.transaction('rw', db.trash, async () => {
    const entries = await db.trash.where('id').anyOf(ids).toArray();
    const newest = new Map<string, number>();
    for (const e of entries) newest.set(e.id, Math.max(newest.get(e.id) ?? -Infinity, e.deletedAt));
    const stale = entries.filter((e) => e.deletedAt < newest.get(e.id)!).map((e) => e.key);
    if (stale.length) await db.trash.bulkDelete(stale);
  });
}
