/**
 * The feed refresh schedule: the interval the reader set (corpus `settings`) and the alarm that follows it.
 * Apart from lib/feeds/core.ts so the code that only reads or sets the schedule (Chrome's service worker, the
 * corpus job that answers the period at browser start: lib/extension/corpus-jobs.ts) loads no ingestion.
 */
import type { Corpus } from '../store/corpus';
import { FeedError } from './model';

/** Name of the alarm the background listens for to call `refreshFeeds()`. */
export const FEED_ALARM = 'parallax:refresh-feeds';
/** Settings key (corpus db `settings` table) holding the refresh interval in minutes, or null for manual only. */
export const FEED_INTERVAL_KEY = 'feedIntervalMinutes';
/** Refresh intervals offered to the user, in minutes. */
export const FEED_INTERVALS = [30, 60, 180, 360, 720, 1440] as const;

/** The refresh interval in minutes, or null when feeds refresh only on demand. */
export async function getFeedInterval(corpus: Corpus): Promise<number | null> {
  const v = (await corpus.db.settings.get(FEED_INTERVAL_KEY))?.value;
  return typeof v === 'number' && v > 0 ? v : null;
}

export async function setFeedInterval(corpus: Corpus, minutes: number | null): Promise<void> {
  if (minutes !== null && !(Number.isFinite(minutes) && minutes >= 1)) {
    throw new FeedError('The refresh interval must be at least one minute.');
  }
  await corpus.db.settings.put({ key: FEED_INTERVAL_KEY, value: minutes });
}

/** The part of `browser.alarms` the schedule needs (passed in: lib never touches `browser.*`). */
export interface AlarmsLike {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): unknown;
  get?(name: string): Promise<{ periodInMinutes?: number } | undefined>;
}

/**
 * The FEED_ALARM's period the corpus asks for: its stored interval when there is one and at least one
 * feed, else null (no alarm). Read where the corpus is (Chrome: the offscreen document, sw70).
 */
export async function feedAlarmMinutes(corpus: Corpus): Promise<number | null> {
  const minutes = await getFeedInterval(corpus);
  return minutes === null || (await corpus.db.feeds.count()) === 0 ? null : minutes;
}

/** Makes the FEED_ALARM repeat every `minutes` (re-created only when the period changed), or clears it (null). */
export async function setFeedAlarm(minutes: number | null, alarms: AlarmsLike): Promise<number | null> {
  if (minutes === null) {
    await alarms.clear(FEED_ALARM);
    return null;
  }
  const current = alarms.get ? await alarms.get(FEED_ALARM) : undefined;
  if (current?.periodInMinutes !== minutes) {
    await alarms.create(FEED_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
  }
  return minutes;
}

/**
 * Makes the FEED_ALARM match the stored interval: created (or re-created when the period changed)
 * when there is an interval and at least one feed, cleared otherwise. Call it from the options page
 * after a change; the background does the same in two halves (the corpus read by its corpus job,
 * lib/extension/corpus-jobs.ts; the alarm set in the worker) on startup/install.
 */
export async function syncFeedAlarm(corpus: Corpus, alarms: AlarmsLike): Promise<number | null> {
  return setFeedAlarm(await feedAlarmMinutes(corpus), alarms);
}
