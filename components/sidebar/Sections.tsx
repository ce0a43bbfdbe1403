/**
 * The report's sections: Others added, Left out by others, Conflicts, Near-copies, Shared.
 * Each is a landmark (<section> with a heading); counts are badges with words, not colour alone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  AddedItem,
  ConflictItem,
  LeftOutItem,
  NearCopyItem,
  SharedItem,
} from '../../lib/sidebar/view';
import { closestHint, closestSummary, inAddedLead, inLeftOutLead, inNofM, inSharedAdded, inSharedLead, leftOutBadge, leftOutHint, missingFromLine, percent, plural, quotesInText, TOP_CARDS } from '../../lib/sidebar/view';
import { SafeText } from '../SafeText';
import { Badge, Diff, HereFact, NovelHint, NovelText, SourceList, SourceName, Speaker, TraceButtons } from './bits';

/** The report's sections, in the order the panel draws them: each one's name (data-section), title and tone. */
export const SECTIONS = [
  { name: 'added', title: 'Others added', tone: 'added' },
  { name: 'left-out', title: 'Left out by others', tone: 'leftout' },
  { name: 'conflicts', title: 'Possible conflicts', tone: 'conflict' },
  { name: 'near-copies', title: 'Near-copies', tone: 'copy' },
  { name: 'shared', title: 'Shared', tone: 'shared' },
] as const;
export type SectionName = (typeof SECTIONS)[number]['name'];
const titleOf = (name: SectionName) => SECTIONS.find((x) => x.name === name)!.title;
const headingId = (name: SectionName) => `px-h-${name}`;

/**
 * One line of links under the page tools, one per section with its count: on real coverage the
 * first section alone runs to thousands of pixels and dozens of Tab stops, and a reader should see
 * at once whether there is a conflict, and get there, without scrolling past every added fact.
 * A link moves the page and the keyboard's next Tab to that section (an in-page link); Shared,
 * collapsed by default, opens. A section with nothing in it is named with its 0 but not linked:
 * following it would only lead to "none" (and it is one Tab stop fewer).
 */
/** The conflicts flagged "check": shown after the stated ones, not in the section's count (conf46). */
export const checkCount = (items: ConflictItem[]) => items.filter((c) => c.check).length;

/** The line on a card whose sentence stands in the other section too, saying why (view.ts inSharedLead, inLeftOutLead). */
const Twin = (props: { text: string | null }) =>
  props.text ? (
    <p class="px-novel-hint px-twin">
      <SafeText text={props.text} />
    </p>
  ) : null;

/**
 * Under a card whose sentence read alone names no one (view.ts leanedOn, audit66): the whole sentence it is a piece
 * of, or the sentence before it in its article.
 */
const Leans = (props: { context?: string }) =>
  props.context ? (
    <p class="px-novel-hint px-context">
      <SafeText text={props.context} />
    </p>
  ) : null;

