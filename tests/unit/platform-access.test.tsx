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
import { mountPoint } from './dom-helpers';

const mount = mountPoint();

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));

describe('PageAccess', () => {
  it('on a tab Parallax was not given: press the button, or allow every tab (with the reason)', async () => {
    let retried = 0;
    await act(() => render(<PageAccess detail={`${NO_ACCESS_PREFIX}: click …`} onRetry={() => retried++} />, mount()));
    await settle();
    const text = mount().textContent ?? '';
    expect(text).toContain('Parallax cannot read this page.');
    expect(text).toContain('click the Parallax button in the toolbar (or press Alt+Shift+L)');
    const buttons = [...mount().querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain(FOLLOW_REASON);
    expect(buttons).toContain('Try again');
    (mount().querySelector('button:last-of-type') as HTMLButtonElement).click();
    expect(retried).toBe(1);
  });

  it('on a page closed to extensions: says so, with no opt-in', async () => {
    await act(() => render(<PageAccess detail="Parallax cannot read this page (Cannot access a chrome:// URL)" onRetry={() => {}} />, mount()));
    await settle();
    expect(mount().textContent).toContain('are closed to extensions');
    expect([...mount().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Try again']);
  });
});
