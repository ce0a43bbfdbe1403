/**
 * Do two aligned units disagree on a figure? A conflict is a strong claim ("these outlets
 * disagree"), so it needs the same quantity about the same thing:
 * - same kind (money with money, a count with a count; identifiers such as "Route 66" and dates
 *   such as "Sept. 11" or "9/11" are never amounts — lib/nlp/quantities.ts tells them apart);
 * - counts and durations must count the same thing (same head noun: "19 hijackers" vs "20
 *   hijackers") said of the same thing when both say of what (Quantity.complement: "four seasons as
 *   director" / "19 seasons with the team", "14 others trapped" / "two others missing" are two
 *   quantities); money and percentages must not be about two named different things ("$4 million
 *   on roads" vs "$9 million on schools");
 * - what is said of the figures beyond the key must name one thing of one owner, with positive evidence
 *   (`sameThing`, conf10): two owners ("Reggie Bush will miss the final two games" / "Thomas missed nine
 *   games"), an owner the other unit does not name, a percentage's measure said on one side only, are
 *   two things; a figure restated in another unit or currency in parentheses ("$US1 million ($1.52
 *   million)") is the figure it restates, not a second one;
 * - two units whose every comparable figure differs, over two quantities or more, tell two records
 *   alike (two players' lines, two quakes' depth and distance), not one record misreported.
 * Two figures for the same thing disagree only when both cannot be true: "hundreds" vs "more than 200"
 * Venezuelans is no conflict (vague42: the seeds' hand labels counted it as one until blind rounds 9–15
 * and 23 judged every such row compatible).
 * Dates (years, day numbers) are not compared: one sentence often names several. Two months are, only
 * when their clauses tell the same thing and no year or month of the units settles it (conf8).
 * - an article that gives several values of one kind and head still identifies a figure by its named
 *   owner when it gives that owner one value (Quantity.owner: "Richard Carter had 12 points"; conf8).
 * - the figure must identify one quantity in each article: when an article itself gives two
 *   different figures for the same kind and head ("a 275 horsepower motor" … "335 horsepower in
 *   total", "up to 5 hours of battery life" … "more than 24 hours", "on Monday" … "on Sunday"), the
 *   head does not say which thing a figure is about, so a different figure elsewhere is not a
 *   disagreement (`ambiguousFigures`; no constant: one article, two values).
 * - a bound agrees with a figure it admits ("more than 1,000 flights" / "1,500 flights"), and with a
 *   vague word its reach overlaps ("more than 200" / "hundreds": both can be true; vague42);
 * - durations, like weekdays, name no thing: compared only between units about one named actor and
 *   anchored alike ("in 25 years" / "50 years since" are two spans); two weekdays only when their
 *   clauses share a word (they date one event).
 * Measured on real coverage, conflict by conflict: `npx tsx bench/conflicts-eval.ts`
 * (bench/data/conflicts-labels.json, docs/notes/conflicts3.md).
 */
import { fold, isFunctionWord, nameEvidence, personKind, quantities, sameFigure, stem, wordScale, type Quantity } from '../nlp';
import type { Article, Conflict, DiffPart, Quote, Report } from '../types';

/**
 * Figures that disagree between two units, described in words; null when they agree.
 * `ambiguous`: the figure keys (`figureKey`) each unit's article gives two different values for
 * (`ambiguousFigures`); such figures are never compared. `sameActor`: both units are about one named
 * actor (`sharedActor`); weekdays are compared only then.
 */
export function figureConflict(
  a: Quantity[],
  b: Quantity[],
  ambiguous?: { a: ReadonlySet<string>; b: ReadonlySet<string> },
  sameActor = true,
): string | null {
  const d = figureDifference(a, b, ambiguous, sameActor);
  return d ? `${d.kind}: ${d.x.text} vs ${d.y.text}` : null;
}

/** What kind of conflict a figure makes: money, a date (weekday) or another number. */
export type FigureKind = 'money' | 'date' | 'number';

/** The figures `figureConflict` describes: the first pair that disagrees, and its kind. */
export function figureDifference(
  a: Quantity[],
  b: Quantity[],
  ambiguous?: { a: ReadonlySet<string>; b: ReadonlySet<string> },
  sameActor = true,
): { kind: FigureKind; x: Quantity; y: Quantity } | null {
  a = compared(a);
  b = compared(b);
  // Two units that time what they tell at different clock times ("struck at 7:48 a.m." / "struck at 4:43
  // a.m.") tell two events: their figures are of two things. The event's anchor in time, named on both
  // sides, must be one (conf12), as a distance's place and a rate's measurer (`sameThing`).
  const ca = a[0]?.clock;
  const cb = b[0]?.clock;
  if (ca && cb && !ca.some((v) => cb.includes(v))) return null;
  const differ: Array<{ x: Quantity; y: Quantity }> = [];
  /** Figure keys of pairs that differ but are not compared (their article gives several values). */
  const unsure = new Set<string>();
  let agreeing = false;
  const years = (qs: Quantity[]) => qs.filter((q) => q.kind === 'year').map((q) => q.value);
  const yearsA = years(a);
  const yearsB = years(b);
  const yearsDiffer = yearsA.length > 0 && yearsB.length > 0 && !yearsA.some((v) => yearsB.includes(v));
  // Two units that date what they tell by weekdays, no day (nor night: `acrossMidnight`) of them one, tell two days'
  // events: their other figures are two things' ("four were killed Friday in Dura" / "a bomber killed five Saturday in
  // Khanaqin"), as two clock times are (conf52). The weekdays themselves are still compared.
  const [da, db] = [a, b].map((qs) => qs.filter((q) => q.kind === 'weekday')) as [Quantity[], Quantity[]];
  const twoDays = !!da.length && !!db.length && !da.some((x) => db.some((y) => x.value === y.value || acrossMidnight(x, y)));
  for (const x of a) {
    for (const y of b) {
      // A month dates an event, and one sentence often names several: two months are compared only when
      // their clauses tell the same thing (`identified`: "launched a new fashion line called Mantra in
      // December" / "… in September") and the units give no different years.
      if (x.kind === 'month' && y.kind === 'month') {
        // The other unit's own months settle it as for any figure ("from October 16 to November 14").
        const told = (qs: Quantity[], v: number) => qs.some((z) => z.kind === 'month' && z.value === v);
        if (x.value !== y.value && !told(b, x.value) && !told(a, y.value) && !yearsDiffer && (identified(x, y) || oneEvent(x, y, a, b))) differ.push({ x, y });
        continue;
      }
      if (!sameKey(x, y)) {
        // One key an order of magnitude apart whatever the reading ("96 touchdowns" / "five touchdowns"; not
        // "hundreds" / 42) is not compared, but the two records still differ on it (below; conf12).
        if (sameKey(x, y, false) && Math.max(x.value, y.value) >= 10 * Math.min(x.max, y.max)) unsure.add(figureKey(x));
        continue;
      }
      // A figure restated in another unit or currency ("$US1 million ($1.52 million)", "10 km (six
      // miles)") is compared through the figure it restates, never on its own: its rounding is the
      // converter's. One key said of two things (`sameThing`) is not compared either. Both are still
      // figures of the two units' records (below), like the ambiguous ones.
      // A figure after a slash ("41 / 2 months") is a fraction's or a ratio's second term, no count of its noun (conf41).
      if (x.afterSlash || y.afterSlash || (twoDays && x.kind !== 'weekday')) continue;
      // A count of an outlet's unnamed sources ("four officials familiar with the matter said") is its own, not the story's (conf49).
      if (x.sources || y.sources) continue;
      // A figure its own clause dates back from the story's time ("four months earlier 13 people were killed", "20
      // recommendations made 16 months ago"), where the other unit gives no such span: a past event, not the one both
      // tell (conf50).
      if (datedBack(x, a, b) || datedBack(y, b, a)) {
        if (!agree(x, y)) unsure.add(figureKey(x));
        continue;
      }
      if (x.restates || y.restates || !sameThing(x, y)) {
        if (!agree(x, y)) unsure.add(figureKey(x));
        continue;
      }
      // A weekday dates an event, and it has no head noun to say which: two units that name no
      // common actor ("Westmacott said by phone on Friday" / "the ambassador revealed Thursday")
      // may date two events of one story. Compared only when both are about the same named actor.
      if (x.kind === 'weekday' && !sameActor) continue;
      // Nor two events of one actor: the clauses the days date must share a word ("arrived in
      // Germany on Monday" / "showed no signs of life against Klitschko on Saturday"; "she announced
      // Tuesday" / "Noem tweeted on Monday").
      if (x.kind === 'weekday' && !sameEvent(x, y)) continue;
      // Nor two days that meet at midnight, told late on the first or early on the second ("late Sunday" /
      // "early Monday"): one night, dated on either side of it (conf16).
      if (x.kind === 'weekday' && acrossMidnight(x, y)) continue;
      // A duration measures time between two points its head does not name ("for the first time in
      // 25 years" / "50 years since the band's formation"; "nine days before the inauguration" / "in
      // about 30 days"): compared only when both are anchored alike and about the same named actor.
      // Both figures' own owner is such an actor ("27-year-old Christopher Kenyon Simpson" / "26-year-old
      // Christopher Kenyon Simpson", where no unit's main actor is named; conf11).
      // An age of one person named by one noun on both sides ("a 7-year-old girl" / "a 6-year-old girl") is
      // about that person as an owner's is (conf14); the article's other ages of that noun make it ambiguous.
      // Or by two nouns that say what a person is (`personKind`: "a ranger's three-year-old son" / "a 2-year-old toddler"),
      // when an article calls its own person by the other's noun (`toldAs`; conf76).
      const onePerson = !!x.person && !!y.person && !x.owner && !y.owner && (x.person === y.person || (!!ambiguous && toldAs(x, y, ambiguous)));
      if (x.kind === 'duration' && (!(sameActor || (!!x.owner && x.owner === y.owner) || onePerson) || (x.anchor ?? '') !== (y.anchor ?? ''))) continue;
      // An article that gives two values for one kind and head does not say by the head alone which
      // thing a figure is about; two such figures are still one quantity when their clauses tell the
      // same thing ("an 86-yard touchdown run on the first play of the second half" / "an 84-yard
      // scamper on the first play of the second half"). Weekdays keep the head rule (and their own).
      // Nor when both are one named owner's and neither article gives that owner two values ("Richard
      // Carter had 12 points" / "Richard Carter scored 14 points" in two box scores).
      // Nor when what both say of the figure singles out one figure of the key in each article: their
      // complements share a word that no figure there with another value has ("killed 168,000 people in
      // Indonesia's Aceh province" / "killed 170,000 people in the province", where the articles' other
      // counts of people are injured, or killed elsewhere; `singledOut`, conf11).
      if (ambiguous && (ambiguous.a.has(figureKey(x)) || ambiguous.b.has(figureKey(y))) && (x.kind === 'weekday' || !(identified(x, y) || sameOwner(x, y, ambiguous) || samePerson(x, y, ambiguous) || singledOut(x, y, ambiguous)))) {
        // Not compared, but still a figure of the two units' records (below).
        if (x.kind !== 'weekday') (agree(x, y) ? (agreeing = true) : unsure.add(figureKey(x)));
        continue;
      }
      if (agree(x, y)) {
        if (x.kind !== 'weekday') agreeing = true;
        continue;
      }
      // Each article gives both figures under the key: both outlets carry both numbers, so they do not disagree on
      // them — unless one named owner or person noun says in both whose each figure is (conf50).
      if (ambiguous && carriesBoth(x, y, ambiguous) && !sameOwner(x, y, ambiguous) && !samePerson(x, y, ambiguous)) continue;
      // The same figure stated elsewhere in the other unit settles it ("two … two weeks"), whatever
      // noun follows it there ("people over the age of 65, adults 18 and older" / "people 65 and older").
      // Only the same figure settles it: a bound there ("at least 208,000 of which…") admits too much.
      // y itself settles it only with the same value ("24,000" / "over 24,000"): its bound was just read,
      // and rounding that drops it ("about 20,000" as 15,000–25,000) would undo the reading ("about
      // 20,000" / "over 24,000" refugees disagree).
      if (b.some((z) => z.kind === x.kind && agree(x, z, false) && (z !== y || sameFigure(x, y)))) continue;
      if (a.some((z) => z.kind === y.kind && agree(z, y, false) && (z !== x || sameFigure(x, y)))) continue;
      // A total against one of its parts: the other unit splits what it counts by what befell them, and its
      // parts add up to the figure ("one person was killed and three were injured" / "four people were
      // injured": four shot, told loosely as injured; conf16).
      if (partOf(x, y, b, a) || partOf(y, x, a, b)) continue;
      // A count and the same count without the part it says it includes ("killing six people, including an unborn
      // child" / "five people … were killed"; "four others were injured, including the gunman" / "three others"):
      // one count with a part counted on one side only, not two numbers for it (conf40).
      if (includedPart(x, y) || includedPart(y, x)) continue;
      differ.push({ x, y });
    }
  }
  const first = differ[0];
  if (!first) return null;
  // Every figure the two units could compare differs, over two quantities or more, and none agrees: two
  // records told alike (two players' lines: "716 yards rushing and five touchdowns" / "404 yards and two
  // touchdowns"; two quakes' magnitude and depth), not one misreported. No constant: all of them, two kinds.
  const counted = differ.filter((d) => d.x.kind !== 'weekday');
  if (!agreeing && new Set([...counted.map((d) => figureKey(d.x)), ...unsure]).size >= 2) return null;
  const { x, y } = first;
  return { kind: x.kind === 'money' ? 'money' : x.kind === 'weekday' || x.kind === 'month' || x.kind === 'day' || x.kind === 'year' ? 'date' : 'number', x, y };
}

