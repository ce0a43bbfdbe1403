/**
 * extract41 (docs/notes/extract41.md): the nodes Readability's conditional cleaning removes from its
 * chosen container, read from bench/extract41-steps.ts's records (DEV halves), and what a keep rule
 * would do: per set, F1 with the nodes the rule keeps added back (cleaned with the article's blocks),
 * pages better / worse, 4-grams added in the truth / not. `--list` prints each removed node with its
 * truth share and whether the rule keeps it.
 *
 *   TMPDIR=/tmp/x npx tsx bench/extract41-fit.ts --sets zyte,readability,l3s,cleaneval,wceb [--list] [--stage cond:div]
 *   TMPDIR=/tmp/x npx tsx bench/extract41-fit.ts --keep parent|own [--pages | --list]   (off against --keep records of extract41-steps)
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { covered, f1Of, metrics, shingleMatch, shingles } from './extract-metric.ts';
import { optionValue } from './args.ts';
import type { Removed, StepPage } from './extract41-steps.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,cleaneval,wceb').split(',');
const half = argv.includes('--held') ? 'held' : 'dev';
const list = argv.includes('--list');
const stageOnly = optionValue('stage', argv);
const f = (x: number) => x.toFixed(4);

const SENT_END = /[.!?…:;»"”')]$/;
/** A block of prose: several words, few of them linked, ends like a sentence. */
export function proseWords(b: { text: string; tag: string; linkChars: number | null }, minWords: number, maxLink: number): number {
  const w = b.text.split(/\s+/).length;
  if (w < minWords) return 0;
  if ((b.linkChars ?? 0) > maxLink * b.text.length) return 0;
  return SENT_END.test(b.text) ? w : 0;
}

type Rule = (e: Removed) => boolean;
const rules: Record<string, Rule> = {};
for (const minWords of [8, 12, 20]) {
  for (const maxLink of [0.25, 0.5]) {
    for (const share of [0.5, 0.8]) {
      rules[`prose${minWords}/${maxLink}/${share}`] = (e) => {
        if (!e.stage.startsWith('cond:')) return false;
        let all = 0, prose = 0;
        for (const b of e.blocks) {
          all += b.text.split(/\s+/).length;
          prose += proseWords(b, minWords, maxLink);
        }
        return all > 0 && prose >= share * all;
      };
    }
  }
}

if (optionValue('keep', argv)) {
  compareKeep();
  process.exit(0);
}

/** Off (Readability as shipped) against `--keep` (bench/extract41-keep.ts), both from bench/extract41-steps.ts's records. */
function compareKeep() {
  for (const set of sets) {
    const fo = join(tmpdir(), 'extract41', `extract41-steps-${set}-${half}.json`);
    const fk = join(tmpdir(), 'extract41', `extract41-steps-${set}-${half}-keep-${optionValue('keep', argv) ?? 'parent'}.json`);
    if (!existsSync(fo) || !existsSync(fk)) {
      console.log(`${set}: no records`);
      continue;
    }
    const off = JSON.parse(readFileSync(fo, 'utf8')) as StepPage[];
    const keep = new Map((JSON.parse(readFileSync(fk, 'utf8')) as StepPage[]).map((r) => [r.id, r]));
    const groups: Array<[string, StepPage[]]> = [[`${set} ${half}`, off]];
    if (set === 'wceb') groups.push([`${set}·article ${half}`, off.filter((r) => r.news)]);
    if (set === 'readability') groups.push([`${set}·news ${half}`, off.filter((r) => r.news)]);
    for (const [g, rs] of groups) {
      const m0 = metrics(rs.map((r) => shingleMatch(r.truth, r.out.join('\n'))));
      let better = 0, worse = 0, changed = 0, addIn = 0, addOut = 0, lostIn = 0, lostOut = 0;
      const changes: string[] = [];
      const ms = rs.map((r) => {
        const k = keep.get(r.id)!;
        const a = shingleMatch(r.truth, r.out.join('\n'));
        const b = shingleMatch(r.truth, k.out.join('\n'));
        if (k.out.join('\n') === r.out.join('\n')) return a;
        changed++;
        const d = f1Of(b) - f1Of(a);
        if (d > 1e-9) better++;
        else if (d < -1e-9) worse++;
        const truth = shingles(r.truth);
        const was = new Set(r.out);
        const now = new Set(k.out);
        for (const l of k.out) if (!was.has(l)) for (const x of shingles(l).keys()) truth.has(x) ? addIn++ : addOut++;
        for (const l of r.out) if (!now.has(l)) for (const x of shingles(l).keys()) truth.has(x) ? lostIn++ : lostOut++;
        changes.push(`      ${r.id} ${f(f1Of(a))} → ${f(f1Of(b))}`);
        if (list) for (const l of k.out) if (!was.has(l)) changes.push(`         + [${covered(l, truth).toFixed(2)}] ${l.slice(0, 160)}`);
        return b;
      });
      const m = metrics(ms);
      console.log(`${g} (${rs.length}): off ${f(m0.f1)} (P ${f(m0.precision)} R ${f(m0.recall)}) → keep ${f(m.f1)} (P ${f(m.precision)} R ${f(m.recall)}; ${m.f1 - m0.f1 >= 0 ? '+' : ''}${(m.f1 - m0.f1).toFixed(5)}) changed ${changed} (${better} better, ${worse} worse); 4-grams added in truth ${addIn} / not ${addOut}, lost in truth ${lostIn} / not ${lostOut}`);
      if (argv.includes('--pages') || list) for (const c of changes) console.log(c);
    }
  }
}

