/**
 * The one way an address from the corpus, a page or a feed is rendered. Only absolute http(s) URLs
 * become links (lib/text/display.ts `safeUrl`); anything else (`javascript:`, `data:`, a relative
 * or broken address, one hiding bidi or zero-width characters) is shown as plain text. Links open
 * in a new tab without an opener or referrer; the shown text is cleaned and isolated (`<bdi>`).
 */
import type { ComponentChildren } from 'preact';
import { displayText, displayUrl, safeUrl } from '../lib/text/display';

export interface SafeLinkProps {
  /** The address as stored. */
  href: string | null | undefined;
  /** What to show; defaults to a short form of the address. Strings are cleaned like the address. */
  children?: ComponentChildren;
  class?: string;
  /** A tooltip; defaults to the full (cleaned) address. */
  title?: string;
  'aria-label'?: string;
}

export function SafeLink(props: SafeLinkProps) {
  const href = safeUrl(props.href);
  const label =
    props.children === undefined || props.children === null
      ? displayUrl(props.href)
      : typeof props.children === 'string'
        ? displayText(props.children)
        : props.children;
  const title = props.title !== undefined ? displayText(props.title) : displayText(props.href);
  if (!href) {
    return (
      <span class={props.class ? `${props.class} px-not-a-link` : 'px-not-a-link'} title={title || undefined} data-unsafe-url="">
        <bdi>{label}</bdi>
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
      class={props.class}
      title={title || undefined}
      aria-label={props['aria-label']}
    >
      <bdi>{label}</bdi>
    </a>
  );
}