/**
 * `part` is one of the parts its unit's figures split a total into, and they add up to `total`: another count
 * of its unit says what else befell the rest (its fates are not `part`'s), or counts others under the same head, and
 * the two sum to it exactly, while `total`'s own unit splits nothing.
 */
function partOf(total: Quantity, part: Quantity, unit: Quantity[], own: Quantity[]): boolean {
  const exact = (q: Quantity) => q.kind === 'count' && q.value === q.max && !q.qualifier;
  if (!exact(total) || !exact(part)) return false;
  // Or by where or of whom they are counted, each under the figure's own head ("four people on the ground and all 109
  // people in the plane were killed" / "113 people were killed"), while the total's unit counts that head once (conf50).
  const key = (q: Quantity) => exact(q) && figureKey(q) === figureKey(part);
  if (!own.some((z) => z !== total && key(z)) && unit.some((z) => z !== part && key(z) && part.value + z.value === total.value)) return true;
  if (!part.fate) return false;
  // A fate read next to both ("one was killed and three were injured" reads "killed" before "three" too): told otherwise.
  const same = (f: readonly string[], g: readonly string[]) => f.length === g.length && f.every((w) => g.includes(w));
  const splits = (qs: Quantity[], q: Quantity) => qs.filter((z) => z !== q && exact(z) && !!z.fate && !same(z.fate, q.fate ?? []));
  // The total's own unit splits nothing ("one was killed and six others hurt" / "one was killed and five hurt":
  // six and five are both the hurt, told two ways).
  if (splits(own, total).length) return false;
  return splits(unit, part).some((z) => part.value + z.value === total.value);
}

/**
 * `whole` says it includes a part (Quantity.includes), and without that part it is `other`, exactly — unless `other`
 * says it includes that same part ("three others, including one police officer" / "four others including a police
 * officer": both count the officer, so the counts differ). A part told beside the count ("five people plus the
 * gunman", `plus`) is added to it instead.
 */
function includedPart(whole: Quantity, other: Quantity): boolean {
  const p = whole.includes;
  if (!p || whole.value !== whole.max || other.value !== other.max || whole.value + (p.plus ? p.n : -p.n) !== other.value) return false;
  return !!p.plus || !(p.what && other.includes?.what === p.what);
}

/** Two weekdays a day apart, the first told late ("late Sunday", "Sunday night") or the second early ("early Monday"). */
function acrossMidnight(x: Quantity, y: Quantity): boolean {
  const [first, second] = (y.value - x.value + 7) % 7 === 1 ? [x, y] : (x.value - y.value + 7) % 7 === 1 ? [y, x] : [null, null];
  return !!first && (first.edge === 'late' || second!.edge === 'early');
}

/**
 * `q` is told in one clause with a span that dates it back from the story's time ("four months earlier", "16 months
 * ago": a duration anchored by "ago" or "earlier" whose clause holds q's head, while q's clause holds the span's), and
 * `other`, the other unit's figures, gives no such span.
 */
function datedBack(q: Quantity, own: Quantity[], other: Quantity[]): boolean {
  if (q.kind === 'duration' || !q.head) return false;
  const back = (d: Quantity) => d.kind === 'duration' && (d.anchor === '|ago' || d.anchor === '|earlier');
  return own.some((d) => back(d) && !!d.head && (q.event ?? []).includes(d.head) && (d.event ?? []).includes(q.head!) && !other.some((e) => back(e) && e.head === d.head && e.value === d.value));
}

/** Each article also gives the other's figure under the same key (`ambiguousFigures`' figures). */
function carriesBoth(x: Quantity, y: Quantity, ambiguous: { a: ReadonlySet<string>; b: ReadonlySet<string> }): boolean {
  const za = figuresOf(ambiguous.a, x);
  const zb = figuresOf(ambiguous.b, y);
  // Another figure than the pair's own: a rounded figure agrees with the other's without its bound ("about 20,000" / "over 24,000").
  return za.some((z) => z !== x && agree(z, y, false)) && zb.some((w) => w !== y && agree(w, x, false));
}

/** Figures of an ambiguous key said of one named owner, whom neither article gives two values of the key. */
function sameOwner(x: Quantity, y: Quantity, ambiguous: { a: ReadonlySet<string>; b: ReadonlySet<string> }): boolean {
  return !!x.owner && x.owner === y.owner && !ambiguous.a.has(ownerKey(x)) && !ambiguous.b.has(ownerKey(y));
}

/**
 * Two ages of two person nouns that both say what a person is (`personKind`: "a ranger's three-year-old son" / "a
 * 2-year-old toddler"), where one article calls a person by the other's noun with "the" ("The toddler had been left in
 * the care of a nanny") and gives no one of that noun another age: that article tells its person by both nouns, so the
 * two ages, in units aligned as one fact, are one person's (conf76). A role in the story (suspect, victim, driver) is no
 * such noun: a story's roles are its different people. No constant.
 */
function toldAs(x: Quantity, y: Quantity, ambiguous: { a: ReadonlySet<string>; b: ReadonlySet<string> }): boolean {
  if (!personKind(x.person!) || !personKind(y.person!)) return false;
  const calls = (amb: ReadonlySet<string>, q: Quantity, noun: string) =>
    !!(amb as AmbiguousKeys).definite?.has(noun) && !figuresOf(amb, q).some((z) => z.person === noun && !agree(z, q, false));
  return calls(ambiguous.a, x, y.person!) || calls(ambiguous.b, y, x.person!);
}

/**
 * Ages of an ambiguous key said of one person named by one noun ("the 34-year-old suspect" / "the 35-year-old
 * suspect", where the articles also give the victims' ages), when neither article gives that noun two ages: the
 * noun singles the person out, as a name does for `sameOwner` (conf15).
 */
function samePerson(x: Quantity, y: Quantity, ambiguous: { a: ReadonlySet<string>; b: ReadonlySet<string> }): boolean {
  if (!x.person || x.person !== y.person || x.owner || y.owner || ambiguous.a.has(personKey(x)) || ambiguous.b.has(personKey(y))) return false;
  // An incident often has two people one noun names (a boy who shot, a boy shot), each article giving one
  // age: the noun is evidence of one person only when both articles tell the same people — another person
  // noun aged alike on both sides ("a 46-year-old man … a 12-year-old girl" / "the 46-year-old man … an
  // 11-year-old girl").
  const za = figuresOf(ambiguous.a, x);
  const zb = figuresOf(ambiguous.b, y);
  // That other person is evidently another only when aged otherwise than the figure in its own article (a "7-year-old
  // son" beside a "7-year-old boy" may be the boy).
  const other = (z: Quantity, q: Quantity) => !!z.person && z.person !== q.person && !z.owner && !agree(z, q, false);
  return za.some((z) => other(z, x) && zb.some((w) => w.person === z.person && other(w, y) && agree(z, w, false)));
}

/**
 * Figures of an ambiguous key that what is said of them singles out (conf11): their complements
 * (Quantity.complement: "killed 170,000 people in the province" / "killed 168,000 people in Indonesia's
 * Aceh province") share a word, and in each article no figure of the key with another value has a
 * complement with every shared word. The owner's case is `sameOwner`. The article's figures come with
 * `ambiguousFigures`' answer; without them nothing is singled out. No constant.
 */
function singledOut(x: Quantity, y: Quantity, ambiguous: { a: ReadonlySet<string>; b: ReadonlySet<string> }): boolean {
  // A point measured from ("75 km west of Manokwari" / "135 km from Manokwari") says where, not which (conf12).
  if (x.reference || y.reference) return false;
  const ex = new Set(x.complement ?? []);
  const shared = [...new Set(y.complement ?? [])].filter((w) => ex.has(w));
  if (!shared.length) return false;
  const alone = (amb: ReadonlySet<string>, q: Quantity): boolean => {
    const key = figureKey(q);
    if (!amb.has(key)) return true;
    const all = (amb as AmbiguousKeys).figures?.get(key);
    if (!all) return false;
    return !all.some((z) => !agree(z, q, false) && shared.every((w) => (z.complement ?? []).includes(w)));
  };
  return alone(ambiguous.a, x) && alone(ambiguous.b, y);
}

/**
 * `ambiguousFigures`' answer: the ambiguous keys, the article's figures of each (for `singledOut`), and the person nouns
 * (`personKind`, stems) the article writes after "the" (for `toldAs`), when its units carry their words (`seq`).
 */
type AmbiguousKeys = ReadonlySet<string> & { figures?: ReadonlyMap<string, readonly Quantity[]>; definite?: ReadonlySet<string> };
/** The article's figures of q's key, when `ambiguousFigures` kept them. */
const figuresOf = (amb: ReadonlySet<string>, q: Quantity) => (amb as AmbiguousKeys).figures?.get(figureKey(q)) ?? [];

/** A figure's key and its owner (`figureKey`, Quantity.owner): what one value per name is read on. */
function ownerKey(q: Quantity): string {
  return `${figureKey(q)}@${q.owner ?? ''}`;
}

/** A figure's key and the person noun it is the age of (Quantity.person). */
function personKey(q: Quantity): string {
  return `${figureKey(q)}#${q.person ?? ''}`;
}

/**
 * Two months date one event told in other words ("wrote a long emotional letter … in May 2012" / "in April wrote a lengthy
 * emotional letter"): their clauses share `MONTH_CLAUSE.shared` words that are no figures (a figure is compared apart), and
 * both are surely months — a "May" only with a year or day beside it ("Prime Minister May"; conflict80).
 */
function oneEvent(x: Quantity, y: Quantity, a: Quantity[], b: Quantity[]): boolean {
  const e = new Set(x.event);
  const month = (q: Quantity, qs: Quantity[]) => q.text !== 'May' || qs.some((z) => (z.kind === 'year' || z.kind === 'day') && (z.start - q.end === 1 || q.start - z.end === 1));
  return new Set(y.event?.filter((w) => e.has(w) && !/^\d/.test(w))).size >= MONTH_CLAUSE.shared && month(x, a) && month(y, b);
}

