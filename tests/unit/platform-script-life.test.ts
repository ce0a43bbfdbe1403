/**
 * The content script's life in a page (lib/extension/script-life.ts): a newer copy takes over at
 * once, an orphan (extension updated or removed) cleans up, in-place navigation is noticed — all
 * through the isolated world's own global, never through anything the page can see or send.
 */
import { describe, expect, it } from 'vitest';
import { SLOT_KEY, startScriptLife } from '../../lib/extension/script-life';

function harness() {
  const slot: Record<string, unknown> = {};
  let alive = true;
  let url = 'https://news.example/a';
  const timers: Array<{ fn: () => void; live: boolean }> = [];
  const env = {
    slot,
    runtimeAlive: () => alive,
    url: () => url,
    setInterval: (fn: () => void) => {
      const t = { fn, live: true };
      timers.push(t);
      return t;
    },
    clearInterval: (t: unknown) => {
      (t as { live: boolean }).live = false;
    },
  };
  const tick = () => timers.filter((t) => t.live).forEach((t) => t.fn());
  return {
    env,
    slot,
    tick,
    kill: () => (alive = false),
    go: (u: string) => (url = u),
    liveTimers: () => timers.filter((t) => t.live).length,
  };
}

describe('content script life', () => {
  it('a newer copy takes over: the older one stops answering at once and ends at its next tick', () => {
    const h = harness();
    const first = startScriptLife(h.env);
    const ends: string[] = [];
    first.onEnd((why) => ends.push(why));
    expect(first.active).toBe(true);
    const second = startScriptLife(h.env);
    expect(first.active).toBe(false);
    expect(first.newest).toBe(false);
    expect(second.active).toBe(true);
    h.tick();
    expect(ends).toEqual(['replaced']);
    expect(h.liveTimers()).toBe(1);
    expect(h.slot[SLOT_KEY]).toBeDefined();
  });

  it('an orphaned copy (its extension went away) ends and frees the slot', () => {
    const h = harness();
    const life = startScriptLife(h.env);
    const ends: string[] = [];
    life.onEnd((why) => ends.push(why));
    h.kill();
    expect(life.active).toBe(false);
    h.tick();
    expect(ends).toEqual(['orphaned']);
    expect(h.slot[SLOT_KEY]).toBeUndefined();
    expect(h.liveTimers()).toBe(0);
  });

  it('reports in-place navigation once per new address, and nothing after it ended', () => {
    const h = harness();
    const life = startScriptLife(h.env);
    const seen: string[] = [];
    life.onLocationChange((u) => seen.push(u));
    h.tick();
    h.go('https://news.example/b');
    h.tick();
    h.tick();
    expect(seen).toEqual(['https://news.example/b']);
    life.end();
    h.go('https://news.example/c');
    h.tick();
    expect(seen).toEqual(['https://news.example/b']);
  });

  it('keeps its state only in the slot it was given (no page-visible global, event or message)', () => {
    const h = harness();
    const before = Object.keys(globalThis).length;
    startScriptLife(h.env);
    expect(Object.keys(h.slot)).toEqual([SLOT_KEY]);
    expect(Object.keys(globalThis).length).toBe(before);
  });
});
