/**
 * Who said it: the people an article names, and the phrases that point at them.
 *
 * No named-entity model is available offline, so people are found from the article's own evidence:
 * a capitalised name with a title before it ("President Nayib Bukele"), a full name whose surname is
 * used alone elsewhere ("Hillary Clinton" … "Clinton"), or a name standing next to a speech verb
 * ("Bukele wrote"). A speaker phrase is a name (expanded to the fullest form the article uses), a
 * pronoun (resolved to the nearest preceding person of a compatible gender, subjects first), or a
 * role description ("the Salvadoran president": the person the article names with that role).
 *
 * People who share a surname ("Liz Cheney", "Mary Cheney", "Dick Cheney") are different people: a
 * bare "Cheney" is the one of them mentioned last. Organisations and publications are never people
 * ("the New York Times reports", "according to the Associated Press", "Fox News"): a run with an
 * organisation word, or one led by "the" without a title ("the Times"), is not a person.
 */
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './name-gender';
import {
  ADVERBS,
  REPORTING_VERBS,
  FEMALE_NOUNS,
  FEMALE_PRONOUNS,
  INFINITIVE_SPEECH,
  MALE_NOUNS,
  MALE_PRONOUNS,
  MORE_SPEECH_VERBS,
  NAMING_VERBS,
  NATIONS,
  VERDICT_VERBS,
  NAME_TITLES,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PARTICIPLES,
  PHRASAL_PARTICLES,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_NOUNS,
  words,
} from './lexicon';

export interface Tok {
  /** As written (possessive kept). */
  raw: string;
  /** Lower case, accents kept, possessive ’s removed. */
  lo: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
}

/** (speak67) Not across a stop the source glued to the next sentence ("…, says Epstein.He notes"): a word's lower-case end, a capitalised
 * word that is no web address's part ("Halo.Bungie.Org", "Pravda.Ru"). */