/**
 * How many words (no figures) two months' clauses must share to date one event when they share fewer than CLAUSE_SHARED
 * counting figures (`oneEvent`). Fitted by `npx tsx bench/conflict80-fit.ts` on the judged pairs of rounds 1–14
 * (bench/data/conflicts-labels.json): the smallest count that fires on no judged false pair and changes no true one
 * (2 fires on two false, an unemployment rate's two months and a protection order / a divorce filing, and loses a true
 * age; 1 fires on five). Round 15, not fitted on: the one pair it moves is true (the audit's letter).
 */
export const MONTH_CLAUSE = { shared: 3 };

/** Figures of an ambiguous key that tell the same thing: their clauses share CLAUSE_SHARED content words. */
function identified(x: Quantity, y: Quantity): boolean {
  const e = new Set(x.event ?? []);
  let shared = 0;
  for (const w of new Set(y.event ?? [])) if (e.has(w)) shared++;
  return shared >= CLAUSE_SHARED;
}

/**
 * How many content words (stems; names, figures and the head left out) two figures' clauses must share
 * to tell the same thing when their articles give several values of their kind and head (`identified`).
 * Chosen on the dev half of bench/data/conflicts-labels.json: 3 adds a false conflict ("a game-high 29
 * points to go with eight rebounds" / "averaged a team-high 22.8 points to go with 7.2 rebounds"), 4
 * and 5 read the dev rows alike (docs/notes/conf5.md).
 */
export const CLAUSE_SHARED = 4;

/** Are x and y figures of the same quantity about the same thing? The key (`sameKey`) and what is said of it (`sameThing`). */
export function comparable(x: Quantity, y: Quantity): boolean {
  const [cx, cy] = compared([x, y]) as [Quantity, Quantity];
  return sameKey(cx, cy) && sameThing(cx, cy);
}

/** The figures as conflicts reads them: with their `compareAs` kind and head ("Smith, 34," an age; conf15), and a whole number with its fraction ("4 1/2"; conf39). */
function compared(qs: Quantity[]): Quantity[] {
  return qs.some((q) => q.compareAs || q.fraction) ? qs.map((q) => (q.compareAs || q.fraction ? asCompared(q) : q)) : qs;
}
const comparedCache = new WeakMap<Quantity, Quantity>();
function asCompared(q: Quantity): Quantity {
  let c = comparedCache.get(q);
  if (!c) comparedCache.set(q, (c = { ...q, ...q.compareAs, ...(q.fraction ? { value: q.value + q.fraction, max: q.max + q.fraction } : {}) }));
  return c;
}

/** Same kind, head, magnitude and place: what `figureKey` and the head say. */
function sameKey(x: Quantity, y: Quantity, magnitude = true): boolean {
  if (x.kind !== y.kind) return false;
  if (x.kind === 'id' || x.kind === 'year' || x.kind === 'month' || x.kind === 'day') return false;
  if (x.kind === 'weekday') return true;
  // An order of magnitude apart is two different quantities ("two people familiar with the
  // matter" vs "4,000 people", "$2.8 billion" vs "$2.53 per share"), not a misreport of one.
  const lo = Math.min(x.value, y.value);
  const hi = Math.max(x.max, y.max);
  if (magnitude && lo > 0 && hi / lo >= 10) return false;
  // Counted over two places named after the head: two quantities ("170,000 people in the province" /
  // "about 230,000 people across Asia").
  if (x.scope && y.scope && !x.scope.some((w) => y.scope!.includes(w))) return false;
  // Two sums in two currencies named ("$5 million" / "£5 million", "Rs 500 crore" / "$70 million") are two amounts (conf39).
  if (x.currency && y.currency && x.currency !== y.currency) return false;
  if (x.kind === 'money' || x.kind === 'percent') return currencyHead(x.head) === currencyHead(y.head);
  if (x.head === null || x.head !== y.head) return false;
  return true;
}

/**
 * Is what each side says of its figure, beyond the key, said of one thing of one owner (conf10)? A
 * conflict needs positive evidence; a word said on one side only is no evidence that both measure one
 * thing, so it does not count as agreement:
 * - complements ("four seasons as director" / "19 seasons with the 76ers") said on both sides share a word;
 * - an owner or a subject read far from the figure ("Thomas missed nine games", "Horton was the mother
 *   of 12 children") is the other's when both have one, and is named by the other unit when only one
 *   has one ("Reggie Bush will miss the final two games" names no Thomas; "two children press up against
 *   a storefront" names no Horton);
 * - a percentage's head is its unit, so only its complement says what it measures ("83.3 percent of
 *   Greeks were unhappy with …" / "popularity at 20.6 percent"): said on one side only, two measures.
 * No constant.
 */
function sameThing(x: Quantity, y: Quantity): boolean {
  if (x.kind === 'weekday') return true;
  if (x.complement && y.complement && !x.complement.some((w) => y.complement!.includes(w))) return false;
  // A block number's owner is its street: the streets must share a word of their name, not only "street" or a
  // compass word ("the 1700 block of West Elm Street" / "the 1800 block of North Park Street": two streets; conf15).
  if (x.head === 'block' && x.complement && y.complement && !x.complement.some((w) => !STREET_WORDS.has(w) && y.complement!.includes(w))) return false;
  const ox = x.owner ?? x.subject;
  const oy = y.owner ?? y.subject;
  if (ox && oy && ox !== oy) return false;
  // One surname, two given names ("Dana Lee Reyes, 44," / "47-year-old Mia Reyes"): two people of one family (conf16).
  if (ox && ox === oy && x.given && y.given && !x.given.some((w) => y.given!.includes(w))) return false;
  if ((ox && !(y.named ?? []).includes(ox)) || (oy && !(x.named ?? []).includes(oy))) return false;
  if (x.kind === 'percent' && !x.complement !== !y.complement) return false;
  // A rate measured by two named measurers is two measures (two polls: "a poll for Kathimerini found that
  // 68 per cent" / "a poll published by Ethnos said 83.3 percent"; conf12). Its anchor, like a distance's
  // place (the complement) or an age's person (the owner): named on both sides, it must be one.
  if (x.by && y.by && !x.by.some((w) => y.by!.includes(w))) return false;
  // Two places' distances from one point ("in Chilpancingo, 132 miles south of Mexico City" / "Iguala, some 200km (125
  // miles) south of Mexico City"): the place each distance is of, named on both sides, must be one (conf60).
  if (x.place && y.place && x.place !== y.place) return false;
  // A margin of error is one poll's: against another figure it is another thing, and two margins are one poll's
  // only when both name one measurer ("plus or minus six percentage points" / "plus or minus 4.21 percentage
  // points": a national and a state poll of one week; conf36).
  if ((x.margin || y.margin) && !(x.margin && y.margin && x.by && y.by)) return false;
  // What someone needs and what is are two things ("needed just nine points to pass Ford" / "posting 20
  // points"; conf11).
  if (!x.target !== !y.target) return false;
  // What befell what is counted is part of the count: people shot and people found dead are two counts
  // ("charged with shooting the five men" / "the rangers found four men dead"; conf14). Said on both sides, it must be one.
  // A figure one side gives a named owner, and the other side gives a doer of its own while naming that
  // owner apart ("Varga fired two shots" / "a guard fired one shot and missed, prompting Varga to fire back"): two
  // doers' figures (conf14). Two nouns ("the gunman" / "the shooter") may name one doer: not read.
  if ((ox && y.doer && (y.named ?? []).includes(ox)) || (oy && x.doer && (x.named ?? []).includes(oy))) return false;
  if (x.fate && y.fate && !x.fate.some((f) => y.fate!.includes(f))) return false;
  // The whole a part is counted from ("two of the three victims died") and a count of those something befell ("one
  // victim died"): the set and some of it, two counts (conf49).
  if ((x.whole && !y.whole && y.fate) || (y.whole && !x.whole && x.fate)) return false;
  // How badly, said of one count only ("three others critically injured" / "four others were injured"): those
  // critically hurt are a part of the hurt, not their number told otherwise (conf16).
  if (!!x.fate?.includes('critical') !== !!y.fate?.includes('critical')) return false;
  // A run of a sequence and a whole, or two runs named differently ("completed his first 17 passes" /
  // "completed 29 of 34 passes"; conf11).
  if ((x.run ?? '') !== (y.run ?? '')) return false;
  // Two durations of two named things: "a 30-day program" is the program's length, "90 days of
  // treatment" the treatment's (conf13). What each measures, named on both sides, must be one.
  const mx = x.measures ? [x.measures] : x.complement;
  const my = y.measures ? [y.measures] : y.complement;
  if ((x.measures || y.measures) && mx && my && !mx.some((w) => my.includes(w))) return false;
  return true;
}

/**
 * Whose figure both sides say it is, as each sentence reads it (conf37): the kinds of owner that both figures name
 * and name as one. `sameThing` only asks that nothing says two owners; a figure with no owner on either side passes
 * it, and on national news such pairs are mostly two things one head names (two polls' points, two states'
 * delegates: docs/notes/conf36.md). Read from the figures, no word list:
 * - 'name': a name read as the figure's owner or its sentence's subject (Quantity.owner / subject), one on both sides;
 * - 'measurer': a rate's measurer (Quantity.by: "a Marist poll found …"), a word shared by both;
 * - 'place': the place the count is counted over (Quantity.scope: "170,000 people in the province"), a word shared;
 * - 'person': an age of one person noun on both sides ("the 34-year-old suspect" / "the 35-year-old suspect");
 * - 'complement': what the figure is said of (Quantity.complement: "four seasons as director"), a word shared.
 * Empty when the two figures name no owner in common.
 */
export type OwnerKind = 'name' | 'measurer' | 'place' | 'person' | 'complement';
/**
 * Each side's article's words written capitalised where no sentence opens (`nameEvidence` of its body units): what makes
 * a capitalised word that opens a line (Quantity.opens) a name. Without it, such a word names no owner.
 */
export interface Evidence {
  a: ReadonlySet<string>;
  b: ReadonlySet<string>;
}
const evidenceCache = new WeakMap<object, Set<string>>();
/** `nameEvidence` of an article's body units, made once per article. */
export function articleNames(article: Pick<Article, 'units'>): Set<string> {
  let e = evidenceCache.get(article);
  if (!e) {
    e = new Set<string>();
    for (const u of article.units) if (u.kind === 'body') nameEvidence(u.text, e);
    evidenceCache.set(article, e);
  }
  return e;
}
/**
 * A company's legal form ("The Hokkaido Bank Ltd" / "The Gunma Bank Ltd", "Acme Inc"): the last word of many names,
 * it says whose figure it is no more than "the company" would, so it is no owner both sides name (conf56).
 */
const LEGAL_FORM = new Set('ltd limited inc incorporated corp corporation co plc llc lp llp sa ag nv bv gmbh spa ab pty'.split(' '));
/**
 * The owners that let a figure conflict be stated rather than flagged `check` (`describeConflicts`): of five nested sets,
 * the one whose stated and flagged figure conflicts differ most in precision over the judged rounds 1–17 (`npx tsx
 * bench/conf37-owners.ts`: stated 0.93, 37 of 40; flagged 0.69, 52 of 75; docs/notes/conf37.md). What a figure is said
 * of (`complement`) is no owner: two polls' shares "of Americans" share it.
 */
export const STATED_OWNERS: ReadonlySet<OwnerKind> = new Set<OwnerKind>(['name', 'measurer', 'place', 'person']);
export function ownersNamed(x: Quantity, y: Quantity, names?: Evidence): OwnerKind[] {
  const out: OwnerKind[] = [];
  const shares = (p?: readonly string[], q?: readonly string[]) => !!p && !!q && p.some((w) => q.includes(w));
  const ox = x.owner ?? x.subject;
  // A capitalised word that opens its line is a name only where its article writes it capitalised elsewhere (conf57).
  const named = (q: Quantity, o: string, e?: ReadonlySet<string>) => !q.opens || !!e?.has(o);
  if (ox && !LEGAL_FORM.has(ox) && ox === (y.owner ?? y.subject) && named(x, ox, names?.a) && named(y, ox, names?.b)) out.push('name');
  if (shares(x.by, y.by)) out.push('measurer');
  if (shares(x.scope, y.scope)) out.push('place');
  if (x.person && x.person === y.person) out.push('person');
  if (shares(x.complement, y.complement)) out.push('complement');
  return out;
}

