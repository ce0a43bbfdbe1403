// @vitest-environment happy-dom
/**
 * What a reader sees of titles, outlets and addresses from the corpus: no hidden characters that
 * reorder or disguise text, and only http(s) addresses as links — in the helper and in every
 * component that shows them (corpus table, sidebar sources, trace view).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayText, displayUrl, hasHiddenCharacters, safeUrl } from '../../lib/text/display';
import { SafeLink } from '../../components/SafeLink';
import { SafeText } from '../../components/SafeText';
import { ArticleTable } from '../../components/options/ArticleTable';
import { SourceName } from '../../components/sidebar/bits';
import { TraceView } from '../../components/sidebar/TraceView';
import type { ArticleSummary } from '../../lib/store/db';
import type { Trace } from '../../lib/types';
import { mountPoint } from './dom-helpers';
import { summaryRow } from './store-helpers';

const RLO = '\u202E';
const PDF = '\u202C';

describe('displayText', () => {
  it('removes bidi overrides, so "evil" behind an RLO reads "evil", not "live"', () => {
    expect(displayText(`Budget ${RLO}evil${PDF} plan`)).toBe('Budget evil plan');
    expect(displayText(`${RLO}evil`)).toBe('evil');
  });

  it('removes every bidi control and zero-width character the issue lists', () => {
    const hidden = [
      '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F',
      '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
    ];
    for (const ch of hidden) {
      expect(hasHiddenCharacters(`a${ch}b`)).toBe(true);
      expect(displayText(`pay${ch}pal`)).toBe('paypal');
    }
  });

  it('keeps real right-to-left text and ordinary punctuation', () => {
    expect(displayText('الجزيرة نت')).toBe('الجزيرة نت');
    expect(displayText('ynet — ידיעות')).toBe('ynet — ידיעות');
    expect(hasHiddenCharacters('Le Monde: « Bukele »')).toBe(false);
  });

  it('turns control characters and runs of whitespace into single spaces; null is empty', () => {
    expect(displayText('a\u0000b\u0007\n\n c')).toBe('a b c');
    expect(displayText(null)).toBe('');
    expect(displayText(undefined)).toBe('');
  });
});

describe('safeUrl', () => {
  it('links absolute http and https addresses only', () => {
    expect(safeUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of [
      'javascript:alert(document.domain)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'chrome://settings',
      'about:blank',
      '//example.com/a',
      '/relative/path',
      'example.com',
      '',
      null,
      undefined,
    ]) {
      expect(safeUrl(bad as string), String(bad)).toBeNull();
    }
  });

  it('refuses addresses with credentials or hidden characters', () => {
    expect(safeUrl('https://bank.example@evil.example/')).toBeNull();
    expect(safeUrl(`https://example.com/${RLO}fdp.exe`)).toBeNull();
    expect(safeUrl('https://exa\u200Bmple.com/')).toBeNull();
  });

  it('shows a short, clean form of the address', () => {
    expect(displayUrl('https://www.example.com/news/a%C3%A9')).toBe('example.com/news/aé');
    expect(displayUrl('https://example.com/')).toBe('example.com');
    // A percent-encoded override in the path is decoded for display and then dropped.
    expect(displayUrl('https://example.com/%E2%80%AEfdp.exe')).toBe('example.com/fdp.exe');
    expect(displayUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});

const mount = mountPoint();

const show = (vnode: preact.ComponentChild) => act(() => render(vnode, mount()));

describe('SafeLink and SafeText', () => {
  it('renders a javascript: address as plain text, an https one as a link', async () => {
    await show(
      <div>
        <SafeLink href="javascript:alert(document.domain)" />
        <SafeLink href="https://example.com/story">Story</SafeLink>
      </div>,
    );
    const links = mount().querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://example.com/story');
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
    expect(mount().textContent).toContain('javascript:alert(document.domain)');
    expect(mount().innerHTML).not.toContain('href="javascript');
  });

  it('isolates text in <bdi> with the override removed', async () => {
    await show(<SafeText text={`${RLO}evil`} />);
    const bdi = mount().querySelector('bdi');
    expect(bdi?.textContent).toBe('evil');
    expect(mount().textContent).not.toContain(RLO);
  });
});

const row = summaryRow;

describe('where titles, outlets and addresses are shown', () => {
  it('the corpus table links no javascript: address and shows no override', async () => {
    await show(
      <ArticleTable
        rows={[
          row({ id: 'a', title: `Mayor ${RLO}evil${PDF} plan`, outlet: `Daily${'\u200B'}News`, url: 'javascript:alert(document.domain)' }),
          row({ id: 'b', title: 'Fine', url: 'https://example.com/fine' }),
        ]}
        loaded
        onSave={async () => {}}
        onDelete={() => {}}
      />,
    );
    const links = [...mount().querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/fine']);
    const first = mount().querySelector('tr[data-id="a"]')!;
    expect(first.textContent).toContain('Mayor evil plan');
    expect(first.textContent).toContain('DailyNews');
    expect(first.textContent).toContain('alert(document.domain)'); // shown as text (the table's short form)
    expect(first.textContent).not.toMatch(/[\u202A-\u202E\u200B]/u);
  });

  it('a source in the sidebar: a data: address is not a link, the title has no override', async () => {
    await show(
      <SourceName source={{ id: 'x', outlet: `${RLO}tuo`, title: `${RLO}evil`, url: 'data:text/html,hi', date: null } as never} />,
    );
    expect(mount().querySelector('a')).toBeNull();
    expect(mount().textContent).toContain('evil');
    expect(mount().textContent).not.toContain(RLO);
  });

  it('the trace view shows outlets and titles without overrides', async () => {
    const trace = {
      selection: 'it must be everyone',
      speaker: null,
      origin: null,
      occurrences: [
        { id: 'o1', i: 0, text: 'it must be everyone', kind: 'exact', score: 1, outlet: `${RLO}tuO`, title: `${RLO}evil`, date: null, url: null, speaker: null, diff: [] },
      ],
    } as unknown as Trace;
    await show(<TraceView trace={trace} loading={false} error={null} onBack={() => {}} />);
    expect(mount().textContent).toContain('tuO');
    expect(mount().textContent).toContain('evil');
    expect(mount().textContent).not.toContain(RLO);
  });
});
