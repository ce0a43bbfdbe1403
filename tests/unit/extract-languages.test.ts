import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { cleanBlocks } from '../../lib/text/boilerplate';

// Pages written for this test (tests/data/extract/page-{de,fr,es}.html): a local news article with the
// page furniture of its language inside the article container — a dateline, a share line, a photo
// credit, a "read also" lead-in, an ad label, a related-stories box, a comment form, a copyright line.
const DIR = join(__dirname, '../data/extract');
function extracted(file: string): string[] {
  const r = extractPage(nodeParseHtml(readFileSync(join(DIR, file), 'utf8')), `https://news.example/${file}`);
  if (isNotArticle(r)) throw new Error(r.reason);
  return r.blocks.map((b) => b.text);
}

const CASES: Array<{ lang: string; file: string; article: string[]; shortSentence: string; furniture: string[] }> = [
  {
    lang: 'German',
    file: 'page-de.html',
    article: ['Der Stadtrat hat am Dienstagabend', 'Nach Angaben der Verwaltung kostet', 'Die Opposition kritisierte', 'ihre Pläne mit den Anwohnern teilen', 'Der Fahrradclub begrüßte den Beschluss'],
    shortSentence: 'Kommentare gab es in der Sitzung kaum.',
    furniture: ['Aktualisiert am', 'Diesen Artikel teilen', 'Foto: dpa', 'Lesen Sie auch', 'Anzeige', 'Mehr zum Thema', 'Radverkehr in der Stadt wächst weiter', 'Kommentare (12)', 'Ihre E-Mail-Adresse', 'Name *', 'Alle Rechte vorbehalten'],
  },
  {
    lang: 'French',
    file: 'page-fr.html',
    article: ['Le conseil régional a présenté jeudi', 'Le plan prévoit une hausse', 'Les élus de l’opposition', 'a promis de partager les résultats', 'Les associations d’usagers'],
    shortSentence: 'Commentaires et critiques ont été nombreux lors de la séance.',
    furniture: ['Mis à jour le', 'Partager cet article', 'Crédit photo', 'À lire aussi', 'Publicité', 'Sur le même sujet', 'Les tarifs des transports augmentent', 'Laisser un commentaire', 'Votre adresse e-mail', 'Nom *', 'Tous droits réservés'],
  },
  {
    lang: 'Spanish',
    file: 'page-es.html',
    article: ['El ayuntamiento anunció este lunes', 'La medida supondrá la contratación', 'Los estudiantes universitarios', 'quiso compartir también los datos', 'El grupo de la oposición pidió'],
    shortSentence: 'Comentarios no hubo en el pleno.',
    furniture: ['Actualizado el', 'Compartir en Facebook', 'Foto: EFE', 'Lee también', 'Publicidad', 'Noticias relacionadas', 'Los presupuestos municipales', 'Deja un comentario', 'Tu dirección de correo', 'Nombre *', 'Todos los derechos reservados'],
  },
];

describe('page furniture in other languages goes, the article stays', () => {
  for (const c of CASES) {
    it(`${c.lang}: every article paragraph is kept, every furniture line removed`, () => {
      const blocks = extracted(c.file);
      const text = blocks.join('\n');
      for (const a of c.article) expect(text).toContain(a);
      for (const f of c.furniture) expect(blocks.filter((b) => b.includes(f))).toEqual([]);
    });

    it(`${c.lang}: a short article sentence that contains a furniture word stays`, () => {
      expect(extracted(c.file)).toContain(c.shortSentence);
    });
  }
});

describe('the multilingual vocabulary matches whole lines only', () => {
  const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0 });
  const prose = (s: string) => p(`${s} Der Bericht wurde am Montag im Rathaus vorgestellt und ausführlich diskutiert.`);
  it('keeps prose that starts with a furniture phrase', () => {
    const blocks = [prose('Mehr zum Thema Verkehr sagte der Bürgermeister am Abend nichts.'), prose('Teilen wollte er die Zahlen nicht.'), prose('Anzeige erstattet hat die Polizei bislang nicht.')];
    expect(cleanBlocks(blocks).blocks).toHaveLength(3);
  });

  it('a related heading in the middle of the article takes only itself and the links under it', () => {
    const blocks = [prose('Erster Absatz.'), p('Lesen Sie auch', 'h3'), p('Alte Brücke bleibt gesperrt'), prose('Zweiter Absatz.'), prose('Dritter Absatz.')];
    const kept = cleanBlocks(blocks).blocks.map((b) => b.text);
    expect(kept).toEqual([blocks[0]!.text, blocks[3]!.text, blocks[4]!.text]);
  });
});

describe('comment lines in other languages', () => {
  const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0 });
  const prose = (n: number) => p(`Absatz ${n} des Artikels berichtet ausführlich über die Sitzung des Stadtrats am Dienstagabend.`);
  it('a comment count above the article goes alone; it does not cut the article', () => {
    const kept = cleanBlocks([p('Kommentare (12)'), prose(1), prose(2)]).blocks.map((b) => b.text);
    expect(kept).toEqual([prose(1).text, prose(2).text]);
  });
  it('a comment section after the article is cut with its form', () => {
    const kept = cleanBlocks([prose(1), prose(2), p('3 Kommentare'), p('Name *'), p('Kommentar abschicken')]).blocks.map((b) => b.text);
    expect(kept).toEqual([prose(1).text, prose(2).text]);
  });
});