const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:['’\-]|\.(?!(?<=\p{Ll}\p{Ll}\.)(?!(?:Com|Org|Net|Gov|Edu|Info|Co|Uk|Ru)\b)\p{Lu}\p{Ll}[\p{L}\p{N}]*(?![.\p{L}\p{N}])))[\p{L}\p{N}]+)*|\S/gu;
const NAME_PARTICLES = words('de del la van von da dos di bin al of le');
/** "al-Shahristani", "el-Baradei", "ash-Sharaa": a lower-case article, a hyphen, a capitalised name. */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let sent = 0;
  let prev: Tok | undefined;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index!;
    // Sentence boundaries: a paragraph break, or . ! ? followed by a capitalised word or an opening mark.
    if (prev) {
      const between = text.slice(prev.end, start);
      if (/\n/.test(between)) sent++;
      // (speak18) An opening parenthesis starts one too ("… their work. (One student told us …").
      else if (!prev.word && /[.!?]/.test(prev.raw) && /^\s/.test(between) && /^[\p{Lu}“"‘(]/u.test(raw) && !abbreviationBefore(out, out.length - 1)) sent++;
      // (speak67) `says Epstein.He notes`: a stop glued to the next sentence (TOKEN_RE); not a title's dot ("Rep.Tlaib").
      else if (prev.raw === '.' && !between && /\p{Ll}\p{Ll}$/u.test(out[out.length - 2]?.raw ?? '') && out[out.length - 2]!.end === prev.start && /^\p{Lu}\p{Ll}/u.test(raw) && !abbreviationBefore(out, out.length - 1)) sent++;
      // `…about the timeline.” “We will …`: a sentence ending inside its closing mark (or parenthesis: "… class.) But it was").
      else if (/^[”"’)]$/.test(prev.raw) && /[.!?]/.test(out[out.length - 2]?.raw ?? '') && /^\s/.test(between) && /^[\p{Lu}“"‘(]/u.test(raw)) sent++;
    }
    const word = /[\p{L}\p{N}]/u.test(raw[0]!);
    const tok: Tok = {
      raw,
      lo: raw.toLowerCase().replace(/['’]s$/, ''),
      start,
      end: start + raw.length,
      word,
      // (speak37) An Arabic article joined to a capitalised name is a name's word ("al-Shahristani said", "Nouri al-Maliki").
      cap: word && (/\p{Lu}/u.test(raw[0]!) || ARTICLE_NAME.test(raw)),
      sent,
    };
    out.push(tok);
    prev = tok;
  }
  return out;
}

/** An initial, or two written together ("J.J. Watt"). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})?$/u;

/** Is the "." at token k the dot of a title or an initial ("Mr. Trump", "Sen. Graham", "Mary E. Lovely")? */
function abbreviationBefore(toks: Tok[], k: number): boolean {
  const w = toks[k - 1];
  if (!toks[k] || toks[k]!.raw !== '.' || !w || !w.word || w.end !== toks[k]!.start) return false;
  return w.cap && (NAME_TITLES.has(w.lo) || INITIALS.test(w.raw) || /^(?:st|mt|ft|jr|sr|gov|sen|rep|gen|col|lt|capt|sgt|rev|prof|dr)$/.test(w.lo));
}

export interface Person {
  /** Fullest form of the name the article uses ("Nayib Bukele"). */
  name: string;
  /** Surname, lower case ("bukele"); several people may share one. */
  key: string;
  /** First word of the name proper, lower case, when the article gives one ("nayib"). */
  first: string | null;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
}

export interface Mention {
  person: Person;
  start: number;
  end: number;
  /** Token index of the mention's first token. */
  k: number;
  sent: number;
}

export type SpeakerPhrase =
  | { kind: 'name'; name: string; at: number }
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'role'; role: string; modifiers: string[]; at: number };

interface Run {
  k0: number;
  k1: number; // exclusive
  /** Past the name as written: k1, or past a suffix cut from it ("Comey Jr." → past the dot). */
  k2: number;
  /** Token indices of the name proper (after titles). */
  n0: number;
  titles: string[];
}

/** Longest apposition read between a name and its verb ("Ian Hamilton, an expert in … , told"). */
const APPOSITION_TOKENS = 40;
/** Longest distance, in tokens, from a verb of saying or naming to the quote it introduces ("Cruz called the suicide a “…”"). */
const VERB_REACH = 30;
/** Verbs whose object is the one spoken to: `told Newsweek`, `asked the judge`. */
const LISTENER_VERBS = words('told tell tells telling asked asks asking urged urges begged warned assured thanked called calls');
const RELATIVE = words('which who whose whom that');
const AUXILIARIES = words('has have had has would will later');
/** (speak55) Words between a subject and its verb of saying, read backwards from the verb: the adverbs and an intensive reflexive
 * ("the president himself recently said"). Not read forwards after a quote: "“…” Mr. Trump himself promised" opens a sentence. */
const SUBJECT_ADVERBS = new Set([...ADVERBS, ...words('himself herself themselves')]);
const COORDINATORS = words('and but then or');
/** Lower-case words inside the name of a workplace ("Bank of America", "Tribune and Times"). */
const TITLE_LINKS = words('of and the for at in on');
/** Role nouns and the titles that give them ("the congressman" ← "Rep. Cummings", "the senator" ← "Sen. Graham"). */
const ROLE_TITLES: Record<string, string[]> = {
  congressman: ['rep', 'representative'],
  congresswoman: ['rep', 'representative'],
  lawmaker: ['rep', 'representative', 'sen', 'senator'],
  senator: ['sen'],
  governor: ['gov'],
  general: ['gen'],
};
/** Words of time that may stand between a subject and its verb: "Trump late Thursday tweeted", "Pelosi on Monday said". */
const TIME_WORDS = words('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight late early earlier on night morning afternoon evening');
/** Words that name a news outlet wherever they stand in a name ("Breitbart London", "Yonhap"). */
const OUTLET_WORDS = words('breitbart huffpost buzzfeed newsweek yonhap sputnik kcna tass interfax wikileaks mediaite foxnews.com cnbc espn usa');
/** Nouns for written words ("a sign reading “…”", "a kite … read, “…”"): nobody speaks them. */
const SIGN_NOUNS = words('sign signs banner banners placard placards poster posters kite shirt t-shirt hat sticker billboard slogan');
/** Nouns for a work, and words that give a name, right before a quoted title ("his book “…”", "codenamed “…”"). */
const WORK_NOUNS = words('book books novel memoir album song single film movie documentary podcast essay poem episode titled entitled codenamed code-named');
/** Words for someone who speaks for another ("a spokesman for Mueller"): the words are not the other's. */
const PROXIES = words('spokesman spokeswoman spokesperson aide lawyer attorney representative adviser advisor official source sources officials aides lawyers');
/** (given78) Proxies the text may leave unnamed and does not name with the role after the name, as it does a lawyer ("M. Gerald
 * Schwartzbach, …. “…,” the lawyer said"), nor a representative in the sense of an elected one. */
const SPOKEN_FOR = words('aide official adviser advisor source');
/** (speak36) Nouns of one person the text may leave unnamed ("a hospital official said"): roles, proxies, people by gender or by place. */
const UNNAMED_NOUNS = new Set([...ROLE_WORDS, ...PROXIES, ...MALE_NOUNS, ...FEMALE_NOUNS, ...words('witness resident neighbor neighbour friend employee worker student passenger bystander')].filter((w) => !['sources', 'officials', 'aides', 'lawyers'].includes(w)));
/** A gallery's or a list's counter right after a run of capitals: "1 of 15" (the first number no larger than the second). */
const isCounter = (after: string): boolean => {
  const m = /^\s(\d{1,3}) of (\d{1,3})\b/.exec(after);
  return !!m && +m[1]! <= +m[2]!;
};
/** A phrase that resolves to nobody, and stops the search for a speaker. */
/** Months that are also surnames ("Theresa May"). */
const MONTH_SURNAMES = words('may june april august');
const nobody = (at: number): SpeakerPhrase => ({ kind: 'role', role: '', modifiers: [], at });
/** Nouns that say the name after them is a publication or an agency: "newswire service Yonhap". */
const PUBLICATION_NOUNS = words('journal newspaper newswire service agency outlet website site broadcaster network magazine daily tabloid channel station paper publication wire');
const DETERMINERS = words('a an the his her their its our my your this these those');
/** Words of number or quantity opening an indefinite phrase ("one", "another", "two", "several", "12"). */
const INDEFINITE = /^(?:\d+|one|another|two|three|four|five|six|seven|eight|nine|ten|some|several|many|few|each|every|other|both|all)$/;
/** Prepositions that tie a name to the noun before it ("a spokesman for X", "20 percent of X"). Not "by", which names the
 * author or agent ("a statement by Abstract went viral, insisting …: “…”"), nor "as", "like", "than". */
const COMPLEMENT_PREPOSITIONS = words('with to of for from among behind close');
/** Words a subject phrase may open with when its head is a person, group or document the text does not name. */
const SUBJECT_OPENERS = words('a an the one some many several most few all both each every two three four five six seven eight nine ten dozens hundreds thousands millions another other');
/** Particles of phrasal verbs ("sent out by"). */
const PARTICLES = words('out up off down back over away on in');
/** Words after which a new clause (and its subject) starts. */
const CLAUSE_OPENERS = words('that and but while when because although as');
/** Verbs of denial, which give their subject the quoted word only right after them ("denied any “collusion”"), not a clause away. */
const DENIALS = words('denied denies deny');
/** Words that open a description of a person the text does not name ("a Republican", "one former aide"). */
const INDEFINITES = words('a an one another');
/**
 * (speak49) A wire dateline at a paragraph's start: a place (a few capitalised words, a state or country after a comma), a date
 * (group 1), the agency (group 2), a dash. Read as one only when the place is written in capitals or a date or an agency follows.
 */
const DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(,?\s*(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|IANS|PTI)\)\s*)?[-–—―]\s/u;
/** Verbs of intent before "to" and a verb of saying: "he planned to ask", "declined to say". */
const INTENT_VERBS = /^(?:plann?(?:s|ed)?|wants?|wanted|intend(?:s|ed)?|hop(?:e|es|ed)|expect(?:s|ed)?|continu(?:e|es|ed)|declin(?:e|es|ed)|refus(?:e|es|ed)|tr(?:y|ies|ied))$/;
/** Words opening a fronted clause whose pronoun points forward to the main clause's subject. */
const SUBORDINATORS = words('as when while after before although though if since because once until whether whenever');
const PREPOSITIONS = words('with to of by for from at on about against between among toward towards into than like in over under without behind alongside through via during across around near upon within as');
/** (names76) Words that are never part of a person's name, written with a capital or not. */
const FUNCTION_WORDS = new Set([...SUBORDINATORS, ...PREPOSITIONS, ...words('inside outside beside beyond despite amid and or but nor')]);
/** A role word, or an age standing for a person ("the 56-year-old said"). */
/** (speak48) A member's post-nominal: "Peter Ainsworth MP", "the MP for Birkenhead". */
const MEMBER_POST_NOMINAL = /^(?:MP|MEP|MSP)$/;
/** (speak57b) The index in NATIONS of the nation a word names (with `people`, only a noun for one of its people), or -1. */
const nationOf = (lo: string, people = false) => NATIONS.findIndex(([n, o]) => n.has(lo) || (!people && o.has(lo)));
const isRole = (lo: string) => ROLE_WORDS.has(lo) || /^\d+-year-old$/.test(lo);
/**
 * A capitalised role word written before a name: one of ROLE_WORDS, its plural ("Guitarists Tom
 * Johnston and …"), or a compound of them ("Singer-guitarists Tom Johnston", "Actor-director …").
 */
const roleBeforeName = (lo: string) =>
  ROLE_WORDS.has(lo) ||
  lo.split('-').every((p) => ROLE_WORDS.has(p) || (p.length > 3 && p.endsWith('s') && ROLE_WORDS.has(p.slice(0, -1))));

/** Adjectives that stand between a determiner or a possessive and a noun of saying ("his latest comments", "Trump's repeated claims"). */
const NOUN_ADJECTIVES = words('latest recent new earlier previous public own repeated many other past first last such several false controversial initial final later');
/** Nouns for what a person said, held by a possessive: "Trump's claim that “…”" is Trump's. */
/** Documents a person issues, taken up as "the statement said" (speak15). */
const DOCUMENT_NOUNS = words('statement letter memo post tweet note');
const CLAIM_NOUNS = words('claim claims assertion assertions statement remark remarks comment comments promise pledge vow warning insistence suggestion argument contention boast description');
/** Nouns for the people around a person ("Scott's family has called …", "Trump's lawyers said"): their words are not the person's. */
const ENTOURAGE = words('family relatives parents children supporters friends lawyers attorneys allies aides campaign');

/** Titles in a name that say nothing of an office ("Mr. Trump", "former …"). */
const HONORIFICS = words('mr mrs ms miss dr doctor sir dame lady lord first former us u.s american salvadoran democrat democratic republican republicans democrats state vice');
/** Nouns ending in -ly, never adverbs: "Scott's family has called …". */
const LY_NOUNS = words('family ally rally assembly supply reply bully anomaly monopoly');
/** A word in lower case ending in -ly read as an adverb ("Brooke tearfully asked"). */
export const isLyAdverb = (t: Tok): boolean => t.word && !t.cap && /ly$/.test(t.lo) && !LY_NOUNS.has(t.lo);

/** (speak76) A capitalised verb of saying that is no given name: opening its sentence before a name, it is fronted ("Says Seeff: “…”"). */
const frontedVerb = (t: Tok): boolean => t.cap && (SPEECH_VERBS.has(t.lo) || MORE_SPEECH_VERBS.has(t.lo)) && !FIRST_NAME_GENDER.has(t.lo);

/** 1 (or 2 for a phrasal verb's two words) when token k is a verb of saying or naming used as a verb; else 0. */
export const isSpeechVerb = (toks: Tok[], k: number): number => {
  const t = toks[k];
  if (!t || !t.word || t.cap && k > 0 && toks[k - 1]!.sent === t.sent) return 0;
  // (speak72) The idiom of quoting, "as Lowry put it", "As Warren famously puts it, “…”": a verb of saying with its "it", in a clause
  // opened by "as" (not "put it on the table").
  if (/^puts?$/.test(t.lo) && toks[k + 1]?.lo === 'it' && !PREPOSITIONS.has(toks[k + 2]?.lo ?? '') && !PARTICLES.has(toks[k + 2]?.lo ?? '')) {
    for (let j = k - 1; j >= Math.max(0, k - 8) && toks[j]!.word && toks[j]!.sent === t.sent; j--) if (toks[j]!.lo === 'as') return 2;
  }
  if (!SPEECH_VERBS.has(t.lo) && !MORE_SPEECH_VERBS.has(t.lo) && !NAMING_VERBS.has(t.lo) && !PARTICIPLES.has(t.lo)) return 0;
  // A noun, not a verb, after a determiner or a possessive: "Trump's call with Zelenskiy", "his claims".
  const prev = toks[k - 1];
  if (prev && prev.sent === t.sent && (DETERMINERS.has(prev.lo) || /['’]s?$/.test(prev.raw) && prev.word)) return 0;
  // … and with an adjective between: "Duterte's latest comments showed", "his repeated claims".
  const det = toks[k - 2];
  if (prev && det && det.sent === t.sent && NOUN_ADJECTIVES.has(prev.lo) && (DETERMINERS.has(det.lo) || /['’]s?$/.test(det.raw) && det.word)) return 0;
  // A passive ("the memos written by Comey", "described by officials"): its subject did not say it.
  if (toks[k + 1]?.lo === 'by' && /(?:ed|en|tten)$/.test(t.lo)) return 0;
  // "was accused of “…”", "were labeled “…”": the subject of a passive verb of naming is the one named.
  if (NAMING_VERBS.has(t.lo) && /ed$/.test(t.lo) && prev && prev.sent === t.sent && /^(?:was|were|is|are|been|being|be)$/.test(prev.lo)) return 0;
  // "shrugged off the criticism": no verb of saying.
  if (/^shrug/.test(t.lo) && toks[k + 1]?.lo === 'off') return 0;
  const particle = PHRASAL_PARTICLES[t.lo];
  if (particle) return toks[k + 1]?.lo === particle ? 2 : 0;
  return 1;
};

/**
 * (speak43) A verb of saying in its plural present form, read off the lists' third-person form ("say" by "says", "reply" by
 * "replies"): its subject is more than one person.
 */
const isPluralSpeechVerb = (t: Tok | undefined): boolean => {
  if (!t || !t.word || t.cap || /s$/.test(t.lo)) return false;
  const third = [`${t.lo}s`, `${t.lo}es`, t.lo.replace(/y$/, 'ies')];
  return third.some((w) => w !== t.lo && (SPEECH_VERBS.has(w) || MORE_SPEECH_VERBS.has(w) || NAMING_VERBS.has(w)));
};

let REGIONS: Set<string> | null = null;
/**
 * Country and region names in English, lower case ("russia", "north korea", "united kingdom"), from
 * the runtime's Intl.DisplayNames (every two-letter region code): nothing shipped; empty where the
 * runtime has no region names.
 */
export function regionNames(): Set<string> {
  if (REGIONS) return REGIONS;
  REGIONS = new Set();
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of A) {
      for (const b of A) {
        const n = names.of(a + b);
        // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": each form a text may use.
        if (n) for (const f of [n, ...n.split(/\s*[()]\s*|\s+-\s+|\s+SAR\s+/)]) if (f.trim()) REGIONS.add(f.trim().toLowerCase());
      }
    }
  } catch {
    // No Intl.DisplayNames: no gazetteer.
  }
  return REGIONS;
}

const nameTable = (s: string) => s.split(/\s+/).filter(Boolean);
/** First name → gender, from lib/quotes/name-gender.ts (counted from news text by bench/fit-name-gender.ts). */
const FIRST_NAME_GENDER = new Map<string, 'm' | 'f'>([...nameTable(MALE_FIRST_NAMES).map((n) => [n, 'm'] as const), ...nameTable(FEMALE_FIRST_NAMES).map((n) => [n, 'f'] as const)]);

export class People {
  /** The first-name prior findGenders reads (bench/fit-name-gender.ts empties it to count from the text alone). */
  static firstNameGender: Map<string, 'm' | 'f'> = FIRST_NAME_GENDER;
  readonly toks: Tok[];
  /** Surname → the people with that surname (usually one). */
  readonly persons = new Map<string, Person[]>();
  readonly mentions: Mention[] = [];
  private readonly runs: Run[] = [];
  private readonly runAt = new Map<number, Run>();
  /** First tokens of the names that are the subject of a verb of saying ("Tyler said", "said Rick Tyler"). */
  private readonly speechSubjects = new Set<number>();
  /** (speak48) Of those, the subjects of a finite verb ("argued Mr Howard"), not only of a participle ("Mr Blair claiming"). */
  private readonly finiteSpeakers = new Set<number>();
  /** Surnames of people the text marks only by a title noun before the name ("talk radio host Rush Limbaugh"): no pronoun's antecedent. */
  private readonly titleOnly = new Set<string>();
  /** Surnames whose full form stands next to a word of kinship ("Melania Trump, the first lady"): see findPersons. */
  private readonly relatives = new Set<string>();
  /** (speak36) Bare-surname people made by a title of the other gender ("Mr Wilson" beside "Jane Wilson"), with that gender. */
  private readonly titledBare = new Map<Person, 'm' | 'f'>();
  /** (speak37) Tokens of a quoted nickname inside a name ("Joe “You Lie” Wilson"): not words of the name. */
  private readonly nicknames = new Set<number>();
  /** People the text names with an office in the name ("FBI Director James Comey", "Mayor Bill de Blasio", "Sen. Ted Cruz"). */
  private readonly officeHolders = new Set<Person>();
  /**
   * (speak64) Surnames that are also an organisation's word ("Bloomberg", "Post") of a person the text names in full with a
   * person's mark — a title or a role ("New York Mayor Michael Bloomberg", "Michael Bloomberg, the former mayor") — → that given name.
   */
  private readonly orgSurnames = new Map<string, string>();

  constructor(
    readonly text: string,
    /** Spans to leave out of mentions (quoted text): a name inside a quote is not an antecedent. */
    private readonly excluded: Array<[number, number]> = [],
  ) {
    this.toks = tokenize(text);
    this.findRuns();
    this.findPersons();
    this.findMentions();
    this.findGenders();
    // (speak63) A bare speaker the text gives a gender (a person, not "Apple said" … "Apple Music") that opens one full name
    // elsewhere: read the persons again with that full name a person (findPersons).
    const lent = new Set([...this.lendable].filter((w) => this.persons.get(w)?.some((p) => p.first === null && p.name.toLowerCase() === w && p.gender !== null)));
    if (!lent.size) return;
    for (const s of [this.persons, this.speechSubjects, this.finiteSpeakers, this.titleOnly, this.relatives, this.titledBare, this.officeHolders]) s.clear();
    this.mentions.length = 0;
    this.entityCache = null;
    this.findPersons(lent);
    this.findMentions();
    this.findGenders();
  }
  /** (speak63) One-word speakers that open exactly one full name elsewhere (findPersons), for the constructor's second reading. */
  private lendable = new Set<string>();

  private findRuns(): void {
    const toks = this.toks;
    // Words the article also writes in lower case ("Hosting Cook at Dreamforce…": "hosting").
    const lower = new Set(toks.filter((t) => t.word && !t.cap).map((t) => t.lo));
    // (speak43) Words the article writes with a capital inside a sentence ("Jason Sims"): names wherever they stand.
    const midCap = new Set(toks.filter((t, k) => t.word && t.cap && k > 0 && toks[k - 1]!.sent === t.sent && toks[k - 1]!.word).map((t) => t.lo));
    // A month that is a surname in this article ("Theresa May", "Prime Minister May", "Mrs. May"): a
    // name wherever no number follows it ("May was glowing", not "May 12").
    const surnameMonths = new Set<string>();
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.cap || !MONTH_SURNAMES.has(t.lo) || /^\d/.test(toks[k + 1]?.raw ?? '')) continue;
      const p = toks[k - 1]!.raw === '.' && k >= 2 ? toks[k - 2]! : toks[k - 1]!;
      if (p.sent === t.sent && p.cap && (NAME_TITLES.has(p.lo.replace(/\.$/, '')) || ROLE_WORDS.has(p.lo) || !NOT_NAMES.has(p.lo)) && !TIME_WORDS.has(p.lo)) surnameMonths.add(t.lo);
    }
    const notName = (j: number, lo: string) => NOT_NAMES.has(lo) && !(surnameMonths.has(lo) && !/^\d/.test(toks[j + 1]?.raw ?? ''));
    // A title word that is a surname in this article ("Billy King", "Martin Luther King"): the last
    // word of a name after a given name, with no name after it. There, and wherever it stands with no
    // name after it ("King said"), it is a name, not a title.
    const surnameTitles = new Set<string>();
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.cap || !NAME_TITLES.has(t.lo) || toks[k + 1]?.cap) continue;
      const p = toks[k - 1]!;
      if (p.sent === t.sent && p.cap && p.word && !NAME_TITLES.has(p.lo) && !ROLE_WORDS.has(p.lo) && !NOT_NAMES.has(p.lo) && !/['’]s$/.test(p.raw)) surnameTitles.add(t.lo);
    }
    const titleHere = (j: number, lo: string, k1: number) => NAME_TITLES.has(lo) && !(surnameTitles.has(lo) && j === k1 - 1);
    // (speak49) A dateline opening a paragraph ("BOGOTA, March 19 - ", "DAYTONA BEACH, Fla. – ", "WASHINGTON (Reuters) - ") names a
    // place: no word of it is a name.
    const dateline = new Set<number>();
    for (const m of this.text.matchAll(/(?:^|\n\s*\n)[ \t]*/g)) {
      const at = m.index! + m[0].length;
      const d = DATELINE.exec(this.text.slice(at, at + 80));
      if (!d || !(/^\p{Lu}{3,}\b/u.test(d[0]) || d[1] || d[2])) continue;
      for (let k = this.tokenAt(at); k < toks.length && toks[k]!.start < at + d[0].length; k++) dateline.add(k);
    }
    // Capitalised words a given name stands before somewhere ("Tom Price"): surnames.
    const givenBefore = new Set(toks.filter((t, k) => t.cap && k > 0 && toks[k - 1]!.cap && toks[k - 1]!.sent === t.sent && People.firstNameGender.has(toks[k - 1]!.lo)).map((t) => t.lo));
    for (let k = 0; k < toks.length; k++) {
      if (!toks[k]!.cap || dateline.has(k)) continue;
      // A capitalised first word of a sentence is a name only if it is not a common word.
      const initial = k === 0 || toks[k - 1]!.sent !== toks[k]!.sent || (!toks[k - 1]!.word && (k < 2 || toks[k - 2]!.sent !== toks[k]!.sent));
      // (speak76) … nor a fronted verb of saying that the article never writes in lower case: "Says Seeff: “…”", "Added Hale, “…”".
      // (names76) … nor a function word: "Whether Trump has …".
      if (initial && toks[k + 1]?.cap && (lower.has(toks[k]!.lo) || /ing$/.test(toks[k]!.lo) || frontedVerb(toks[k]!) || FUNCTION_WORDS.has(toks[k]!.lo))) continue;
      // "Aides said …", "Campaigners gathered …": a plural common noun opening the sentence.
      if (initial && !toks[k + 1]?.cap && /[^s]s$/.test(toks[k]!.lo)) {
        const sing = toks[k]!.lo.slice(0, -1);
        if (lower.has(toks[k]!.lo) || lower.has(sing) || ROLE_WORDS.has(sing) || PROXIES.has(sing)) continue;
        // (speak43) … or whose verb agrees with a plural: "Investigators say …", "Organizers call for …" (a name takes "says";
        // not a word the article writes with a capital inside a sentence: "Sims say" after "Jason Sims").
        if (isPluralSpeechVerb(toks[k + 1]) && !midCap.has(toks[k]!.lo)) continue;
      }
      // A party-state tag ("R-Maine", "D-N.Y.") describes the name before it.
      if (/^[RDI]-\p{Lu}/u.test(toks[k]!.raw)) continue;
      let k1 = k + 1;
      while (k1 < toks.length && toks[k1]!.sent === toks[k]!.sent) {
        const t = toks[k1]!;
        if (t.cap && !toks[k1 - 1]!.raw.match(/['’]s$/)) k1++;
        // "Rep. Nancy Mace", "Sen. Lindsey Graham": the dot of a title.
        else if (t.raw === '.' && t.start === toks[k1 - 1]!.end && NAME_TITLES.has(toks[k1 - 1]!.lo) && toks[k1 + 1]?.cap && toks[k1 + 1]!.sent === t.sent) k1 += 2;
        // "Patrick W. Carlineo", "Mary E. Lovely": the dot of an initial.
        else if (t.raw === '.' && t.start === toks[k1 - 1]!.end && INITIALS.test(toks[k1 - 1]!.raw) && toks[k1 + 1]?.cap && toks[k1 + 1]!.sent === t.sent) k1 += 2;
        // "Secretary of State", "Juan de la Cruz"; but not "Bukele of El Salvador".
        else if (NAME_PARTICLES.has(t.raw) && toks[k1 + 1]?.cap && (t.raw !== 'of' || NAME_TITLES.has(toks[k1 - 1]!.lo))) k1 += 2;
        // (speak37) A nickname in quotation marks between a given name and a surname: "Rep. Joe “You Lie” Wilson", "W.S.
        // "Fluke" Holland". At most four capitalised words inside; the name goes on after the closing mark.
        else if (/^[“"‘']$/.test(t.raw) && toks[k1 - 1]!.word && t.start > toks[k1 - 1]!.end) {
          let c = k1 + 1;
          while (c < k1 + 5 && toks[c]?.word && toks[c]!.cap && toks[c]!.sent === t.sent) c++;
          const close = toks[c];
          if (c === k1 + 1 || !close || !/^[”"’']$/.test(close.raw) || close.start !== toks[c - 1]!.end || !toks[c + 1]?.cap || !toks[c + 1]!.word || toks[c + 1]!.sent !== t.sent || toks[c + 1]!.start <= close.end) break;
          for (let j = k1; j <= c; j++) this.nicknames.add(j);
          k1 = c + 1;
        }
        else break;
      }
      // "Patrick W. Carlineo Jr.": the suffix is not the surname.
      let k2 = k1;
      // (speak48) … nor a post-nominal after a given name and a surname ("Peter Ainsworth MP, said", "Tom Baines QC").
      const postNominal = k1 - k >= 3 && (MEMBER_POST_NOMINAL.test(toks[k1 - 1]!.raw) || /^(?:QC|KC|OBE|MBE|CBE|KBE|DBE)$/.test(toks[k1 - 1]!.raw)) && People.firstNameGender.has(toks[k1 - 3]!.lo);
      if (postNominal || (k1 - k >= 2 && /^(?:jr|sr|ii|iii|iv)$/.test(toks[k1 - 1]!.lo))) {
        k1--;
        // … and what follows the name is read after the suffix and its dot ("James B. Comey Jr., the director of …").
        // (speak20) Also before a lower-case word of the same sentence: "“…,” Curtis Hale Jr. said." reads "said" next.
        if (toks[k2]?.raw === '.' && toks[k2]!.start === toks[k2 - 1]!.end && (toks[k2 + 1]?.raw === ',' || (toks[k2 + 1]?.word && !toks[k2 + 1]!.cap && toks[k2 + 1]!.sent === toks[k2]!.sent))) k2++;
      }
      // Name proper: after the last title or non-name word.
      const titled = (i: number) => NAME_TITLES.has(toks[i]?.lo ?? '') || ROLE_WORDS.has(toks[i]?.lo ?? '');
      const bodyOfTitle = titled(k) || (toks[k - 1]?.lo === 'of' && titled(k - 2)) || (toks[k - 1]?.lo === 'the' && toks[k - 2]?.lo === 'of' && titled(k - 3));
      let n0 = k;
      const titles: string[] = [];
      for (let j = k; j < k1; j++) {
        if (this.nicknames.has(j)) continue;
        const lo = toks[j]!.lo.replace(/\.$/, '');
        if (lo === '' && j > k && INITIALS.test(toks[j - 1]!.raw) && n0 < j) continue; // an initial's dot
        if (lo === '') {
          n0 = j + 1;
          continue;
        }
        // "FBI Director James Comey", "Judiciary Chairman Bob Goodlatte": a capitalised role word before a name is a title.
        const role = roleBeforeName(lo) && j + 1 < k1 && toks[j + 1]!.cap && !(surnameTitles.has(lo) && j === k1 - 1);
        // (speak48) "Environmental Audit Committee Peter Ainsworth": a body's word before a given name and a surname ends the body's name.
        // (Inside the run: not a run a possessive cut, "Sheriff's Office Larry Zamora", a photo credit. And the body a title's:
        // "Chief of Police Ross Thompson", "Chairman of the … Committee"; not a place's name, "the White House James S. Brady briefing room".)
        const body = j > k && ORGANIZATION_WORDS.has(lo) && j + 2 < k1 && People.firstNameGender.has(toks[j + 1]!.lo) && bodyOfTitle;
        // (names76) No part of a person's name: a heading's word in capitals before a word not in capitals, which the article also
        // writes in lower case or which follows another word in capitals (no acronym: "NHS Improvement"; "JUST WATCHED Trump: '…'");
        // the heading's next word opens no name either when it would not at a sentence's start ("BORDER WARS Inside Trump's …").
        const caps = (i: number) => /^\p{Lu}{3,}$/u.test(toks[i]!.raw);
        if (j + 1 < k1 && caps(j) && (lower.has(lo) || (j > 0 && caps(j - 1))) && !caps(j + 1)) {
          n0 = j + 1;
          if (j + 2 < k1 && (lower.has(toks[j + 1]!.lo) || FUNCTION_WORDS.has(toks[j + 1]!.lo))) n0 = ++j + 1;
          continue;
        }
        if (titleHere(j, lo, k1) || notName(j, lo) || NAME_PARTICLES.has(toks[j]!.raw) || role || body) {
          if (titleHere(j, lo, k1) || role) titles.push(lo);
          n0 = j + 1;
        }
      }
      // (speak49) After an indefinite article, one capitalised word that is no given name is a common noun or a modifier, not a
      // person's name: "a U.S. Banker told Reuters", "a Tyson worker". (Not before a spokesman, an aide, a source: "a Labour
      // spokesman" speaks for Labour. Nor two words: "a Lady Bird Johnson quote".)
      const indefinite = k > 0 && INDEFINITES.has(toks[k - 1]!.lo) && toks[k - 1]!.sent === toks[k]!.sent && k1 - n0 === 1 && !People.firstNameGender.has(toks[n0]!.lo) && ![toks[k1], toks[k1 + 1]].some((t) => t && !t.cap && PROXIES.has(t.lo));
      // (speak49) A title before one word the article also writes in lower case, which no given name ever precedes, is a thing's
      // name, not a titled surname: "the General Agreement on Tariffs and Trade" ("China's agreement"), "the General Assembly".
      const titledWord = titles.length > 0 && k1 - n0 === 1 && lower.has(toks[n0]!.lo) && !People.firstNameGender.has(toks[n0]!.lo) && !givenBefore.has(toks[n0]!.lo);
      if (n0 < k1 && !indefinite && !titledWord) {
        const run = { k0: k, k1, k2, n0, titles };
        this.runs.push(run);
        for (let j = n0; j < k1; j++) if (!this.nicknames.has(j)) this.runAt.set(j, run);
      }
      k = (postNominal ? k2 : k1) - 1;
    }
  }

  private nameOf(run: Run): string {
    return this.toks
      .slice(run.n0, run.k1)
      .filter((_, i) => !this.nicknames.has(run.n0 + i))
      .map((t) => t.raw.replace(/['’]s$/, ''))
      .join(' ')
      .replace(/ \./g, '.');
  }
  private keyOf(run: Run): string {
    return this.toks[run.k1 - 1]!.lo;
  }

  private findPersons(lent: ReadonlySet<string> = new Set()): void {
    const toks = this.toks;
    const personTitles = new Set([...NAME_TITLES].filter((t) => !['us', 'u.s', 'american', 'salvadoran', 'democratic', 'democrat', 'republican', 'state'].includes(t)));
    // (speak64) A given name and an organisation's word as its surname, written with a person's title or with "the"/"a" role in
    // apposition ("New York Mayor Michael Bloomberg", "Michael Bloomberg, the former mayor"): a person, and the bare surname names
    // them (notPerson). Not right after "the" ("the Mark Post"; "the Rev. Margaret Court" is titled), and the apposition's role
    // before any organisation's word.
    this.orgSurnames.clear();
    for (const r of this.runs) {
      const head = toks[r.k1 - 1]!.lo;
      if (r.k1 - r.n0 !== 2 || !ORGANIZATION_WORDS.has(head) || !People.firstNameGender.has(toks[r.n0]!.lo) || toks[r.n0 - 1]?.lo === 'the' || this.isExcluded(toks[r.n0]!.start)) continue;
      let role = r.titles.some((t) => personTitles.has(t) || ROLE_WORDS.has(t));
      if (toks[r.k2]?.raw === ',' && ['a', 'an', 'the'].includes(toks[r.k2 + 1]?.lo ?? '')) {
        for (let j = r.k2 + 2; !role && j < Math.min(toks.length, r.k2 + 7) && toks[j]!.word && !ORGANIZATION_WORDS.has(toks[j]!.lo); j++) role = ROLE_WORDS.has(toks[j]!.lo);
      }
      if (role) this.orgSurnames.set(head, toks[r.n0]!.lo);
    }
    const single = new Set<string>();
    for (const r of this.runs) if (r.k1 - r.n0 === 1) single.add(this.keyOf(r));
    const speakerKeys = new Set<string>();
    for (let k = 0; k < toks.length; k++) {
      const v = isSpeechVerb(toks, k);
      if (!v) continue;
      let b = k - 1;
      // "Bukele also said", "Brooke tearfully asked"
      while (b >= 0 && (SUBJECT_ADVERBS.has(toks[b]!.lo) || AUXILIARIES.has(toks[b]!.lo) || TIME_WORDS.has(toks[b]!.lo) || isLyAdverb(toks[b]!))) b--;
      // (speak20) "Curtis Hale Jr. said": the name before its suffix's dot.
      const suffixed = toks[b]?.raw === '.' ? this.runs.find((r) => r.k2 === b + 1 && r.k2 > r.k1) : undefined;
      if (suffixed) b = suffixed.k1 - 1;
      const ends = (toks[b]?.raw === ',' ? this.beforeApposition(b, 0) : [b]).map((e) => this.personBeforePlace(e));
      const befores = ends.map((e) => this.runAt.get(e)).filter((r): r is Run => !!r && ends.includes(r.k1 - 1) && !this.placeOfRole(r));
      for (const r of befores) speakerKeys.add(this.keyOf(r));
      // (speak67) A verb of saying after "and" / "but" has the name opening its sentence as subject: "Melissa Harris-Perry, who
      // appears on weekends, nearly always defends Obama, and called Glenn Greenwald a “jerk.”" (a person whatever her given name).
      const opening = !befores.length && COORDINATORS.has(toks[b]?.lo ?? '') ? this.runAt.get(this.firstWordOf(toks[k]!.sent)) : undefined;
      // (A full name, then its verb or an apposition: not a fronted word, "Like an old friend, she …", "Sobbing, Jackelina …",
      // "Canadian regulators …".)
      const next = toks[opening?.k2 ?? 0];
      if (opening && opening.k1 < b && opening.k1 - opening.n0 >= 2 && next && ((next.word && !next.cap && !COORDINATORS.has(next.lo)) || (next.raw === ',' && /^(?:who|a|an|the)$/.test(toks[opening.k2 + 1]?.lo ?? ''))) && !this.placeOfRole(opening)) speakerKeys.add(this.keyOf(opening));
      // "said Ivan Braiker", but "told Newsweek", "asked the judge": the name after those is the listener.
      if (LISTENER_VERBS.has(toks[k]!.lo)) {
        if (befores.length) this.speechSubjects.add(befores[0]!.n0);
        continue;
      }
      // "said Ivan Braiker", "said 18-year-old Karina Gomez"
      const a = /^\d+-year-old$/.test(toks[k + v]?.lo ?? '') ? k + v + 1 : k + v;
      // (speak20) "said neighbor Owen Pratt.": lower-case words describing a full name that closes the clause (readForward).
      // … and after a name ("said Lake City police Sgt. Ana Ruiz."): the name described, not the place or body before it.
      // (speak48) … and a titled name ("argued Mr Howard", "said Sen. Tom Harkin"): its run starts at the title.
      const first = this.runAt.get(a) ?? this.runs.find((r) => r.k0 === a && r.n0 > a);
      // (speak60) "said his cousin Jennifer Rogulich", "said her great-grandmother, Marie Jacobs": the name readForward reads is a
      // person. (Not the verb's subject: "LaGreco … said his employee, Juan Perez, was the man pulled from the rubble.")
      // (speak61) … and after a name's possessive: "said Hamon's cousin, Regina McDaniel" (as readForward reads it).
      const possessor = first && /['’]s$/.test(toks[first.k1 - 1]!.raw) && toks[first.k1]?.word && !toks[first.k1]!.cap;
      const owned = !first && ['his', 'her', 'their'].includes(toks[a]?.lo ?? '') ? this.possessedRun(a + 1, toks.length) : possessor ? this.possessedRun(first.k1, toks.length) : null;
      if (owned) speakerKeys.add(this.keyOf(owned));
      const after = (first ? this.roleRunAfter(first.k1, toks.length) ?? first : this.roleRunAfter(a, toks.length) ?? this.roleRunAfter(a, toks.length, true)) ?? undefined;
      if (after && after.k0 >= a) speakerKeys.add(this.keyOf(after));
      // The subject of the verb of saying: the name right before it ("Trump said Comey was …"), else the
      // name after it in an inverted attribution ("…, said Rick Tyler"), else the clause's first name.
      // (Inverted only when the name ends the clause: not "…, said Tyvak would leverage …".)
      const inverted = after && after.k0 >= a && !toks[after.k1]?.word ? after : undefined;
      const subject = toks[b]?.word && befores[0] ? befores[0] : inverted ?? befores[0];
      if (subject) this.speechSubjects.add(subject.n0);
      if (subject && !/ing$/.test(toks[k]!.lo)) this.finiteSpeakers.add(subject.n0);
    }
    // "“…” ― Oscar P. Quintero": a name signing the quote before it, after a dash, alone to the paragraph's end.
    for (let k = 1; k + 1 < toks.length; k++) {
      const run = /^[”"]$/.test(toks[k - 1]!.raw) ? this.signingRun(k) : null;
      if (run) speakerKeys.add(this.keyOf(run));
    }
    // "Meghan McCain, Twitter: “…”": a roundup's label, a name opening the paragraph before a colon and the quote.
    for (const at of this.paragraphStarts()) {
      const label = this.labelAt(at);
      if (label && !label.transcript) {
        const run = this.runAt.get(this.tokenAt(label.phrase.at));
        if (run) speakerKeys.add(this.keyOf(run));
      }
    }
    // "Ali Akbar Salehi was quoted by state television as saying": the one quoted.
    for (let k = 2; k < toks.length; k++) {
      if (toks[k]!.lo !== 'quoted' || !/^(?:was|is|were|been)$/.test(toks[k - 1]!.lo)) continue;
      const run = this.runAt.get(k - 2);
      if (run && run.k1 === k - 1 && !this.notPerson(run)) speakerKeys.add(this.keyOf(run));
    }
    // (speak71) "The daily quoted Le Huy Ngo, …, as saying": the one quoted (not "quoted by").
    for (let k = 0; k + 1 < toks.length; k++) {
      const run = toks[k]!.lo === 'quoted' ? this.runAt.get(k + 1) : undefined;
      if (run && run.k0 === k + 1 && this.asSaying(run.k1, toks.length) >= 0) speakerKeys.add(this.keyOf(run));
    }
    // "according to Kim Jong Un": a full name a statement is attributed to.
    for (let k = 0; k + 2 < toks.length; k++) {
      if (toks[k]!.lo !== 'according' || toks[k + 1]!.lo !== 'to') continue;
      const run = this.runAt.get(k + 2);
      if (run && run.k0 === k + 2 && run.k1 - run.n0 >= 2 && !this.notPerson(run)) speakerKeys.add(this.keyOf(run));
    }
    // Places: a name written after "in" ("in Washington", "in North Korea") is not a person unless a
    // title says so somewhere ("Washington said" is the government).
    const places = new Set<string>();
    const titledKeys = new Set<string>();
    for (const r of this.runs) {
      const before = toks[r.k0 - 1];
      // Not a possessive ("in Trump's hands", "in James’ hands").
      const poss = /['’]s$/.test(toks[r.k1 - 1]!.raw) || (/^['’]$/.test(toks[r.k1]?.raw ?? '') && toks[r.k1]!.start === toks[r.k1 - 1]!.end);
      if (before?.lo === 'in' && before.sent === toks[r.k0]!.sent && r.n0 === r.k0 && !poss) places.add(this.keyOf(r));
      if (r.titles.some((t) => ['president', 'secretary', 'senator', 'sen', 'gov', 'governor', 'rep', 'representative', 'mr', 'mrs', 'ms', 'miss', 'dr', 'minister', 'mayor', 'judge', 'leader', 'chairman', 'chairwoman', 'speaker'].includes(t) || ROLE_WORDS.has(t))) titledKeys.add(this.keyOf(r));
    }
    const keys = new Set<string>();
    // Names marked a person only by a title noun before them ("MSNBC host Chris Matthews").
    const titleNounKeys = new Set<string>();
    // Whether a role or a noun of gender stands beside the run (before it, or in apposition after it).
    const marked = (r: Run): { any: boolean; person: boolean } => {
      // A role just before ("council member Luis Ortega") or in apposition ("Luis Ortega, a council member").
      // … or a role and a comma before it ("Britain's foreign secretary, Boris Johnson, used").
      let roleBefore = ROLE_WORDS.has(toks[r.k0 - 1]?.lo ?? '') || (toks[r.k0 - 1]?.raw === ',' && ROLE_WORDS.has(toks[r.k0 - 2]?.lo ?? '') && !toks[r.k0 - 2]!.cap);
      // "Israel's ambassador to the United States, Ron Dermer": the role's place between.
      for (let j = r.k0 - 2; !roleBefore && toks[r.k0 - 1]?.raw === ',' && j >= Math.max(0, r.k0 - 8) && toks[j]!.sent === toks[r.k0]!.sent; j--) {
        const t = toks[j]!;
        if (ROLE_WORDS.has(t.lo) && !t.cap) roleBefore = j < r.k0 - 2 && ['to', 'of', 'for'].includes(toks[j + 1]!.lo);
        // "the NATO Deputy Secretary General, Rose Gottemoeller": a capitalised role after "the", then the name.
        else if (ROLE_WORDS.has(t.lo)) for (let i = j - 1; i >= Math.max(0, j - 5) && toks[i]!.cap; i--) roleBefore ||= toks[i - 1]?.lo === 'the';
        else if (!t.word || !(t.cap || ['the', 'to', 'of', 'for'].includes(t.lo))) break;
        if (ROLE_WORDS.has(t.lo)) break;
      }
      let roleAfter = false;
      if (toks[r.k2]?.raw === ',' && ['a', 'an', 'the'].includes(toks[r.k2 + 1]?.lo ?? '')) {
        for (let j = r.k2 + 2; j < Math.min(toks.length, r.k2 + 7) && toks[j]!.word; j++) {
          // "Protect Democracy, a watchdog group run by …": the apposition's noun is an organisation.
          if (ORGANIZATION_WORDS.has(toks[j]!.lo) && !roleAfter) break;
          if (ROLE_WORDS.has(toks[j]!.lo)) roleAfter = true;
        }
      } else if (toks[r.k2]?.raw === ',') {
        // "Jo Swinson, Liberal Democrat deputy leader and Foreign Affairs spokesperson, said": a role
        // noun within the apposition, which has no article.
        // Not a clause or a phrase after the comma (", after the novelist Jo Walton …", ", who …").
        const opener = toks[r.k2 + 1]?.lo ?? '';
        const phrase = PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener) || COORDINATORS.has(opener) || RELATIVE.has(opener) || DETERMINERS.has(opener) || NOT_NAMES.has(opener);
        for (let j = r.k2 + 1; !phrase && j < Math.min(toks.length, r.k2 + 8) && toks[j]!.word && toks[j]!.sent === toks[r.k2]!.sent; j++) {
          if (ROLE_WORDS.has(toks[j]!.lo) && !toks[j]!.cap) roleAfter = true;
        }
      }
      // A noun that says the gender of the name beside it ("An agreeable woman in her 80s, Jane Starner";
      // "Ford's sister, Martha Fry").
      let gendered = false;
      for (let j = r.k0 - 1; j >= Math.max(0, r.k0 - 6) && toks[j]!.sent === toks[r.k0]!.sent; j--) if (MALE_NOUNS.has(toks[j]!.lo) || FEMALE_NOUNS.has(toks[j]!.lo)) gendered = true;
      // (A place takes a role after it too — "in Georgia, a state senator said" — but not "the" role, nor a role word before a
      // full name: "official Saudi involvement" is an adjective.)
      // (speak19) An age in commas after a full name ("Kofi Mensah, 52, waited"): news text gives a person's age that way.
      const aged = toks[r.k2]?.raw === ',' && /^\d{1,3}$/.test(toks[r.k2 + 1]?.raw ?? '') && Number(toks[r.k2 + 1]!.raw) < 120 && toks[r.k2 + 2]?.raw === ',';
      return { any: roleBefore || roleAfter || gendered || aged, person: (roleBefore && r.k1 - r.n0 >= 2) || (roleAfter && toks[r.k2 + 1]!.lo === 'the') };
    };
    const candidates = this.runs.filter((r) => !this.notPerson(r) && !this.isExcluded(toks[r.n0]!.start)).map((r) => [r, marked(r)] as const);
    const markedRuns = new Set(candidates.filter(([r, m]) => r.k1 - r.n0 >= 2 && m.any).map(([r]) => r));
    // A surname written after "in" is still a person's where a role stands before the name or "the" role after it ("in
    // Sanders, they hear a candidate" and "Sanders, the independent senator from Vermont"; "said former tech executive
    // Carly Fiorina").
    const markedKeys = new Set(candidates.filter(([, m]) => m.person).map(([r]) => this.keyOf(r)));
    // … and where it is the subject of a verb of saying and written in full, never after a preposition of place, no
    // region's name, its first word never written in lower case ("trust in Clinton" and "Hillary Clinton said"; not "in
    // New Hampshire" … "New Hampshire said", "Outside Carrier's plant").
    const regions = regionNames();
    const lowerWords = new Set(toks.filter((t) => t.word && !t.cap).map((t) => t.lo));
    const fullPlace = new Set<string>();
    const fullName = new Set<string>();
    for (const [r] of candidates) {
      const key = this.keyOf(r);
      if (r.k1 - r.n0 < 2 || !places.has(key) || !speakerKeys.has(key)) continue;
      const placeLike = ['in', 'at', 'from', 'to', 'of', 'near'].includes(toks[r.k0 - 1]?.lo ?? '') || regions.has(this.nameOf(r).toLowerCase()) || lowerWords.has(toks[r.n0]!.lo);
      if (placeLike) fullPlace.add(key);
      // A sentence's first word is capitalised whatever it is ("Outside Carrier's plant"): a full form within a sentence.
      else if (r.n0 > 0 && toks[r.n0 - 1]!.sent === toks[r.n0]!.sent) fullName.add(key);
    }
    for (const key of fullName) if (!fullPlace.has(key)) markedKeys.add(key);
    // (speak18) A name written once in full whose first word is a given name news text shows with a gender (the speak15 table:
    // "17th-century theologian Matthew Henry", "Helen Donovan, professional lead for public health at …"): a person, so a
    // pronoun after it is not carried past it to someone named earlier. Two or three words; the first not a word the article
    // writes in lower case, nor one it writes alone as a name ("Trump Tower" where "Trump said"), nor the first word of a
    // region's name ("South Korean", "United Nations"); the last not a word the article writes in lower case ("Fox Business",
    // "West Point"); not after a possessive or an indefinite article, where it modifies a noun ("last night's Fox Business
    // debate", "A Philip Morris executive argued"), nor before a number, where it labels a citation ("[Al Maa-idah 2]").
    const regionFirst = new Set([...regions].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));
    const givenName = (r: Run): boolean => {
      const words = toks.slice(r.n0, r.k1).filter((t) => t.word);
      const first = toks[r.n0]!.lo;
      return words.length <= 3 && People.firstNameGender.has(first) && !lowerWords.has(first) && !lowerWords.has(this.keyOf(r)) && !single.has(first) && !regionFirst.has(first) && !regions.has(this.nameOf(r).toLowerCase()) && !/['’]s$/.test(toks[r.n0]!.raw) && !/['’]s$/.test(toks[r.k0 - 1]?.raw ?? '') && !['a', 'an'].includes(toks[r.n0 - 1]?.lo ?? '') && !/^\d/.test(toks[r.k2]?.raw ?? '');
    };
    // (speak67) … or whose given name the table does not hold, when it opens its sentence and the next sentence's first word outside
    // quotes is "he" or "she" ("Gabriel Miller was so inspired by the videos …. He explains, “…”"; "Krishna Lama is more blunt. ¶ “…,”
    // he tells …"): the text takes the name up as a person's.
    const takenUp = (r: Run): boolean => {
      const s = toks[r.k0]!.sent;
      let next = r.k1;
      while (next < toks.length && (toks[next]!.sent === s || !toks[next]!.word || this.isExcluded(toks[next]!.start))) next++;
      const words = toks.slice(r.n0, r.k1).filter((t) => t.word);
      // (Its subject: a verb or a comma after it, not a pronoun, "Thank God we have …", nor a description of a name, "Beach Boys
      // veteran Brian Wilson".)
      const verb = toks[r.k2];
      return /^(?:he|she)$/.test(toks[next]?.lo ?? '') && r.k0 === this.firstWordOf(s) && !!verb && (verb.raw === ',' || (verb.word && !verb.cap && !/^(?:i|we|you|they|it)$/.test(verb.lo) && !toks[r.k2 + 1]?.cap)) && !r.titles.length && words.length <= 3 && !lowerWords.has(toks[r.n0]!.lo) && !lowerWords.has(this.keyOf(r)) && !single.has(toks[r.n0]!.lo) && !regionFirst.has(toks[r.n0]!.lo) && !regions.has(this.nameOf(r).toLowerCase()) && !/['’]s$/.test(toks[r.k1 - 1]!.raw);
    };
    for (const r of this.runs) {
      const key = this.keyOf(r);
      const len = r.k1 - r.n0;
      if (this.notPerson(r) || this.isExcluded(toks[r.n0]!.start)) continue;
      const titled = r.titles.some((t) => personTitles.has(t) || ROLE_WORDS.has(t));
      if (places.has(key) && !titledKeys.has(key) && !markedKeys.has(key)) continue;
      if (speakerKeys.has(key) || titled || (len >= 2 && (single.has(key) || markedRuns.has(r) || givenName(r) || takenUp(r)))) keys.add(key);
      else if (len >= 2 && TITLE_NOUNS.has(toks[r.k0 - 1]?.lo ?? '') && !toks[r.k0 - 1]!.cap) titleNounKeys.add(key);
    }
    for (const key of titleNounKeys) {
      if (keys.has(key)) continue;
      keys.add(key);
      this.titleOnly.add(key);
    }
    // (speak63) A bare given name as a speaker ("Kendall told the magazine") lends person-hood to the one full name it opens
    // elsewhere ("Kendall Jenner went to the party", no cue beside it), so the bare word goes to that person (below). Only a word
    // the text never writes with a title, as a surname is ("Mr. Kim", "President Trump"), nor as a name's last word, nor other
    // than as a capital and lower-case letters ("BT", "WaPo"); a full name of two words ("Trump International Hotel" is none);
    // and only once the text has given the bare speaker a gender (the constructor's second reading, `lent`).
    const titledOrLast = new Set(this.runs.filter((r) => r.titles.length || r.k1 - r.n0 >= 2).map((r) => this.keyOf(r)));
    const opened = new Map<string, Run[]>();
    for (const r of this.runs) {
      const len = r.k1 - r.n0;
      const first = toks[r.n0]!.lo;
      if (len !== 2 || !speakerKeys.has(first) || !single.has(first) || titledOrLast.has(first) || lowerWords.has(first) || !/^\p{Lu}\p{Ll}+$/u.test(toks[r.n0]!.raw)) continue;
      // The full name introduces the person (written before the bare word: not "Exxon said" … "Exxon Neftegas"), and is no name
      // written family name first ("Park Ji-sung": its first word is a family name, not a given one).
      if (/-\p{Ll}/u.test(toks[r.n0 + 1]!.raw) || this.runs.some((b) => b.k1 - b.n0 === 1 && toks[b.n0]!.lo === first && b.n0 < r.n0)) continue;
      // (Its last word no word the text writes in lower case: "Apple Music", "Google Maps" are no person's.)
      if (lowerWords.has(this.keyOf(r)) || this.notPerson(r) || this.isExcluded(toks[r.n0]!.start) || (places.has(this.keyOf(r)) && !markedKeys.has(this.keyOf(r)))) continue;
      opened.set(first, [...(opened.get(first) ?? []), r]);
    }
    for (const [first, rs] of opened) {
      if (new Set(rs.map((r) => this.nameOf(r))).size > 1) continue;
      this.lendable.add(first);
      if (lent.has(first)) keys.add(this.keyOf(rs[0]!));
    }
    // Fullest form: the longest name ending with the key (most frequent on ties).
    const forms = new Map<string, Map<string, number>>();
    // Where each surname is first written bare ("President Trump", "Mr. Kim") and first in full.
    const firstBare = new Map<string, number>();
    const firstFull = new Map<string, number>();
    // Surnames whose full form stands next to a word of kinship or gender ("Melania Trump, the first
    // lady", "his wife, Brigitte Macron", "the president's daughter Ivanka Trump").
    const relative = this.relatives;
    const kin = (j: number) => MALE_NOUNS.has(toks[j]?.lo ?? '') || FEMALE_NOUNS.has(toks[j]?.lo ?? '');
    for (const r of this.runs) {
      const key = this.keyOf(r);
      if (!keys.has(key)) continue;
      let name = this.nameOf(r);
      // At most four words (an initial's dot is no word: "T. J. Harlan" is three). A longer run is a description and the
      // name ("said United Auto Workers Secretary-Treasurer Gary Casteel", "Chicago Alderman Jason C. Ervin"): its last two
      // words, initials between them kept.
      if (this.toks.slice(r.n0, r.k1).filter((t) => t.word).length > 4) {
        let n0 = r.k1 - 2;
        while (n0 > r.n0 && (INITIALS.test(this.toks[n0]!.raw) || this.toks[n0]!.raw === '.')) n0--;
        name = this.nameOf({ ...r, n0 });
      }
      const m = forms.get(key) ?? new Map<string, number>();
      m.set(name, (m.get(name) ?? 0) + 1);
      forms.set(key, m);
      const at = r.k1 - r.n0 === 1 ? firstBare : firstFull;
      if (!at.has(key)) at.set(key, r.n0);
      if (r.k1 - r.n0 >= 2) {
        for (let j = r.k0 - 1; j >= Math.max(0, r.k0 - 4) && toks[j]!.sent === toks[r.k0]!.sent; j--) if (kin(j)) relative.add(key);
        if (toks[r.k1]?.raw === ',') for (let j = r.k1 + 1; j < Math.min(toks.length, r.k1 + 5) && toks[j]!.word; j++) if (kin(j)) relative.add(key);
      }
    }
    for (const [key, m] of forms) {
      // A surname the article first uses bare ("President Trump", "Mr. Trump") names someone other
      // than a relative introduced later by full name ("Melania Trump, the first lady"): the bare
      // form is its own person, and bare mentions go to it. Without a word of kinship the full name
      // is the same person ("Abernathy reported … Penelope Muse Abernathy").
      const bareFirst = (firstBare.get(key) ?? Infinity) < (firstFull.get(key) ?? Infinity) && relative.has(key);
      if (bareFirst) {
        const bare = [...m].filter(([name]) => !name.includes(' ')).sort((a, b) => b[1] - a[1]);
        for (const [name] of bare) m.delete(name);
        this.persons.set(key, [{ name: bare[0]![0], key, first: null, gender: null, roles: new Set() }]);
      }
      // One person per first name used with this surname ("Liz Cheney", "Mary Cheney"); the
      // fullest form of each ("Nayib Armando Bukele" over "Nayib Bukele").
      const byFirst = new Map<string, Array<[string, number]>>();
      for (const [name, n] of m) {
        const words = name.split(' ');
        if (words.length < 2) continue;
        const first = words[0]!.toLowerCase();
        byFirst.set(first, [...(byFirst.get(first) ?? []), [name, n]]);
      }
      const people: Person[] = [];
      const fullest = (forms: Array<[string, number]>) => forms.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0]![0];
      if (byFirst.size <= 1) {
        const first = [...byFirst.keys()][0] ?? null;
        people.push({ name: fullest([...m.entries()]), key, first, gender: null, roles: new Set() });
      } else {
        for (const [first, fs] of byFirst) people.push({ name: fullest(fs), key, first, gender: null, roles: new Set() });
      }
      this.persons.set(key, [...(this.persons.get(key) ?? []), ...people]);
    }
    // (speak36) Spouses and relatives written with a title of the other gender ("Jane Wilson and her husband …. Mr Wilson said"):
    // a bare surname whose title's gender is not that of any given name written with it is a person of its own.
    const titleGender = (r: Run): 'm' | 'f' | null => {
      const t = r.titles.map((x) => x.replace(/\.$/, ''));
      return t.includes('mr') ? 'm' : t.some((x) => ['mrs', 'ms', 'miss'].includes(x)) ? 'f' : null;
    };
    for (const r of this.runs) {
      const g = r.k1 - r.n0 === 1 ? titleGender(r) : null;
      const people = g ? this.persons.get(this.keyOf(r)) : undefined;
      if (!people || people.some((p) => p.first === null || People.firstNameGender.get(p.first) !== (g === 'm' ? 'f' : 'm'))) continue;
      const spouse: Person = { name: this.nameOf(r), key: this.keyOf(r), first: null, gender: null, roles: new Set() };
      people.push(spouse);
      this.titledBare.set(spouse, g!);
    }
    // A name written family name first ("Kim Jong-un", "Moon Jae-in") and then by the family name
    // with a title ("Mr. Kim", "President Moon"): a surname only ever written bare, with a title, that
    // is the first word of a full name the article gives, is that person; (speak68) of several ("Kim Jong Un", then "his father Kim
    // Jong-il"), the first the article introduced, as for a bare shared surname (`personOf`).
    for (const [key, people] of this.persons) {
      if (people.some((p) => p.first !== null || p.name.includes(' '))) continue;
      const full = this.allPersons().filter((p) => p.key !== key && p.first === key && p.name.split(' ').length >= 2);
      if (full.length) this.persons.set(key, [full[0]!]);
    }
  }

  /**
   * An organisation or publication, not a person: an organisation word in the name proper
   * ("New York Times", "Fox News", "Reuters"), or "the" right before a run with no title ("the
   * Times", "the Hill"; a person is "the Salvadoran president Nayib Bukele", never "the Bukele").
   */
  private notPerson(r: Run): boolean {
    // The head of a name is its last word: "New York Times", "Fox News", but "NASA Administrator Jim Bridenstine".
    if (ORGANIZATION_WORDS.has(this.toks[r.k1 - 1]!.lo) && !this.orgSurnamed(r)) return true;
    for (let j = r.n0; j < r.k1; j++) if (OUTLET_WORDS.has(this.toks[j]!.lo)) return true;
    // "a South Korean newspaper, Munhwa Ilbo, reported"
    // (Not a titled name: "on his website, Mr. Rogers said".)
    if (this.toks[r.k0 - 1]?.raw === ',' && PUBLICATION_NOUNS.has(this.toks[r.k0 - 2]?.lo ?? '') && !r.titles.length) return true;
    // "The South Korean newswire service Yonhap reports", "the website NK News": a publication named after its kind.
    for (let j = r.k0 - 1; j >= Math.max(0, r.k0 - 2); j--) {
      const t = this.toks[j]!;
      // (speak71) Not the object of "quoted": "The daily quoted Le Huy Ngo … as saying".
      if (!t.word || t.cap || t.sent !== this.toks[r.k0]!.sent || t.lo === 'quoted') break;
      if (PUBLICATION_NOUNS.has(t.lo)) return true;
    }
    // A description before a role and a name: "Palestinian chief negotiator Saeb Erekat".
    for (let j = r.k1; j < Math.min(this.toks.length - 1, r.k1 + 3); j++) {
      const t = this.toks[j]!;
      if (!t.word || t.cap) break;
      if (ROLE_WORDS.has(t.lo) && this.toks[j + 1]!.cap) return true;
    }
    // (speak61) A name going on with an organisation's own name after "of / on / for / and": "The House Committee on Oversight and
    // Reform told the Supreme Court", "the Department of Health and Human Services". Back over capitalised words and those joints
    // to an organisation word followed by "of / on / for"; not a titled name nor one holding a given name ("the Department of
    // Justice and Attorney General Bill Barr said", "The Executive Council of Australian Jewry Robert Goot said").
    const joint = (t: Tok | undefined) => !!t && ['of', 'on', 'for', 'and'].includes(t.raw);
    if (joint(this.toks[r.k0 - 1]) && !r.titles.length && !this.toks.slice(r.n0, r.k1).some((t) => People.firstNameGender.has(t.lo))) {
      for (let j = r.k0 - 1; j >= 0 && this.toks[j]!.sent === this.toks[r.k0]!.sent && (joint(this.toks[j]) || (this.toks[j]!.cap && this.toks[j]!.word)); j--) {
        if (ORGANIZATION_WORDS.has(this.toks[j]!.lo) && this.toks[j]!.cap && ['of', 'on', 'for'].includes(this.toks[j + 1]!.raw)) return true;
      }
    }
    // A broadcaster's call sign ("KING-TV reported"); (speak41) a web address ("Billboard.com reported").
    if (/-(?:TV|FM|AM)$|\.(?:com|net|org)$/.test(this.toks[r.k1 - 1]!.raw)) return true;
    // "the Times", and "as The Hill pointed out": a name led by "the" without a title.
    if (r.n0 === r.k0 + 1 && this.toks[r.k0]!.lo === 'the' && !r.titles.length) return true;
    return r.n0 === r.k0 && this.toks[r.k0 - 1]?.lo === 'the' && this.toks[r.k0 - 1]!.sent === this.toks[r.k0]!.sent;
  }

  /**
   * (speak64) A run naming the person of an organisation's word used as a surname (`orgSurnames`): that person's full name
   * ("Michael Bloomberg"), or the bare surname not led by "the" ("Bloomberg said"; not "the Post", nor "The Huffington Post").
   */
  private orgSurnamed(r: Run): boolean {
    const given = this.orgSurnames.get(this.toks[r.k1 - 1]!.lo);
    if (given === undefined) return false;
    const len = r.k1 - r.n0;
    return (len === 2 && this.toks[r.n0]!.lo === given) || (len === 1 && r.n0 === r.k0 && this.toks[r.k0 - 1]?.lo !== 'the');
  }

  /**
   * The name signing a quote whose closing mark is token k - 1: a dash at k (―, —, –, or written with hyphens after a space,
   * "-" or "--"), then a name's run alone to the paragraph's end ("“…” ― Oscar P. Quintero", `"…" -- Arthur Delaney`), or
   * followed by a comma and where the person works, capitalised words only (`"…" - Billy Okeefe, McClatchy Tribune`); with no
   * dash only so followed (a press release's sign-off).
   */
  private signingRun(k: number): Run | null {
    const toks = this.toks;
    let j = k;
    // What is new to the long dash's reading stays on the quote's line (a live blog's "- Bart Jansen" under a paragraph signs the
    // post, not the quote that ends the paragraph before it).
    const between = toks[k] ? this.text.slice(toks[k - 1]!.end, toks[k]!.start) : '';
    const sameLine = /^[ \t]+$/.test(between);
    // A press release's sign-off has no dash: `“…” Mark Vossenaar, General Manager, Gyros Protein Technologies`.
    // (Only after a quote closed by a stop or a comma: `chanted “no more rent” Maria Lopez, …` is no sign-off.)
    const bare = !!toks[k]?.cap && sameLine && /^[.!?,]$/.test(toks[k - 2]?.raw ?? '');
    if (bare) j--;
    else if (toks[k]?.raw === '-') {
      if (!sameLine) return null; // `"pro"-Trump`, a byline on the next paragraph
      if (toks[k + 1]?.raw === '-' && toks[k + 1]!.start === toks[k]!.end) j++;
    } else if (!/^[―—–]$/.test(toks[k]?.raw ?? '')) return null;
    const run = this.runAt.get(j + 1);
    if (!run || run.k0 !== j + 1) return null;
    if (!bare && this.endsParagraph(run.k1 - 1)) return run;
    if (!sameLine || toks[run.k1]?.raw !== ',') return null;
    for (let i = run.k1 + 1; i < Math.min(toks.length, run.k1 + 12); i++) {
      const t = toks[i]!;
      if (t.word ? !t.cap && !TITLE_LINKS.has(t.lo) : !/^[,&]$/.test(t.raw)) return null;
      if (this.endsParagraph(i)) return t.cap ? run : null;
    }
    return null;
  }

  /** Token k is the last of its paragraph (only spaces, then a blank line or the text's end, after it). */
  private endsParagraph(k: number): boolean {
    const next = this.toks[k + 1];
    return !next || /\n\s*\n/.test(this.text.slice(this.toks[k]!.end, next.start));
  }

  private paragraphStarts(): number[] {
    const out = [0];
    for (const m of this.text.matchAll(/\n\s*\n/g)) out.push(m.index! + m[0].length);
    return out;
  }

  /**
   * A speaker's label opening the paragraph at `at`: a transcript's ("“PENCE: …", a name in capitals after the opening
   * mark of a paragraph of speech) or a roundup's ("Meghan McCain, Twitter: “…”": two to four capitalised words, maybe a
   * comma and where it was said, a colon, then the opening mark). `end`: where the label's colon and spaces end.
   */
  labelAt(at: number): { phrase: SpeakerPhrase; end: number; transcript: boolean } | null {
    const m = /^([“"]?)((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*)(?:[ \t]*,[ \t]*[\p{Lu}@][^\n:,“”"]{0,30})?[ \t]*:[ \t]*/u.exec(this.text.slice(at, at + 120));
    if (!m) return null;
    const label = m[2]!;
    const transcript = m[1] !== '';
    if (transcript ? label !== label.toUpperCase() || !/\p{Lu}{2}/u.test(label) : !/^[“"]/.test(this.text.slice(at + m[0].length)) || label.split(/\s+/).length < 2 || label === label.toUpperCase()) return null;
    const k = this.tokenAt(at + m[1]!.length);
    const r = this.readForward(k, this.tokenAt(at + m[1]!.length + label.length));
    if (!r || r.phrase.kind !== 'name') return null;
    return { phrase: r.phrase, end: at + m[0].length, transcript };
  }

  /**
   * "Her friend Brittany Lockwood, 20, a political science major from Memphis, chimed in.": the subject of a sentence in
   * [from, to) that ends on its verb of saying (no object, no clause after it).
   */
  finalVerbSubject(from: number, to: number): SpeakerPhrase | null {
    const floor = this.tokenAt(from);
    let k = this.tokenAt(to) - 1;
    while (k >= floor && !this.toks[k]!.word && /^[.:]$/.test(this.toks[k]!.raw)) k--;
    if (k < floor + 1) return null;
    let v = k;
    if (isSpeechVerb(this.toks, k - 1) === 2) v = k - 1;
    else if (!isSpeechVerb(this.toks, k) || PHRASAL_PARTICLES[this.toks[k]!.lo]) return null;
    let b = v - 1;
    while (b >= floor && (SUBJECT_ADVERBS.has(this.toks[b]!.lo) || AUXILIARIES.has(this.toks[b]!.lo))) b--;
    const p = this.readBackwardAppositive(b, floor);
    return p && (p.kind !== 'name' || !this.isOrganization(p)) ? p : null;
  }

  /** A verb of saying or reporting, or a colon, in [from, to) outside quotation marks (the ranker's cueInSentence). */
  hasCue(from: number, to: number): boolean {
    for (let k = this.tokenAt(from); k < this.toks.length && this.toks[k]!.start < to; k++) {
      const t = this.toks[k]!;
      if (this.isQuoted(t.start)) continue;
      if (t.raw === ':' || (t.word && (isSpeechVerb(this.toks, k) || REPORTING_VERBS.has(t.lo)))) return true;
    }
    return false;
  }

  /**
   * The subject of the sentence in [from, to): a he/she or a role phrase opening it ("The Democrat argued …"), else the first
   * person named in it with a first name, role or gender, not after a preposition, not a possessive, no organisation or place ("Marine Gen. Frank McKenzie
   * concurred with …", "In a memorandum released Monday, Attorney General Merrick Garland directed …"). Null when none.
   */
  sentenceSubject(from: number, to: number): SpeakerPhrase | null {
    const limit = this.tokenAt(to);
    let b = this.tokenAt(from);
    while (b < limit && !this.toks[b]!.word) b++;
    if (b >= limit || this.isQuoted(this.toks[b]!.start)) return null;
    const r = this.readForward(b, limit);
    if (r && r.phrase.kind === 'pronoun' && (r.phrase.word === 'he' || r.phrase.word === 'she')) return r.phrase;
    if (r && r.phrase.kind === 'role') return r.phrase;
    const m = this.mentions.find((x) => x.start >= from && x.end <= to && !this.isPossessive(x) && !this.isOblique(x));
    // A person the article gives a first name, a role or a gender (the ranker's personEvidence): not one bare capitalised
    // word ("(Story continues below)").
    if (!m || this.isEntityLike(m.person) || (m.person.first === null && m.person.roles.size === 0 && m.person.gender === null)) return null;
    const phrase: SpeakerPhrase = { kind: 'name', name: m.person.name, at: m.start };
    return this.isOrganization(phrase) ? null : phrase;
  }

  /** The person a run names, given the people mentioned before it (for a bare shared surname). */
  private personOf(r: Run, mentioned: Mention[]): Person | null {
    if (this.notPerson(r)) return null;
    const people = this.persons.get(this.keyOf(r));
    if (!people) return null;
    if (people.length === 1) return people[0]!;
    // (speak51) A bare surname whose title's gender contradicts the given name of the person it would name ("Ms. Sanders"
    // beside Bernie and Jane Sanders): the one person of that surname with a given name of the title's gender. Not away
    // from a person whose given name tells no gender ("Mr. Biden" for Hunter Biden beside Joseph R. Biden).
    let other: Person | undefined;
    let titled: 'm' | 'f' | null = null;
    const byGender = (p: Person) => (other && p.first && People.firstNameGender.get(p.first) === (titled === 'm' ? 'f' : 'm') ? other : p);
    if (r.k1 - r.n0 >= 2) {
      const first = this.toks[r.n0]!.lo;
      const p = people.find((x) => x.first === first);
      if (p) return p;
    } else {
      // A bare shared surname: the person known by it, else the first of them the article introduced
      // (relatives and namesakes are written with their first name: "Melania Trump", "Brigitte Macron").
      const bare = people.find((x) => x.first === null);
      // (speak36) "Mrs Wilson" beside "Mr Wilson": the title's gender picks the person with that given name's gender.
      const t = r.titles.map((x) => x.replace(/\.$/, ''));
      const g = t.includes('mr') ? 'm' : t.some((x) => ['mrs', 'ms', 'miss'].includes(x)) ? 'f' : null;
      const byTitle = g ? people.filter((x) => x.first !== null && People.firstNameGender.get(x.first) === g) : [];
      if (byTitle.length && bare) return byTitle[0]!;
      if (byTitle.length === 1) (other = byTitle[0]), (titled = g);
      // … and one written bare without that title ("Governor Bentley" beside "Ms. Bentley") is the person named in full.
      const spouse = bare ? this.titledBare.get(bare) : undefined;
      if (spouse && spouse !== g) return people.find((x) => x !== bare)!;
      if (bare) return bare;
      // Namesakes, not relatives ("Homeland Security Secretary Jeh Johnson says …. Johnson tells MSNBC", in an article
      // that also names Gary Johnson): the one named in full in this sentence or the two before, as the first person of
      // its sentence and not after a preposition or as a possessive. Not for a titled bare name ("Mrs. Clinton" after
      // "Chelsea Clinton": the title keeps the person the text calls so).
      // (speak43) A relative too, when named in the sentence just before as the subject of a verb of saying ("Somboon Thao,
      // Bill’s father, said …. “…,” Thao said"); not past words of theirs ("Ivanka Trump told Axios …. “…,” she said. Trump
      // tweeted …": the surname is the person it names elsewhere), and when the bare surname speaks too ("Thao said", "said
      // Thao"; not "… his wife, Gabriela Lazar, wrote …. Lazar had no formal training").
      const relative = this.relatives.has(this.keyOf(r));
      if (r.n0 === r.k0) {
        const sent = this.toks[r.n0]!.sent;
        for (let i = mentioned.length - 1; i >= 0; i--) {
          const m = mentioned[i]!;
          if (sent - m.sent > 2) break;
          const run = this.runAt.get(m.k);
          if (!people.includes(m.person) || !run || run.k1 - run.n0 < 2 || this.isExcluded(m.start)) continue;
          const firstOfSentence = !mentioned.some((x) => x.sent === m.sent && x.start < m.start);
          if (firstOfSentence && !this.isOblique(m) && !this.isPossessive(m) && (!relative || (sent - m.sent <= 1 && this.saysInSentence(run.k1) && (isSpeechVerb(this.toks, r.k1) > 0 || isSpeechVerb(this.toks, r.k0 - 1) > 0)))) return byGender(m.person);
          break;
        }
      }
    }
    for (const m of mentioned) if (people.includes(m.person)) return byGender(m.person);
    return null;
  }

  /** (speak43) A verb of saying or reporting between token k and the end of its sentence, outside quoted text. */
  private saysInSentence(k: number): boolean {
    const sent = this.toks[k]?.sent;
    for (let j = k; j < this.toks.length && this.toks[j]!.sent === sent; j++) {
      if (!this.isQuoted(this.toks[j]!.start) && (isSpeechVerb(this.toks, j) || REPORTING_VERBS.has(this.toks[j]!.lo))) return true;
    }
    return false;
  }

  /** A name phrase that names an organisation or publication ("the New York Times", "Reuters"). */
  isOrganization(phrase: SpeakerPhrase): boolean {
    if (phrase.kind !== 'name') return false;
    const r = this.runAt.get(this.tokenAt(phrase.at));
    if (ORGANIZATION_WORDS.has(phrase.name.split(/\s+/).pop()!.toLowerCase().replace(/['’]s$/, '')) && !(r && this.orgSurnamed(r))) return true;
    return r ? this.notPerson(r) : false;
  }

  /** All people the article names. */
  allPersons(): Person[] {
    return [...this.persons.values()].flat();
  }

  /** Does the article name a person called `name` (by surname)? */
  isPerson(name: string): boolean {
    return this.persons.has(name.split(/\s+/).pop()!.toLowerCase().replace(/['’]s$/, ''));
  }

  /**
   * "Prime Minister Justin Trudeau of Canada said", "Roberto Saravia from Los Angeles": the run ending at
   * token `e` is where the person named just before "of"/"from" is from, and that person is the one
   * meant. The token ending the person's name, or `e` when the run is not such a place.
   */
  private personBeforePlace(e: number): number {
    const r0 = this.runAt.get(e);
    if (!r0 || r0.k1 - 1 !== e) return e;
    let r: Run = r0;
    // speak19: the organisation or place may be written in several names, each joined to the one before by "in", "at",
    // "of", "and" or a possessive ("Tomas Lind of Oslo's Harbor Works Office said", "Nadia Osei of the
    // Water Trust in Kano's Tarauni District told"); the person is the one before the first "of"/"from".
    for (let hop = 0; hop < 4; hop++) {
      // "Lukas Wiese of the German Startups Association told DW": "the" may stand between (speak18).
      const the: number = this.toks[r.k0 - 1]?.lo === 'the' ? 1 : 0;
      const of: Tok | undefined = this.toks[r.k0 - 1 - the];
      if (!of || of.sent !== this.toks[r.k0]!.sent) return e;
      if (of.lo === 'of' || of.lo === 'from') {
        const p = this.runAt.get(r.k0 - 2 - the);
        // A person's name: titled ("President Emmanuel Macron of France") or a first name and a surname
        // ("Justin Trudeau of Canada"); not one word ("Bank of America", "University of Texas").
        if (p && p.k1 === r.k0 - 1 - the && !this.notPerson(p) && (p.n0 > p.k0 || p.k1 - p.n0 >= 2)) return p.k1 - 1;
      }
      const possessive: boolean = !the && of.cap && /['’]s$/.test(of.raw);
      const prev: Run | undefined = possessive ? this.runAt.get(r.k0 - 1) : ['in', 'at', 'of', 'and'].includes(of.lo) ? this.runAt.get(r.k0 - 2 - the) : undefined;
      if (!prev || prev.k1 !== (possessive ? r.k0 : r.k0 - 1 - the)) return e;
      r = prev;
    }
    return e;
  }

  /**
   * "ambassador to Britain", "president of Iran": the role word when the run is the place a role is of
   * ("China's ambassador to Britain accused …" does not make Britain a person).
   */
  private placeOfRole(r: Run): Tok | null {
    const prep = this.toks[r.k0 - 1];
    const role = this.toks[r.k0 - 2];
    // One or two words ("Britain", "South Korea"); longer runs glue a name to the place ("ambassador to Britain Liu Xiaoming").
    // (speak48) Also a member's post-nominal as a noun: "the Labour MP for Birkenhead asked".
    if (!prep || !role || !['for', 'to', 'of'].includes(prep.lo) || !(isRole(role.lo) && !role.cap || MEMBER_POST_NOMINAL.test(role.raw)) || r.n0 !== r.k0 || r.k1 - r.k0 > 2 || role.sent !== this.toks[r.k0]!.sent) return null;
    return role;
  }

  private merged: Array<[number, number]> | null = null;
  /** Is offset `at` inside quoted text (or another span left out of mentions)? Same answer as isExcluded, by binary search. */
  isQuoted(at: number): boolean {
    if (!this.merged) {
      const spans = [...this.excluded].sort((a, b) => a[0] - b[0]);
      const out: Array<[number, number]> = [];
      for (const [a, b] of spans) {
        const last = out[out.length - 1];
        if (last && a <= last[1]) last[1] = Math.max(last[1], b);
        else out.push([a, b]);
      }
      this.merged = out;
    }
    const m = this.merged;
    let lo = 0;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m[mid]![0] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at < m[lo - 1]![1];
  }

  /** "Trump's …": a possessive mention (for the candidate ranker). */
  isPossessiveMention(m: Mention): boolean {
    return this.isPossessive(m);
  }

  /** A mention after a preposition ("released through Big Machine"). */
  isObliqueMention(m: Mention): boolean {
    return this.isOblique(m);
  }

  /**
   * The object of a verb whose object is the one spoken to: "told Starner that …", "asked the judge",
   * "told VOA Pentagon correspondent Carla Babb" (titles and role words between are skipped).
   */
  isListenerMention(m: Mention): boolean {
    const run = this.runAt.get(m.k);
    let j = (run?.k0 ?? m.k) - 1;
    for (let n = 0; j >= 0 && n < 4 && this.toks[j]!.sent === m.sent; j--, n++) {
      const t = this.toks[j]!;
      if (!(t.word && (t.cap || ROLE_WORDS.has(t.lo) || TITLE_NOUNS.has(t.lo) || TITLE_MODIFIERS.has(t.lo))) && t.raw !== '.') break;
    }
    const v = this.toks[j];
    return v !== undefined && v.sent === m.sent && v.word && !v.cap && LISTENER_VERBS.has(v.lo);
  }

  private entityCache: Map<Person, boolean> | null = null;
  /**
   * Evidence in the text that a "person" is a place, country or organisation the text has act
   * ("Russia", "Canada", "GateHouse Media"): the name is a country or region (the runtime's own
   * region names, Intl.DisplayNames: no data shipped), or its last word heads organisations. (A bare
   * name written after "in"/"at" was tried too: no change on any sample, docs/notes/speak7.md.)
   */
  isEntityLike(p: Person): boolean {
    if (!this.entityCache) {
      this.entityCache = new Map();
      const regions = regionNames();
      for (const q of this.allPersons()) {
        const words = q.name.toLowerCase().split(/\s+/);
        // A people or a party named in the plural ("Republicans", "Democrats", "Iranians"): a group.
        const group = words.length === 1 && q.first === null && /(?:ians|icans|crats|ists|ites)$/.test(words[0]!);
        const orgWord = ORGANIZATION_WORDS.has(words[words.length - 1]!) && (q.first === null || this.orgSurnames.get(q.key) !== q.first);
        this.entityCache.set(q, group || regions.has(q.name.toLowerCase()) || orgWord);
      }
    }
    return this.entityCache.get(p) ?? false;
  }

  private isExcluded(at: number): boolean {
    return this.excluded.some(([a, b]) => at >= a && at < b);
  }

  private findMentions(): void {
    // Every run in order (quoted ones too), so a bare shared surname follows the latest full name.
    const seen: Mention[] = [];
    for (const r of this.runs) {
      // A dateline ("WASHINGTON — President Trump vowed …", "NEW YORK (AP) —") names a place, not a person.
      const k0 = this.toks[r.k0]!;
      const kEnd = this.toks[r.k1 - 1]!;
      if (/(?:^|\n)\s*$/.test(this.text.slice(Math.max(0, k0.start - 3), k0.start)) && !/\p{Ll}/u.test(this.text.slice(k0.start, kEnd.end)) && /^\s*(?:,\s*[\p{Lu}. ]+)?\s*(?:\([^)\n]{1,20}\)\s*)?[—–-]/u.test(this.text.slice(kEnd.end, kEnd.end + 40))) continue;
      // (quote79) A run followed by a counter ("Hide Caption 1 of 15 Photos: …", a gallery's) is the page's furniture, not a name.
      if (isCounter(this.text.slice(kEnd.end, kEnd.end + 16))) continue;
      const person = this.personOf(r, seen);
      if (!person) continue;
      const t0 = this.toks[r.n0]!;
      // Roles: titles inside the run, and role words just before it ("the president of El Salvador, Nayib Bukele").
      for (const t of r.titles) {
        if (!HONORIFICS.has(t)) this.officeHolders.add(person);
        if (ROLE_WORDS.has(t)) person.roles.add(t);
        // "Rep. Elijah E. Cummings" … "the congressman added": a title stands for its role noun.
        for (const [role, titles] of Object.entries(ROLE_TITLES)) if (titles.includes(t)) person.roles.add(role);
      }
      for (let j = r.k0 - 1, held = false; j >= Math.max(0, r.k0 - 6); j--) {
        const t = this.toks[j]!;
        if (t.sent !== t0.sent || /[.;!?]/.test(t.raw)) break;
        // A verb between: "the dictator described Trump" gives Trump no role.
        if (t.word && !t.cap && (isSpeechVerb(this.toks, j) || /ed$/.test(t.lo))) break;
        // (speak68) "a spokesman for the special counsel, Robert S. Mueller III": the name holds the role nearer it, not the one
        // the preposition ties to it (not "a spokesman for the company, Peter Carr").
        if (held && ['for', 'to', 'of'].includes(t.lo)) break;
        // (given78) "a senior official with President Donald Trump's administration", "an aide to Sen. Ron Wyden": a role the
        // preposition ties to the name is another's, unnamed (a comma sets an apposition off: "a spokesman for the company, Peter Carr").
        if (['for', 'to', 'of', 'with'].includes(t.lo) && !this.toks.slice(j + 1, r.k0).some((x) => x.raw === ',')) break;
        if (ROLE_WORDS.has(t.lo)) person.roles.add(t.lo), (held = true);
      }
      // (given78) A proxy's role in apposition after the name, held now: "Kazi Rahman, a government official," is "the official"
      // (not "X, a former official,": the role was another's then, as a former prosecutor's or professor's was on text read outside).
      if (this.toks[r.k2]?.raw === ',') {
        for (let j = r.k2 + 1, n = 0; j < this.toks.length && n < 5 && this.toks[j]!.word && this.toks[j]!.sent === t0.sent && !this.runAt.has(j) && !['former', 'ex'].includes(this.toks[j]!.lo); j++, n++) {
          if (!SPOKEN_FOR.has(this.toks[j]!.lo)) continue;
          // Closed by a comma before any verb of saying: not "… on Salman Rushdie, a high-ranking official … said" (its subject).
          for (let m = j + 1; m < j + 12 && this.toks[m]?.sent === t0.sent && !isSpeechVerb(this.toks, m); m++) if (this.toks[m]!.raw === ',') { person.roles.add(this.toks[j]!.lo); break; }
          break;
        }
      }
      const mention = { person, start: t0.start, end: this.toks[r.k1 - 1]!.end, k: r.n0, sent: t0.sent };
      seen.push(mention);
      if (this.isExcluded(t0.start)) continue;
      this.mentions.push(mention);
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  private findGenders(): void {
    const votes = new Map<Person, { m: number; f: number }>();
    const vote = (p: Person, g: 'm' | 'f', w = 1) => {
      const v = votes.get(p) ?? { m: 0, f: 0 };
      v[g] += w;
      votes.set(p, v);
    };
    const possessive = (m: Mention) => /['’]s$/.test(this.toks[this.runAt.get(m.k)?.k1 ? this.runAt.get(m.k)!.k1 - 1 : m.k]!.raw);
    const nounGender = (lo: string): 'm' | 'f' | null => (MALE_NOUNS.has(lo) ? 'm' : FEMALE_NOUNS.has(lo) ? 'f' : null);
    // Words of the article that say a named person's gender: a title ("Ms Persson", "Mr. Trump") or a
    // noun standing next to the name ("Steenburgen's son, filmmaker Charlie McDowell"; "Jane Doe, his widow").
    for (const m of this.mentions) {
      const run = this.runAt.get(m.k);
      if (!run) continue;
      for (let j = run.k0; j < run.n0; j++) {
        const g = nounGender(this.toks[j]!.lo.replace(/\.$/, ''));
        if (g) vote(m.person, g, 2);
      }
      for (let j = run.k0 - 1, seen = 0; j >= 0 && seen < 3 && this.toks[j]!.sent === m.sent; j--) {
        const t = this.toks[j]!;
        if (t.word) seen++;
        const g = t.word ? nounGender(t.lo) : null;
        if (g) {
          vote(m.person, g, 2);
          break;
        }
        if (t.word && !ROLE_WORDS.has(t.lo) && !TITLE_MODIFIERS.has(t.lo)) break;
      }
      if (this.toks[run.k1]?.raw === ',') {
        for (let j = run.k1 + 1; j < Math.min(this.toks.length, run.k1 + 5) && this.toks[j]!.word; j++) {
          const g = nounGender(this.toks[j]!.lo);
          if (g) {
            vote(m.person, g, 2);
            break;
          }
        }
      }
    }
    this.toks.forEach((t, k) => {
      const g = MALE_PRONOUNS.has(t.lo) ? 'm' : FEMALE_PRONOUNS.has(t.lo) ? 'f' : null;
      if (!g || this.isExcluded(t.start)) return;
      // The subject: the first person mentioned in the sentence before the pronoun, when close
      // ("Rep. Nancy Mace, R-S.C., a Graham ally, said she…" votes for Mace, not Graham); a possessive
      // is not a subject ("Bukele's reaction is due to a report by Clinton in which she…").
      // A possessive pronoun goes with the nearest name ("Lee thanked Farid for his work").
      const poss = t.lo === 'his' || t.lo === 'her';
      const near = this.mentions.filter((m) => m.sent === t.sent && m.k < k && k - m.k <= (poss ? 5 : 25));
      const before = poss ? near.pop() : near.find((m) => !possessive(m));
      if (before) return vote(before.person, g);
      // "In her post, Clinton …": a possessive pointing forward.
      if (poss) {
        const after = this.mentions.find((m) => m.sent === t.sent && m.k > k && m.k - k <= 4);
        // Not a possessive itself ("Her heartbreak over Mike Ford's death").
        if (after && !possessive(after)) vote(after.person, g);
        return;
      }
      // "McDowell laughed. “…,” he said.": a subject pronoun with no name before it in its sentence
      // most often takes up the subject of the sentence before (a weaker vote).
      if (!near.length && (t.lo === 'he' || t.lo === 'she')) {
        // (speak81) Its subject: not a name in a prepositional phrase before it ("While announcing the death of ISIS leader
        // al-Baghdadi …, Trump named …. ¶ “…,” he urged": Trump), as `antecedent` reads the sentence (subjectsFirst).
        const prev = this.subjectsFirst(this.mentions.filter((m) => m.sent === t.sent - 1 && !possessive(m)));
        // The speaker of that sentence when it has one ("…, said Rick Tyler, a consultant. “…,” he said"), or the source it is
        // given to (speak82: "…, according to Jennifer Baker, an NRA spokeswoman. ¶ “…,” she said").
        const said = prev.find((m) => this.speechSubjects.has(m.k) || this.isAccordingTo(m));
        if (prev.length) vote((said ?? prev[0])!.person, g, 0.5);
      }
    });
    // A given name's usual gender (speak15): one vote, as much as one pronoun in the name's own sentence and less than a
    // title or a gendered noun ("Nicolle Wallace's contention … she claimed" is not Tim Scott's).
    for (const list of this.persons.values()) for (const p of list) {
      const g = p.first ? People.firstNameGender.get(p.first) : undefined;
      if (g) vote(p, g, 1);
    }
    for (const [p, v] of votes) p.gender = v.m > v.f ? 'm' : v.f > v.m ? 'f' : null;
  }

  /** The person a name refers to, or the name as written when the article gives nothing more. */
  canonical(name: string, at = Infinity): string {
    const words = name.replace(/['’]s$/, '').split(/\s+/);
    const key = words[words.length - 1]!.toLowerCase();
    const people = this.persons.get(key);
    if (!people) {
      // A person the article calls by a first name ("Li" for Li Jifeng, "Mike" for Mike Ford): the one
      // person whose full name starts with it.
      const byFirst = words.length === 1 ? this.allPersons().filter((p) => p.first === key && p.key !== key) : [];
      return byFirst.length === 1 ? byFirst[0]!.name : name.replace(/['’]s$/, '');
    }
    if (people.length === 1) return people[0]!.name;
    const first = words.length >= 2 ? words[0]!.toLowerCase() : null;
    const named = people.find((p) => p.first === first);
    // (speak36) Not the bare person a title made ("Ms. Bentley" beside Robert Bentley): the one named where it stands.
    if (named && !(first === null && this.titledBare.has(named))) return named.name;
    // A bare shared surname: the person findMentions gave the name where it stands, else the first of them the article
    // introduced (see personOf).
    // (A title may stand between the phrase's offset and the name: "Ms. Bentley said".)
    const here = this.mentions.find((m) => m.start === at && people.includes(m.person)) ?? this.mentions.find((m) => m.start > at && m.start <= at + 6 && people.includes(m.person) && /^\p{Lu}\p{L}{0,3}\.?\s+$/u.test(this.text.slice(at, m.start)));
    const p = here?.person ?? this.mentions.find((m) => m.start < at && people.includes(m.person))?.person ?? people[0]!;
    // (speak50) A title's gender agrees with the person ("Ms. Sanders said" beside Bernie and Jane Sanders): the one person of
    // that surname of the title's gender, when the one found is not.
    const t = /^(M(?:r|rs|s|iss))\b/.exec(this.text.slice(at, at + 5))?.[1] ?? /\b(M(?:r|rs|s|iss))\.?\s+$/.exec(this.text.slice(Math.max(0, at - 6), at))?.[1];
    const g = t ? (t === 'Mr' ? 'm' : 'f') : null;
    const gendered = people.filter((x) => x.gender === g);
    // (speak51) Only away from a person known to be of the other gender: one of no known gender stays.
    return (g && p.gender !== null && p.gender !== g && gendered.length === 1 ? gendered[0]! : p).name;
  }

  /** Resolves a speaker phrase standing at offset `phrase.at`. */
  resolve(phrase: SpeakerPhrase | null): string | null {
    if (!phrase) return null;
    // A name the article gives no sign of being a person ("obtained by Variety", "in Wyoming") is not a speaker.
    if (phrase.kind === 'name') {
      if (this.isOrganization(phrase)) return null;
      const name = this.canonical(phrase.name, phrase.at);
      return this.isPerson(name) ? name : null;
    }
    if (phrase.kind === 'pronoun') {
      if (phrase.word === 'they') return this.coordinatedBefore(phrase.at)?.name ?? null;
      const g = MALE_PRONOUNS.has(phrase.word) ? 'm' : FEMALE_PRONOUNS.has(phrase.word) ? 'f' : null;
      if (!g) return null;
      return this.antecedent(phrase.at, g)?.name ?? null;
    }
    // A plural role ("the chairmen") is a group, not one person — unless the text just named people
    // together who each carry that role ("said a statement from Judiciary Chairman Bob Goodlatte, …,
    // Oversight Chairman Trey Gowdy, … and Intelligence Chairman Devin Nunes. … “…,” the chairmen
    // said"): the first of them, as for "they".
    if (nationOf(phrase.role, true) >= 0) return this.nationalHolder(phrase);
    if (!isRole(phrase.role)) return phrase.role ? this.groupWithRole(phrase.role, phrase.at)?.name ?? null : null;
    const name = this.roleHolder(phrase);
    // (speak39) "Earlier, a Government official said …. “…,” the official said": the role takes up the unnamed one the text
    // introduced after the person named with it (Government official Kazi Mokhlechur Rahman), nobody named.
    const last = this.mentions.filter((m) => m.start < phrase.at && m.person.name === name).pop();
    return last && this.unnamedRoleBetween(phrase.role, last.end, phrase.at) ? null : name;
  }

  /**
   * (speak57b) "“…,” the Greek said", "said the American": in the nearest of the three sentences before that names someone
   * fitting, the last person named there with a word of that nation ("American Sam Querrey"; not "Italy's Simone Bolelli",
   * "Bondarenko of Ukraine"), else its named subject ("Eleni Daniilidou upset …", "… but Novak Djokovic is making sure …", "And
   * Agassi, who …, said"), unless the article ties that person to another nation; else nobody.
   */
  private nationalHolder(phrase: SpeakerPhrase & { kind: 'role' }): string | null {
    const nation = nationOf(phrase.role, true);
    const toks = this.toks;
    const tiesOf = (m: Mention): number[] => {
      const run = this.runAt.get(m.k);
      const k0 = run?.k0 ?? m.k, k1 = run?.k1 ?? m.k + 1;
      const near = toks.slice(k0, run?.n0 ?? k0).map((x) => x.lo);
      for (let j = k0 - 1; j >= k0 - 4 && toks[j]?.word && toks[j]!.sent === m.sent; j--) near.push(toks[j]!.lo);
      if (toks[k1]?.lo === 'of') near.push(toks[k1 + 1]?.lo ?? '');
      return near.map((w) => nationOf(w.replace(/['’]s?$/, ''))).filter((i) => i >= 0);
    };
    const before = this.mentions.filter((m) => m.start < phrase.at && !this.isQuoted(m.start));
    const sent = toks[this.tokenAt(phrase.at)]?.sent ?? 0;
    // Not someone the phrase's own sentence names ("The Argentine had stoked it up by saying Hewitt's … were “…”").
    const own = new Set(this.mentions.filter((m) => m.sent === sent && !this.isQuoted(m.start)).map((m) => m.person));
    const window = before.filter((m) => m.sent < sent && m.sent >= sent - 3 && !own.has(m.person));
    for (let s = sent - 1; s >= sent - 3; s--) {
      const tied = window.filter((m) => m.sent === s && tiesOf(m).includes(nation)).pop();
      if (tied) return tied.person.name;
      const subject = window.find((m) => {
        if (m.sent !== s || this.isPossessive(m)) return false;
        const run = this.runAt.get(m.k);
        const k1 = run?.k1 ?? m.k + 1;
        const prev = toks[(run?.k0 ?? m.k) - 1], next = toks[k1];
        const opens = !prev || prev.sent !== s || /^[,;:—–-]$/.test(prev.raw) || COORDINATORS.has(prev.lo);
        const verb = next !== undefined && next.word && !next.cap && next.sent === s && !PREPOSITIONS.has(next.lo) && !COORDINATORS.has(next.lo);
        return opens && (verb || (next?.raw === ',' && RELATIVE.has(toks[k1 + 1]?.lo ?? '')));
      });
      if (subject) return before.some((m) => m.person === subject.person && tiesOf(m).some((i) => i !== nation)) ? null : subject.person.name;
    }
    return null;
  }

  private unnamedRoleBetween(role: string, from: number, to: number): boolean {
    const toks = this.toks;
    for (let k = this.tokenAt(from); k < toks.length && toks[k]!.start < to; k++) {
      const t = toks[k]!;
      // Not in apposition to a name ("Rahman, a government official,", "an official, Tom Berg").
      if (t.lo !== role || t.cap || this.isExcluded(t.start) || toks[k + 1]?.cap || this.runAt.has(k + 2) || this.mentions.some((m) => m.end <= t.start && this.tokenAt(m.end) >= k - 6)) continue;
      for (let j = k - 1; j >= k - 4 && toks[j]?.word && toks[j]!.sent === t.sent; j--) if (INDEFINITES.has(toks[j]!.lo)) return true;
    }
    return false;
  }

  private roleHolder(phrase: SpeakerPhrase & { kind: 'role' }): string | null {
    // Role description: people the article names with that role; modifiers narrow it down.
    let people = this.allPersons().filter((p) => p.roles.has(phrase.role));
    if (people.length > 1 && phrase.modifiers.length) {
      const stems = phrase.modifiers.map((m) => m.toLowerCase().slice(0, 5)).filter((s) => s.length >= 4);
      const narrowed = people.filter((p) => {
        const near = [...this.wordsNear(p)];
        return stems.some((s) => near.some((w) => w.startsWith(s)));
      });
      if (narrowed.length) people = narrowed;
    }
    if (people.length === 1) return people[0]!.name;
    if (people.length === 0) {
      // Nobody has the role: the one person the article describes with the phrase's own words
      // ("the former … candidate" ← "former US Secretary of State Hillary Clinton").
      const mods = phrase.modifiers.map((m) => m.toLowerCase()).filter((m) => m.length >= 4);
      // (speak41) A name among the modifiers is what the role is of, not who holds it: "the former Manchester United
      // striker" is not Manchester United.
      const described = this.allPersons().filter((p) => mods.some((m) => this.wordsNear(p).has(m)) && !mods.includes(p.key));
      if (described.length === 1) return described[0]!.name;
      // (speak47) An officer nobody was named as ("“…,” the officer wrote in the affidavit", after "Mow told police …")
      // is someone the text does not name, not the person it was just about (the suspect, the victim).
      // (speak68) So is a spokesman nobody was named as ("“…,” the spokesman said" after "A spokesman for the special counsel,
      // Robert S. Mueller III, challenged …"): one who speaks for another, not the other. (given78) So is an aide, an official, an
      // adviser or a source (`SPOKEN_FOR`). (Not a lawyer, whom the text names with the role after the name: "M. Gerald
      // Schwartzbach, …. “…,” the lawyer said".)
      if (phrase.role === 'officer' || /^spokes/.test(phrase.role) || SPOKEN_FOR.has(phrase.role)) return null;
      // Else a definite description takes up the person the text was just about ("Simmons teased the
      // tour … the singer and guitarist told the audience"): the last person named in the three
      // sentences before it, of the gender the role word has (known first), if any.
      const sent = this.toks[this.tokenAt(phrase.at)]?.sent ?? 0;
      const g = MALE_NOUNS.has(phrase.role) ? 'm' : FEMALE_NOUNS.has(phrase.role) ? 'f' : null;
      // Someone the text names with another office ("FBI Director James Comey") is not taken up by "the former secretary
      // of state" while someone named with none is there.
      const near = this.mentions.filter((m) => m.start < phrase.at && sent - m.sent <= 3);
      const roleless = near.filter((m) => !this.officeHolders.has(m.person));
      const recent = roleless.length ? roleless : near;
      const gendered = g ? recent.filter((m) => m.person.gender === g) : [];
      const pool = gendered.length ? gendered : recent.filter((m) => !g || m.person.gender === null);
      const fit = pool[pool.length - 1];
      if (!fit) return null;
      // In that sentence, its subject ("Hillary Clinton spoke out … in Tulsa, Oklahoma, arguing …": not the place named last).
      const subject = this.subjectsFirst(pool.filter((m) => m.sent === fit.sent)).find((m) => !this.isPossessive(m) && !this.isEntityLike(m.person));
      return (subject ?? fit).person.name;
    }
    // Several: the one mentioned last before the phrase.
    const last = this.mentions.filter((m) => m.start < phrase.at && people.includes(m.person)).pop();
    return last?.person.name ?? null;
  }

  /**
   * Words describing a person where the article names them: the titles in the name's run and the few
   * words just before it, back to punctuation or another name ("the former US Secretary of State").
   */
  private wordsNear(p: Person): Set<string> {
    const out = new Set<string>();
    const seen: Mention[] = [];
    for (const r of this.runs) {
      const who = this.keyOf(r) === p.key ? this.personOf(r, seen) : null;
      if (who) seen.push({ person: who, start: this.toks[r.n0]!.start, end: this.toks[r.k1 - 1]!.end, k: r.n0, sent: this.toks[r.n0]!.sent });
      if (who !== p) continue;
      for (let j = r.k0; j < r.n0; j++) out.add(this.toks[j]!.lo);
      for (let j = r.k0 - 1; j >= Math.max(0, r.k0 - 5); j--) {
        const t = this.toks[j]!;
        if (!t.word || t.sent !== this.toks[r.n0]!.sent || this.runAt.has(j)) break;
        out.add(t.lo);
      }
    }
    return out;
  }

  /**
   * Nearest preceding person of a compatible gender: current sentence, then earlier ones, subjects
   * first, a person known to have that gender before one whose gender is unknown in the same sentence.
   * A sentence whose subject is the same pronoun ("He was arrested … of Omar. During the call, he
   * asked …") hands the question on to that pronoun.
   */
  antecedent(at: number, gender: 'm' | 'f', depth = 0): Person | null {
    const before = this.mentions.filter((m) => m.start < at && !this.titleOnly.has(m.person.key) && !this.inReportedWords(m, at));
    if (!before.length) return null;
    const pronouns = gender === 'm' ? ['he'] : ['she'];
    const atSent = this.toks[Math.min(this.tokenAt(at), this.toks.length - 1)]?.sent ?? 0;
    const inSubject = new Set<number>();
    const unnamed = this.unnamedSpeakerSentences(at, gender, inSubject);
    const sentences = [...new Set([...before.map((m) => m.sent), ...this.subjectPronounSentences(at, pronouns), ...unnamed])].sort((a, b) => b - a).slice(0, 8);
    /** (speak48) A possessive inside a sentence's object, its only person of that gender, held while the sentence just before is read. */
    let held: Person | null = null;
    const goesOn = depth === 0 && /^(?:added|adds|continued|continues)$/.test(this.toks[this.tokenAt(at) + 1]?.lo ?? '');
    let heldAt = -1;
    for (const s of sentences) {
      // Subjects before names in a prepositional phrase or a possessive ("As he held out … with Mr.
      // Kim, Mr. Trump repeated …": Mr. Trump).
      const ms = this.subjectsFirst(before.filter((x) => x.sent === s));
      // (speak48) "Benitez hailed Gerrard for his strike. The Reds scored three goals, a comeback capped by Gerrard's drive. He
      // added: “…”": the one a reader takes is the last person who is a sentence's subject (Benitez), not a possessive in an object.
      // (Its subject: a person of that gender or of none known, "Benitez" with no given name the text genders, who opens the
      // sentence or speaks in it; not an object: "… brought interventionists like John Bolton and Mike Pompeo aboard".)
      if (held) return s !== heldAt - 1 ? held : ms.find((m) => m.person.gender !== (gender === 'm' ? 'f' : 'm') && !this.isPossessive(m) && !this.isEntityLike(m.person) && ((this.runAt.get(m.k)?.k0 ?? m.k) === this.firstWordOf(s) || this.speechSubjects.has(m.k)))?.person ?? held;
      // A subject pronoun opening an earlier sentence, before any name in it, continues its referent;
      // not one in a fronted clause ("As he …, Mr. Trump …"), which points forward to the subject.
      // The quote's own sentence too, when such a pronoun opens it ("He described North Korea …, when
      // he called it …, “…”": not the country named between).
      if (depth < 6) {
        const first = this.toks.findIndex((t) => t.sent === s && t.word && !this.isExcluded(t.start));
        const proK = first >= 0 ? this.toks.slice(first, first + 12).findIndex((t) => t.sent === s && pronouns.includes(t.lo) && !this.isExcluded(t.start)) : -1;
        const pro = proK >= 0 && (s !== atSent || (proK === 0 && this.toks[first]!.start < at)) ? this.toks[first + proK] : undefined;
        const fronted = proK >= 0 && SUBORDINATORS.has(this.toks[first + proK - 1]?.lo ?? '');
        // (speak43) "He asked not to be identified. ¶ “…,” he said": a pronoun whose sentence says the text does not name its
        // referent is nobody named.
        if (pro && !fronted && (!ms.length || Math.min(...ms.map((m) => m.start)) > pro.start)) return this.unnamedByRequest(pro.end) ? null : this.antecedent(pro.start, gender, depth + 1);
      }
      // "WIRED spoke to one mother, who … “…,” she said": an unnamed person of that gender named by a
      // noun after the sentence's names is the one meant; nobody the article names.
      if (this.unnamedBetween(ms.length ? Math.max(...ms.map((m) => m.end)) : this.sentenceStartOffset(s), at, gender)) return null;
      // (speak36) A sentence whose speaker is a person the text does not name ("…, a hospital official said. He spoke on condition of
      // anonymity", "A spokesman for the German Olympic Sports Federation said Germany …"): the pronoun is that person's, nobody named.
      if (unnamed.includes(s) && !ms.some((m) => this.speechSubjects.has(m.k) && !inSubject.has(m.k))) return null;
      // The speaker of a sentence before all others in it ("Sen. Rubio, Gov. Bush … would have stayed in
      // the deal, said Rick Tyler, a consultant. “…,” he said" → Tyler); then a known gender before an
      // unknown one. A possessive opening the sentence is its topic ("Taylor Swift's first albums were
      // released through Big Machine …. … she described"); one later in it comes after the sentence's
      // other people ("Britain's foreign secretary, Boris Johnson, used Mr. Trump's tweet style: ¶ “…,”
      // he wrote" → Johnson).
      // (speak48) The subject of a finite verb of saying before one of a participle only: "It was no good Mr Blair claiming …,
      // argued Mr Howard. … he added:" → Howard.
      const said = s === atSent ? [] : ms.filter((m) => this.speechSubjects.has(m.k) && !this.isPossessive(m)).sort((x, y) => +this.finiteSpeakers.has(y.k) - +this.finiteSpeakers.has(x.k));
      const order = [...said, ...ms.filter((m) => !said.includes(m))];
      const known = order.find((m) => m.person.gender === gender && !this.isPossessive(m) && !this.isOblique(m));
      // (speak73) Before a later person of known gender, the sentence's subject named in full whose gender the text does not tell
      // ("Melber reminded Findling of his role. ¶ “…,” he said" → Melber): its name opens the sentence, a verb or a comma after it.
      const opener = s === atSent || (known && said.includes(known)) ? undefined : order.find((m) => {
        const r = this.runAt.get(m.k);
        const next = this.toks[r?.k1 ?? m.k + 1];
        return m.person.gender === null && m.person.first !== null && !People.firstNameGender.has(m.person.first) && !this.isPossessive(m) && !this.isEntityLike(m.person) && (r?.k0 ?? m.k) === this.firstWordOf(s) && !!next && (next.raw === ',' || (next.word && !next.cap));
      });
      if (opener) return opener.person;
      if (known) return known.person;
      const opening = this.firstWordOf(s);
      const topic = order.find((m) => m.person.gender === gender && this.isPossessive(m) && (this.runAt.get(m.k)?.k0 ?? m.k) === opening);
      if (topic) return topic.person;
      const knownOblique = order.find((m) => m.person.gender === gender && !this.isPossessive(m));
      if (knownOblique) return knownOblique.person;
      // A possessive of unknown gender is not taken ("Her heartbreak over Mike Ford's death …. “…,” she said").
      const unknown = order.find((m) => m.person.gender === null && !this.isPossessive(m) && !this.isEntityLike(m.person));
      if (unknown) return unknown.person;
      const possessor = order.find((m) => m.person.gender === gender);
      // (Only for a speaker who goes on, "he added", "he continued", and a possessive inside a prepositional phrase, "capped by
      // Gerrard's drive"; not the subject's, "Curry's edge dulled"; and not for "he said", whose referent the text may have
      // made its topic that way: "a chronicle of Mr. Putin's foreign policy thinking. In 2008, he complained …".)
      if (possessor && (s === atSent || !this.isOblique(possessor) || !goesOn)) return possessor.person;
      if (possessor) [held, heldAt] = [possessor.person, s];
    }
    return held;
  }

  /**
   * (speak39, speak40) A person named inside the words a sentence reports is not a he/she's antecedent: the one who speaks is.
   * Two places: after a verb of saying whose subject is a person ("The Scuderia's president explained that Kimi Raikkonen
   * …", "Harper, who said Mulroney …"; but "The Times reports that Mary Cheney …", whose reporter is no "she", keeps her);
   * and, in the pronoun's own sentence, before its "…, he said" when the quotation runs on from the name's own words ("Mr
   * ElBaradei should “…,” he said"; "Hamas, he vowed, “…”"; but not past a colon: "The words of Matthew Corwin seem apt:
   * “…,” he wrote").
   */
  private inReportedWords(m: Mention, at: number): boolean {
    const toks = this.toks;
    if (this.speechSubjects.has(m.k)) return false;
    const k0 = this.runAt.get(m.k)?.k0 ?? m.k;
    // (Not in a fronted clause: "When the moderator pointed out that Trump hadn't answered, the candidate said …".)
    // (speak54) The name before an apposition counts only for a pronoun in a later sentence: in "Marie Yovanovitch, the ousted
    // ambassador, testified … by Mr. Trump after he had told …" the he is inside the same report, and Trump is its antecedent.
    const p = this.tokenAt(at);
    const later = (toks[p]?.sent ?? m.sent) > m.sent;
    if (!SUBORDINATORS.has(toks[this.firstWordOf(m.sent)]?.lo ?? '')) for (let j = k0 - 1; j > 0 && toks[j]!.sent === m.sent; j--) if (isSpeechVerb(toks, j) && !this.isQuoted(toks[j]!.start) && this.personBefore(j, later)) return true;
    let v = p + 1;
    while (ADVERBS.has(toks[v]?.lo ?? '')) v++;
    return toks[p]?.sent === m.sent && k0 < p && /^[,”"’]$/.test(toks[p - 1]?.raw ?? '') && isSpeechVerb(toks, v) > 0 && !toks.slice(k0, p).some((t) => t.raw === ':');
  }

  /** The subject right before the verb at token j is a person: a person word, "who", "he", "she", or a person's name. */
  private personBefore(j: number, appositive = false): boolean {
    const toks = this.toks;
    let b = j - 1;
    while (b >= 0 && (SUBJECT_ADVERBS.has(toks[b]!.lo) || AUXILIARIES.has(toks[b]!.lo) || isLyAdverb(toks[b]!))) b--;
    let t = toks[b];
    // (speak54) … or a name before an apposition between commas: "Gingrich, a Trump supporter, criticized … and suggested Barack
    // Obama could have done more" (Obama is in Gingrich's reported words, no antecedent of a he after it). (speak55) Not a relative
    // clause: "the members of Korn, who are known for …, said" has no apposition.
    if (appositive && t?.raw === ',' && t.sent === toks[j]!.sent) {
      for (let c = b - 1; c >= Math.max(0, b - 10) && toks[c]!.sent === t.sent && toks[c]!.raw !== '.'; c--) {
        if (toks[c]!.raw !== ',') continue;
        const n = toks[c - 1];
        if (n?.word && !RELATIVE.has(toks[c + 1]?.lo ?? '') && this.mentions.some((x) => x.end === n.end && !this.isEntityLike(x.person))) t = n;
        break;
      }
    }
    if (!t?.word || t.sent !== toks[j]!.sent) return false;
    if (UNNAMED_NOUNS.has(t.lo) || /^(?:who|he|she)$/.test(t.lo)) return true;
    return this.mentions.some((x) => x.end === t.end && !this.isEntityLike(x.person));
  }

  /**
   * "they" as a speaker: the first of people named together as a subject in its sentence or the two
   * before ("Australia's Prime Minister Malcolm Turnbull and the country's Trade Minister Steven Ciobo
   * welcomed …. “…,” they said"; "Goodlatte, Gowdy and Nunes noted"): names joined by commas and
   * "and", with no sentence break, quote or verb of saying between them. Null when there is none
   * (a plural "they" is most often not a list of named people).
   */
  private coordinatedBefore(at: number, reach = 2, list = false): Person | null {
    const sent = this.toks[Math.min(this.tokenAt(at), this.toks.length - 1)]?.sent ?? 0;
    for (let s = sent; s >= Math.max(0, sent - reach); s--) {
      const ms = this.mentions.filter((m) => m.sent === s && m.start < at);
      for (let i = 0; i + 1 < ms.length; i++) {
        let j = i;
        let joined = false;
        while (j + 1 < ms.length) {
          // Party-state tags and the dots of titles are not sentence ends ("Sen. Jane Roe, D-Vt., and Sen. …").
          const between = this.text.slice(ms[j]!.end, ms[j + 1]!.start).replace(/\b[RDI]-[\p{Lu}][\p{L}.]*/gu, '').replace(/\b(\p{L}{1,4})\./gu, '$1');
          // (speak78) A list parted by semicolons is one list when only titles stand between its names ("Chairman Bob Goodlatte,
          // R-Va.; House Oversight Committee Chairman Trey Gowdy, R-S.C.; and …").
          const titles = /^[\s,;]*(?:and\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*$/u.test(between);
          if (between.length > 80 || /[.!?"“”]/.test(between) || ((list || between.includes(';')) && !titles) || !/[,;]|\band\b/.test(between)) break;
          if ([...between.matchAll(/[\p{L}]+/gu)].some((w) => SPEECH_VERBS.has(w[0].toLowerCase()))) break;
          if (/\band\b/.test(between)) joined = true;
          j++;
        }
        if (joined && ms[i]!.person !== ms[j]!.person) return ms[i]!.person;
      }
    }
    return null;
  }

  /**
   * People named together (two or more, in one sentence among the six before `at`) who all carry the
   * singular of the plural role `plural` ("chairmen" → chairman); the first of them, nearest sentence first.
   */
  private groupWithRole(plural: string, at: number): Person | null {
    const singular = plural.replace(/men$/, 'man').replace(/s$/, '');
    if (singular === plural || !isRole(singular)) return null;
    const sent = this.toks[Math.min(this.tokenAt(at), this.toks.length - 1)]?.sent ?? 0;
    for (let s = sent; s >= Math.max(0, sent - 6); s--) {
      const people = [...new Set(this.mentions.filter((m) => m.sent === s && m.start < at).map((m) => m.person))];
      const withRole = people.filter((p) => p.roles.has(singular));
      if (withRole.length >= 2) return withRole[0]!;
    }
    // (speak78) Else the first of people the text names together as a list (only commas, "and" and titles between them) in those
    // sentences, if the text gives that person no other role: "“…,” the authors write" after "a report by Ed O'Keefe and Matea
    // Gold" (not "the chairmen" after two senators).
    const first = this.coordinatedBefore(at, 6, true);
    return first && [...first.roles].every((r) => r === singular) ? first : null;
  }

  private isPossessive(m: Mention): boolean {
    const run = this.runAt.get(m.k);
    const last = run ? run.k1 - 1 : m.k;
    const next = this.toks[last + 1];
    return /['’]s$/.test(this.toks[last]!.raw) || (next !== undefined && /^['’]$/.test(next.raw) && next.start === this.toks[last]!.end);
  }

  /** (speak82) A name right after "according to" (its title or role words before it): the source its sentence is given to. */
  private isAccordingTo(m: Mention): boolean {
    const k0 = this.runAt.get(m.k)?.k0 ?? m.k;
    return this.toks[k0 - 1]?.lo === 'to' && this.toks[k0 - 2]?.lo === 'according' && this.toks[k0 - 2]!.sent === m.sent;
  }

  /** A mention that is the object of a preposition ("released through Big Machine"). */
  private isOblique(m: Mention): boolean {
    const run = this.runAt.get(m.k);
    const before = this.toks[(run?.k0 ?? m.k) - 1];
    return before !== undefined && before.sent === m.sent && PREPOSITIONS.has(before.lo);
  }

  /**
   * Mentions in text order, those that are not the object of a preposition first. In a sentence that
   * opens with a fronted phrase ("After days of reports about his lawyer, Michael D. Cohen, and …, Mr.
   * Trump appeared to …"), the main clause's subject first: a name after a comma and before a word in
   * lower case.
   */
  private subjectsFirst(ms: Mention[]): Mention[] {
    const ordered = [...ms.filter((m) => !this.isOblique(m)), ...ms.filter((m) => this.isOblique(m))];
    const opening = ms.length ? this.toks[this.firstWordOf(ms[0]!.sent)] : undefined;
    if (!opening || !(PREPOSITIONS.has(opening.lo) || SUBORDINATORS.has(opening.lo))) return ordered;
    const main = ordered.find((m) => {
      const run = this.runAt.get(m.k);
      if (!run || this.isPossessive(m)) return false;
      const after = this.toks[run.k1];
      return this.toks[run.k0 - 1]?.raw === ',' && after !== undefined && after.word && !after.cap && after.sent === m.sent;
    });
    return main ? [main, ...ordered.filter((m) => m !== main)] : ordered;
  }

  /** A noun for an unnamed person of `gender` ("one mother", "a man") in [from, to), outside quotes. */
  private unnamedBetween(from: number, to: number, gender: 'm' | 'f'): boolean {
    const nouns = gender === 'm' ? MALE_NOUNS : FEMALE_NOUNS;
    for (let k = this.tokenAt(from); k < this.toks.length && this.toks[k]!.start < to; k++) {
      const t = this.toks[k]!;
      if (!t.word || t.cap || !nouns.has(t.lo) || this.isExcluded(t.start)) continue;
      // Indefinite only: "the actress" takes up someone already named.
      if (!['a', 'an', 'one', 'another'].includes(this.toks[k - 1]?.lo ?? '') || this.toks[k + 1]?.cap) continue;
      // Not an apposition of a name ("Mary Steenburgen, the actress, said").
      if (this.mentions.some((m) => m.end <= t.start && this.tokenAt(m.end) >= k - 4)) continue;
      return true;
    }
    return false;
  }

  /**
   * (speak36) Sentences before `at` whose verb of saying has a person the text does not name as its subject, of a gender the
   * pronoun allows: an indefinite noun phrase of a role or person noun ("a hospital official said", "A spokesman for the
   * German Olympic Sports Federation said", "said a senior U.S. official."), not one a name follows in apposition.
   */
  private unnamedSpeakerSentences(at: number, gender: 'm' | 'f', inSubject?: Set<number>): number[] {
    const out: number[] = [];
    const toks = this.toks;
    const other = gender === 'm' ? FEMALE_NOUNS : MALE_NOUNS;
    const end = this.tokenAt(at);
    for (let k = Math.max(0, end - 400); k < end && k < toks.length; k++) {
      const t = toks[k]!;
      if (!INDEFINITES.has(t.lo) || this.isExcluded(t.start) || out.includes(t.sent)) continue;
      let n = k + 1;
      while (n < Math.min(k + 6, toks.length) && toks[n]!.word && toks[n]!.sent === t.sent && !UNNAMED_NOUNS.has(toks[n]!.lo)) n++;
      // (speak41) Any noun of a person (an agent noun: "retailer", "shopper", "student") the text gives no name, when a verb of
      // saying follows it straight away ("One retailer told ICv2 …"); not a document, a claim or a publication.
      if (!UNNAMED_NOUNS.has(toks[n]?.lo ?? '')) {
        n = k + 1;
        while (n < Math.min(k + 4, toks.length) && toks[n]!.word && !toks[n]!.cap && !isSpeechVerb(toks, this.pastRelativeClause(n))) n++;
        const w = toks[n];
        if (!w?.word || w.cap || !/(?:er|or|ist|ant|ian|ee|[^m]ent)$/.test(w.lo) || DOCUMENT_NOUNS.has(w.lo) || PUBLICATION_NOUNS.has(w.lo) || PARTICIPLES.has(toks[n + 1]?.lo ?? '') || !isSpeechVerb(toks, this.pastRelativeClause(n))) continue;
      } else if (other.has(toks[n]!.lo)) continue;
      const noun = toks[n];
      if (!noun || noun.sent !== t.sent || noun.start >= at) continue;
      // "said a hospital official." / "…, said a spokesman for the company.": a verb of saying before it, no name after it.
      // (speak42) "A next-door neighbor, who asked to remain anonymous, said …": past a relative clause between commas.
      let v = this.pastRelativeClause(n);
      if (COMPLEMENT_PREPOSITIONS.has(toks[v]?.lo ?? '') || toks[v]?.lo === 'at') while (v < Math.min(n + 9, toks.length) && toks[v]!.word && toks[v]!.sent === t.sent && !isSpeechVerb(toks, v)) v++;
      const after = toks[v];
      const speechAfter = after !== undefined && after.sent === t.sent && isSpeechVerb(toks, v) > 0;
      const speechBefore = k > 0 && toks[k - 1]!.sent === t.sent && isSpeechVerb(toks, k - 1) > 0 && (!after || after.sent !== t.sent || after.raw === '.' || (after.raw === ',' && !this.runAt.has(v + 1)));
      if (speechAfter || speechBefore) out.push(t.sent);
      // (speak41) A name in the unnamed subject's complement ("A lawyer for Mr Khelaifi denied …") is not the one who speaks.
      if (speechAfter) for (let j = n + 1; j < v; j++) inSubject?.add(j);
    }
    return out;
  }

  /**
   * (speak43) The words right after `at` (at most eight, in its sentence) say that the person is not named: "asked not to be
   * identified", "declined to be named", "spoke on condition of anonymity", "did not want to give his name".
   */
  private unnamedByRequest(at: number): boolean {
    const k = this.tokenAt(at);
    const s = this.toks[k]?.sent;
    let e = k;
    while (e < Math.min(k + 10, this.toks.length) && this.toks[e]!.sent === s) e++;
    const words = this.text.slice(at, this.toks[e - 1]?.end ?? at);
    return /^\s*(?:\w+\s+){0,4}?(?:not (?:to )?be (?:identified|named)|to be (?:identified|named)|(?:of |for )?anonymity|to remain anonymous|to give (?:his|her) (?:full |last )?name)\b/i.test(words);
  }

  /**
   * (speak42) The token after noun `n`, past a relative clause set off by commas ("A neighbor, who asked not to be named, said
   * …": the verb's subject is still the noun); `n + 1` when none follows it. At most 20 tokens, in the noun's sentence.
   */
  private pastRelativeClause(n: number): number {
    const toks = this.toks;
    if (toks[n + 1]?.raw !== ',' || !/^(?:who|whose|whom)$/.test(toks[n + 2]?.lo ?? '')) return n + 1;
    for (let j = n + 3; j < Math.min(n + 23, toks.length) && toks[j]!.sent === toks[n]!.sent; j++) if (toks[j]!.raw === ',') return j + 1;
    return n + 1;
  }

  private firstWords: number[] | null = null;
  /** Index of the first word token of sentence `s` (-1 when it has none). */
  private firstWordOf(s: number): number {
    if (!this.firstWords) {
      const fw: number[] = [];
      this.toks.forEach((t, k) => {
        if (t.word && fw[t.sent] === undefined) fw[t.sent] = k;
      });
      this.firstWords = fw;
    }
    return this.firstWords[s] ?? -1;
  }

  private sentenceStartOffset(s: number): number {
    return this.toks.find((t) => t.sent === s)?.start ?? 0;
  }

  /** Sentences before offset `at` that hold one of `pronouns` outside quotes (the last few only). */
  private subjectPronounSentences(at: number, pronouns: string[]): number[] {
    const out = new Set<number>();
    for (let k = this.tokenAt(at) - 1; k >= 0 && out.size < 8; k--) {
      const t = this.toks[k]!;
      if (pronouns.includes(t.lo) && !this.isExcluded(t.start)) out.add(t.sent);
    }
    return [...out];
  }

  // -------------------------------------------------------------------------------------------
  // Speaker phrases around a quote.

  /** Index of the first token starting at or after `at`. */
  tokenAt(at: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A speaker phrase starting at token k: pronoun, "the … president", or a name. */
  readForward(k: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
    const t = this.toks[k];
    if (!t || k >= limit || !t.word) return null;
    if (['he', 'she', 'they', 'i', 'we'].includes(t.lo)) return { phrase: { kind: 'pronoun', word: t.lo, at: t.start }, end: k + 1 };
    if (t.lo === 'the') {
      for (let j = k + 1; j < Math.min(limit, k + 8); j++) {
        const u = this.toks[j]!;
        // "the “Pose” actor": a quoted title among the modifiers.
        if (!u.word && /^[“”"‘’]$/.test(u.raw)) continue;
        if (!u.word) break;
        // (speak57b) "said the 34-year-old American": a noun for one of a nation's people, closing the phrase.
        if (u.cap && nationOf(u.lo, true) >= 0 && (!this.toks[j + 1]?.word || isSpeechVerb(this.toks, j + 1)) && this.toks.slice(k + 1, j).every((x) => x.word && !x.cap)) return { phrase: { kind: 'role', role: u.lo, modifiers: this.toks.slice(k + 1, j).map((x) => x.raw), at: t.start }, end: j + 1 };
        // "shrugs the smooth-talking Belfort,": a name after the article's adjectives, ending the phrase.
        const named = u.cap && j > k + 1 && this.toks.slice(k + 1, j).every((x) => x.word && !x.cap && !PREPOSITIONS.has(x.lo)) && this.runAt.get(j);
        if (named && named.k0 === j && !/['’]/.test(this.toks[named.k1 - 1]!.raw + (this.toks[named.k1]?.raw ?? '')) && (!this.toks[named.k1]?.word || isSpeechVerb(this.toks, named.k1))) return { phrase: { kind: 'name', name: this.nameOf(named), at: u.start }, end: named.k1 };
        // "the chairmen said", "the officials said": a group, nobody named (resolves to no one).
        const singular = u.lo.replace(/men$/, 'man').replace(/s$/, '');
        if (singular !== u.lo && isRole(singular) && !isRole(u.lo)) return { phrase: { kind: 'role', role: u.lo, modifiers: [], at: t.start }, end: j + 1 };
        if (isRole(u.lo)) {
          // "“21 Grams,” confirmed the director's artistic prowess": a possessive holds a noun, it is no speaker.
          // ("read the Sonoma sheriff's post": the post's author speaks.)
          if (/['’]s?$/.test(u.raw) && !DOCUMENT_NOUNS.has(this.toks[j + 1]?.lo ?? '')) return null;
          const run = this.runAt.get(j + 1);
          if (run && j + 1 < limit) return { phrase: { kind: 'name', name: this.nameOf(run), at: t.start }, end: run.k1 };
          const modifiers = this.toks.slice(k + 1, j).map((x) => x.raw);
          return { phrase: { kind: 'role', role: u.lo, modifiers, at: t.start }, end: j + 1 };
        }
      }
      return null;
    }
    // "“…,” a defiant Biden said": a person the article names, after an indefinite article and adjectives (as "the
    // smooth-talking Belfort" above; "a New Hampshire Republican said", "a former Trump adviser said" name nobody).
    if (t.lo === 'a' || t.lo === 'an') {
      let j = k + 1;
      while (j < Math.min(limit, k + 4) && this.toks[j]!.word && !this.toks[j]!.cap && !PREPOSITIONS.has(this.toks[j]!.lo) && !isRole(this.toks[j]!.lo)) j++;
      const named = j > k + 1 && this.toks[j]?.cap ? this.runAt.get(j) : undefined;
      if (named && named.k0 === j && named.k1 <= limit && !this.notPerson(named) && isSpeechVerb(this.toks, named.k1)) return { phrase: { kind: 'name', name: this.nameOf(named), at: this.toks[j]!.start }, end: named.k1 };
    }
    // (speak59) "said his wife, Sheraine Lathon,", "said her attorney Jo Weber": a possessive pronoun's role, then the full
    // name that closes the clause (as "said Hamon's aunt, Regina McDaniel"); a bare role ("said his wife") names nobody.
    const owned = ['his', 'her', 'their'].includes(t.lo) ? this.possessedName(k + 1, limit) : null;
    if (owned) return owned;
    // "former Vice President Dick Cheney", "the late Sen. John McCain"
    if (TITLE_MODIFIERS.has(t.lo) && this.toks[k + 1]?.cap) return this.readForward(k + 1, limit);
    // "said 18-year-old Karina Gomez"
    if (/^\d+-year-old$/.test(t.lo) && this.toks[k + 1]?.cap) return this.readForward(k + 1, limit);
    if (t.cap) {
      const run = this.runAt.get(k) ?? this.runAt.get(this.runs.find((r) => r.k0 === k)?.n0 ?? -1);
      // "Palestinian chief negotiator Saeb Erekat": the run describes the name after the role.
      if (run && run.k1 <= limit && this.notPerson(run) && !this.toks[run.k1]?.cap) return this.readForward(run.k1, limit);
      // speak19: "said Meridian principal investigator Helen Nair", "said Acme plant manager Jo Weber": a one-word name, then
      // lower-case words, then a full name that ends the clause — the first name is what the role of the second is of.
      // (speak20: a name of any length before the role: "said Lake City police Sgt. Ana Ruiz".)
      const named = run ? this.roleRunAfter(run.k1, limit) : null;
      if (named) return { phrase: { kind: 'name', name: this.nameOf(named), at: this.toks[named.k0]!.start }, end: named.k1 };
      // (speak43) "said Kitsap Sheriff’s Office Lt. Earl Smith", "said Clinton’s top foreign policy aide Jake Sullivan", "said
      // Apple's spokeswoman": a possessive holds what follows it and does not speak; the speaker is the phrase it holds
      // (nobody named when that is a bare role).
      if (run && run.k1 < limit && /['’]s$/.test(this.toks[run.k1 - 1]!.raw) && this.toks[run.k1]?.word && this.toks[run.k1]!.sent === t.sent) return this.toks[run.k1]!.cap ? this.readForward(run.k1, limit) : this.possessedName(run.k1, limit);
      if (run && run.k1 <= limit) return { phrase: { kind: 'name', name: this.nameOf(run), at: t.start }, end: run.k2 > run.k1 && run.k2 <= limit ? run.k2 : run.k1 };
    }
    // "museum director Anne Keller", "council member Luis Ortega", "chief negotiator Saeb Erekat"
    for (let j = k; j < Math.min(limit - 1, k + 4); j++) {
      const u = this.toks[j]!;
      if (!u.word || u.cap) break;
      if (ROLE_WORDS.has(u.lo) || TITLE_NOUNS.has(u.lo)) {
        const run = this.runAt.get(j + 1);
        if (run && run.k1 <= limit) return { phrase: { kind: 'name', name: this.nameOf(run), at: this.toks[j + 1]!.start }, end: run.k1 };
        if (this.toks[j + 1]?.cap) break;
      }
    }
    // (speak20) "said neighbor Owen Pratt.", "said police Sgt. Ana Ruiz.", "said family friend Jo Weber,": lower-case words that
    // describe a full name closing the clause (speak19's role run, with no one-word name before it).
    const described = this.roleRunAfter(k, limit) ?? this.roleRunAfter(['his', 'her', 'their'].includes(t.lo) ? k + 1 : k, limit, true);
    if (described) return { phrase: { kind: 'name', name: this.nameOf(described), at: this.toks[described.k0]!.start }, end: described.k1 };
    return null;
  }

  /** (speak43) The full name that closes a possessed phrase from token j ("top foreign policy aide Jake Sullivan"): up to six words. */
  private possessedName(j: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
    const named = this.possessedRun(j, limit);
    return named ? { phrase: { kind: 'name', name: this.nameOf(named), at: this.toks[named.k0]!.start }, end: named.k1 } : null;
  }

  /** possessedName's run: up to four lower-case words from token j, then a full name closing the clause (or after a comma). */
  private possessedRun(j: number, limit: number): Run | null {
    for (let d = 0; d < 4 && this.toks[j + d]?.word && !this.toks[j + d]!.cap; d++) {
      const u = this.toks[j + d]!;
      if (d > 0 && (PREPOSITIONS.has(u.lo) || DETERMINERS.has(u.lo) || COORDINATORS.has(u.lo) || AUXILIARIES.has(u.lo) || isSpeechVerb(this.toks, j + d))) return null;
      const named = this.roleRunAfter(j + d, limit);
      if (named) return named;
      // (speak44) … or in apposition after a comma: "said Hamon's aunt, Regina McDaniel".
      const apposed = this.toks[j + d + 1]?.raw === ',' ? this.closingName(j + d + 2, limit) : null;
      if (apposed) return apposed;
    }
    return null;
  }

  /**
   * The full name of a person starting at token k and closing its clause (nothing but punctuation after it), or null. (speak74)
   * `loose`: also followed by where the person is from ("Xing Xu of the Chinese Academy of Sciences"), or the bare surname of a person
   * the article names in full ("eighth seed Agassi").
   */
  private closingName(k: number, limit: number, loose = false): Run | null {
    const q = this.runAt.get(k) ?? this.runs.find((r) => r.k0 === k);
    if (!q || q.k0 !== k || q.k1 > limit || this.notPerson(q)) return null;
    const next = this.toks[q.k1];
    if (q.k1 - q.n0 < 2 && (!loose || !/ /.test(this.canonical(this.nameOf(q), this.toks[k]!.start)) || !this.isPerson(this.nameOf(q)))) return null;
    return !next || (!next.word && next.raw !== "'" && next.raw !== '’') || (loose && /^(?:of|from)$/.test(next.lo) && (this.toks[q.k1 + 1]?.cap || (this.toks[q.k1 + 1]?.lo === 'the' && this.toks[q.k1 + 2]?.cap))) ? q : null;
  }

  /**
   * The full name after one to three lower-case words from token j ("principal investigator Helen Nair,"), when those
   * words are no function word, adverb or verb of saying, the name has two words or more, and the clause ends right after it.
   */
  private roleRunAfter(j: number, limit: number, loose = false): Run | null {
    // (speak74) `loose` (closingName's): not the object of a participle ("…,” the host said, defending close pal Aniston).
    if (loose && /ing$/.test(this.toks[['his', 'her', 'their'].includes(this.toks[j - 1]?.lo ?? '') ? j - 2 : j - 1]?.lo ?? '')) return null;
    let k = j;
    while (k < j + 3 && this.toks[k]?.word && !this.toks[k]!.cap) {
      const u = this.toks[k]!;
      // (Not a verb form or a subordinator: "said Warren after meeting Jo Weber".)
      // (speak20) Nor a word of number: "said one New Hampshire Democrat" is an unnamed person, not "New Hampshire Democrat".
      if (INDEFINITE.test(u.lo)) return null;
      if (PREPOSITIONS.has(u.lo) || DETERMINERS.has(u.lo) || COORDINATORS.has(u.lo) || AUXILIARIES.has(u.lo) || RELATIVE.has(u.lo) || ADVERBS.has(u.lo) || SUBORDINATORS.has(u.lo) || isLyAdverb(u) || /(?:ing|ed)$/.test(u.lo) || isSpeechVerb(this.toks, k)) return null;
      k++;
    }
    // (speak20) A titled name is held from its name proper: "said police Sgt. Ana Ruiz" starts its run at the title.
    return k > j ? this.closingName(k, limit, loose) : null;
  }

  /** A speaker phrase ending at token k (inclusive). */
  readBackward(k: number, floor: number): SpeakerPhrase | null {
    // (speak20) "Curtis Hale Jr. said “…”": the name before its suffix's dot.
    const suffixed = this.toks[k]?.raw === '.' ? this.runs.find((r) => r.k2 === k + 1 && r.k2 > r.k1) : undefined;
    if (suffixed) return this.readBackward(suffixed.k1 - 1, floor);
    const t = this.toks[k];
    if (!t || k < floor || !t.word) return null;
    if (['he', 'she', 'they', 'i', 'we'].includes(t.lo)) return { kind: 'pronoun', word: t.lo, at: t.start };
    // (speak57b) "the Greek said", "the 34-year-old American said": a noun for one of a nation's people after "the".
    // (Before its verb: not "quoted the Iranian radio transmission as saying".)
    const after = this.toks[k + 1];
    if (t.cap && nationOf(t.lo, true) >= 0 && (!after?.word || isSpeechVerb(this.toks, k + 1) || AUXILIARIES.has(after.lo) || /^[a-z]+ed$/.test(after.raw))) {
      for (let j = k - 1; j >= Math.max(floor, k - 4); j--) {
        const u = this.toks[j]!;
        if (u.lo === 'the') return { kind: 'role', role: t.lo, modifiers: this.toks.slice(j + 1, k).map((x) => x.raw), at: u.start };
        if (!u.word || u.cap) break;
      }
    }
    const placeOf = this.personBeforePlace(k);
    if (placeOf !== k) return this.readBackward(placeOf, floor);
    const run = this.runAt.get(k);
    if (run && run.k1 - 1 === k) {
      // "A spokesman for Mueller told Fox News": the spokesman's words, not Mueller's.
      const before = this.toks[run.k0 - 1];
      if (before && ['for', 'to', 'of'].includes(before.lo) && PROXIES.has(this.toks[run.k0 - 2]?.lo ?? '')) return nobody(t.start);
      const named: SpeakerPhrase = { kind: 'name', name: this.nameOf(run), at: this.toks[run.n0]!.start };
      if (!before || before.sent !== t.sent) return named;
      // "Roger Cochetti, group director for public policy at CompTIA calls it": an apposition the writer did
      // not close, its role's organisation just before the verb; the speaker is the person before its comma.
      // (speak14) Also after a lower-case role noun when a preposition stands between: "Adam Harris, a lawyer for the studio
      // co-founder Bob Weinstein told" (not "Hillary Clinton, former president Bill Clinton said": the title of the run itself).
      const roleNoun = before.word && !before.cap && isRole(before.lo.split('-').pop()!);
      if (PREPOSITIONS.has(before.lo) || before.lo === 'the' || /['’]s$/.test(before.raw) || roleNoun) {
        for (let j = run.k0 - 1; j > Math.max(floor, run.k0 - 16) && this.toks[j]!.sent === t.sent; j--) {
          if (this.toks[j]!.raw !== ',') continue;
          if (!this.toks.slice(j + 1, j + 5).some((u) => u.word && !u.cap && isRole(u.lo))) break;
          if (roleNoun && !this.toks.slice(j + 1, run.k0).some((u) => PREPOSITIONS.has(u.lo))) break;
          const p = this.readBackward(j - 1, floor);
          if (p && p.kind === 'name' && !this.isOrganization(p) && this.isPerson(p.name)) return p;
          break;
        }
      }
      // "20 percent of Slovaks said", "A spokesman for Democratic presidential candidate Hillary Clinton called", "Several
      // senior Democrats with longtime ties to both Clintons cited": the name is the complement of a preposition inside
      // the subject, whose head is an unnamed person, group or document; the subject opens its clause with a determiner
      // or a quantity (after an apposition's name above: "Adam Harris, a lawyer for … Bob Weinstein told"; not "In an interview with Fox News Trump said", where the phrase before the name is fronted).
      // (Not before a participle, whose subject the name is: "footage of Harlan saying".)
      if (!/ing$/.test(this.toks[k + 1]?.lo ?? '') && this.complementOfSubject(run.k0, floor)) return nobody(t.start);
      // "the newspaper's written proposal to UCI described": the name is a noun's complement, not the subject.
      const head = this.toks[run.k0 - 2];
      const verb = this.toks[k + 1];
      if (PREPOSITIONS.has(before.lo) && verb && isSpeechVerb(this.toks, k + 1) && !/ing$/.test(verb.lo) && head && head.word && !head.cap && !isRole(head.lo) && !/(?:ing|ed)$/.test(head.lo) && this.toks.slice(run.k0 - 5, run.k0 - 2).some((x) => DETERMINERS.has(x.lo) || /['’]s$/.test(x.raw))) return null;
      return named;
    }
    // "the former secretary of state calling …": the role before "of" and its place.
    if (this.toks[k - 1]?.lo === 'of' && k - 2 >= floor && isRole(this.toks[k - 2]!.lo) && !this.toks[k - 2]!.cap) {
      const role = this.readBackward(k - 2, floor);
      if (role && role.kind === 'role') return role;
    }
    if (isRole(t.lo)) {
      // "the former secretary of state and current Democratic presidential nominee said": up to ten words back to "the".
      for (let j = k - 1; j >= Math.max(floor, k - 10); j--) {
        const u = this.toks[j]!;
        if (!u.word || (j < k - 5 && isRole(u.lo) && this.toks[j + 1]?.lo !== 'of')) break;
        if (u.lo === 'the') return { kind: 'role', role: t.lo, modifiers: this.toks.slice(j + 1, k).map((x) => x.raw), at: u.start };
      }
      // "Jo Swinson, Liberal Democrat deputy leader and Foreign Affairs spokesperson said": an
      // apposition with no closing comma; the name before its comma.
      for (let j = k - 1; j >= Math.max(floor + 1, k - 10); j--) {
        const u = this.toks[j]!;
        if (u.raw === ',') {
          const name = this.readBackward(j - 1, floor);
          return name && name.kind === 'name' && !this.isOrganization(name) ? name : null;
        }
        if (!u.word || ['a', 'an', 'the', 'who', 'which', 'that'].includes(u.lo)) break;
      }
    }
    // "Clinton, who on Monday called …"
    if (t.lo === 'who' && this.toks[k - 1]?.raw === ',') return this.readBackward(k - 2, floor);
    // "Scott's family has called on police …": the people around a person speak, not the person.
    if (ENTOURAGE.has(t.lo) && !t.cap && k - 1 >= floor && /['’]s$/.test(this.toks[k - 1]!.raw) && this.toks[k - 1]!.word) return nobody(t.start);
    // "Merkel's statement said"
    if (t.lo === 'statement' && /['’]s$/.test(this.toks[k - 1]?.raw ?? '')) {
      const run = this.runAt.get(k - 1);
      if (run && run.k1 - 1 === k - 1) return { kind: 'name', name: this.nameOf(run), at: this.toks[run.n0]!.start };
    }
    // "he and his supporters call", "Trump and his allies have called": the person leading the group.
    if (!t.cap && ['his', 'her', 'their'].includes(this.toks[k - 1]?.lo ?? '') && this.toks[k - 2]?.lo === 'and' && k - 3 >= floor) {
      const lead = this.readBackward(k - 3, floor);
      if (lead && lead.kind !== 'role') return lead;
    }
    return null;
  }

  /**
   * Whether the name run starting at token `k0` is the complement of a preposition inside a subject noun phrase that
   * opens its clause with a determiner or a quantity ("20 percent of Slovaks", "A spokesman for … Hillary Clinton").
   */
  private complementOfSubject(k0: number, floor: number): boolean {
    const toks = this.toks;
    const sent = toks[k0]!.sent;
    // The preposition: at most three words back ("for Democratic presidential candidate Hillary Clinton", "to both Clintons").
    // No clause boundary between ("asked for a photo and Clinton said").
    let p = k0 - 1;
    while (p >= floor && p > k0 - 4 && toks[p]!.word && toks[p]!.sent === sent && !COMPLEMENT_PREPOSITIONS.has(toks[p]!.lo) && !CLAUSE_OPENERS.has(toks[p]!.lo) && toks[p]!.lo !== 'or') p--;
    if (p < floor || toks[p]!.sent !== sent || !COMPLEMENT_PREPOSITIONS.has(toks[p]!.lo)) return false;
    // The subject's head: a lower-case word right before the preposition, and the phrase opening its clause (sentence
    // start, a comma, a dash, "that", "and") at most five words back, with a determiner, a quantifier or a number first.
    const head = toks[p - 1];
    // A noun: not a participle or a particle ("a fundraising email sent out by Sanders", "written by", "released by").
    if (!head || p - 1 < floor || !head.word || head.cap || head.sent !== sent || /(?:ed|en)$/.test(head.lo) || PARTICLES.has(head.lo)) return false;
    // Not a title run before the name: "the secretary of state Mike Pompeo", "chief of staff John Kelly" (a lower-case
    // word that is no role right after the preposition), "the director of the FBI James Comey" (a role head whose
    // complement ends on a capitalised word right before the name).
    const next = toks[p + 1]!;
    if (p + 1 < k0 && !next.cap && !DETERMINERS.has(next.lo) && next.lo !== 'both' && !isRole(next.lo)) return false;
    if (isRole(head.lo) && p + 1 < k0 && toks[k0 - 1]!.cap) return false;
    let s0 = p - 1;
    while (s0 - 1 >= floor && s0 > p - 6 && toks[s0 - 1]!.word && toks[s0 - 1]!.sent === sent && !CLAUSE_OPENERS.has(toks[s0 - 1]!.lo)) s0--;
    const open = toks[s0 - 1];
    if (s0 - 1 >= floor && open && open.sent === sent && open.word && !CLAUSE_OPENERS.has(open.lo)) return false;
    const first = toks[s0]!;
    return SUBJECT_OPENERS.has(first.lo) || /^\d/.test(first.raw);
  }

  /**
   * Like readBackward, and through an apposition: "The visitor, Tom Reyes, said" → Tom Reyes;
   * "Luis Ortega, a council member, warned" → Luis Ortega.
   */
  readBackwardAppositive(k: number, floor: number): SpeakerPhrase | null {
    const t = this.toks[k];
    if (t && t.raw === ',') {
      for (const e of this.beforeApposition(k, floor)) {
        const p = e === k ? null : e < k && this.toks[e]?.raw === ',' ? this.readBackwardAppositive(e, floor) : this.readBackward(e, floor);
        if (p && (p.kind !== 'name' || !this.isOrganization(p))) return p;
      }
      return null;
    }
    return this.readBackward(k, floor);
  }

  /**
   * Where the subject ends when a comma stands before the verb, best first (token indices):
   * "Tom Reyes, said" → Reyes; "Luis Ortega, a council member, warned" and "Ian Hamilton, an expert
   * in … who did not work on the study, told" → the name before the apposition; "The president of El
   * Salvador, Nayib Bukele, responded" → the name in it; "Rob Goldman, President Ascom North America,
   * says" → Goldman, then the titled run; "The statement, which was obtained by Variety, claimed" →
   * before the relative clause.
   */
  private beforeApposition(comma: number, floor: number): number[] {
    const toks = this.toks;
    const sent = toks[comma]!.sent;
    const out: number[] = [];
    // Walk back over comma-separated segments (at most six, within APPOSITION_TOKENS): a segment that
    // is a name is a candidate ("Nayib Bukele"); descriptions ("a spokesperson for Inherent Resolve",
    // "Edmunds' executive director of industry analysis", "and co-author of the study") are passed over.
    let c = comma;
    for (let seg = 0; seg < 6 && c > floor; seg++) {
      let j = c - 1;
      while (j >= Math.max(floor, comma - APPOSITION_TOKENS) && toks[j]!.raw !== ',' && toks[j]!.sent === sent) j--;
      const bounded = j >= floor && toks[j]?.raw === ',' && toks[j]!.sent === sent;
      const first = toks[j + 1];
      // A suffix written after the name ("Comey Jr.,") ends the segment after the name's run.
      const run = this.runAt.get(c - 1) ?? this.runs.find((x) => x.k2 === c && x.k2 > x.k1);
      // The segment's first word (past the closing mark of a quote before it: `…quickly," Thomas Zurbuchen, …`).
      let segStart = j + 1;
      while (segStart < c && !toks[segStart]!.word) segStart++;
      if (bounded && RELATIVE.has(first?.lo ?? '')) {
        c = j;
        continue;
      }
      // "…, but General Mark Milley, chairman of the Joint Chiefs, told": a conjunction may open the segment.
      if (segStart < c && COORDINATORS.has(toks[segStart]!.lo) || toks[segStart]?.lo === 'while') segStart++;
      // "Another demonstrator, Roberto Saravia from Los Angeles, said": a name, then where it is from.
      const lead = this.runAt.get(segStart) ?? this.runs.find((x) => x.k0 === segStart);
      if (lead && lead.k1 < c && ['from', 'of'].includes(toks[lead.k1]!.lo) && toks.slice(lead.k1 + 1, c).every((t) => t.cap || t.lo === 'the')) out.push(lead.k1 - 1);
      if (run && run.k2 === c && (run.k0 === segStart || !bounded)) {
        // "Rob Goldman, President Ascom North America, says": a titled run after a name describes it.
        if (!(bounded && run.k0 < run.n0)) out.push(run.k1 - 1);
        else out.push(j - 1, run.k1 - 1);
      }
      if (!bounded) break;
      c = j;
    }
    if (!out.length) out.push(c - 1);
    // The clause's first name is its subject ("Dylan Nelson, a fellow at the institute in Munich, Germany, …, said").
    return [...new Set(out)].sort((a, b) => a - b);
  }

  /**
   * Attribution right after a closing mark: `, he wrote`, `Bukele said`, `added Bukele`,
   * `the Central American president asserted`. `from`/`to` bound the text to read.
   */
  attributionAfter(from: number, to: number, inner = false, opens = false): SpeakerPhrase | null {
    let k = this.tokenAt(from);
    const limit = this.tokenAt(to);
    let dashed = false;
    while (k < limit && !this.toks[k]!.word && /[,;—–―-]/.test(this.toks[k]!.raw)) {
      if (/[—–―]/.test(this.toks[k]!.raw)) dashed = true;
      k++;
    }
    if (k >= limit) return null;
    // "“…,” according to Kim.": the person named (a publication, "according to Reuters", names nobody
    // and stops the search for a speaker elsewhere in the sentence).
    if (this.toks[k]!.lo === 'according' && this.toks[k + 1]?.lo === 'to') {
      const r = this.readForward(k + 2, limit);
      // "“…,” according to Judge Rugh's findings": a document the quote is read in; its speaker is named elsewhere.
      if (r && /['’]s?$/.test(this.toks[r.end - 1]!.raw) && this.toks[r.end]?.word) return null;
      return r && r.phrase.kind === 'name' ? r.phrase : null;
    }
    // (speak72) "“…,” in the words of one researcher", "“bad news” in his words": the one whose words they are.
    const own = this.wordsOf(k, limit);
    if (own) return own.phrase;
    // (speak71) "“…,” the Journal quoted Sandra Manzke, …, as saying": the one quoted, not the source (a short subject before "quoted").
    for (let q = k + 1, t; q < Math.min(limit, k + 7) && (t = this.toks[q]!).word; q++) if (t.lo === 'quoted') {
      const quoted = this.quotedAs(q, limit);
      if (quoted) return quoted.phrase;
      break;
    }
    const spk = this.readForward(k, limit);
    // (miss77) "“…,” Trump's memo states": the document's author, a name (not a pronoun's: "her statement read" went to a caption's name).
    const owner = this.runAt.get(k);
    const d = owner?.k0 === k && /['’]s$/.test(this.toks[owner.k1 - 1]!.raw) ? owner.k1 : -1;
    if (!spk && d > k && d + 1 < limit && DOCUMENT_NOUNS.has(this.toks[d]!.lo) && (isSpeechVerb(this.toks, d + 1) || /^(?:read|reads)$/.test(this.toks[d + 1]!.lo))) {
      const named: SpeakerPhrase = { kind: 'name', name: this.nameOf(owner!), at: this.toks[owner!.n0]!.start };
      if (!this.isOrganization(named)) return named;
    }
    // "“…,” the statement reads" after "In a statement Wednesday, former President George W. Bush lauded …": the author of
    // the statement the text has just named (a person, the subject of that sentence).
    if (!spk && this.toks[k]!.lo === 'the' && DOCUMENT_NOUNS.has(this.toks[k + 1]?.lo ?? '') && k + 2 < limit && (isSpeechVerb(this.toks, k + 2) || /^(?:read|reads)$/.test(this.toks[k + 2]!.lo))) {
      const author = this.documentAuthor(k, this.toks[k + 1]!.lo);
      if (author) return author;
    }
    // (miss77) "“…,” it read" after "Schultz's note acknowledged …": the author of the document the text has just named.
    if (!spk && this.toks[k]!.lo === 'it' && /^(?:read|reads)$/.test(this.toks[k + 1]?.lo ?? '') && !this.toks[k + 2]?.word) {
      const author = this.documentAuthor(k, '');
      if (author) return author;
    }
    // "“…” ― Oscar P. Quintero": a name signing the quote, alone after a dash to the paragraph's end (or with where the person
    // works: `"…" - Billy Okeefe, McClatchy Tribune`).
    if (spk && dashed && spk.phrase.kind === 'name' && this.endsParagraph(spk.end - 1)) return spk.phrase;
    const signed = /^[”"]$/.test(this.toks[this.tokenAt(from) - 1]?.raw ?? '') ? this.signingRun(this.tokenAt(from)) : null;
    if (signed && signed.k1 <= limit) return { kind: 'name', name: this.nameOf(signed), at: this.toks[signed.k0]!.start };
    if (spk) {
      let v = spk.end;
      // "Rep. John Mica (R-Fla.) said": a short parenthesis after the name (after a quote closed by a comma, "?" or
      // "!": after "…“unelectable now.” Sen. Ted Cruz (R-Texas), also a hopeful, called …" a new sentence starts).
      const closedByComma = /[,?!]\s*(?:''|[”"’'])?\s*$/.test(this.text.slice(Math.max(0, from - 4), from));
      if (closedByComma && this.toks[v]?.raw === '(') {
        const close = this.toks.findIndex((t, j) => j > v && j < Math.min(limit, v + 8) && t.raw === ')');
        if (close > v) v = close + 1;
      }
      // "Bukele also said", "Brooke tearfully asked", "she has said" — an auxiliary only after a quote closed by a
      // comma, "?" or "!" (after "…another “Holocaust.” Netanyahu has said that …" a new sentence starts).
      while (v < limit && (ADVERBS.has(this.toks[v]!.lo) || (closedByComma && AUXILIARIES.has(this.toks[v]!.lo)) || isLyAdverb(this.toks[v]!))) v++;
      if (v < limit && isSpeechVerb(this.toks, v)) return spk.phrase;
      // "“…,” Nielsen's statement read", (miss77) "Trump's memo states": the document's author (an organisation's names nobody).
      if (spk.phrase.kind === 'name' && v + 1 < limit && DOCUMENT_NOUNS.has(this.toks[v]!.lo.replace(/s$/, '')) && /['’]s$/.test(this.toks[v - 1]!.raw) && (isSpeechVerb(this.toks, v + 1) || /^(?:read|reads)$/.test(this.toks[v + 1]!.lo))) return spk.phrase;
      // "Mr. Kim was quoted as telling"
      if (v + 1 < limit && ['was', 'is', 'were'].includes(this.toks[v]!.lo) && this.toks[v + 1]!.lo === 'quoted') return spk.phrase;
      // (speak71) "Mr Wen is reported to have replied", "she was said to have told"
      if (v + 4 < limit && /^(?:was|is) (?:reported|said) to have$/.test(this.toks.slice(v, v + 4).map((t) => t.lo).join(' ')) && isSpeechVerb(this.toks, v + 4)) return spk.phrase;
      // "he planned to ask", "Trump wanted to say"
      if (v + 2 < limit && INTENT_VERBS.test(this.toks[v]!.lo) && this.toks[v + 1]!.lo === 'to' && isSpeechVerb(this.toks, v + 2)) return spk.phrase;
      // "the White House press secretary, Sarah Huckabee Sanders, said": the name in apposition to the role.
      if (spk.phrase.kind === 'role' && this.toks[v]?.raw === ',') {
        const named = this.readForward(v + 1, limit);
        if (named && named.phrase.kind === 'name' && this.toks[named.end]?.raw === ',') {
          let w = named.end + 1;
          while (w < limit && (ADVERBS.has(this.toks[w]!.lo) || AUXILIARIES.has(this.toks[w]!.lo))) w++;
          if (w < limit && isSpeechVerb(this.toks, w)) return named.phrase;
        }
      }
      // "Jessica Caldwell, Edmunds' executive director of industry analysis, said"
      if (spk.phrase.kind === 'name' && this.toks[v]?.raw === ',') {
        for (let c = v + 1; c < Math.min(limit, v + 16); c++) {
          if (this.toks[c]!.raw !== ',') continue;
          let w = c + 1;
          while (w < limit && ADVERBS.has(this.toks[w]!.lo)) w++;
          if (w < limit && isSpeechVerb(this.toks, w)) return spk.phrase;
          break;
        }
      }
      // "“…,” Mnuchin in an interview broadcast Monday on Fox Business.": a name and where or when it
      // was said, with the verb of saying missing, up to the sentence's end after a quote closed by a
      // comma (the news convention): the name's.
      if (spk.phrase.kind === 'name' && v < limit && ['in', 'during', 'at', 'on'].includes(this.toks[v]!.lo) && /,\s*[”"’]?\s*$/.test(this.text.slice(Math.max(0, from - 3), from))) {
        let verb = false;
        for (let j = v; j < limit; j++) if (isSpeechVerb(this.toks, j) || /^[“"‘]$/.test(this.toks[j]!.raw)) verb = true;
        if (!verb) return spk.phrase;
      }
      // (speak74) "“…,” Dan Fishback whines.", "“…,” Benioff weighed in, telling …": after a quote that opens its sentence (`opens`) and
      // is closed by a comma, a name and a finite verb of any kind that ends the clause (a particle, an object pronoun) is its
      // attribution (not a phrase inside a clause: "… whether the U.S. is at war with “radical Islam,” Holder declined").
      const u = this.toks[v];
      if (opens && closedByComma && spk.phrase.kind === 'name' && u?.word && !u.cap && /(?:ed|s)$/.test(u.lo) && !PREPOSITIONS.has(u.lo) && !AUXILIARIES.has(u.lo) && !/^(?:is|was|does)$/.test(u.lo)) {
        let w = v + 1;
        if (PARTICLES.has(this.toks[w]?.lo ?? '')) w++;
        if (/^(?:them|him|her|us|me)$/.test(this.toks[w]?.lo ?? '')) w++;
        if (!this.toks[w] || w >= limit || /^[.,;!]$/.test(this.toks[w]!.raw)) return spk.phrase;
      }
      if (spk.phrase.kind !== 'name') return null;
    }
    // "“…,” read a joint statement from House Judiciary Chairman Bob Goodlatte, …"
    const reads = /^(?:read|reads)$/.test(this.toks[k]!.lo) ? 1 : 0;
    const n = isSpeechVerb(this.toks, k) || reads;
    // "said Ivan Braiker", but not "…”, saying he trusted the courts": after a participle comes its clause.
    if (n && !PARTICIPLES.has(this.toks[k]!.lo)) {
      // "said a statement from Judiciary Chairman Bob Goodlatte, …": the statement's author.
      let f = k + n;
      if (['a', 'the'].includes(this.toks[f]?.lo ?? '')) {
        const g = this.toks[f + 1]?.lo === 'joint' ? f + 2 : f + 1;
        if (/^statements?$/.test(this.toks[g]?.lo ?? '') && ['from', 'by'].includes(this.toks[g + 1]?.lo ?? '')) f = g + 2;
      }
      const after = this.readForward(f, limit);
      if (after) return after.phrase;
      // "said a New Hampshire Republican", "said one former executive who requested anonymity": a person
      // the text does not name — nobody, unless named in apposition ("said a longtime friend, Jo Park,").
      if (INDEFINITES.has(this.toks[f]?.lo ?? '')) {
        for (let c = f + 1; c < Math.min(limit, f + 8) && this.toks[c]!.word; c++) {
          if (this.toks[c + 1]?.raw !== ',') continue;
          const named = this.readForward(c + 2, limit);
          if (named && named.phrase.kind === 'name' && !this.isOrganization(named.phrase)) return named.phrase;
          break;
        }
        return this.roleThenName(f, limit) ?? nobody(this.toks[f]!.start);
      }
    }
    // "“…,” a New Hampshire Republican said", "one former aide recalled": an unnamed person, nobody.
    // (Its words run straight to a finite verb: not "“…,” a nod to the front-runner acknowledging …".)
    if (INDEFINITES.has(this.toks[k]!.lo)) {
      for (let v = k + 1; v < Math.min(limit, k + 8) && this.toks[v]!.word && !PREPOSITIONS.has(this.toks[v]!.lo); v++) {
        if (isSpeechVerb(this.toks, v)) return /ing$/.test(this.toks[v]!.lo) ? null : this.roleThenName(k, v) ?? nobody(this.toks[k]!.start);
      }
    }
    // Only in the news convention `“…,” <subject>, <apposition>, said`: a comma closes the quote (not a clause set off by commas
    // inside the sentence, `inner` (speak70): there a long subject is the sentence's own, "…, many of those surveyed suggested").
    if (inner || !/,\s*[”"’]?\s*$/.test(this.text.slice(Math.max(0, from - 3), from))) return null;
    // A longer subject before the verb: "Sweden's deputy director of public prosecutions, Eva-Marie
    // Persson, said"; "Howard Gleckman, a senior fellow at the Tax Policy Center, has written".
    for (let v = k + 1; v < Math.min(limit, k + APPOSITION_TOKENS); v++) {
      if (!isSpeechVerb(this.toks, v)) continue;
      let b = v - 1;
      while (b > k && (ADVERBS.has(this.toks[b]!.lo) || AUXILIARIES.has(this.toks[b]!.lo))) b--;
      const p = this.readBackwardAppositive(b, k);
      return p && p.kind === 'name' && !this.isOrganization(p) ? p : null;
    }
    return null;
  }

  /**
   * (speak58) "“…,” another yoga instructor Melissa Brennan said", "said one local resident Tom Hale.": an indefinite article at
   * token k, one to six lower-case words (no preposition, relative or coordinator: not "a friend of Mary Cole"), then a person the
   * article names in full (a given name and a surname, no organisation) whose name runs to token `to` (the verb) or to the clause's end. The
   * person named; null when the words after the article are no such phrase.
   */
  private roleThenName(k: number, to: number): SpeakerPhrase | null {
    let c = k + 1;
    while (c < to && c - k <= 6 && this.toks[c]!.word && !this.toks[c]!.cap && !PREPOSITIONS.has(this.toks[c]!.lo) && !RELATIVE.has(this.toks[c]!.lo) && !COORDINATORS.has(this.toks[c]!.lo)) c++;
    if (c === k + 1 || c >= to || !this.toks[c]!.cap) return null;
    const m = this.mentions.find((x) => x.start === this.toks[c]!.start);
    if (!m || m.person.first === null || this.isEntityLike(m.person)) return null;
    const r = this.readForward(c, to);
    if (!r || r.phrase.kind !== 'name' || r.end - c < 2 || this.isOrganization(r.phrase)) return null;
    return r.end === to || !this.toks[r.end]?.word ? r.phrase : null;
  }

  /**
   * (speak71) "the Journal quoted Sandra Manzke, chairman of …, as saying": the one a source quotes, when "quoted" at token q
   * takes an object (a name, not an organisation, or "him"/"her") and "as" then a verb of saying follows it, after an apposition
   * set off by commas at most. Null otherwise (and for the passive, "quoted by state television as saying", read elsewhere).
   */
  private quotedAs(q: number, limit: number): { phrase: SpeakerPhrase; as: number } | null {
    const o = this.toks[q + 1];
    const pro = o?.lo === 'him' || o?.lo === 'her';
    const r = pro ? { phrase: { kind: 'pronoun', word: o.lo === 'him' ? 'he' : 'she', at: o.start } as SpeakerPhrase, end: q + 2 } : this.readForward(q + 1, limit);
    if (!r || (r.phrase.kind === 'name' ? this.isOrganization(r.phrase) : !pro)) return null;
    const as = this.asSaying(r.end, limit);
    return as >= 0 ? { phrase: r.phrase, as } : null;
  }

  /** (speak71) The token of "as" when "as" then a verb of saying follows token a, after an apposition set off by commas at most ("…, chairman of …, Maxam Capital, as saying"); else -1. */
  private asSaying(a: number, limit: number): number {
    const T = this.toks;
    if (T[a]?.raw === ',') for (let c = a + 2; c < Math.min(limit, a + 20) && T[c]!.sent === T[a]!.sent; c++) if (T[c]!.lo === 'as' && T[c - 1]!.raw === ',') {
      a = c;
      break;
    }
    return T[a]?.lo === 'as' && a + 1 < limit && isSpeechVerb(T, a + 1) ? a : -1;
  }

  /**
   * Who issued the document ("statement", "letter") that "the <noun>" at token k takes up: the subject of the nearest
   * sentence before (within four sentences, outside quotes) that names "a/his/her <noun>"; null when that subject is no person.
   */
  private documentAuthor(k: number, noun: string): SpeakerPhrase | null {
    const para0 = this.toks[k]!.sent;
    // (miss77) Any document noun when `noun` is empty ("it read"); "memorandum" is a memo.
    const same = (lo: string) => ((lo = lo === 'memorandum' ? 'memo' : lo), noun ? lo === noun : DOCUMENT_NOUNS.has(lo));
    for (let j = k - 1; j >= Math.max(0, k - 150); j--) {
      const t = this.toks[j]!;
      if (!same(t.lo) || t.cap || this.isExcluded(t.start)) continue;
      if (para0 - t.sent > 4) return null;
      // (miss77) "Trump's memorandum last week …", "Schultz's note acknowledged …": the possessor, a person.
      const owner = /['’]s$/.test(this.toks[j - 1]?.raw ?? '') ? this.readBackward(j - 1, 0) : null;
      if (owner) return owner.kind === 'name' && !this.isOrganization(owner) && this.isPerson(this.canonical(owner.name, owner.at)) ? owner : null;
      if (!['a', 'an', 'his', 'her', 'their', 'its', 'joint'].includes(this.toks[j - 1]?.lo ?? '')) continue;
      let a = j;
      while (a > 0 && this.toks[a - 1]!.sent === t.sent) a--;
      let b = j;
      while (b + 1 < this.toks.length && this.toks[b + 1]!.sent === t.sent) b++;
      // The sentence's own subject, opening its main clause (after a fronted "In a statement Wednesday,"): not a person
      // named further on when the subject is an organisation ("In a statement, TC Energy said it ended the project Biden …").
      let c = a;
      if (PREPOSITIONS.has(this.toks[a]!.lo)) for (let x = a + 1; x <= b; x++) if (this.toks[x]!.raw === ',') {
        c = x + 1;
        break;
      }
      const p = this.clauseSubject(a, b + 1);
      return p && p.kind === 'name' && this.tokenAt(p.at) - c <= 6 ? p : null;
    }
    return null;
  }

  /** (speak72) "in the words of X", "in X's (own) words", "to use X's words" at token j ("in" or "use"): X. */
  wordsOf(j: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
    const toks = this.toks;
    if (!/^(?:in|use)$/.test(toks[j]?.lo ?? '')) return null;
    if (toks[j + 1]?.lo === 'the' && toks[j + 2]?.lo === 'words' && toks[j + 3]?.lo === 'of') return this.readForward(j + 4, limit);
    let w = j + 1;
    while (w < Math.min(limit, j + 6) && toks[w]!.word && toks[w]!.lo !== 'words') w++;
    if (toks[w]?.lo !== 'words' || w === j + 1) return null;
    const e = toks[w - 1]!.lo === 'own' ? w - 1 : w;
    const t = toks[e - 1]!;
    if (/^(?:his|her)$/.test(t.lo)) return e - 1 === j + 1 ? { phrase: { kind: 'pronoun', word: t.lo === 'his' ? 'he' : 'she', at: t.start }, end: w + 1 } : null;
    const r = /['’]s$/.test(t.raw) ? this.readForward(j + 1, e) : null;
    return r && { phrase: r.phrase, end: w + 1 };
  }

  /**
   * Attribution in the sentence before an opening mark: `Bukele wrote that`, `He added that`,
   * `Clinton posed a question,`, `…, saying that`, `according to X,`. `from` is where the sentence
   * (or the text after the previous quote) starts.
   */
  attributionBefore(from: number, to: number): SpeakerPhrase | null {
    const floor = this.tokenAt(from);
    let k = this.tokenAt(to) - 1;
    if (k < floor) return null;
    // "Mr. Perez demurred: “…”", "Trump fumed: “…”": a verb of any kind before a colon. (speak48) "said:" too: "Duff was
    // injured …, and manager Jose Mourinho said: “…”" is Mourinho's, not the sentence's first subject's.
    if (this.toks[k]!.raw === ':' && k - 2 >= floor && this.toks[k - 1]!.word && !this.toks[k - 1]!.cap && (/(?:ed|s)$/.test(this.toks[k - 1]!.lo) || isSpeechVerb(this.toks, k - 1) > 0)) {
      const p = this.readBackward(k - 2, floor);
      // (A person's name, and not at the end of an apposition to the name the sentence opens with: "Mark Serwotka, the leader of
      // the Public and Commercial Services Union said:" is Serwotka's, read below.)
      let person = true;
      if (!/(?:ed|s)$/.test(this.toks[k - 1]!.lo)) {
        let s0 = floor;
        while (s0 < k && !this.toks[s0]!.word) s0++;
        const opening = this.readForward(s0, k);
        person = (p?.kind === 'pronoun' || (p?.kind === 'name' && this.isPerson(this.canonical(p.name, p.at)))) && !(opening?.phrase.kind === 'name' && this.toks[opening.end]?.raw === ',');
      }
      if (p && person && p.kind !== 'role' && (p.kind !== 'name' || !this.isOrganization(p))) return p;
    }
    // "Trump also took credit for the thaw, including …: “…”", "More: President Trump after picking
    // something off Macron's suit: '…'": a colon before the quote, and the sentence opens with a person's
    // name (not a possessive: "Trump's campaign manager … had this to say:").
    if (this.toks[k]!.raw === ':') {
      let s0 = floor;
      while (s0 < k && !this.toks[s0]!.word) s0++;
      if (this.toks[s0 + 1]?.raw === ':' && this.toks[s0]!.cap) s0 += 2;
      // (speak44) A video list's running time before its caption: "0:52 Richard Corcoran: “Hell, no” to …".
      const clock = /^\d{1,2}$/.test(this.toks[s0]?.raw ?? '') && this.toks[s0 + 1]?.raw === ':' && /^\d\d$/.test(this.toks[s0 + 2]?.raw ?? '');
      if (clock) s0 += 3;
      const r = s0 < k ? this.readForward(s0, k) : null;
      const poss = r && /['’]s?$/.test(this.toks[r.end - 1]!.raw);
      // (speak44) … or a caption's label: a paragraph that opens with a person's full name, its colon, then the quote
      // ("Richard Corcoran: “Hell, no” to property tax increase"; not a fronted verb: "Added Toman: “…”").
      const label = r && r.end === k && s0 === floor + (clock ? 3 : 0) && !isSpeechVerb(this.toks, s0) && this.toks[k + 1]?.start === to && (floor === 0 || this.endsParagraph(floor - 1));
      // A name only: a pronoun there ("She apologizes to her family: “…”", a song's lyrics) is too often
      // someone the text only describes.
      if (r && !poss && (r.end < k || label) && r.phrase.kind === 'name' && !this.isOrganization(r.phrase) && this.isPerson(this.canonical(r.phrase.name, r.phrase.at))) return r.phrase;
      // (miss77) A transcript's or a post's label: a paragraph that is one word, then the colon and the quote — the surname of
      // a person the article names, in any case ("WARREN: “Have you resigned?”"), or a handle ending in it (".@KamalaHarris:");
      // any other word, when the quote ends the paragraph, names nobody, and the quote continues no one ("Q: “…”" between
      // "Jordan: “…”" answers; not "A: “…,” said X.").
      const w = this.toks[k - 1]!;
      const handle = this.toks[k - 2]?.raw === '@';
      const line = this.text.slice(this.text.lastIndexOf('\n', w.start) + 1, this.toks[k]!.end);
      if (k - 1 - +handle >= floor && w.word && w.cap && this.toks[k + 1]?.start === to && /^\s*(?:\.?@)?\S+:$/.test(line)) {
        const key = handle ? [...this.persons.keys()].find((s) => s.length > 3 && w.lo.endsWith(s)) : w.lo;
        if (key && this.persons.has(key)) return { kind: 'name', name: key, at: w.start };
        const end = this.text.indexOf('\n', to);
        if (/[”"’']$/.test(this.text.slice(to, end < 0 ? undefined : end).trimEnd())) return nobody(w.start);
      }
    }
    // "London Mayor Sadiq Khan, a self-confessed “big fan” of …": a description the person gives of
    // themself is their word; the name before the apposition's comma.
    for (let j = k; j >= Math.max(floor + 2, k - 2); j--) {
      if (!/^self-(?:described|confessed|proclaimed|styled|declared|identified)$/.test(this.toks[j]!.lo)) continue;
      const det = ['a', 'an', 'the'].includes(this.toks[j - 1]!.lo) ? j - 1 : j;
      if (this.toks[det - 1]?.raw !== ',') break;
      const p = this.readBackward(det - 2, floor);
      if (p && p.kind === 'name' && !this.isOrganization(p)) return p;
      break;
    }
    // "In his book “Financial Freedom …”", "a project codenamed “Amad”": the quote right after a noun for
    // a work, or a word that gives a name, is a title — nobody's speech.
    if (WORK_NOUNS.has(this.toks[k]!.lo) && this.toks[k]!.end <= to && /^\s*$/.test(this.text.slice(this.toks[k]!.end, to))) return nobody(this.toks[k]!.start);
    // "a kite whipping around in the sky read, “refugees welcome here”", "a sign reading “…”": written words, nobody's speech.
    let r = k;
    while (r >= floor && !this.toks[r]!.word && /^[,:]$/.test(this.toks[r]!.raw)) r--;
    if (r >= floor && /^(?:read|reads|reading)$/.test(this.toks[r]!.lo)) {
      for (let j = r - 1; j >= Math.max(floor, r - 8); j--) if (SIGN_NOUNS.has(this.toks[j]!.lo)) return nobody(this.toks[r]!.start);
    }
    // "according to X," just before the quote
    const acc = this.toks.slice(floor, k + 1).map((t) => t.lo).join(' ');
    const m = acc.match(/according to (.+?) ,?$/);
    if (m) {
      const j = this.tokenAt(to) - 1 - (this.toks[k]!.raw === ',' ? 1 : 0);
      const p = this.readBackward(j, floor);
      if (p) return p;
    }
    // "According to Sen. Chuck Grassley, the committee had “…”": a person (never a publication) named
    // by a sentence-initial "according to" speaks the quotes of that sentence part.
    for (let j = floor; j + 2 <= k && j < floor + 3; j++) {
      if (this.toks[j]!.lo !== 'according' || this.toks[j + 1]!.lo !== 'to') continue;
      const r = this.readForward(j + 2, k + 1);
      // "According to Politico, a deal was “within reach”": a publication, which names nobody.
      if (r && r.phrase.kind === 'name' && this.toks[r.end]?.raw === ',' && this.isOrganization(r.phrase)) return r.phrase;
      if (r && r.phrase.kind === 'name' && this.toks[r.end]?.raw === ',' && !this.isOrganization(r.phrase) && this.isPerson(r.phrase.name)) {
        let other = false;
        for (let v = r.end; v <= k; v++) if (isSpeechVerb(this.toks, v)) other = true;
        if (!other) return r.phrase;
      }
    }
    // (speak72) "In the words of his campaign manager, Trump “…”", "the court is (to use President Biden's words) “…”": the one whose
    // words they are, the phrase set off before the quote with no verb of saying after it.
    for (let j = floor; j < k; j++) {
      const r = this.wordsOf(j, k + 1);
      if (!r || !(r.end > k || /^[,:)]$/.test(this.toks[r.end]!.raw))) continue;
      let other = false;
      for (let v = r.end; v <= k; v++) if (isSpeechVerb(this.toks, v)) other = true;
      if (!other) return r.phrase;
    }
    // "Politifact seized on Trump's claim that there have been “…”": the claim's holder, when the claim's that-clause holds
    // the quote and no verb of saying stands in the sentence part (not "Frazier said that Rubio's claim that … is “simply
    // not true”", "Ryan told CNN that Ginsburg's comments “…”").
    for (let v = k; v >= Math.max(floor + 1, k - VERB_REACH); v--) {
      if (isSpeechVerb(this.toks, v)) break;
      const t = this.toks[v]!;
      // (speak53) A time between the noun and its clause: "Obama's assertion last week that Reagan “…”".
      let w = v + 1;
      while (w < v + 4 && (TIME_WORDS.has(this.toks[w]?.lo ?? '') || /^(?:last|this|week|month|weekend)$/.test(this.toks[w]?.lo ?? ''))) w++;
      if (!CLAIM_NOUNS.has(t.lo) || t.cap || !/['’]s$/.test(this.toks[v - 1]!.raw) || this.toks[w]?.lo !== 'that') continue;
      let said = false;
      for (let j = floor; j < v - 1; j++) if (isSpeechVerb(this.toks, j)) said = true;
      const p = said ? null : this.readBackward(v - 1, floor);
      if (p && p.kind === 'name' && !this.isOrganization(p)) return p;
      break;
    }
    // (speak53) "Warren, who Trump refers to as “Pocahontas”": the one who refers, not the one referred to.
    // ("whom Boehner referred to as a “legislative terrorist”": an article after "as".)
    const asAt = this.toks[k]!.lo === 'as' ? k : ['a', 'an', 'the'].includes(this.toks[k]!.lo) && this.toks[k - 1]?.lo === 'as' ? k - 1 : -1;
    if (asAt > floor) {
      for (let v = asAt - 2; v >= Math.max(floor, asAt - 6); v--) {
        if (!/^refer(?:s|red|ring)?$/.test(this.toks[v]!.lo) || this.toks[v + 1]?.lo !== 'to') continue;
        let b = v - 1;
        // Not the passive: "He is often referred to as “…”" names the one referred to.
        let passive = false;
        while (b >= floor && (SUBJECT_ADVERBS.has(this.toks[b]!.lo) || AUXILIARIES.has(this.toks[b]!.lo) || isLyAdverb(this.toks[b]!))) passive ||= /^(?:is|are|was|were|be|been|being)$/.test(this.toks[b--]!.lo);
        const p = b >= floor && !passive ? this.readBackward(b, floor) : null;
        // A pronoun only when it opens its sentence ("She referred to the hearings as “…”"): in a relative clause ("the man she
        // referred to as", "whom he referred to as") its antecedent is too often misread.
        const opens = p?.kind === 'pronoun' && this.toks[b - 1]?.sent !== this.toks[b]!.sent;
        if (p && (p.kind === 'name' ? !this.isOrganization(p) : opens)) return p;
        break;
      }
    }
    let connector = this.toks[k]!.lo === 'that' || /^[:,]$/.test(this.toks[k]!.raw);
    // (speak76) "Folkman reasoned, “…”": the sentence part is a person's name and a finite verb of any kind (as speak74's after a
    // quote), then the comma and the quote.
    const u = this.toks[k - 1];
    if (this.toks[k]!.raw === ',' && u?.word && !u.cap && /(?:ed|s)$/.test(u.lo) && !PREPOSITIONS.has(u.lo) && !AUXILIARIES.has(u.lo) && !/^(?:is|was|does)$/.test(u.lo)) {
      let s0 = floor;
      while (s0 < k && !this.toks[s0]!.word) s0++;
      const r = this.readForward(s0, k - 1);
      if (r?.end === k - 1 && r.phrase.kind === 'name' && !this.isOrganization(r.phrase) && this.isPerson(this.canonical(r.phrase.name, r.phrase.at))) return r.phrase;
    }
    // Last speech verb in the sentence part before the quote.
    for (let v = k; v >= floor; v--) {
      // "prompting Comey to reply that “…”": an infinitive of saying whose subject is the person named
      // (or the he/she, him/her) right before "to" — not the subject of the main verb ("describes Trump
      // asking him …, prompting Comey to reply"). Anything else before "to" leaves the usual reading.
      if (v - 2 >= floor && this.toks[v - 1]!.lo === 'to' && INFINITIVE_SPEECH.has(this.toks[v]!.lo) && k - v <= 3) {
        const o = this.toks[v - 2]!;
        const obj = o.lo === 'him' || o.lo === 'her' ? ({ kind: 'pronoun', word: o.lo === 'him' ? 'he' : 'she', at: o.start } as SpeakerPhrase) : this.readBackward(v - 2, floor);
        if (obj && obj.kind !== 'role' && (obj.kind !== 'name' || !this.isOrganization(obj))) return obj;
        // "Senator Okafor urged the board to explain “…”": the one asked to speak is no person named.
        for (let j = v - 3; j >= Math.max(floor, v - 6); j--) if (LISTENER_VERBS.has(this.toks[j]!.lo) && !this.toks[j]!.cap) return nobody(this.toks[v]!.start);
      }
      // (speak56) A verb that passes a verdict reaches the quote as a naming verb does ("Vale condemned the “inability” of …").
      const verdict = VERDICT_VERBS.has(this.toks[v]!.lo) && !this.toks[v]!.cap;
      // (speak71) "to describe his city as a “…”": an infinitive of saying reaches the quote as its finite forms do ("describe" alone is
      // no verb of saying: "Passengers describe taking off as “…”" has no person for its subject).
      const infinitive = this.toks[v - 1]?.lo === 'to' && INFINITIVE_SPEECH.has(this.toks[v]!.lo);
      if (!verdict && !infinitive && !isSpeechVerb(this.toks, v)) {
        // "specifying that he was referring to “…”": a that-clause ties the quote to the verb.
        if (this.toks[v]!.lo === 'that') connector = true;
        continue;
      }
      // A verb of saying with its clause ("Pompeo said the release “gives us hope”") or of naming with
      // its object ("Cruz called the suicide a “…”") reaches the quote; another verb only when close.
      // "reacted on Twitter by asking whether anyone he knew was “…”": a participle of saying reaches too.
      const reaches = REPORTING_VERBS.has(this.toks[v]!.lo) || NAMING_VERBS.has(this.toks[v]!.lo) || verdict || infinitive || PARTICIPLES.has(this.toks[v]!.lo);
      // "Pompeo said that after consultation Washington had concluded the settlements were “…”": a verb
      // that does not reach hands over to a verb of saying before it, within reach.
      if (DENIALS.has(this.toks[v]!.lo) && k - v > 2) continue;
      // (speak76) The verb fronted, its subject after it: "Said Jolie recently, “…”", "Says Seeff: “…”", "Added Tom Hale of the union,
      // “…”": the sentence part opens with the capitalised verb, then a name that closes the phrase (a comma, colon or parenthesis
      // next, after adverbs and time words).
      if (frontedVerb(this.toks[v]!) && this.toks.slice(floor, v).every((t) => !t.word)) {
        const r = this.readForward(v + 1, k + 1);
        let e = r?.end ?? k;
        while (e < k && (ADVERBS.has(this.toks[e]!.lo) || isLyAdverb(this.toks[e]!) || TIME_WORDS.has(this.toks[e]!.lo))) e++;
        if (r?.phrase.kind === 'name' && !this.isOrganization(r.phrase) && (e > k || /^[,:(]$/.test(this.toks[e]!.raw))) return r.phrase;
      }
      if (!connector && k - v > 3 && !(reaches && k - v <= VERB_REACH)) {
        if (k - v <= VERB_REACH) continue;
        return null;
      }
      // Participles, "calling the suit “good news”" among them.
      if (PARTICIPLES.has(this.toks[v]!.lo) || /ing$/.test(this.toks[v]!.lo)) {
        // (speak71) "The daily quoted Le Huy Ngo, …, as saying … that “…”": the one quoted, not the source.
        for (let q = v - 3; this.toks[v - 1]?.lo === 'as' && q >= Math.max(floor, v - 22); q--) {
          if (this.toks[q]!.lo != 'quoted') continue;
          const quoted = this.quotedAs(q, v + 1);
          if (quoted?.as === v - 1) return quoted.phrase;
          break;
        }
        // A name right before the participle is its subject ("with Foreign Minister Ayman Safadi
        // warning of …"); otherwise the subject of the clause: the first name or pronoun of the
        // sentence part before it ("He urged Mr. Trump to act, saying …" → he, not Trump).
        // (An adverb between: "What do you think of Carson privately saying “…”".)
        let a = v - 1;
        while (a > floor && this.toks[a]!.word && (ADVERBS.has(this.toks[a]!.lo) || isLyAdverb(this.toks[a]!))) a--;
        const adjacent = this.readBackward(a, floor);
        if (adjacent && (adjacent.kind !== 'name' || !this.isOrganization(adjacent))) return adjacent;
        return this.clauseSubject(floor, v);
      }
      let b = v - 1;
      // (speak71) "Kejriwal turned to Twitter last month to describe his city as a “…”", "Khan took to Twitter to call the city
      // “…”": an infinitive of purpose has the clause's subject.
      const T = this.toks;
      if (b > floor && T[b]!.lo === 'to') {
        // (Nor an obligation: "the people they will have to say “hello” to"; nor in a relative clause opened after the last comma:
        // "Metallica has been pitted against its fans, one of whom went on Napster's site to write that Metallica was “…”".)
        if (/^ha(?:ve|s|d)$/.test(T[b - 1]!.lo)) return null;
        let c = b - 1;
        while (c > floor && T[c]!.raw !== ',') c--;
        for (let j = c + 1; c > floor && j <= c + 3; j++) if (RELATIVE.has(T[j]!.lo)) return null;
        // A verb of saying or a listener's verb before it governs instead ("Downing … said the president was correct to insist there was
        // “…”", "Two senators asked Secretary of State Rex Tillerson on Wednesday to explain “…”"): read on back.
        let governed = false;
        for (let j = floor; j < b; j++) governed ||= isSpeechVerb(T, j) > 0 || LISTENER_VERBS.has(T[j]!.lo);
        if (governed) continue;
        return this.clauseSubject(floor, b);
      }
      // "Trump has repeatedly denied any “…”"
      // "President Trump late Thursday tweeted that …"
      while (b >= floor && (SUBJECT_ADVERBS.has(this.toks[b]!.lo) || AUXILIARIES.has(this.toks[b]!.lo) || TIME_WORDS.has(this.toks[b]!.lo) || isLyAdverb(this.toks[b]!))) b--;
      // "he asked about …, called Omar a “terrorist” and said, “…”": the verbs share the clause's subject.
      if (b >= floor && COORDINATORS.has(this.toks[b]!.lo)) return this.clauseSubject(floor, b);
      // "Rep. Paul Ryan (R-WI) said “…”": a short parenthesis after the name.
      if (this.toks[b]?.raw === ')') {
        for (let o = b - 1; o >= Math.max(floor + 1, b - 8); o--) if (this.toks[o]!.raw === '(') {
          b = o - 1;
          break;
        }
      }
      // (speak71) "Trump spread baseless lies about …, claimed the election had been “…”": a verb in a list of the clause's verbs.
      // (Not after a clause set off by commas: "Officials from the party, from which Morsi hails, told …", "That they have not, he said,
      // suggests …". After an apposition, the person before its comma: "former Vice President Dan Quayle, the standard-bearer of …, said".)
      let c = b - 1;
      let said = false;
      for (; c > floor && T[c]!.raw !== ','; c--) said ||= isSpeechVerb(T, c) > 0;
      const opener = T[c === floor ? c : c + 1]?.lo ?? '';
      // (Nor an unnamed subject: "A former Fed official, contacted over the summer …, said it was clear … “rules” …".)
      const listed = b - 1 > floor && !said && !INDEFINITES.has(T[floor]!.lo) && T[b]!.raw === ',' && T[b - 1]!.word && !T[b - 1]!.cap && ![PREPOSITIONS, SUBORDINATORS, RELATIVE, COORDINATORS].some((w) => w.has(opener));
      let e = c - 1; // (a short parenthesis after the name: "Rep. Jared Polis (D-Colo.), a vocal supporter of …, told")
      if (T[e]?.raw === ')') while (e > floor && T[e]!.raw !== '(') e--;
      const apposed = listed && c > floor ? this.readBackward(T[e]!.raw === '(' ? e - 1 : e, floor) : null;
      return this.readBackwardAppositive(b, floor) ?? (listed ? (apposed?.kind === 'name' && !this.isOrganization(apposed) ? apposed : this.clauseSubject(floor, b)) : null);
    }
    return null;
  }

  /**
   * A sentence opening with a participle of saying or naming ("Praising London's “great history” of
   * protest, Khan has said …"): the subject of the main clause, after the participle's comma, when
   * the quote at `at` stands in the participle's phrase.
   */
  frontedParticipleSubject(sentenceStart: number, at: number, limit: number): SpeakerPhrase | null {
    let k = this.tokenAt(sentenceStart);
    while (k < this.toks.length && !this.toks[k]!.word) k++;
    const t = this.toks[k];
    if (!t || t.start >= at || !/ing$/.test(t.lo) || !isSpeechVerb(this.toks, k)) return null;
    const end = this.tokenAt(limit);
    for (let c = this.tokenAt(at); c < Math.min(end, k + APPOSITION_TOKENS); c++) {
      if (this.toks[c]!.raw !== ',' || this.isExcluded(this.toks[c]!.start)) continue;
      const r = this.readForward(c + 1, end);
      return r && (r.phrase.kind !== 'name' || !this.isOrganization(r.phrase)) ? r.phrase : null;
    }
    return null;
  }

  /**
   * The speaker of reported speech in [from, to): the subject of its first verb of saying that
   * introduces a clause ("Erekat said it was only the latest move …", "Pompeo said the release …").
   */
  reportingSubject(from: number, to: number): SpeakerPhrase | null {
    const floor = this.tokenAt(from);
    const limit = this.tokenAt(to);
    for (let v = floor; v < limit; v++) {
      if (!REPORTING_VERBS.has(this.toks[v]!.lo) || !isSpeechVerb(this.toks, v)) continue;
      let b = v - 1;
      while (b >= floor && (SUBJECT_ADVERBS.has(this.toks[b]!.lo) || isLyAdverb(this.toks[b]!))) b--;
      const p = b >= floor ? this.readBackwardAppositive(b, floor) : null;
      if (p && (p.kind !== 'name' || !this.isOrganization(p))) return p;
    }
    return null;
  }

  /**
   * (speak37) A headline's subject ("Heidfeld 'very excited' about new BMW", "Minister Lee “confident” of a deal"): a line
   * that opens with a name and nothing else before the quotation mark at `open`, the quote a few words with no stop
   * inside, the line no sentence of its own (no stop after the quote, no verb of saying, no second quote). Null otherwise.
   */
  headlineSubject(from: number, open: number, close: number, to: number): SpeakerPhrase | null {
    const inner = this.text.slice(open + 1, close);
    const rest = this.text.slice(close + 1, to);
    if (inner.split(/\s+/).filter(Boolean).length > 6 || /[.!?,;:]\s*$/.test(inner) || /[.!?:"“”‘]/.test(rest) || rest.split(/\s+/).filter(Boolean).length > 8) return null;
    const k = this.tokenAt(from);
    const limit = this.tokenAt(open);
    // One name run (its titles with it: "Minister Lee") from the line's first word to the mark.
    const run = this.runAt.get(limit - 1);
    // (A title opening the line is not in the run when the article writes it in lower case elsewhere: "Minister Lee".)
    const titled = (j: number) => this.toks[j]!.cap && (NAME_TITLES.has(this.toks[j]!.lo.replace(/\.$/, '')) || ROLE_WORDS.has(this.toks[j]!.lo));
    if (!run || run.k0 - k > 2 || this.toks.slice(k, run.k0).some((_, i) => !titled(k + i)) || run.k1 !== limit || this.hasCue(from, to)) return null;
    const phrase: SpeakerPhrase = { kind: 'name', name: this.nameOf(run), at: this.toks[run.n0]!.start };
    return this.isOrganization(phrase) || this.resolve(phrase) === null ? null : phrase;
  }

  /**
   * A sentence that ends on a colon and introduces the quote after it ("Cruz called them on it:", "President Clinton
   * released the following statement:"): its subject, or null when it holds quotation marks or names no person first.
   */
  colonSubject(from: number, to: number): SpeakerPhrase | null {
    const s = this.text.slice(from, to).trimEnd();
    // "Frank quotes former adviser Alfred Kahn:": the one quoted speaks, not the subject.
    // "…the website, which contains the following statement:": the relative clause's antecedent introduces it.
    if (!s.endsWith(':') || /["“”]/.test(s) || /\bquot(?:es|ed|ing)\b/i.test(s) || /,\s*(?:which|where)\b[^,]*:$/i.test(s)) return null;
    let floor = this.tokenAt(from);
    const end = this.tokenAt(from + s.length - 1);
    // "When Wallace died in 1998, President Clinton released the following statement:": the main clause's subject.
    if (/^(?:when|after|before|while|since|because|although|though|if|once|until)$/.test(this.toks[floor]?.lo ?? '')) {
      let c = floor;
      while (c < end && this.toks[c]!.raw !== ',') c++;
      if (c >= end) return null;
      floor = c + 1;
    }
    return this.clauseSubject(floor, end);
  }

  /** The subject of a clause: its first person (name or pronoun) in [floor, end), organisations skipped. */
  private clauseSubject(floor: number, end: number): SpeakerPhrase | null {
    // A fronted phrase is no subject ("In line with his fellow Americans, Sen. Ted Cruz was critical …,
    // telling …"): the clause starts after its comma.
    let from = floor;
    while (from < end && !this.toks[from]!.word) from++;
    // (Not a subordinate clause: "When Robby Mook, Clinton's campaign manager, was asked …, he laughed and said".)
    if (PREPOSITIONS.has(this.toks[from]?.lo ?? '') && !SUBORDINATORS.has(this.toks[from]?.lo ?? '')) {
      for (let c = from + 1; c < end; c++) if (this.toks[c]!.raw === ',') {
        floor = c + 1;
        break;
      }
    }
    for (let j = floor; j < end; j++) {
      // A possessive is not the subject ("Iran's deputy foreign minister …, Abbas Araghchi, … said").
      if (/['’]s$/.test(this.toks[j]!.raw)) continue;
      const p = this.readBackward(j, floor);
      // The one written or spoken to is not the subject ("The caucus wrote to McCarthy, saying …", "met with X", "told X";
      // not "the office of House Speaker Paul Ryan released", "a statement by X").
      let b = j;
      for (let n = 0; b > floor && n < 6 && (this.toks[b]!.cap || this.toks[b]!.raw === '.' || TITLE_MODIFIERS.has(this.toks[b]!.lo) || isRole(this.toks[b]!.lo) || this.toks[b]!.lo === 'the'); n++) b--;
      const before = this.toks[b]!;
      if (p && (p.kind === 'name' || (p.kind === 'role' && p.role !== '')) && b < j && before.word && !before.cap && (before.lo === 'to' || before.lo === 'with' || LISTENER_VERBS.has(before.lo))) continue;
      if (p && (p.kind !== 'name' || (!this.isOrganization(p) && this.isPerson(this.canonical(p.name, p.at))))) return p;
    }
    return null;
  }
}