/**
 * Do both sides name whose figure it is, so that the card may say the outlets differ rather than ask the reader to check
 * (`describeConflicts`)? An owner of `STATED_OWNERS` named as one on both sides — except for a percentage, whose name is
 * not enough: a share is one measurement's (a poll's, a census's, a day's trading) of one whole, and a name says only whose
 * share it is ("Stein polled at 4 percent" / "Jill Stein is at 3%": two polls; "Latinos make up about 21 percent of
 * Colorado's population" / "30 percent of the population in Arizona": two wholes). A percentage is stated when its
 * measurer or its place is named as one on both sides (conf55: on the judged rounds 1–34, all nine percentage rows a name
 * alone stated were one true, eight false).
 */
export function statedOwner(x: Quantity, y: Quantity, names?: Evidence): boolean {
  const named = ownersNamed(x, y, names).filter((o) => STATED_OWNERS.has(o));
  return x.kind === 'percent' ? named.some((o) => o === 'measurer' || o === 'place') : named.length > 0;
}

/** Words of a street's name that do not tell one street from another. */
const STREET_WORDS = new Set('street st avenue ave road rd boulevard blvd drive dr lane ln way place pl court ct parkway pkwy highway hwy north south east west n s e w block'.split(' ').map(stem));

/** Two weekdays date one event: their clauses share a content word. */
function sameEvent(x: Quantity, y: Quantity): boolean {
  const e = new Set(x.event ?? []);
  return (y.event ?? []).some((w) => e.has(w));
}

/** Two units' main actors (lib/nlp/actors.ts) name one actor. */
export function sharedActor(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (!a || !b) return false;
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** What a figure is a figure of, as `comparable` reads it: its kind and the thing it counts. */
export function figureKey(q: Quantity): string {
  if (q.kind === 'weekday') return q.kind;
  return `${q.kind}|${q.kind === 'money' || q.kind === 'percent' ? currencyHead(q.head) : q.head}`;
}

/**
 * The figure keys one article gives two different values for (they do not identify one quantity).
 * Cached per list of units: the report asks once per article and related article.
 */
export function ambiguousFigures(units: ReadonlyArray<{ f: { figures: Quantity[]; seq?: readonly string[] } }>): ReadonlySet<string> {
  const hit = ambiguousCache.get(units);
  if (hit) return hit;
  const seen = new Map<string, Quantity[]>();
  const out = new Set<string>();
  const definite = new Set<string>();
  for (const u of units) {
    const seq = u.f.seq ?? [];
    for (let i = 1; i < seq.length; i++) if (seq[i - 1] === 'the' && personKind(seq[i]!)) definite.add(seq[i]!);
    for (const q of compared(u.f.figures)) {
      if (q.kind === 'id' || q.kind === 'year' || q.kind === 'month' || q.kind === 'day' || q.restates || q.afterSlash) continue;
      // By key, and by key and owner (`sameOwner`: one value per name).
      // And by key and person noun (`samePerson`: one age per noun).
      const keys = q.owner && q.kind !== 'weekday' ? [figureKey(q), ownerKey(q)] : [figureKey(q)];
      if (q.person && !q.owner) keys.push(personKey(q));
      for (const key of keys) {
        const prev = seen.get(key);
        if (!prev) seen.set(key, [q]);
        else {
          if (!out.has(key) && prev.some((p) => !agree(p, q, false))) out.add(key);
          prev.push(q);
        }
      }
    }
  }
  const answer: AmbiguousKeys = Object.assign(out, { figures: seen as ReadonlyMap<string, readonly Quantity[]>, definite });
  ambiguousCache.set(units, answer);
  return answer;
}
const ambiguousCache = new WeakMap<object, ReadonlySet<string>>();

/** "$5 million dollars", "5 euros": the currency word is not what the money is about. */
function currencyHead(h: string | null): string | null {
  return h && /^(?:dollar|euro|pound|usd|eur|gbp|cent|percent)s?$/.test(h) ? null : h;
}

/**
 * Same figure, or the same figure at the precision the coarser one is written with: "$10" and
 * "$9.99", "$4.8 billion" and "$4.76 billion" (rounding is not disagreement; no tolerance constant),
 * or a figure inside a range the other writes out.
 */
export function agree(x: Quantity, y: Quantity, bounds = true): boolean {
  if (sameFigure(x, y)) return true;
  // A block is numbered by its hundreds: "the 680 block" is a house number within "the 600 block" (conf16).
  if (x.head === 'block' && y.head === 'block' && Math.floor(x.value / 100) === Math.floor(y.value / 100)) return true;
  // A range written as one ("30-60 per cent") agrees with any figure it overlaps.
  if (writtenRange(x) || writtenRange(y)) return x.value <= y.max && y.value <= x.max;
  // A bound agrees with a figure it admits: "more than 1,000 flights" / "at least 1,800 flights",
  // "less than 50 km (30 miles)" / "10 miles". A vague word ("hundreds") is read below.
  const vague = (q: Quantity) => q.value !== q.max;
  if (bounds && !vague(x) && !vague(y)) {
    const bx = bound(x);
    const by = bound(y);
    if (bx && by) return bx === by || (bx === 'lower' ? x.value <= y.value : y.value <= x.value);
    if (bx === 'lower') return y.value > x.value || (HOLDS_ITSELF.test(x.qualifier ?? '') && y.value === x.value);
    if (bx === 'upper') return y.value < x.value || (HOLDS_ITSELF.test(x.qualifier ?? '') && y.value === x.value);
    if (by) return agree(y, x);
  }
  // A vague word agrees with a figure its reading holds ("scores of languages" / "around 50 languages";
  // conf13) and with a bound whose reach overlaps it: "hundreds" / "more than 200", "dozens" / "more than
  // 50" can both be true, so the outlets do not disagree (vague42; blind rounds 9–15 and 23 judge such
  // rows false). Two vague words keep their readings.
  if (bounds && vague(x) !== vague(y)) {
    const [v, f] = vague(x) ? [x, y] : [y, x];
    const b = bound(f);
    const itself = HOLDS_ITSELF.test(f.qualifier ?? '');
    if (b === 'lower') return itself ? f.value <= v.max : f.value < v.max;
    if (b === 'upper') return itself ? v.value <= f.value : v.value < f.value;
    return v.value <= f.value && f.value <= v.max;
  }
  if (x.value !== x.max || y.value !== y.max) return false;
  // An age in whole years or months is the age reached: a "2-year-old" may be two and a half, a "3-year-old" may not (conf76).
  if (x.anchor === '|old' && y.anchor === '|old' && !x.fraction !== !y.fraction) {
    const [whole, part] = x.fraction ? [y, x] : [x, y];
    if (Number.isInteger(whole.value)) return Math.floor(part.value) === whole.value;
  }
  const step = Math.max(writtenStep(x), writtenStep(y));
  if (!(step > 0)) return false;
  return Math.round(x.value / step) === Math.round(y.value / step);
}

/** "more than 200" is a lower bound, "less than 50" an upper one; "about", "nearly" are neither. */
function bound(q: Quantity): 'lower' | 'upper' | null {
  const w = q.qualifier ?? '';
  return /^(?:more than|at least|over|no (?:less|fewer) than|upwards of|in excess of)$/.test(w) ? 'lower' : /^(?:(?:less|fewer|no more) than|at most|under|up to|within|as (?:many|much) as)$/.test(w) ? 'upper' : null;
}

/** Bounds that hold their own value ("at least 30" admits 30; "more than 30" does not). */
const HOLDS_ITSELF = /^(?:at least|no (?:less|fewer|more) than|at most|up to|within|as (?:many|much) as)$/;

/** A range written with figures and a dash ("30-60", "$10–20"). */
function writtenRange(q: Quantity): boolean {
  return q.value !== q.max && /\d\s?[-\u2013\u2014]\s?\d/.test(q.text);
}

/**
 * The unit of the last digit written: "$9.99" → 0.01, "$4.8 billion" → 1e8, "12,000" → 1. A figure
 * said to be approximate ("some 2,700", "about 20,000") is rounded at its last non-zero digit (100,
 * 10,000): "some 2,700 pages" and "2,702 pages" agree; in words, at its scale word ("nearly a dozen": 12).
 */
function writtenStep(q: Quantity): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(q.text);
  // A figure written in words and said to be approximate is rounded at its scale word: "nearly a dozen" admits 11,
  // "about two dozen" 20 (conf43).
  if (!m) return APPROXIMATE.test(q.qualifier ?? '') ? wordScale(q.text) : 0;
  const written = Number(m[0].replace(/,/g, ''));
  if (!(written > 0)) return 0;
  const scale = q.value / written;
  let step = 10 ** -(m[1]?.length ?? 0) * scale;
  if (APPROXIMATE.test(q.qualifier ?? '') && !m[1]) {
    let n = written;
    while (n % 10 === 0 && n > 0) {
      n /= 10;
      step *= 10;
    }
  }
  return step;
}
const APPROXIMATE = /^(?:about|around|approximately|roughly|close to|some|nearly|almost)$/;

// ---------------------------------------------------------------------------------------------
// Quote wording: two outlets put different words in one speaker's mouth.

/**
 * Two quotations of one utterance worded differently: `here` and `there` as each article has them,
 * `diff` the word-level difference from here to there (lib/types.ts DiffPart, as the quote trace
 * gives it), `similarity` the share of words the two wordings have in common where they overlap.
 */
export interface QuoteDifference {
  here: string;
  there: string;
  diff: DiffPart[];
  similarity: number;
  /** Every change left is of small words only (`slightly`): worded slightly differently, for the reader to check (quote55). */
  slight?: true;
}

