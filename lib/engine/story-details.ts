/**
 * The specific details of a news report — how old the people are, at what hour, on which block, under which names — and
 * whether two reports agree on them (docs/notes/story36.md). Two short reports of one local event written from one
 * police release share few words a corpus of such events finds rare (the city, "police", "shot"), so the story model
 * leaves many of them below its threshold; a same-week report of another event shares those words too. What the
 * partner also shares, and the other event does not, is the detail: "a 23-year-old", "10:30 p.m.", "the 1200 block of
 * Main", "Bermudez". Read by the story decision (story.ts) for dated pairs within STORY_DAYS only.
 *
 * - ages: "23-year-old", "23 years old", "Name, 23," and "aged 23";
 * - clock times: "10:30 p.m.", "2 a.m." (minutes after midnight);
 * - places to the block: "1200 block of Main", "1200 Main Street" (the number and the first street word);
 * - names: the last word of each run of ≥ 2 capitalised words of the text (a surname, a street's or a place's own
 *   word; not the title, often title-cased), folded; `aged`, those of them written with an age ("Marcus Bermudez, 23,"):
 *   a person in the event. Whether a shared name is specific (not "Department", the city, a national politician) is the
 *   caller's question (`detailMatch`'s `specific`): story.ts takes only names written with an age (story37).
 */
import { tokens } from '../nlp';
import type { Article } from '../types';

export interface Details {
  ages: Set<number>;
  clocks: Set<number>;
  blocks: Set<string>;
  names: Set<string>;
  /** Names written with an age right after them ("Bermudez, 23,"). */
  aged: Set<string>;
}

const AGE = [/\b(\d{1,3})[- ](?:years?|yrs?)[- ]old\b/gi, /\b\p{Lu}[\p{L}'’-]+,\s(\d{1,3}),/gu, /\baged?\s(\d{1,3})\b/gi];
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?/gi;
const BLOCK = /\b(\d{1,5})\s+block\s+of\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(\p{Lu}[\p{L}]*)/gu;
const STREET = /\b(\d{2,5})\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*)?\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Court|Ct\.?|Place|Pl\.?|Way|Parkway|Pkwy\.?|Highway|Terrace|Circle)\b/gu;

const AGED = /^,\s(\d{1,3}),/;

/** Per article object, while its title and text are the same ones. */
const memo = new WeakMap<Pick<Article, 'title' | 'text'>, { title: string; text: string; d: Details }>();

export function detailsOf(a: Pick<Article, 'title' | 'text'>): Details {
  const got = memo.get(a);
  if (got && got.title === a.title && got.text === a.text) return got.d;
  const text = `${a.title}\n${a.text}`;
  const ages = new Set<number>();
  for (const re of AGE) for (const m of text.matchAll(re)) if (Number(m[1]) > 0 && Number(m[1]) < 110) ages.add(Number(m[1]));
  const clocks = new Set<number>();
  for (const m of text.matchAll(CLOCK)) {
    const h = Number(m[1]);
    if (h < 1 || h > 12) continue;
    clocks.add(((h % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m[2] ?? 0));
  }
  const blocks = new Set<string>();
  for (const re of [BLOCK, STREET]) for (const m of text.matchAll(re)) blocks.add(`${Number(m[1])} ${m[2]!.toLowerCase()}`);
  const names = new Set<string>();
  const aged = new Set<string>();
  for (const line of a.text.split('\n')) {
    const toks = tokens(line);
    let run: string[] = [];
    let end = 0;
    const flush = () => {
      if (run.length >= 2) {
        const name = run[run.length - 1]!;
        names.add(name);
        if (AGED.test(line.slice(end, end + 8))) aged.add(name);
      }
      run = [];
    };
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const cap = /^\p{Lu}\p{Ll}/u.test(t.raw);
      const joined = k > 0 && line.slice(toks[k - 1]!.end, t.start).trim() === '';
      if (cap && run.length > 0 && joined) run.push(t.w);
      else {
        flush();
        if (cap) run.push(t.w);
      }
      end = t.end;
    }
    flush();
  }
  const d = { ages, clocks, blocks, names, aged };
  memo.set(a, { title: a.title, text: a.text, d });
  return d;
}

const shared = <T>(x: Set<T>, y: Set<T>) => {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n;
};

export interface DetailMatch {
  /** Shared ages, clock times, blocks; shared names that `specific` accepts. */
  ages: number;
  clocks: number;
  blocks: number;
  names: number;
  /** Both give ages / clock times / blocks and share none. */
  ageClash: boolean;
  clockClash: boolean;
  blockClash: boolean;
}

/** `specific(name, aged)`: whether a name both give tells their event apart (`aged`: either gives it with an age). */
export function detailMatch(x: Details, y: Details, specific: (name: string, aged: boolean) => boolean): DetailMatch {
  const ages = shared(x.ages, y.ages);
  const clocks = shared(x.clocks, y.clocks);
  const blocks = shared(x.blocks, y.blocks);
  let names = 0;
  for (const v of x.names) if (y.names.has(v) && specific(v, x.aged.has(v) || y.aged.has(v))) names++;
  return {
    ages,
    clocks,
    blocks,
    names,
    ageClash: x.ages.size > 0 && y.ages.size > 0 && ages === 0,
    clockClash: x.clocks.size > 0 && y.clocks.size > 0 && clocks === 0,
    blockClash: x.blocks.size > 0 && y.blocks.size > 0 && blocks === 0,
  };
}
