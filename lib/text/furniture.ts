/**
 * Page furniture beyond English: one row per rule family, one entry per language, each a regex
 * alternation matched case-insensitively against a whole line (English stays in boilerplate.ts's own
 * patterns). The entries translate the English rule families (what a CMS prints in that language for
 * "Share this article", "Read also", "Advertisement", "Leave a comment", "All rights reserved"…); they
 * were not taken from particular pages. Month names come from Intl (boilerplate.ts). Kept terse: the
 * table ships in three bundles.
 */
export const FURNITURE_LANGS = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

export const FURNITURE = {
  /** A share/print/send widget on its own line (network names and counts may follow). */
  share: {
    de: '(?:diesen )?(?:artikel )?(?:teilen|drucken|versenden|merken)|link kopieren',
    fr: '(?:partager|imprimer|envoyer)(?: cet article| sur)?|envoyer cet article.{0,20}|copier le lien',
    es: '(?:compartir|imprimir|enviar)(?: (?:este|esta) \\p{L}+| en)?|enviar a un amigo|copiar (?:el )?enlace',
    it: '(?:condividi|stampa|invia)(?: (?:questo|l[’\'])\\s?articolo| su)?|copia (?:il )?link',
    pt: '(?:compartilh|partilh)(?:ar|e)(?: (?:este|esta) \\p{L}+| no)?|imprimir|copiar (?:o )?link',
    nl: '(?:deel|delen|printen)(?: dit artikel| op)?|kopieer (?:de )?link',
  },
  /** A comment section's heading, count, prompt and form notices: cuts what follows. */
  comments: {
    de: '\\d*\\s*(?:leser)?kommentare?(?: \\(\\d+\\))?|kommentar (?:schreiben|verfassen)|kommentieren|ihre e-mail-adresse wird nicht veröffentlicht.*|erforderliche felder sind .*|kommentare sind geschlossen.*',
    fr: '\\d*\\s*commentaires?(?: \\(\\d+\\))?|(?:ajouter|laisser|écrire) un commentaire|réagir(?: à cet article)?|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée.*|les champs obligatoires sont .*|les commentaires sont fermés.*',
    es: '\\d*\\s*comentarios?(?: \\(\\d+\\))?|(?:deja|dejar|escribe|añadir) (?:un|tu) comentario|comentar|tu dirección de correo electrónico no será publicada.*|los campos obligatorios están .*|los comentarios están cerrados.*',
    it: '\\d*\\s*commenti(?: \\(\\d+\\))?|(?:lascia|scrivi|aggiungi) un commento|commenta|il tuo indirizzo (?:e-mail|email) non sarà pubblicato.*|i campi obbligatori sono .*|i commenti sono chiusi.*',
    pt: '\\d*\\s*comentários?(?: \\(\\d+\\))?|(?:deixe|escreva) (?:um|seu|o seu) comentário|comentar|o seu endereço de (?:e-mail|email) não será publicado.*|os campos obrigatórios estão .*|os comentários estão fechados.*',
    nl: '\\d*\\s*reacties?(?: \\(\\d+\\))?|(?:plaats|geef|schrijf) een reactie|reageer|je e-mailadres wordt niet gepubliceerd.*|vereiste velden zijn .*|reageren is niet meer mogelijk.*',
  },
  /** A comment form's bare field labels (they cut only where no prose follows). */
  fields: 'kommentar|e-mail|webseite|nom|commentaire|courriel|site web|nombre|comentario|correo electrónico|sitio web|nome|commento|sito web|comentário|site|naam|reactie',
  /** Headings of lists of other stories (related, read also, most read, tags, about the author); also lead-ins "X: <link>". */
  related: {
    de: 'mehr (?:zum thema|aus|von|über|zu)(?!\\p{L}).{0,40}|das könnte sie auch interessieren|auch interessant|(?:weitere|verwandte|ähnliche) (?:artikel|beiträge|themen)|lesen sie (?:auch|mehr)|weiterlesen|zum thema|siehe auch|meist(?:gelesen|kommentiert)\\p{L}*(?: .{0,30})?|top-themen|schlagw(?:orte?|örter)|themen|stichwörter|über (?:den|die) autor(?:in)?',
    fr: '(?:à |a )?lire (?:aussi|la suite)|lire|sur le même (?:sujet|thème)|articles? (?:similaires|liés|recommandés)|dans la même rubrique|(?:les )?plus (?:lus|populaires|partagés)(?: .{0,30})?|vous aimerez (?:peut-être )?aussi.{0,20}|(?:à |a )?(?:découvrir|voir) aussi|la rédaction vous conseille|en savoir plus|plus d[’\']articles.{0,40}|mots[- ]clés|sujets|thèmes|(?:à|a) propos de l[’\']auteur|ses derniers articles',
    es: '(?:lee|lea|leer) (?:también|más)|(?:también )?te (?:puede|podría) interesar|(?:noticias|artículos) relacionad[oa]s|relacionad[oa]s?|más (?:noticias|sobre|en)(?!\\p{L}).{0,40}|lo más (?:leído|visto)(?: .{0,30})?|(?:las )?más (?:leídas|vistas)(?: .{0,30})?|ver (?:también|más)|sigue leyendo|temas|etiquetas|archivado en|sobre el autor|te recomendamos',
    it: '(?:leggi|vedi) anche|leggi|(?:ti )?potrebbe interessarti|(?:articoli|notizie) correlat[ie]|correlati|(?:i )?più (?:letti|visti)(?: .{0,30})?|altr[ie] (?:notizie|articoli)(?: .{0,30})?|argomenti|tag|sull[’\']autore',
    pt: '(?:leia|veja) (?:também|mais)|(?:notícias|matérias|tópicos) relacionad[oa]s|relacionad[oa]s?|(?:as |os )?mais (?:lidas|lidos|vistos)(?: .{0,30})?|mais (?:notícias|sobre|em)(?!\\p{L}).{0,40}|você (?:também )?pode gostar.{0,20}|saiba mais|tópicos|assuntos|temas|sobre o autor',
    nl: 'lees (?:ook|meer|verder)|meer (?:over|nieuws|artikelen)(?!\\p{L}).{0,40}|gerelateerde artikelen|(?:meest|best) gelezen(?: .{0,30})?|bekijk ook|ook interessant|onderwerpen|over de auteur',
  },
  /** Ads, sponsored labels, subscription and newsletter prompts, reading time, "continue reading". */
  promo: {
    de: 'anzeige|werbung|gesponsert|(?:jetzt )?abonnieren|newsletter (?:abonnieren|bestellen).{0,40}|(?:artikel )?weiterlesen|lesezeit:? \\d+ min\\p{L}*\\.?|\\d+ min\\p{L}*\\.? lesezeit',
    fr: 'publicité|(?:contenu )?sponsorisé|abonnez-vous.{0,40}|s[’\']abonner.{0,40}|inscrivez-vous à (?:notre|la) newsletter.{0,40}|lire la suite|temps de lecture ?: ?\\d+ min\\p{L}*|\\d+ min\\p{L}* de lecture',
    es: 'publicidad|(?:contenido )?patrocinado|suscr[íi](?:bete|birse).{0,40}|sigue leyendo|seguir leyendo|tiempo de lectura:? \\d+ min\\p{L}*|\\d+ min\\p{L}* de lectura',
    it: 'pubblicità|(?:contenuto )?sponsorizzato|abbonati.{0,40}|iscriviti alla (?:nostra )?newsletter.{0,40}|continua a leggere|tempo di lettura:? \\d+ min\\p{L}*|\\d+ min\\p{L}* di lettura',
    pt: 'publicidade|(?:conteúdo )?patrocinado|assine.{0,40}|inscreva-se.{0,40}|continue lendo|continuar a ler|tempo de leitura:? \\d+ min\\p{L}*|\\d+ min\\p{L}* de leitura',
    nl: 'advertentie|gesponsord|abonneer.{0,40}|meld je aan voor (?:de|onze) nieuwsbrief.{0,40}|lees verder|leestijd:? \\d+ min\\p{L}*|\\d+ min\\p{L}* leestijd',
  },
  /** Interface text: skip links, back to top, sign-in, menus, galleries, cookie consent, legal lines. */
  ui: {
    de: '(?:direkt )?zum inhalt(?: springen)?|(?:zurück )?nach oben|anmelden|einloggen|abmelden|registrieren|suche|schließen|menü|startseite|mehr (?:anzeigen|laden)|bild \\d+ von \\d+|(?:wir verwenden|diese (?:web)?seite verwendet) cookies.*|(?:alle )?akzeptieren|datenschutz(?:erklärung)?|impressum|nutzungsbedingungen|alle rechte vorbehalten\\.?|vorige|nächste|zurück|weiter',
    fr: 'aller au contenu(?: principal)?|(?:retour en )?haut de (?:la )?page|retour en haut|(?:se )?connecter|connexion|s[’\']inscrire|rechercher|fermer|accueil|(?:voir|afficher) plus|photo \\d+ sur \\d+|(?:nous utilisons|ce site utilise) des cookies.*|en poursuivant votre navigation.*|(?:tout )?accepter|politique de confidentialité|mentions légales|tous droits réservés\\.?|précédent|suivant',
    es: '(?:saltar|ir) al contenido(?: principal)?|volver arriba|(?:iniciar|cerrar) sesión|entrar|regístrate|buscar|cerrar|inicio|(?:ver|cargar) más|foto \\d+ de \\d+|(?:utilizamos|usamos|este sitio(?: web)? (?:utiliza|usa)) cookies.*|aceptar(?: todo| todas)?(?: las cookies)?|política de privacidad|aviso legal|términos y condiciones|todos los derechos reservados\\.?|anterior|siguiente',
    it: 'vai al contenuto(?: principale)?|torna su|accedi|registrati|esci|cerca|chiudi|(?:mostra|carica) altro|foto \\d+ di \\d+|(?:utilizziamo|questo sito utilizza) (?:i )?cookie.*|accetta(?: tutti)?|informativa (?:sulla )?privacy|termini e condizioni|tutti i diritti riservati\\.?|precedente|successivo',
    pt: '(?:pular|ir) para o conteúdo(?: principal)?|voltar ao topo|entrar|cadastre-se|sair|buscar|pesquisar|fechar|(?:ver|carregar) mais|foto \\d+ de \\d+|(?:usamos|utilizamos|este site (?:usa|utiliza)) cookies.*|aceitar(?: todos)?|política de privacidade|termos de uso|todos os direitos reservados.{0,120}|anterior|próxim[oa]',
    nl: '(?:ga )?naar (?:de )?inhoud|terug naar boven|inloggen|registreren|uitloggen|zoeken|sluiten|meer laden|toon meer|(?:wij gebruiken|deze website gebruikt) cookies.*|(?:alles )?accepteren|privacybeleid|algemene voorwaarden|alle rechten voorbehouden\\.?|vorige|volgende',
  },
  /** Notes about the page, not the story: follow us, tag lines, comment moderation. */
  meta: {
    de: 'folg(?:en sie|e) (?:uns|\\p{L}+(?: \\p{L}+){0,3}) (?:auf|bei) .{0,100}|(?:schlagw\\p{L}+|themen|stichwörter)\\s*:.{0,120}|.{0,60}kommentare werden moderiert.*',
    fr: 'suivez[- ](?:nous|\\p{L}+(?: \\p{L}+){0,3}) sur .{0,100}|(?:mots[- ]clés|sujets|thèmes)\\s*:.{0,120}|.{0,60}commentaires sont modérés.*',
    es: '(?:s[íi]guenos|sigue a \\p{L}+(?: \\p{L}+){0,3}) en .{0,100}|(?:etiquetas|temas|archivado en)\\s*:.{0,120}|.{0,60}comentarios (?:son|serán) moderados.*',
    it: 'seguici su .{0,100}|(?:tag|argomenti)\\s*:.{0,120}|.{0,60}commenti (?:sono|vengono) moderati.*',
    pt: 'siga(?:-nos| \\p{L}+(?: \\p{L}+){0,3}) n[oa]s? .{0,100}|(?:tópicos|assuntos|temas)\\s*:.{0,120}|.{0,60}comentários (?:são|serão) moderados.*',
    nl: 'volg (?:ons|\\p{L}+(?: \\p{L}+){0,3}) op .{0,100}|(?:onderwerpen|trefwoorden)\\s*:.{0,120}|.{0,60}reacties worden gemodereerd.*',
  },
  /** "Updated …", "Published …" before a date (the date part is language-free). */
  stamp: '(?:zuletzt )?aktualisiert(?: am)?|veröffentlicht(?: am)?|stand|mis à jour(?: le)?|publié(?: le)?|modifié(?: le)?|actualizado(?: el)?|publicado(?: el| em)?|aggiornato(?: il)?|pubblicato(?: il)?|atualizado(?: em)?|bijgewerkt(?: op)?|gepubliceerd(?: op)?',
  /** Labels of a photo credit line ("Foto: …", "Crédit photo : …"). */
  credit: 'fotos?|bild(?:quelle)?|quelle|cr[ée]dits? photos?|photos?|crédits?|fotografía|imagen|imagem|crédito|immagine|beeld',
} as const;

export type FurnitureFamily = keyof typeof FURNITURE;

/** One family's phrases in every language, as one alternation. */
export const furniture = (family: FurnitureFamily): string => {
  const row = FURNITURE[family];
  return typeof row === 'string' ? row : Object.values(row).join('|');
};
