/**
 * A small stop-word language detector: enough to tell the major news languages apart on a whole
 * article (it is not meant for short strings). Returns a BCP 47 primary tag or null when unsure.
 */
const STOPWORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as he she his her at by be this have from are not but they said has were had which been who will would their an or its more about after also than',
  es: 'el la de que y en los las del se por un una con para es al lo como más pero sus le ya fue este ha son entre cuando muy sin sobre también dijo desde porque todo esta',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au avec ce il elle sont par plus ont été aux cette mais ses leur comme selon nous vous',
  de: 'der die das und ist in den von zu mit sich des auf für nicht ein eine dem als auch es an werden aus er hat dass sie nach bei um noch wie über wird sind',
  it: 'il di che la e è per un una del della in non sono le con si da al lo gli alla anche nel più ma come ha dei delle questo hanno stato',
  pt: 'o a de que e do da em um uma para com não os as no na por mais dos das se ao foi como mas ele ela seu sua está também pelo pela são',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij maar om door dan wordt werd heeft hij zij naar nog uit',
  sv: 'och att det som en på är av för med till den har de inte om ett var men jag vi så från kan sin',
  pl: 'i w na z się nie do że to jest o jak po ale od przez dla jego za co był była są tym tak',
  tr: 've bir bu da de için ile çok ne daha gibi olarak olan ama en kadar sonra göre ise',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak ke akan pada juga adalah oleh karena ada bahwa',
};

const LISTS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(' '))]));

/** Scripts that identify a language (or a family we report by its main language) by themselves. */
const SCRIPT_LANGS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0400-\u04ff]/g, 'ru'],
];

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) return null;
  // Kana before Han: Japanese text has both.
  for (const [re, lang] of SCRIPT_LANGS) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > 0.3) return lang;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 5) return null;
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, set] of Object.entries(LISTS)) {
    let hits = 0;
    for (const t of tokens) if (set.has(t)) hits++;
    const score = hits / tokens.length;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) second = score;
  }
  // Stop words are 30–50% of running text in these languages; demand a clear lead.
  if (bestScore < 0.12 || bestScore < second * 1.4) return null;
  return best;
}