for (const set of sets) {
  const file = join(tmpdir(), 'extract41', `extract41-steps-${set}-${half}.json`);
  if (!existsSync(file)) {
    console.log(`${set}: no records (${file})`);
    continue;
  }
  const rows = JSON.parse(readFileSync(file, 'utf8')) as StepPage[];
  const groups: Array<[string, StepPage[]]> = [[`${set} ${half}`, rows]];
  if (set === 'wceb') groups.push([`${set}·article ${half}`, rows.filter((r) => r.news)]);
  for (const [g, rs] of groups) {
    const base = rs.map((r) => shingleMatch(r.truth, r.out.join('\n')));
    const m0 = metrics(base);
    console.log(`${g} (${rs.length}): off ${f(m0.f1)}`);
    for (const [name, rule] of Object.entries(rules)) {
      let better = 0, worse = 0, addIn = 0, addOut = 0;
      const ms = rs.map((r, i) => {
        const truth = shingles(r.truth);
        const have = new Set(r.out);
        const add: string[] = [];
        for (const e of r.removed) if ((!stageOnly || e.stage === stageOnly) && rule(e)) for (const b of e.blocks) if (!have.has(b.text)) add.push(b.text);
        if (!add.length) return base[i]!;
        for (const t of add) for (const k of shingles(t).keys()) truth.has(k) ? addIn++ : addOut++;
        const m = shingleMatch(r.truth, [...r.out, ...add].join('\n'));
        const d = f1Of(m) - f1Of(base[i]!);
        if (d > 1e-9) better++;
        else if (d < -1e-9) worse++;
        return m;
      });
      const m = metrics(ms);
      console.log(`   ${name.padEnd(18)} ${f(m.f1)} (${m.f1 - m0.f1 >= 0 ? '+' : ''}${(m.f1 - m0.f1).toFixed(5)}) ${better} better / ${worse} worse; 4-grams in truth ${addIn}, not ${addOut}`);
    }
    if (list) {
      for (const r of rs) {
        const truth = shingles(r.truth);
        for (const e of r.removed) {
          if (!e.stage.startsWith('cond:') || (stageOnly && e.stage !== stageOnly)) continue;
          const text = e.blocks.map((b) => b.text).join(' / ');
          const c = covered(text, truth);
          if (c < 0.5 && !list) continue;
          console.log(`  ${r.id} ${e.stage} [${(e.errs ?? []).join('; ')}] ld ${e.linkDensity.toFixed(2)} commas ${e.commas} truth ${c.toFixed(2)} keep ${Object.entries(rules).filter(([, ru]) => ru(e)).length}: ${text.slice(0, 200)}`);
        }
      }
    }
  }
}