export function SectionJump(props: { counts: Record<SectionName, number>; checks?: Partial<Record<SectionName, number>> }) {
  const open = (e: MouseEvent) => {
    const details = (e.currentTarget as HTMLElement).ownerDocument.getElementById(headingId('shared'))?.closest('details');
    if (details) details.open = true;
  };
  return (
    <nav class="px-jump" aria-label="Sections of the report">
      <ul>
        {SECTIONS.map((x) => {
          const count = props.counts[x.name];
          const checks = props.checks?.[x.name] ?? 0;
          const inside = (
            <>
              <span>{x.title}</span> <Badge tone={count > 0 ? x.tone : ''}>{count}</Badge>
              {checks > 0 && <CheckBadge n={checks} />}
            </>
          );
          return (
            <li key={x.name}>
              {count + checks > 0 ? (
                <a href={`#${headingId(x.name)}`} class="px-jump-link" onClick={x.name === 'shared' ? open : undefined}>
                  {inside}
                </a>
              ) : (
                <span class="px-jump-link px-jump-link--empty">{inside}</span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export interface FactCallbacks {
  onShow(i: number): void;
  onTrace(text: string): void;
  /** Quotes of this article standing in unit i. */
  quotesAt(i: number, text: string): string[];
  /** The unit last sent to the page and whether it was found. */
  scroll: { i: number; found: boolean | null } | null;
}

function scrollStatus(cb: FactCallbacks, i: number): 'pending' | 'found' | 'missing' | null {
  if (!cb.scroll || cb.scroll.i !== i) return null;
  return cb.scroll.found === null ? 'pending' : cb.scroll.found ? 'found' : 'missing';
}

/**
 * The first TOP_CARDS cards of a ranked section, then a "Show all N" button (a real button:
 * keyboard and screen reader reach it; aria-expanded says which state the list is in).
 */
function RankedList<T>(props: { name: string; items: T[]; render(item: T): ComponentChildren }) {
  const [all, setAll] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const collapsed = useRef(false);
  const id = `px-list-${props.name}`;
  const many = props.items.length > TOP_CARDS;
  const shown = all || !many ? props.items : props.items.slice(0, TOP_CARDS);
  // A whole list can be tens of thousands of pixels: while it is open the button stays at the panel's foot
  // (sticky, CSS), and closing it brings the button — now right under the top cards — back into view, instead
  // of leaving the reader far down among other sections.
  useEffect(() => {
    if (!collapsed.current) return;
    collapsed.current = false;
    button.current?.scrollIntoView?.({ block: 'nearest' });
  }, [all]);
  return (
    <>
      <ol class="px-facts" id={id}>
        {shown.map(props.render)}
      </ol>
      {many && (
        <button
          ref={button}
          type="button"
          class={all ? 'px-show-all px-show-all--open' : 'px-show-all'}
          aria-expanded={all}
          aria-controls={id}
          onClick={() => {
            collapsed.current = all;
            setAll(!all);
          }}
        >
          {all ? `Show the top ${TOP_CARDS}` : `Show all ${props.items.length}`}
        </button>
      )}
    </>
  );
}

/** Why a card ranks where it does, when the engine says and it helps: the top cards only. */
function Why(props: { why: string | null; rank: number }) {
  if (!props.why || props.rank > TOP_CARDS) return null;
  return (
    <p class="px-why">
      <span class="px-why-label">Why it ranks high:</span> {props.why}
    </p>
  );
}

/** Cards flagged "check" (maybe not of one thing, conf37 / conf45) beside a count that leaves them out (conf46). */
const CheckBadge = (props: { n: number }) => (
  <>
    {' '}
    <Badge label={`and ${props.n} to check`}>+{props.n} to check</Badge>
  </>
);

function SectionHead(props: { id: string; title: string; count: number; checks?: number; tone: string; hint: string }) {
  return (
    <>
      <h2 id={props.id} class="px-section-title">
        <span>{props.title}</span>{' '}
        <Badge tone={props.tone} label={plural(props.count, 'item')}>
          {props.count}
        </Badge>
        {!!props.checks && <CheckBadge n={props.checks} />}
      </h2>
      <p class="px-section-hint">{props.hint}</p>
    </>
  );
}

function Section(props: {
  name: SectionName;
  title: string;
  count: number;
  /** Items shown but not counted: cards to check. */
  checks?: number;
  tone: string;
  hint: string;
  empty: string;
  children: ComponentChildren;
}) {
  const id = headingId(props.name);
  return (
    <section class={`px-section px-section--${props.tone}`} aria-labelledby={id} data-section={props.name}>
      <SectionHead id={id} title={props.title} count={props.count} checks={props.checks} tone={props.tone} hint={props.hint} />
      {props.count + (props.checks ?? 0) === 0 ? <p class="px-empty">{props.empty}</p> : props.children}
    </section>
  );
}

export function AddedSection(props: { items: AddedItem[]; cb: FactCallbacks }) {
  return (
    <Section
      name="added"
      title={titleOf('added')}
      tone="added"
      count={props.items.length}
      hint="Facts other outlets report that this article does not."
      empty="Nothing: every fact the others report is in this article too."
    >
      <RankedList
        name="added"
        items={props.items}
        render={(item) => (
          <li class="px-fact" key={item.key}>
            <p class="px-fact-text">
              <NovelText text={item.text} novel={item.novel} label="new" />
            </p>
            <Speaker name={item.speaker} />
            <Leans context={item.context} />
            <NovelHint novel={item.novel}>Only the marked part is new: this article tells the rest.</NovelHint>
            <Twin text={inSharedAdded(item)} />
            <p class="px-fact-meta">
              <Badge tone="added">{inNofM(item.count, item.total, true)}</Badge>
            </p>
            <Why why={item.why} rank={item.rank} />
            <SourceList
              sentences={item.sentences}
              sameAs={item.text}
              label="Where it is reported"
              onTrace={props.cb.onTrace}
              quotesOf={quotesInText}
            />
            {item.closest && (
              <details class="px-more px-closest">
                <summary>{closestSummary(item)}</summary>
                <p class="px-closest-hint">{closestHint('added')}</p>
                <HereFact i={item.closest.i} text={item.closest.text} onShow={props.cb.onShow} status={scrollStatus(props.cb, item.closest.i)} />
              </details>
            )}
          </li>
        )}
      />
    </Section>
  );
}

/**
 * Left out by others: every fact some other outlet lacks. `only`: how many of them no other outlet
 * tells (the highlight legend's "Only in this article" count, lib/sidebar/view.ts highlightItems),
 * said under the heading so that the two counts read as one the part of the other.
 */
export function LeftOutSection(props: { items: LeftOutItem[]; cb: FactCallbacks; only?: number; copies?: boolean; emptyWhy?: string }) {
  const n = props.items.length;
  const only = props.only ?? null;
  return (
    <Section
      name="left-out"
      title={titleOf('left-out')}
      tone="leftout"
      count={n}
      hint="Facts in this article that other outlets do not report. Select one to see it in the page."
      empty={props.emptyWhy ?? 'Nothing: the other outlets report every fact of this article.'}
    >
      {only !== null && only <= n && (
        <p class="px-section-split">
          {only === n
            ? `${n === 1 ? 'It is' : `All ${n} are`} only in this article${props.copies ? ' or its near-copies' : ''}.`
            : only === 0
              ? `${n === 1 ? 'It is' : `None is only in this article${props.copies ? ' or its near-copies' : ''}: each is`} told by some of the other outlets.`
              : `Of these ${n}, ${only} ${only === 1 ? 'is' : 'are'} only in this article${props.copies ? ' or its near-copies' : ''}; ` +
                `the other ${n - only} ${n - only === 1 ? 'is' : 'are'} told by some of the other outlets.`}
        </p>
      )}
      <RankedList
        name="left-out"
        items={props.items}
        render={(item) => (
          <li class="px-fact" key={item.i}>
            <HereFact i={item.i} text={item.text} novel={item.novel} onShow={props.cb.onShow} status={scrollStatus(props.cb, item.i)} />
            <Speaker name={item.speaker} />
            <Leans context={item.context} />
            <NovelHint novel={item.novel}>
              <SafeText text={leftOutHint(item) ?? ''} />
            </NovelHint>
            <Twin text={inSharedLead(item)} />
            <p class="px-fact-meta">
              <Badge tone="leftout">{leftOutBadge(item)}</Badge>{' '}
              <span class="px-outlets">
                <SafeText text={missingFromLine(item)} />
              </span>
            </p>
            <Why why={item.why} rank={item.rank} />
            {item.closest && item.closest.length > 0 && (
              <details class="px-more px-closest">
                <summary>
                  <SafeText text={closestSummary(item) ?? ''} />
                </summary>
                <p class="px-closest-hint">{closestHint('left-out', item.closest.length)}</p>
                <SourceList sentences={item.closest} label="Closest sentences" />
              </details>
            )}
            <TraceButtons quotes={props.cb.quotesAt(item.i, item.text)} onTrace={props.cb.onTrace} />
          </li>
        )}
      />
    </Section>
  );
}

export function ConflictsSection(props: { items: ConflictItem[]; cb: FactCallbacks }) {
  const checks = checkCount(props.items);
  return (
    <Section
      name="conflicts"
      title={titleOf('conflicts')}
      tone="conflict"
      count={props.items.length - checks}
      checks={checks}
      hint="Figures, dates or a quote's wording that differ between outlets. Often they are two different things: read both sentences before you trust one."
      empty="No differing figure, date or quote wording found."
    >
      <ol class="px-facts">
        {props.items.map((item) => (
          <li class="px-fact" key={item.key}>
            <ConflictSummary item={item} />
            <p class="px-conflict-label">Here</p>
            <HereFact
              i={item.here.i}
              text={item.here.text}
              onShow={props.cb.onShow}
              status={scrollStatus(props.cb, item.here.i)}
            />
            <p class="px-conflict-label">There</p>
            <SourceList sentences={item.there} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** "differs" and what: figures ("Tribune: two · Coastline: three") or two wordings of one quote, each named. */
function ConflictSummary(props: { item: ConflictItem }) {
  const { item } = props;
  const sides = item.sides ?? [];
  const hereName = item.hereName ?? 'This article';
  if (sides.length === 0) {
    // An older report: its description, without the kind's prefix.
    return (
      <p class="px-conflict-about">
        <Badge tone="conflict">differs</Badge> <strong>{item.about.replace(/^(?:number|money|date|quote): /, '')}</strong>
      </p>
    );
  }
  const byHere = new Map<string, typeof sides>();
  for (const s of sides) byHere.set(s.here, [...(byHere.get(s.here) ?? []), s]);
  if (item.kind === 'quote') {
    return (
      <div class="px-conflict-about px-conflict-quote">
        <p>
          {item.check ? (
            <>
              <Badge tone="conflict">check</Badge> <span class="px-conflict-check">Worded slightly differently, small words only:</span>
            </>
          ) : (
            <>
              <Badge tone="conflict">differs</Badge> <strong>Quoted in different words</strong>
            </>
          )}
        </p>
        {[...byHere].map(([here, others]) => (
          <div key={here}>
            <p class="px-conflict-wording">
              <span class="px-conflict-name">{hereName}:</span> “{here}”
            </p>
            {others.map((o) => (
              <div class="px-conflict-wording" key={o.source.id}>
                <span class="px-conflict-name">{o.source.name}:</span> “
                {o.diff ? <Diff parts={o.diff} /> : <p class="px-tr-diff">{o.there}</p>}”
              </div>
            ))}
          </div>
        ))}
      </div>
    );
  }
  return (
    <p class="px-conflict-about">
      {item.check ? (
        <>
          <Badge tone="conflict">check</Badge>{' '}
          <span class="px-conflict-check">{item.kind === 'date' ? 'Different dates, maybe not of one event: ' : 'Different figures, maybe not of one thing: '}</span>
        </>
      ) : (
        <>
          <Badge tone="conflict">differs</Badge>{' '}
        </>
      )}
      {[...byHere].map(([here, others], k) => (
        <span key={here}>
          {k > 0 ? '; ' : ''}
          <strong>
            {hereName}: {here}
          </strong>
          {others.map((o) => (
            <span key={o.source.id}>
              {' · '}
              {o.source.name}: {o.there}
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}

export function NearCopiesSection(props: { items: NearCopyItem[] }) {
  return (
    <Section
      name="near-copies"
      title={titleOf('near-copies')}
      tone="copy"
      count={props.items.length}
      hint="Articles that largely reuse this article's text, or whose text this one reuses."
      empty="No related article reuses this article's text."
    >
      <ul class="px-facts">
        {props.items.map((item) => (
          <li class="px-fact px-copy" key={item.source.id}>
            <p class="px-copy-name">
              <SourceName source={item.source} />
            </p>
            <p class="px-copy-share">
              <Badge tone="copy">near-copy</Badge> reuses {percent(item.ofThis)} of this article's text
            </p>
            <div class="px-meter" aria-hidden="true">
              <span style={{ width: percent(item.ofThis) }} />
            </div>
            <p class="px-copy-other">{percent(item.ofThat)} of its own text is found in this article.</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** `copiesOnly`: facts of this article told elsewhere only by its near-copies (no card: not other outlets' reporting). */
export function SharedSection(props: { items: SharedItem[]; cb: FactCallbacks; copiesOnly?: number }) {
  const id = headingId('shared');
  return (
    <section class="px-section px-section--shared" aria-labelledby={id} data-section="shared">
      <details class="px-details">
        <summary>
          <h2 id={id} class="px-section-title">
            <span>{titleOf('shared')}</span>{' '}
            <Badge tone="shared" label={plural(props.items.length, 'item')}>
              {props.items.length}
            </Badge>
          </h2>
        </summary>
        <p class="px-section-hint">Facts of this article that other outlets report too.</p>
        {props.items.length === 0 ? (
          <p class="px-empty">
            {props.copiesOnly
              ? `${plural(props.copiesOnly, 'fact')} of this article ${props.copiesOnly === 1 ? 'appears' : 'appear'} elsewhere only in articles that reuse its text (Near-copies), so none is counted as reported by other outlets.`
              : 'No fact of this article appears elsewhere.'}
          </p>
        ) : (
          <RankedList
            name="shared"
            items={props.items}
            render={(item) => (
              <li class="px-fact" key={item.i}>
                <HereFact i={item.i} text={item.text} onShow={props.cb.onShow} status={scrollStatus(props.cb, item.i)} />
                <Speaker name={item.speaker} />
                <Leans context={item.context} />
                <p class="px-fact-meta">
                  <Badge tone="shared">{inNofM(item.count, item.total)}</Badge>
                </p>
                <Twin text={inLeftOutLead(item)} />
                <Twin text={inAddedLead(item)} />
                <details class="px-more">
                  <summary>How the others tell it</summary>
                  <SourceList sentences={item.sentences} />
                </details>
                <TraceButtons quotes={props.cb.quotesAt(item.i, item.text)} onTrace={props.cb.onTrace} />
              </li>
            )}
          />
        )}
      </details>
    </section>
  );
}