interface Token {
  /** The word as compared: folded, apostrophes dropped, "&" read as "and". */
  w: string;
  start: number;
  end: number;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(QUOTE_TOKEN)) {
    // A web address's suffix glued to a name by a period ("MySpace.com" / "MySpace"): the name written as its
    // address, one word said (conf41).
    if (WEB_SUFFIX.test(m[0]) && /\p{L}\.$/u.test(s.slice(Math.max(0, m.index! - 2), m.index!)) && !/^[\p{L}\p{N}]/u.test(s.slice(m.index! + m[0].length))) continue;
    const w = m[1] ? figureWord(m) : m[0] === '&' ? 'and' : m[0] === '%' ? 'percent' : fold(m[0]).replace(/'/g, '');
    out.push({ w, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The suffixes of web addresses (".com", ".org", ".net", ".gov", ".edu"). */
const WEB_SUFFIX = /^(?:com|org|net|gov|edu)$/i;

/**
 * A word of a quotation, or a figure written in digits as one word, however it is written: thousands' commas, a scale
 * word ("$1 million" / "$1,000,000"), a clock's ":00" ("6 p.m." / "6:00 p.m."), a fraction ("4 1/2" / "4½" / "4.5"), and
 * "%" read as "percent" (conf39): one figure in two formats is one word said.
 */
const QUOTE_TOKEN =
  /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?::(\d\d))?(?:(?:[\s-]|\s?\u00c2)?(?:([1-7])\/([2-8])|([\u00bc-\u00be])))?(?![\p{L}\p{N}/'\u2019])(?:\s+(thousand|million|billion|trillion)\b)?|\p{L}+\*+\p{L}*|[\p{L}\p{N}][\p{L}\p{N}'\u2019]*|&|%/gu;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
function figureWord(m: RegExpMatchArray): string {
  const [, whole, decimals, minutes, num, den, sign, scale] = m;
  const fraction = num ? Number(num) / Number(den) : sign ? (sign.charCodeAt(0) - 0xbb) / 4 : 0;
  const v = (Number(whole!.replace(/,/g, '') + (decimals ?? '')) + fraction) * (scale ? SCALES[scale]! : 1);
  return minutes && minutes !== '00' ? `${v}:${minutes}` : String(v);
}

/** Word-level changes: runs of equal words, and runs removed from `a` / added in `b`, in order. */
function wordChunks(a: Token[], b: Token[], late = false): Array<{ op: DiffPart['op']; a: Token[]; b: Token[] }> {
  // Longest common subsequence of the words (quotes are short: a table is cheap).
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i]!.w === b[j]!.w ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: Array<{ op: DiffPart['op']; a: Token[]; b: Token[] }> = [];
  const push = (op: DiffPart['op'], x: Token | null, y: Token | null) => {
    const last = out[out.length - 1];
    const c = last && last.op === op ? last : (out.push({ op, a: [], b: [] }), out[out.length - 1]!);
    if (x) c.a.push(x);
    if (y) c.b.push(y);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    // A word both have is matched here, or (`late`) at its last occurrence that keeps the longest common
    // run: "going to pass out. Going upstairs" / "Going upstairs" matches the second "going".
    const skip = late && i < n && j < m && (L[i + 1]![j]! === L[i]![j]! || L[i]![j + 1]! === L[i]![j]!);
    if (i < n && j < m && a[i]!.w === b[j]!.w && !skip) push('equal', a[i++]!, b[j++]!);
    // Removed before added, as the trace's diff has them.
    else if (i < n && (j === m || L[i + 1]![j]! >= L[i]![j + 1]!)) push('delete', a[i++]!, null);
    else push('insert', null, b[j++]!);
  }
  return out;
}

/** An ellipsis as quoting writes it: "…" or three periods. */
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;

/** One character inserted, removed or replaced ("damaged" / "damages"): a misspelling, not a word. */
function oneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || x === y) return x === y;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let k = 0;
  while (k < x.length - i && k < y.length - i && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  return x.length - i - k <= 1 && y.length - i - k <= 1;
}

/**
 * A word written with its middle starred out ("f***ing", "motherf***er") for the word it hides: the same first and last
 * letters around at least one letter (conf48). One word said, printed to a paper's standard.
 */
function censored(x: string, y: string): boolean {
  const k = x.indexOf('*');
  if (k < 1 || y.includes('*')) return false;
  const head = x.slice(0, k);
  const tail = x.slice(x.lastIndexOf('*') + 1);
  return y.length > head.length + tail.length && y.startsWith(head) && y.endsWith(tail);
}

/**
 * Two spellings or numbers of one word (conf44): US / UK spelling ("theatre" / "theater", "colour" / "color",
 * "organise" / "organize", "analyse" / "analyze") and a noun's plural ("discoveries" / "discovery"). Words of four
 * letters or more; a doubled consonant ("travelled" / "traveled") or an ae / oe is already one letter off (oneEdit).
 */
function oneWord(x: string, y: string): boolean {
  return x.length >= 4 && y.length >= 4 && x !== y && wordStem(x) === wordStem(y);
}
/**
 * Word for word the same words, one or more told in another spelling or number, and a form of "be" made to agree
 * ("the discoveries were" / "the discovery was").
 */
function sameWords(x: string[], y: string[]): boolean {
  if (x.length !== y.length || !x.some((w, k) => oneWord(w, y[k]!))) return false;
  return x.every((w, k) => w === y[k] || oneWord(w, y[k]!) || oneEdit(w, y[k]!) || (BE_TENSE[w] !== undefined && BE_TENSE[w] === BE_TENSE[y[k]!]));
}
/**
 * English verbs with two standard forms for one past tense or participle, both ways round: a closed list from grammar
 * (a regular past beside an irregular one, or two irregular ones), not read off rows. One word written two ways, as a
 * spelling is; a tense ("feel" / "felt") is still a change (conf59).
 */
const TWO_PASTS = new Set(
  ('hanged hung burned burnt dreamed dreamt dwelled dwelt kneeled knelt leaned leant leaped leapt learned learnt ' +
    'smelled smelt spelled spelt spilled spilt spoiled spoilt lighted lit speeded sped sneaked snuck shined shone ' +
    'pleaded pled knitted knit wetted wet quitted quit fitted fit thrived throve strived strove weaved wove waked woke ' +
    'proved proven got gotten betted bet broadcasted broadcast forecasted forecast sawed sawn sewed sewn mowed mown ' +
    'swelled swollen')
    .split(' ')
    .flatMap((w, k, all) => (k % 2 ? [] : [`${w} ${all[k + 1]}`, `${all[k + 1]} ${w}`])),
);
function wordStem(w: string): string {
  const us = w
    .replace(/([^aeiouy])re(s)?$/, '$1er$2')
    .replace(/our(s|ed|ing|ite|ites|able|ably)?$/, 'or$1')
    .replace(/([iy])s(e|es|ed|ing|ation|ations|er|ers)$/, '$1z$2');
  // A noun's number ("discoveries" / "discovery", "boxes" / "box", "centres" / "center"); not a tense: dev rounds judge
  // "is" / "was", "feel" / "felt" a changed wording (rounds 10–15, 20).
  const stem = us.replace(/ies$/, 'y').replace(/(x|z|ch|sh|ss)es$/, '$1').replace(/([^su])s$/, '$1');
  return stem.length >= 3 ? stem : w;
}

/**
 * Do two direct quotations put different words in one mouth? Null when they are the same words up to
 * punctuation, case, apostrophes and spelling (one letter off, a word written in two: "goodwill" /
 * "good will"), when one is an excerpt of the other (or they overlap only at their ends: one quote cut
 * in two places), when they name two speakers, or when they share no words in order. Otherwise the
 * difference, with the share of words they have in common between their first and last shared word;
 * the caller decides how similar two wordings must be to be one utterance (QUOTE_SIMILARITY).
 */
export function quoteDifference(a: Pick<Quote, 'text' | 'speaker'>, b: Pick<Quote, 'text' | 'speaker'>): QuoteDifference | null {
  if (a.speaker && b.speaker && !sameSpeaker(a.speaker, b.speaker)) return null;
  const ta = tokens(a.text);
  const tb = tokens(b.text);
  if (ta.length === 0 || tb.length === 0) return null;
  // Two readings of the same longest common words (matched early, matched late): when either finds
  // only an excerpt or spelling, the wordings agree; else the reading with more words in common.
  const early = readDifference(a, b, ta, tb, wordChunks(ta, tb));
  if (!early) return null;
  const late = readDifference(a, b, ta, tb, wordChunks(ta, tb, true));
  if (!late) return null;
  return late.similarity > early.similarity ? late : early;
}

function readDifference(
  a: Pick<Quote, 'text' | 'speaker'>,
  b: Pick<Quote, 'text' | 'speaker'>,
  ta: Token[],
  tb: Token[],
  chunks: Array<{ op: DiffPart['op']; a: Token[]; b: Token[] }>,
): QuoteDifference | null {
  // Words one quotation has before or after everything the other has: an excerpt's edges. When both
  // have words of their own at one edge, those are words replaced ("it must be everyone" / "they must
  // be all of them"), kept.
  const eq = chunks.map((c) => c.op === 'equal');
  const firstEq = eq.indexOf(true);
  if (firstEq < 0) return null;
  const lastEq = eq.lastIndexOf(true);
  const bothSides = (cs: typeof chunks) => cs.some((c) => c.a.length > 0) && cs.some((c) => c.b.length > 0);
  const lo = bothSides(chunks.slice(0, firstEq)) ? 0 : firstEq;
  const hi = bothSides(chunks.slice(lastEq + 1)) ? chunks.length : lastEq + 1;
  const inner = chunks.slice(lo, hi);
  const inA = bracketed(a.text);
  const inB = bracketed(b.text);
  let same = 0;
  let spanA = 0;
  let spanB = 0;
  const changes: Array<{ a: Token[]; b: Token[]; gapA?: string; gapB?: string }> = [];
  // The text between the equal words around a change, on each side: where a side has no words of its own.
  const gap = (k: number, side: 'a' | 'b', text: string): string => {
    let e = k;
    while (e < inner.length && inner[e]!.op !== 'equal') e++;
    let b = k;
    while (b > 0 && inner[b - 1]!.op !== 'equal') b--;
    const before = b > 0 ? inner[b - 1]![side] : [];
    const after = e < inner.length ? inner[e]![side] : [];
    return text.slice(before.length ? before[before.length - 1]!.end : 0, after.length ? after[0]!.start : text.length);
  };
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k]!;
    spanA += c.a.length;
    spanB += c.b.length;
    if (c.op === 'equal') {
      same += c.a.length;
      continue;
    }
    // A removal next to an addition is one change (a word replaced).
    const prev = changes[changes.length - 1];
    if (prev && k > 0 && inner[k - 1]!.op !== 'equal') (prev.a.push(...c.a), prev.b.push(...c.b));
    else changes.push({ a: [...c.a], b: [...c.b], gapA: gap(k, 'a', a.text), gapB: gap(k, 'b', b.text) });
  }
  const w = (ts: Token[]) => ts.map((t) => t.w);
  // Not the speaker's words: spelling (one letter off, one word written as two: "goodwill" / "good
  // will") and an editor's words in brackets ("her (Tara Reid) and", "[the Endangered Species Act]").
  // Words one side has where the other marks a cut with an ellipsis ("Brent … Luyster" / "Brent Lyster (sic)
  // Luyster") are an excerpt's cut, as words beyond its edges are (conf14).
  const cut = (c: { a: Token[]; b: Token[]; gapA?: string; gapB?: string }) =>
    (c.b.length === 0 && ELLIPSIS.test(c.gapB ?? '')) || (c.a.length === 0 && ELLIPSIS.test(c.gapA ?? ''));
  const spelling = (c: { a: Token[]; b: Token[]; gapA?: string; gapB?: string }) =>
    cut(c) ||
    w(c.a).join('') === w(c.b).join('') ||
    (c.a.length === 1 && c.b.length === 1 && oneEdit(c.a[0]!.w, c.b[0]!.w)) ||
    sameWords(w(c.a), w(c.b)) ||
    (c.a.length === 1 && c.b.length === 1 && (censored(c.a[0]!.w, c.b[0]!.w) || censored(c.b[0]!.w, c.a[0]!.w))) ||
    // "hung" / "hanged", "learned" / "learnt": the two standard past forms of one verb (conf59).
    (c.a.length === 1 && c.b.length === 1 && TWO_PASTS.has(`${c.a[0]!.w} ${c.b[0]!.w}`)) ||
    // "everybody" / "everyone", "somebody" / "someone": one pronoun written two ways (conf40).
    (c.a.length === 1 && c.b.length === 1 && c.a[0]!.w.replace('body', 'one') === c.b[0]!.w.replace('body', 'one')) ||
    sameNumber(c.a, c.b) ||
    (c.a.length > 0 && c.a.every(editorA)) ||
    (c.b.length > 0 && c.b.every(editorB));
  // The speaker's words of a change: an editor's words in brackets left out ("notification from [the Iraqi government]" /
  // "notification", "everone [sic]" / "everyone"); what is left is read as any change is. A word an editor marks "sic"
  // is written as its source wrote it ("hear (sic)" / "here"): a spelling (conf58).
  const editorA = (t: Token) => inA[t.start]! && inA[t.end - 1]!;
  const editorB = (t: Token) => inB[t.start]! && inB[t.end - 1]!;
  const sic = (t: Token | undefined, all: Token[], editor: (t: Token) => boolean) => {
    const next = t && all[all.indexOf(t) + 1];
    return !!next && next.w === 'sic' && editor(next);
  };
  const speakers = (c: { a: Token[]; b: Token[]; gapA?: string; gapB?: string }) => {
    const o = { ...c, a: c.a.filter((t) => !editorA(t)), b: c.b.filter((t) => !editorB(t)) };
    if (o.a.length + o.b.length === c.a.length + c.b.length) return false;
    if (o.a.length + o.b.length === 0 || spelling(o) || unchangedSense(o, a.text, b.text)) return true;
    return o.a.length === 1 && o.b.length === 1 && (sic(o.a[0], ta, editorA) || sic(o.b[0], tb, editorB));
  };
  // Words one side says twice in a row, the second time after a false start ("get out and get out of harm's way" /
  // "get out of harm's way"; "I, I think"): the words added are the words right before or right after them (conf40).
  const content = (w: string) => !FILLER.has(w) && !isFunctionWord(w);
  const said = (ts: Token[]) => ts.map((t) => t.w).filter(content);
  const repeated = (run: Token[], all: Token[]) => {
    if (run.length === 0) return false;
    const at = all.indexOf(run[0]!);
    // Function words only ("we will not, we will not stand by"): the very words said again, right before or after.
    const exact = (ts: Token[]) => ts.map((t) => t.w).join(' ') === run.map((t) => t.w).join(' ');
    if (run.length >= 2 && ((at >= run.length && exact(all.slice(at - run.length, at))) || exact(all.slice(at + run.length, at + 2 * run.length)))) return true;
    const words = said(run);
    if (words.length === 0) return false;
    const before = said(all.slice(0, at)).slice(-words.length);
    const after = said(all.slice(at + run.length)).slice(0, words.length);
    return before.join(' ') === words.join(' ') || after.join(' ') === words.join(' ');
  };
  const falseStart = (c: { a: Token[]; b: Token[] }) => (c.b.length === 0 && repeated(c.a, ta)) || (c.a.length === 0 && repeated(c.b, tb));
  const alike = changes.map((c) => spelling(c) || falseStart(c) || unchangedSense(c, a.text, b.text) || speakers(c));
  // The same words put in another order ("the most difficult day in Orlando history" / "… in the history of
  // Orlando"): every content word a change takes out of one wording is one the other wording has where the two
  // differ (in a change or beyond the stretch they share), and the other way round (conf40).
  const beyond = (side: 'a' | 'b') => [...chunks.slice(0, lo), ...chunks.slice(hi)].flatMap((c) => c[side]).map((t) => t.w);
  const ownA = new Set([...changes.flatMap((c) => c.a.map((t) => t.w)), ...beyond('a')]);
  const ownB = new Set([...changes.flatMap((c) => c.b.map((t) => t.w)), ...beyond('b')]);
  changes.forEach((c, k) => {
    const wa = said(c.a);
    const wb = said(c.b);
    if (!alike[k] && wa.length + wb.length > 0 && wa.every((w) => ownB.has(w) && !wb.includes(w)) && wb.every((w) => ownA.has(w) && !wa.includes(w))) alike[k] = true;
  });
  if (alike.every(Boolean)) return null;
  // An excerpt that marks its cuts with an ellipsis and has no content word of its own ("a heavy cost for the country....
  // The government" / "a heavy cost for the country -- moral, financial … The government"): the words it left out are
  // cut, not changed, wherever the longest common words put them (conf54).
  const excerpt = (side: 'a' | 'b', text: string) => {
    const ts = inner.flatMap((c) => c[side]);
    return ELLIPSIS.test(text.slice(ts[0]!.start, ts[ts.length - 1]!.end)) && !changes.some((c) => said(c[side]).length);
  };
  if (excerpt('a', a.text) || excerpt('b', b.text)) return null;
  // Words of a change that leaves what is said as it was ("it's" / "it is", "this" / "the") count as
  // words the two wordings share (a change counts for the mean of its two sides' lengths).
  const sameSense = changes.reduce((n, c, k) => n + (alike[k] ? (c.a.length + c.b.length) / 2 : 0), 0);
  // One utterance quoted twice: one quotation lies within what the other has (an excerpt, worded its
  // way), or the words each has beyond the stretch they share are the same words put elsewhere ("If she
  // is convinced that torture is taking place at Cecot, El Salvador is prepared to fully cooperate" / "El
  // Salvador is ready to fully cooperate if they are convinced that torture is being practiced in Cecot").
  // When each has words of its own beyond it and those share no content word ("…brought undeserved
  // negative attention" / "undeserved attention for our players…"), neither covers the other: a short
  // phrase two utterances share, not one utterance.
  const outA = beyond('a');
  const outB = beyond('b');
  if (outA.length > 0 && outB.length > 0 && !outA.some((w) => content(w) && outB.includes(w))) return null;
  const outside = (side: 'a' | 'b') => (side === 'a' ? outA : outB).length > 0;
  // An excerpt worded differently is one utterance only when both name its speaker (one speaker: checked
  // above): a phrase in quotation marks with no speaker ("what he called “a very bad deal”") may come from
  // any utterance that used it.
  if ((outside('a') || outside('b')) && !(a.speaker && b.speaker)) return null;
  const allA = inner.flatMap((c) => c.a);
  const allB = inner.flatMap((c) => c.b);
  // The difference as the reader sees it: each run with the spaces and punctuation after it, up to the
  // next word of its own wording (the last run ends at its last word).
  const diff: DiffPart[] = [];
  const endA = allA[allA.length - 1]!;
  const endB = allB[allB.length - 1]!;
  for (const c of inner) {
    const [src, ts, all, end] = c.op === 'delete' ? [a.text, c.a, ta, endA] : [b.text, c.b, tb, endB];
    if (ts.length === 0) continue;
    const last = ts[ts.length - 1]!;
    const next = last === end ? undefined : all[all.indexOf(last) + 1];
    diff.push({ op: c.op, text: src.slice(ts[0]!.start, next ? next.start : last.end) });
  }
  return {
    here: a.text.slice(allA[0]!.start, allA[allA.length - 1]!.end),
    there: b.text.slice(allB[0]!.start, allB[allB.length - 1]!.end),
    diff,
    similarity: (2 * (same + sameSense)) / (spanA + spanB),
    ...(slightly(changes, alike, a.text, b.text) ? { slight: true as const } : {}),
  };
}

