/**
 * story79: an upper-bound what-if on bench/story79-kind.ts's rows (no refit, no engine change): the lead read as the
 * more-covered side's share instead of the less-covered one's (containment: the shorter telling found inside the longer),
 * approximated by scaling the lead by the ratio of the two sides' unweighted shares aligned, the model's other terms as
 * they are: logit(p') = logit(p) + w_lead · (lead' − lead). Counts the ordered gold pairs and the other candidates that
 * would cross the threshold — the most the kind can give and what it would cost before any refit.
 *
 *   npx tsx bench/story79-whatif.ts /tmp/story79/mn.jsonl [/tmp/story79/gvc.jsonl]
 */
import { readFileSync } from 'node:fs';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';

const wLead = STORY_MODEL.weights[2]!;
const logit = (p: number) => Math.log(p / (1 - p));
const th = logit(STORY_MODEL.threshold);
for (const f of process.argv.slice(2)) {
  type Row = { same: boolean; related: boolean; score: number; lead: number; hereFacts: number; thereFacts: number; matchedHere: number; matchedThere: number; b: string };
  const rows = readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
  const sh = (m: number, n: number) => (n > 0 ? m / n : 0);
  // Two readings of "containment": the more-covered side's share (max), and the shorter side's share (fewer fact units).
  const gain = { max: 0, shorter: 0 };
  const cost = { max: 0, shorter: 0 };
  for (const r of rows) {
    // Declined at p ≥ threshold: by the date window (GVC's follow-ups), not by the model: left alone.
    if (r.related || r.score >= STORY_MODEL.threshold) continue;
    const h = sh(r.matchedHere, r.hereFacts);
    const t = sh(r.matchedThere, r.thereFacts);
    const lo = Math.min(h, t);
    if (lo <= 0 || r.score <= 0) continue;
    const shorter = r.hereFacts <= r.thereFacts ? h : t;
    for (const [k, to] of [['max', Math.max(h, t)], ['shorter', shorter]] as const) {
      const lead2 = Math.min(1, (r.lead * to) / lo);
      if (logit(Math.min(r.score, 1 - 1e-9)) + wLead * (lead2 - r.lead) < th) continue;
      if (r.same) gain[k]++;
      else cost[k]++;
    }
  }
  const window = rows.filter((r) => r.same && !r.related && r.score >= STORY_MODEL.threshold).length;
  const acc = rows.filter((r) => r.same && r.related).length;
  const fp = rows.filter((r) => !r.same && r.related).length;
  console.log(`${f}: declined true pairs at p ≥ threshold (the date window) ${window}; model accepts ${acc} true, ${fp} false among these rows; what-if max share: +${gain.max} true, +${cost.max} false; shorter side's share: +${gain.shorter} true, +${cost.shorter} false (w_lead ${wLead.toFixed(2)})`);
}
