/**
 * cards40: does the other outlet carry a left-out card's specific content (names, figures, rare words), spread over its
 * sentences? Per labelled top-5 left-out card of the dev sheets (audit30: Multi-News dev; audit29: GVC dev) and per
 * outlet of its `missingFrom` that lacks the whole sentence, the share of the card's specific terms the outlet's
 * article holds anywhere. Ids, marks and numbers only (no source text). docs/notes/cards40.md.
 *
 *   npx tsx bench/cards40-evidence.ts --source=mn|gvc
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { cardsOf } from './audit-cards.ts';
import { entityRuns, foldedText, undot, type OtherText } from '../lib/engine/report.ts';
import { quantities, tokens } from '../lib/nlp/index.ts';
import { contentStem } from '../lib/engine/keys.ts';
import { nameAliases } from '../lib/nlp/aliases.ts';
import { datelineLength, postSignatureLength } from '../lib/nlp/actors.ts';

/** A left-out sentence's specific content: its names (entity runs), figures and content stems. */
export interface SpecificTerms {
  names: string[][];
  figures: number[];
  words: string[];
}

export function specificTerms(text: string): SpecificTerms {
  const unitText = undot(text.slice(datelineLength(text), text.length - postSignatureLength(text)));
  const names = entityRuns(unitText).filter((run) => !run.every((w) => w.length <= 2));
  const figures = [...new Set(quantities(unitText).filter((q) => q.value === q.max).map((q) => q.value))];
  const words = [...new Set(tokens(unitText).flatMap((t) => contentStem(t.w) ?? []))];
  return { names, figures, words };
}

/** The share of a sentence's names and figures another article holds anywhere (NaN when it has none), and of its content stems. */
export function carriedShare(terms: SpecificTerms, other: OtherText): { specific: number; n: number; words: number } {
  const known = (w: string) => other.words.has(w) || (w.length >= 5 && other.folded.includes(w)) || nameAliases(w).some((x) => (x.includes(' ') ? other.folded.includes(x) : other.words.has(x)));
  let hit = 0;
  for (const run of terms.names) if (run.some((w) => w.length > 2 && known(w)) || (run.length >= 2 && other.initials.has(run.map((w) => w[0]).join('')))) hit++;
  for (const v of terms.figures) if (other.figures.has(v)) hit++;
  const n = terms.names.length + terms.figures.length;
  const wordHit = terms.words.filter((s) => other.stems.has(s)).length;
  return { specific: n ? hit / n : NaN, n, words: terms.words.length ? wordHit / terms.words.length : NaN };
}

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const source = opt('source') ?? 'mn';
const n = Number(opt('n') ?? (source === 'mn' ? 16 : 15));

interface R { event: string; read: Article; own: Article[] }
let readings: R[];
let sheet: string;
if (source === 'mn') {
  const { mnReadings } = await import('./audit30-cards.ts');
  readings = mnReadings(n, (opt('half') as 'dev' | 'held') ?? 'dev').map((r) => ({ event: r.story, read: r.read, own: r.own }));
  sheet = opt('sheet') ?? 'bench/data/audit30-cards.tsv';
} else {
  const { gvcReadings } = await import('./audit29-cards.ts');
  readings = gvcReadings(n).map((r) => ({ event: r.incident, read: r.read, own: r.own }));
  sheet = opt('sheet') ?? 'bench/data/audit29-cards.tsv';
}
const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const byHash = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' }]));
const distractors = [...(await loadSet('seeds')), ...loadZyte()];
for (const rd of readings) {
  const r = await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors]));
  const cards = cardsOf(rd.event, r).filter((c) => c.section === 'L');
  r.leftOut.slice(0, 5).forEach((f, k) => {
    const c = cards[k]!;
    const l = byHash.get(`${rd.event}|${c.hash}`);
    const partly = new Set((f.partly ?? []).map((p) => p.id));
    const terms = specificTerms(f.text);
    const per = f.missingFrom.map((id) => {
      if (partly.has(id)) return `${id.slice(-6)}:partly`;
      const a = rd.own.find((x) => x.id === id) ?? distractors.find((x) => x.id === id);
      if (!a) return `${id}:?`;
      const c = carriedShare(terms, foldedText(a));
      return `${id.slice(-6)}:${c.specific.toFixed(2)}/${c.n}|${c.words.toFixed(2)}`;
    });
    console.log(`${c.key}\t${l?.mark ?? '-'}\t${l?.cause ?? ''}\tterms ${terms.names.length}n ${terms.figures.length}f ${terms.words.length}w\t${per.join(' ')}`);
  });
}