/**
 * The changes a reader would still call one wording are of small words only: every word added or dropped is a
 * closed-class word (FUNCTION_WORDS: an article, a preposition, a pronoun, a conjunction, an auxiliary) other than those
 * that change what is said — a negation, a modal, "do", "only", "or" (as FILLER's note lists them) — and no auxiliary
 * moves to another tense ("is" / "was", "have" / "had": judged a change on every round that saw one). On every judged
 * quote row such a card was false three times in four or more (docs/notes/quote55.md).
 */
function slightly(changes: Array<{ a: Token[]; b: Token[] }>, alike: boolean[], ta: string, tb: string): boolean {
  const left = changes.filter((_, k) => !alike[k]);
  if (left.length === 0) return false;
  const words = (cs: typeof changes, side: 'a' | 'b') => cs.flatMap((c) => c[side].flatMap((t) => expanded(t, side === 'a' ? ta : tb)));
  const [ea, eb] = [words(left, 'a'), words(left, 'b')];
  if (![...ea, ...eb].every((w) => isFunctionWord(w) && !SAYS_OTHERWISE.has(w))) return false;
  // Nor where any change, even one read as spelling ("could" / "would" is one letter off), puts one such word for another.
  const told = (ws: string[]) => ws.filter((w) => SAYS_OTHERWISE.has(w)).sort().join(' ');
  if (told(words(changes, 'a')) !== told(words(changes, 'b'))) return false;
  const tenses = (ws: string[]) => new Set(ws.map((w) => AUX_TENSE[w]).filter(Boolean));
  const [xa, xb] = [tenses(ea), tenses(eb)];
  return xa.size === 0 || xb.size === 0 || [...xa].some((t) => xb.has(t));
}
/** Closed-class words that change what is said (FILLER's note): negations, modals, "do" (a tense), "only", "or". */
const SAYS_OTHERWISE = new Set('not no nor never only or can could will would shall should may might must do does did'.split(' '));

/**
 * Words whose presence or absence a reader does not read as a different statement: articles and
 * demonstratives, a complementizer "that", "and", common prepositions, the auxiliaries "be" and
 * "have" ("we received" / "we have received", "we wanted" / "we had wanted"), and adverbs that only
 * weigh ("just say" / "say", "he is both a fan" / "he is a fan"), and an interjection ("oh, not a theology" / "not a
 * theology"; conf48). Not negations, modals, "do" (a
 * tense: "did you kill" / "will you kill"), "only" or "or" (they change what is said).
 */
const FILLER = new Set(
  ('a an the this that these those and of in on at to for with by from as into ' +
    'be been being is are was were am have has had ' +
    'just really very so both all even also actually still quite too then now well oh uh um ah').split(' '),
);
/**
 * Personal pronouns: one added on one side only is a function word the quoting outlet supplied or dropped
 * ("I didn't want to strictly focus" / "I didn't want us to strictly focus"), not another statement (conf12).
 * A pronoun replaced by another ("he" / "she", "want us" / "want them") is still a change.
 */
