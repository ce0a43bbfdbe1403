// @vitest-environment happy-dom
/**
 * What the panel says on a tab it may not read: never a silent failure. Without access it tells the
 * reader to press the toolbar button (or the shortcut) and offers the opt-in with its reason; on a
 * page closed to extensions it says that instead and offers no opt-in that would not help.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageAccess, FOLLOW_REASON } from '../../components/SiteAccess';
import { NO_ACCESS_PREFIX } from '../../lib/extension/platform';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));

describe('PageAccess', () => {
  it('on a tab Parallax was not given: press the button, or allow every tab (with the reason)', async () => {
    let retried = 0;
    await act(() => render(<PageAccess detail={`${NO_ACCESS_PREFIX}: click …`} onRetry={() => retried++} />, root));
    await settle();
    const text = root.textContent ?? '';
    expect(text).toContain('Parallax cannot read this page.');
    expect(text).toContain('click the Parallax button in the toolbar (or press Alt+Shift+L)');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain(FOLLOW_REASON);
    expect(buttons).toContain('Try again');
    (root.querySelector('button:last-of-type') as HTMLButtonElement).click();
    expect(retried).toBe(1);
  });

  it('on a page closed to extensions: says so, with no opt-in', async () => {
    await act(() => render(<PageAccess detail="Parallax cannot read this page (Cannot access a chrome:// URL)" onRetry={() => {}} />, root));
    await settle();
    expect(root.textContent).toContain('are closed to extensions');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Try again']);
  });
});
