/** Shared test set-up: a fresh container per test for Preact components, and CLI output capture. */
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';

/** Registers a fresh `<div>` in the body before each test (unmounted and removed after); returns its getter. */
export function mountPoint(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}

/** Runs a CLI command's `run(argv)` with stdout and stderr captured. */
export async function captureRun(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await run(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