const PRONOUN = new Set('i me we us you he him she her it they them'.split(' '));
/** Replaceable by one another without changing what is said ("this secret" / "the secret"). */
const DETERMINER = new Set('a an the this that these those'.split(' '));
/** Two relative pronouns, written together. */
const RELATIVE = /^(?:who|which|that){2}$/;
const SPOKEN: Record<string, string[]> = { gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'] };
const IS_CONTRACTED = new Set('he she it that what there here who where how'.split(' '));
const CONTRACTED_TAIL: Record<string, string> = { re: 'are', ve: 'have', m: 'am', ll: 'will', d: 'would' };

/** A word as its words: "didn't" → did not, "he's" → he is, "we're" → we are; "cannot" → can not. */
function expanded(t: Token, text: string, other: readonly string[] = []): string[] {
  const raw = fold(text.slice(t.start, t.end));
  if (t.w === 'cannot') return ['can', 'not'];
  // Speech written as heard ("we're gonna go" / "we're going to go"): one word said two ways (conf48).
  const heard = SPOKEN[t.w];
  if (heard) return heard;
  const k = raw.search(/['\u2019]/u);
  if (k <= 0) return [t.w];
  const head = raw.slice(0, k);
  const tail = raw.slice(k + 1);
  if (tail === 't' && head.endsWith('n')) {
    const base = head.slice(0, -1);
    return [base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'ai' ? 'is' : base, 'not'];
  }
  if (tail === 's' && IS_CONTRACTED.has(head)) return [head, 'is'];
  // Any noun's "'s" is "is" or "has" where the other wording writes that word out after it ("the town's
  // safe" / "the town is safe"); a possessive is read so only when the other side has the verb (conf14).
  if (tail === 's') {
    const at = other.findIndex((w, k) => w === head && (other[k + 1] === 'is' || other[k + 1] === 'has'));
    if (at >= 0) return [head, other[at + 1]!];
  }
  const full = CONTRACTED_TAIL[tail];
  return full ? [head, full] : [t.w];
}

/**
 * One change (words removed here, added there) that leaves what is said as it was: a contraction
 * written out ("he's" / "he is"), filler words added or dropped on one side only, one determiner for
 * another, or a word abbreviated ("30 min" / "30 minute", "Aug." / "August": the short form ends
 * with a period or follows a figure, and the long one has at least three more letters).
 */
function unchangedSense(c: { a: Token[]; b: Token[] }, ta: string, tb: string): boolean {
  // An initialism for the words it stands for ("IE" / "Internet Explorer"): one name written two ways (conf13).
  if (initialism(c.a, ta, c.b) || initialism(c.b, tb, c.a)) return true;
  // A middle initial written on one side only ("Elijah E. Cummings" / "Elijah Cummings"): one name (conf43).
  if ((c.b.length === 0 && middleInitials(c.a, ta)) || (c.a.length === 0 && middleInitials(c.b, tb))) return true;
  // A title written before a name on one side only ("Representative Fredette's position" / "Fredette's position"; conf48).
  if ((c.b.length === 0 && titled(c.a, ta)) || (c.a.length === 0 && titled(c.b, tb))) return true;
  // "right" before a place, a time or a preposition ("right here", "right now", "right after") only
  // weighs it, as "just" does (conf13).
  // A discourse marker set off by a comma or a dash ("But, you know, when", "OK, then", "Needless to say, it's") is
  // how it is said, not what (conf54).
  const marker = new Set<Token>();
  for (const [ts, text] of [[c.a, ta], [c.b, tb]] as const)
    for (let i = 0; i < ts.length; i++)
      for (let k = 3; k > 0; k--) {
        const run = ts.slice(i, i + k);
        if (run.length < k || !DISCOURSE.test(run.map((t) => t.w).join(' '))) continue;
        if (!/^\.?\s*(?:,|--|[\u2013\u2014])/.test(text.slice(run[k - 1]!.end)) || !/(?:^|[^\s\p{L}\p{N}]|\b(?:and|but|so|or))\s*$/iu.test(text.slice(0, run[0]!.start))) continue;
        run.forEach((t) => marker.add(t));
        i += k - 1;
        break;
      }
  const weighed = (ts: Token[], text: string) => ts.filter((t) => !marker.has(t) && !(t.w === 'right' && WEIGHED_BY_RIGHT.test(text.slice(t.end))));
  const ea = weighed(c.a, ta).flatMap((t) => expanded(t, ta, c.b.map((u) => u.w)));
  const eb = weighed(c.b, tb).flatMap((t) => expanded(t, tb, c.a.map((u) => u.w)));
  // One compound written closed on one side and open or hyphenated on the other, beside other words of the change
  // ("pseudoscience being" / "pseudo-science. It's being"): one word, as `spelling` reads it alone (conf49).
  const xa = closedUp(ea, eb);
  const xb = closedUp(eb, ea);
  const n = xa.length;
  const m = xb.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  // A word in another spelling or number, or a verb made to agree ("I look forward" / he said he "looks forward"),
  // is the same word here: what is left is the pronoun the quoting outlet turned to reported speech (conf48). Not a
  // word written with an apostrophe: "the town's protected" is "is", not a plural (conf14).
  const apostrophed = (ts: Token[], text: string) => new Set(ts.filter((t) => /['\u2019]/u.test(text.slice(t.start, t.end))).map((t) => t.w));
  const [pa, pb] = [apostrophed(c.a, ta), apostrophed(c.b, tb)];
  const like = (x: string, y: string) => x === y || (!pa.has(x) && !pb.has(y) && oneWord(x, y));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = like(xa[i]!, xb[j]!) ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const ra: string[] = [];
  const rb: string[] = [];
  for (let i = 0, j = 0; i < n || j < m; ) {
    if (i < n && j < m && like(xa[i]!, xb[j]!)) (i++, j++);
    else if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) ra.push(xa[i++]!);
    else rb.push(xb[j++]!);
  }
  // Words one side supplied or dropped, all function words, or one determiner for another ("this secret" / "the
  // secret"), beside such words ("the symbol that" / "It's a symbol that": "it is"; conf52): what is said is unchanged.
  // One side is determiners only, paired with the other's (no more of them than the other has).
  const dets = (ws: string[]) => ws.filter((w) => DETERMINER.has(w)).length;
  const only = (x: string[], y: string[]) => dets(x) === x.length && x.length <= dets(y);
  if ((only(ra, rb) || only(rb, ra)) && [...ra, ...rb].every((w) => FILLER.has(w) || PRONOUN.has(w))) return true;
  if (!ra.length || !rb.length) return false;
  // One relative pronoun for another ("an individual that was" / "who was"; conf52).
  if (ra.length === 1 && rb.length === 1 && RELATIVE.test(ra[0]! + rb[0])) return true;
  // A determiner for a possessive or "any" ("our country" / "this country", "not any" / "not a"); not one owner for
  // another ("his" / "her") (conf54).
  const pair = [ra[0]!, rb[0]!];
  if (ra.length === 1 && rb.length === 1 && pair.some((w) => DETERMINER.has(w)) && pair.every((w) => DETERMINER.has(w) || OWNER.has(w))) return true;
  // One form of "be" for another of the same tense ("the only people … are" / "… is"): agreement, not what is said (conf41).
  if (ra.length === 1 && rb.length === 1 && BE_TENSE[ra[0]!] !== undefined && BE_TENSE[ra[0]!] === BE_TENSE[rb[0]!]) return true;
  // One comparative written with "more" / "most" and with its ending ("slightly more easy" / "slightly easier"; conf51).
  if (compares(ra, rb) || compares(rb, ra)) return true;
  // One preposition for another ("here at the Interior Department" / "in the Interior Department"): a
  // preposition added or dropped is no change (FILLER), so neither is one put for another (conf13). Not
  // opposite directions ("to" / "from").
  // "about" / "over" a topic too ("talk on" / "talk about"), not before a figure ("over 50" / "about 50"; conf54).
  const figured = [...c.a.map((t) => ta.slice(t.end)), ...c.b.map((t) => tb.slice(t.end))].some((x) => FIGURE_NEXT.test(x));
  if (ra.length === 1 && rb.length === 1 && pair.every((w) => FILLER_PREPOSITION.has(w) || (!figured && TOPIC.has(w))) && !(OPPOSED[ra[0]!] === rb[0]!)) return true;
  if (c.a.length === 1 && c.b.length === 1 && shortName(c.a[0]!, ta, c.b[0]!, tb)) return true;
  return c.a.length === 1 && c.b.length === 1 && (abbreviates(c.a[0]!, ta, c.b[0]!) || abbreviates(c.b[0]!, tb, c.a[0]!));
}

/**
 * One first name and its short form before one surname ("Chris Kyle" / "Christian Kyle"): both capitalised, one the
 * other's start (three letters or more), and the same capitalised word right after both (conf59). One person named two ways.
 */
function shortName(x: Token, tx: string, y: Token, ty: string): boolean {
  const [s, l] = x.w.length < y.w.length ? [x.w, y.w] : [y.w, x.w];
  if (s.length < 3 || s === l || !l.startsWith(s)) return false;
  const next = (t: Token, text: string) => /^ (\p{Lu}[\p{L}'\u2019-]+)/u.exec(text.slice(t.end))?.[1];
  const capital = (t: Token, text: string) => /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end));
  return capital(x, tx) && capital(y, ty) && !!next(x, tx) && next(x, tx) === next(y, ty);
}

/** `two` is "more" or "most" and an adjective, `one` that adjective's -er or -est form ("more easy" / "easier", "most big" / "biggest"). */
function compares(two: string[], one: string[]): boolean {
  const end = two[0] === 'more' ? 'er' : two[0] === 'most' ? 'est' : null;
  const w = two[1];
  if (!end || !w || two.length !== 2 || one.length !== 1) return false;
  return [w, w.replace(/y$/, 'i'), w.replace(/e$/, ''), w + w.slice(-1)].some((stemmed) => stemmed + end === one[0]);
}

/** `ws` with each run of two or three words written as one word of `other` ("pseudo", "science" / "pseudoscience") joined. */
function closedUp(ws: string[], other: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const k = [3, 2].find((k) => i + k <= ws.length && other.includes(ws.slice(i, i + k).join('')));
    out.push(k ? ws.slice(i, i + k).join('') : ws[i]!);
    if (k) i += k - 1;
  }
  return out;
}

/** The forms of "be" by tense. */
const BE_TENSE: Record<string, string> = { is: 'present', are: 'present', am: 'present', was: 'past', were: 'past' };
/** The forms of "be" and "have" by tense. */
const AUX_TENSE: Record<string, string> = { ...BE_TENSE, has: 'present', have: 'present', had: 'past' };
/**
 * The prepositions among FILLER, and the pair of them that point opposite ways. "within" and "inside" are "in" said
 * with weight ("the future of Germany within Europe" / "in Europe"; conf41): one may stand for another as FILLER's do.
 */
const FILLER_PREPOSITION = new Set('of in on at to for with by from into within inside'.split(' '));
const OPPOSED: Record<string, string> = { to: 'from', from: 'to', into: 'from' };
/** Prepositions of a topic, one for another only where no figure follows. */
const TOPIC = new Set(['about', 'over']);
const FIGURE_NEXT = /^\s+(?:[$\u00a3\u20ac]?\d|(?:a |one |two |three |four |five |six |seven |eight |nine |ten )?(?:few|dozens?|hundreds?|thousands?|millions?|half)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/**
 * Discourse markers as grammars list them (Schiffrin 1987, Fraser 1999): how a speaker says a thing, not what. Read
 * only where a comma or a dash sets them off.
 */
const DISCOURSE = /^(?:you know|i mean|you see|mind you|ok|okay|o k|of course|needless to say|look|listen|anyway)$/;
/** Possessive determiners and "any": one may stand for a determiner (DETERMINER). */
const OWNER = new Set('any my our your its their his her'.split(' '));
/** What "right" may weigh when it comes right before it ("right here", "right now", "right after the game"). */
const WEIGHED_BY_RIGHT = /^\s+(?:here|there|now|then|away|back|after|before|in|at|on|outside|inside|behind|next|through)\b/i;

/**
 * Every token of `ts` is an initial — one capital letter and a period — inside a name: a capitalised word right before the
 * first and right after the last ("Elijah E. Cummings", "George H. W. Bush").
 */
function middleInitials(ts: Token[], text: string): boolean {
  if (ts.length === 0 || !ts.every((t) => /^\p{Lu}$/u.test(text.slice(t.start, t.end)) && text[t.end] === '.')) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(0, ts[0]!.start))?.[1] ?? '';
  const after = /^\.\s+(\S+)/u.exec(text.slice(ts[ts.length - 1]!.end))?.[1] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(before) && /^\p{Lu}\p{Ll}/u.test(after);
}

/** A person's titles, as written before a name. */
const TITLE = new Set('mr mrs ms dr president senator sen representative rep governor gov'.split(' '));
/**
 * Every token of `ts` is a capitalised title and a capitalised word follows the last, or a name's particle and then one
 * ("Mr. de Klerk", "Dr. van der Berg"; conf54): a title before a name.
 */
function titled(ts: Token[], text: string): boolean {
  if (ts.length === 0 || !ts.every((t) => TITLE.has(t.w) && /^\p{Lu}/u.test(text.slice(t.start, t.end)))) return false;
  return /^\.?\s+(?:(?:de|van|von|der|den|da|di|du|la|le|al|bin)\s+)*\p{Lu}\p{Ll}/u.test(text.slice(ts[ts.length - 1]!.end));
}

/**
 * `short` is the initials of the words `long` ("IE" / "Internet Explorer"): one token written in capitals, two letters or
 * more, or capitals written with periods, one a token ("U.N." / "United Nations", conf59).
 */
function initialism(short: Token[], text: string, long: Token[]): boolean {
  if (short.length === 0 || long.length < 2) return false;
  const raw = short.map((t) => text.slice(t.start, t.end));
  const dotted = short.length >= 2 && short.every((t, k) => /^\p{Lu}$/u.test(raw[k]!) && text[t.end] === '.');
  if (!dotted && !(short.length === 1 && /^\p{Lu}{2,}$/u.test(raw[0]!))) return false;
  const letters = short.map((t) => t.w).join('');
  const initials = (ts: Token[]) => ts.map((t) => t.w[0]).join('');
  // "DOJ" / "Department of Justice": the small words may be left out of the initials.
  return initials(long) === letters || initials(long.filter((t) => !FILLER.has(t.w))) === letters;
}

/** `short` is `long` abbreviated: its start, three or more letters shorter, written with a period or after a figure. */
function abbreviates(short: Token, text: string, long: Token): boolean {
  const s = short.w;
  if (s.length < 3 || !long.w.startsWith(s) || long.w.length < s.length + 3 || !/^\p{L}+$/u.test(s)) return false;
  if (text[short.end] === '.') return true;
  const before = text.slice(0, short.start).match(/(\S+)\s+$/u)?.[1] ?? '';
  return /\p{N}$/u.test(before);
}

/** One number written two ways ("two" / "2", "thirty" / "30", "11th" / "eleventh", "21st" / "twenty-first"). */
function sameNumber(x: Token[], y: Token[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  const ox = ordinal(x);
  if (ox !== null) return ox === ordinal(y);
  const qx = quantities(x.map((t) => t.w).join(' '));
  const qy = quantities(y.map((t) => t.w).join(' '));
  return qx.length === 1 && qy.length === 1 && qx[0]!.value === qy[0]!.value && qx[0]!.max === qy[0]!.max;
}

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = Object.fromEntries([
  ...('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
    'sixteenth seventeenth eighteenth nineteenth').split(' ').map((w, k) => [w, k + 1]),
  // "twentieth" … "ninetieth": the tens' words, "-y" as "-ieth".
  ...Object.entries(TENS).map(([w, v]) => [w.slice(0, -1) + 'ieth', v]),
  ['hundredth', 100],
]);

/** An ordinal as written in digits ("11th") or words ("eleventh", "twenty first"): its number, else null. */
function ordinal(ts: Token[]): number | null {
  const w = ts.map((t) => t.w);
  if (w.length === 1) {
    const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w[0]!);
    if (m) return Number(m[1]);
    return ORDINALS[w[0]!] ?? null;
  }
  if (w.length === 2 && TENS[w[0]!] !== undefined && ORDINALS[w[1]!] !== undefined && ORDINALS[w[1]!]! < 10) return TENS[w[0]!]! + ORDINALS[w[1]!]!;
  return null;
}

/** Per character of `s`: inside parentheses or square brackets. */
function bracketed(s: string): boolean[] {
  const out = new Array<boolean>(s.length).fill(false);
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    out[k] = depth > 0;
  }
  return out;
}

/** "Nayib Bukele" / "Bukele": one speaker when one name's last word is the other's. */
function sameSpeaker(x: string, y: string): boolean {
  const last = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? '';
  return last(x) === last(y);
}

/**
 * How alike two wordings must be (QuoteDifference.similarity) to be one utterance quoted two ways
 * rather than two things one speaker said. Fitted by `npx tsx bench/conflicts-fit-quotes.ts` on the
 * dev half of bench/data/conflicts-labels.json (quote rows of both rounds; 18 rows, 6 true: F0.5 is
 * highest for any cut in (0.762, 0.833], and the cut is put midway); see docs/notes/conflicts4.md.
 * Refitted by conf8 (`npx tsx bench/conflicts-fit-quotes.ts --dev-only`, 50 dev rows, 5 true under the
 * reader standard) after words of unchanged sense counted as shared: F0.5 highest for any cut in
 * (0.762, 0.861], midway 0.8115 (docs/notes/conf8.md).
 */
export const QUOTE_SIMILARITY = 0.8115;

/** A month named (capitalised; "Sept." and "Nov." too; not "Mar-a-Lago"), read by its first three letters. */
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?![-'\u2019])/g;

/**
 * Both units name a weekday or month (the card's own figures `x`, `y` left out), and none of them the same — nor two
 * weekdays of one night (`acrossMidnight`: "late Friday" / "early Saturday") — so what they tell happened on two days:
 * two events of one story rather than one figure told two ways. conf56's marker; on figure cards to check it was right
 * 0 times in 17 over rounds 1–40 (conf58), and conf52's one-night cards keep it (conf59). `a`, `b`: a unit's text and figures.
 */
export function daysApart(a: { text: string; figures: readonly Quantity[] }, x: Quantity, b: { text: string; figures: readonly Quantity[] }, y: Quantity): boolean {
  const outside = (start: number, end: number, f: Quantity) => end <= f.start || start >= f.end;
  const weekdays = (u: typeof a, f: Quantity) => u.figures.filter((q) => q.kind === 'weekday' && outside(q.start, q.end, f));
  const months = (u: typeof a, f: Quantity) => new Set([...u.text.matchAll(MONTH_NAME)].filter((m) => outside(m.index, m.index + m[0].length, f)).map((m) => m[0].slice(0, 3)));
  const [wa, wb, ma, mb] = [weekdays(a, x), weekdays(b, y), months(a, x), months(b, y)];
  if (!(wa.length + ma.size) || !(wb.length + mb.size)) return false;
  return !wa.some((d) => wb.some((e) => d.value === e.value || acrossMidnight(d, e))) && ![...ma].some((m) => mb.has(m));
}

interface UnitFigures {
  f: { unit: { i: number }; figures: Quantity[] };
}

/**
 * The report's conflicts told side by side (`kind`, `sides`), and the conflicts of quote wording
 * added: a unit here and a unit of another article that the report pairs as one fact (shared, told
 * differently, or a figure conflict) whose direct quotations put different words in one mouth
 * (`quoteDifference`, at least QUOTE_SIMILARITY alike). Decides nothing else: facts, shared, added
 * and left out are as the report has them.
 */
export function describeConflicts(
  report: Report,
  article: Pick<Article, 'id' | 'quotes' | 'units' | 'text'>,
  weighted: readonly UnitFigures[],
  story: ReadonlyArray<{ article: Pick<Article, 'id' | 'quotes' | 'units' | 'text'>; weighted: readonly UnitFigures[] }>,
): Report {
  const figs = (w: readonly UnitFigures[]) => new Map(w.map((x) => [x.f.unit.i, x.f.figures]));
  const hereFigs = figs(weighted);
  const byId = new Map(story.map((s) => [s.article.id, { s, figs: figs(s.weighted) }]));
  const conflicts: Conflict[] = report.conflicts.flatMap((c) => {
    const sides: NonNullable<Conflict['sides']> = [];
    let kind: Conflict['kind'];
    let check: true | undefined;
    // A side to check told on two days (`daysApart`) is not shown, and a card left with no side is not either (conf59;
    // per side, conf60: a card keeps the other sides).
    const kept: Conflict['there'] = [];
    const dropped = new Set<string>();
    for (const t of c.there) {
      const a = hereFigs.get(c.here.i) ?? [];
      const other = byId.get(t.id);
      const b = other?.figs.get(t.i) ?? [];
      // The figures the report compared: with each article's ambiguous heads, as alignment reads them
      // (else "86-yard run" / "226 yards" would be told for "86" / "84").
      const amb = other ? { a: ambiguousFigures(weighted), b: ambiguousFigures(other.s.weighted) } : undefined;
      const d = figureDifference(a, b, amb, false) ?? figureDifference(a, b, amb) ?? figureDifference(a, b, undefined, false) ?? figureDifference(a, b);
      if (!d) {
        kept.push(t);
        continue;
      }
      // Two figures no owner of which both sides name are different figures to check, not a disagreement (conf37).
      // Two dates are always to check: on every fresh round they dated two events of one story more often than one
      // event twice (rounds 1-15: 1 of 3 true; 22-24: 1 of 7; conf45), and no word test tells them apart (conf43).
      // A percentage's name alone is not its owner: the measurement's (`statedOwner`, conf55).
      // A capitalised word opening a line ("NOTE: Net excludes …") is an owner only if its article names it elsewhere (conf57).
      const names = (d.x.opens || d.y.opens) && other ? { a: articleNames(article), b: articleNames(other.s.article) } : undefined;
      const toCheck = d.kind === 'date' || !statedOwner(d.x, d.y, names);
      if (toCheck && daysApart({ text: c.here.text, figures: a }, d.x, { text: t.text, figures: b }, d.y)) {
        dropped.add(`${d.kind}: ${d.x.text} vs ${d.y.text}`);
        continue;
      }
      kind ??= d.kind;
      if (toCheck) check = true;
      kept.push(t);
      sides.push({ id: t.id, i: t.i, here: d.x.text, there: d.y.text });
    }
    if (c.there.length > 0 && kept.length === 0) return [];
    if (kept.length === c.there.length) return [{ ...c, ...(kind ? { kind } : {}), ...(sides.length === c.there.length ? { sides } : {}), ...(check ? { check } : {}) }];
    // What the card is about, without the sides left out (a figure pair a kept side also gives stays).
    const told = new Set(sides.map((x) => `${kind}: ${x.here} vs ${x.there}`));
    const about = c.about.split('; ').filter((p) => !dropped.has(p) || told.has(p)).join('; ') || c.about;
    return [{ ...c, about, there: kept, ...(kind ? { kind } : {}), ...(sides.length === kept.length ? { sides } : {}), ...(check ? { check } : {}) }];
  });

  // Quote wording, on the pairs the report makes one fact.
  const pairs = new Map<number, Array<{ id: string; i: number }>>();
  const add = (i: number, id: string, j: number) => {
    const l = pairs.get(i) ?? [];
    if (!l.some((x) => x.id === id && x.i === j)) l.push({ id, i: j });
    pairs.set(i, l);
  };
  for (const s of report.shared) for (const t of s.sources) add(s.i, t.id, t.i);
  for (const c of report.conflicts) for (const t of c.there) add(c.here.i, t.id, t.i);
  const quoted: Conflict[] = [];
  for (const [i, there] of [...pairs].sort((x, y) => x[0] - y[0])) {
    const qa = unitQuotes(article, i);
    if (qa.length === 0) continue;
    const sides: NonNullable<Conflict['sides']> = [];
    // Wordings that differ only in small words on every side are to check, not "the outlets differ" (quote55).
    let stated = false;
    for (const t of there) {
      const other = byId.get(t.id)?.s.article;
      if (!other) continue;
      let best: QuoteDifference | null = null;
      for (const x of qa) {
        for (const y of unitQuotes(other, t.i)) {
          if (x.another || y.another) continue;
          const d = quoteDifference(x, y);
          if (d && d.similarity >= QUOTE_SIMILARITY && (!best || d.similarity > best.similarity)) best = d;
        }
      }
      if (best) {
        sides.push({ id: t.id, i: t.i, here: best.here, there: best.there, diff: best.diff });
        if (!best.slight) stated = true;
      }
    }
    if (sides.length === 0) continue;
    const u = report.article.units[i]!;
    quoted.push({
      about: `quote: ${[...new Set(sides.map((s) => `“${s.here}” vs “${s.there}”`))].join('; ')}`,
      here: { i, text: u.text },
      there: sides.map((s) => ({ id: s.id, i: s.i, text: byId.get(s.id)!.s.article.units[s.i]!.text })),
      kind: 'quote',
      sides,
      ...(stated ? {} : { check: true as const }),
    });
  }
  return { ...report, conflicts: [...conflicts, ...quoted].sort((x, y) => x.here.i - y.here.i) };
}

/**
 * The direct quotations (and embedded posts) of one unit, as far as they lie in it: a quote that runs
 * across sentences is cut to this unit's words (the parts of a quote split by an attribution, joined),
 * so a conflict is told on the sentences whose words differ, never on a sentence both quote alike.
 */
export function unitQuotes(a: Pick<Article, 'quotes' | 'units' | 'text'>, i: number): Array<Pick<Quote, 'text' | 'speaker'> & { another?: true }> {
  const u = a.units[i];
  if (!u) return [];
  const out: Array<Pick<Quote, 'text' | 'speaker'> & { another?: true }> = [];
  for (const q of a.quotes ?? []) {
    if (q.kind === 'reported' || !q.units.includes(i)) continue;
    const parts = q.parts?.length ? q.parts : [{ start: q.start, end: q.end }];
    const text = parts
      .map((p) => a.text.slice(Math.max(p.start, u.start), Math.min(p.end, u.end)))
      .filter((t) => /[\p{L}\p{N}]/u.test(t))
      .join(' ');
    // A quotation the unit introduces as another one ("another banner on the fence read: …", "in another post he
    // wrote …") is a second text, not the first one quoted again (conf14).
    const another = q.start > u.start && /\banother\b/i.test(a.text.slice(u.start, Math.min(q.start, u.end)));
    if (text) out.push(another ? { text, speaker: q.speaker, another } : { text, speaker: q.speaker });
  }
  return out;
}
