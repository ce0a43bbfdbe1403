/**
 * Page-furniture phrases beyond English: one row per rule family, one entry per language (de, fr,
 * es, it, pt, nl), each a regex alternation matched case-insensitively against a whole line (the
 * English phrases stay in lib/text/boilerplate.ts's own patterns, whose grammar is richer). The
 * entries are translations of the English rule families (what a WordPress, a CMS or a news site
 * prints in that language for "Share this article", "Read also", "Advertisement", "Comments are
 * closed", "All rights reserved"…), not phrases taken from particular pages. boilerplate.ts
 * compiles each family once into the matching rule. Write `\\d` for a digit; `[’']` for an apostrophe.
 */
export type FurnitureFamily = keyof typeof FURNITURE;

export const FURNITURE = {
  /** A share/print/send widget on a line of its own (may be followed by network names and counts). */
  share: {
    de: '(?:(?:diesen )?artikel )?(?:teilen|drucken|versenden|verschicken|merken)|teilen auf|per e-mail (?:senden|versenden|teilen)|link kopieren',
    fr: '(?:partager|imprimer|envoyer)(?: (?:cet|l[’\']) ?article| (?:par|sur) .{1,20})?|envoyer cet article.{0,20}|copier le lien|enregistrer',
    es: '(?:compartir|imprimir|enviar)(?: (?:este|el) (?:artículo|art[íi]culo|noticia)| (?:en|por) .{1,20})?|enviar a un amigo|copiar (?:el )?enlace|guardar',
    it: '(?:condividi|stampa|invia)(?: (?:questo|l[’\']) ?articolo| (?:su|via) .{1,20})?|copia (?:il )?link|salva',
    pt: '(?:compartilhe|compartilhar|partilhar|partilhe|imprimir|enviar)(?: (?:este|esta) (?:artigo|matéria|notícia)| (?:no|na|por) .{1,20})?|copiar (?:o )?link|salvar|guardar',
    nl: '(?:deel|delen|printen|afdrukken|versturen)(?: dit artikel| (?:op|via) .{1,20})?|kopieer (?:de )?link|opslaan',
  },
  /** Comment sections and forms: a heading, a count, a prompt, the form's notices. Cuts what follows. */
  comments: {
    de: '\\d*\\s*(?:leser)?kommentare?(?: \\(\\d+\\))?|kommentar (?:schreiben|verfassen|abgeben)|kommentieren|diskutieren sie mit.{0,40}|ihre e-mail-adresse wird nicht veröffentlicht.*|erforderliche felder sind .*|die kommentarfunktion (?:ist|wurde) .{0,40}|kommentare sind (?:geschlossen|deaktiviert).*',
    fr: '\\d*\\s*commentaires?(?: \\(\\d+\\))?|(?:ajouter|laisser|écrire|poster) un commentaire|réagir(?: à cet article)?|réagissez.{0,40}|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée.*|les champs obligatoires sont .*|les commentaires sont fermés.*',
    es: '\\d*\\s*comentarios?(?: \\(\\d+\\))?|(?:deja|dejar|escribe|añadir|agregar) (?:un|tu) comentario|comenta|comentar|tu dirección de correo electrónico no será publicada.*|los campos obligatorios están .*|los comentarios están cerrados.*',
    it: '\\d*\\s*commenti(?: \\(\\d+\\))?|(?:lascia|scrivi|aggiungi) un commento|commenta|il tuo indirizzo (?:e-mail|email) non sarà pubblicato.*|i campi obbligatori sono .*|i commenti sono chiusi.*',
    pt: '\\d*\\s*comentários?(?: \\(\\d+\\))?|(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) comentário|comente|comentar|o seu endereço de (?:e-mail|email) não será publicado.*|seu e-mail não será publicado.*|os campos obrigatórios estão .*|os comentários estão fechados.*',
    nl: '\\d*\\s*reacties?(?: \\(\\d+\\))?|(?:plaats|geef|schrijf) een reactie|reageer|reageren|je e-mailadres wordt niet gepubliceerd.*|vereiste velden zijn .*|reageren is (?:niet meer mogelijk|gesloten).*',
  },
  /** A comment form's bare field labels (they cut only where no prose follows). */
  fields: {
    de: 'kommentar|e-mail|webseite|website',
    fr: 'nom|commentaire|courriel|e-mail|site web|site internet',
    es: 'nombre|comentario|correo electrónico|correo|sitio web|web',
    it: 'nome|commento|sito web|e-mail',
    pt: 'nome|comentário|site|e-mail',
    nl: 'naam|reactie|e-mail|website',
  },
  /** Headings of lists of other stories (related, read also, most read, tags, about the author). */
  related: {
    de: 'mehr (?:zum thema|zu diesem thema|aus|von|über|zu)(?![\\p{L}]).{0,40}|das könnte sie auch interessieren|auch interessant|(?:weitere|verwandte|ähnliche|empfohlene) (?:artikel|beiträge|nachrichten|themen)|lesen sie (?:auch|mehr)|weiterlesen|zum thema|siehe auch|meistgelesen(?:e)?(?: artikel| nachrichten)?|meist(?:gelesen|kommentiert)|top-themen|(?:schlagw(?:orte?|örter)|themen|stichwörter)|über (?:den|die) autor(?:in)?|empfehlungen',
    fr: '(?:à |a )?lire aussi|à lire|sur le même (?:sujet|thème)|articles? (?:similaires|liés|connexes|recommandés)|dans la même rubrique|(?:les )?plus (?:lus|populaires|partagés|commentés)(?: .{0,30})?|vous (?:aimerez|pourriez aimer)(?: peut-être)? aussi.{0,20}|(?:à|a) (?:découvrir|voir) aussi|voir aussi|la rédaction vous conseille|nos lecteurs ont (?:lu|aimé)|en savoir plus|lire la suite|plus d[’\']articles.{0,40}|mots[- ]clés|sujets|thèmes|(?:à|a) propos de l[’\']auteur|ses derniers articles|sur le même sujet',
    es: '(?:lee|lea|leer) (?:también|más)|(?:también )?te (?:puede|podría) interesar|noticias relacionadas|artículos relacionados|relacionad[oa]s?|más (?:noticias|sobre|en)(?![\\p{L}]).{0,40}|lo más (?:leído|visto|comentado)(?: .{0,30})?|(?:las )?más (?:leídas|vistas)(?: .{0,30})?|ver (?:también|más)|sigue leyendo|seguir leyendo|temas|etiquetas|archivado en|sobre el autor|te recomendamos|recomendad[oa]s',
    it: '(?:leggi|vedi) anche|potrebbe interessarti|ti potrebbe interessare|(?:articoli|notizie) correlat[ie]|correlati|(?:i )?più (?:letti|visti|commentati)(?: .{0,30})?|altr[ie] (?:notizie|articoli)(?: .{0,30})?|leggi (?:di più|tutto)|argomenti|tag|sull[’\']autore|consigliati',
    pt: '(?:leia|veja) (?:também|mais)|(?:notícias|matérias|artigos|tópicos) relacionad[oa]s|relacionad[oa]s|(?:as |os )?mais (?:lidas|lidos|vistas|vistos|comentad[oa]s)(?: .{0,30})?|mais (?:notícias|sobre|em)(?![\\p{L}]).{0,40}|você (?:pode|também pode) gostar.{0,20}|saiba mais|tópicos|assuntos|temas|sobre o autor|recomendad[oa]s',
    nl: 'lees (?:ook|meer|verder)|meer (?:over|nieuws|artikelen)(?![\\p{L}]).{0,40}|gerelateerde (?:artikelen|berichten)|(?:meest|best) gelezen(?: .{0,30})?|bekijk ook|ook interessant|onderwerpen|over de auteur|aanbevolen',
  },
  /** Lead-ins to another story ("Lire aussi : …"), removed when the rest is a link. */
  leadIn: {
    de: 'lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|weiterlesen|zum thema|siehe auch',
    fr: '(?:à |a )?lire aussi|lire|voir aussi|(?:à|a) voir aussi|sur le même sujet|lire la suite',
    es: '(?:lee|lea|leer) (?:también|más)|te puede interesar|ver también|noticia relacionada|relacionado',
    it: '(?:leggi|vedi) anche|leggi|potrebbe interessarti',
    pt: '(?:leia|veja) (?:também|mais)|saiba mais|relacionad[oa]',
    nl: 'lees (?:ook|meer)|bekijk ook',
  },
  /** Ads, sponsored labels, subscription and newsletter prompts, reading time, "continue reading". */
  promo: {
    de: 'anzeige|werbung|gesponsert|(?:jetzt )?abonnieren|abo abschließen|(?:zum )?newsletter (?:abonnieren|anmelden|bestellen).{0,40}|jetzt (?:anmelden|registrieren).{0,40}|(?:artikel )?weiterlesen|lesezeit:? \\d+ min\\.?(?:uten)?|\\d+ min(?:uten|\\.)? lesezeit|app (?:herunterladen|laden)',
    fr: 'publicité|sponsorisé|contenu sponsorisé|abonnez-vous.{0,40}|s[’\']abonner.{0,40}|inscrivez-vous (?:à|a) (?:notre|la) newsletter.{0,40}|recevez (?:notre|la) newsletter.{0,40}|lire la suite|temps de lecture ?: ?\\d+ min(?:utes?)?|\\d+ min(?:utes?)? de lecture|télécharger l[’\']application.{0,40}',
    es: 'publicidad|patrocinado|contenido patrocinado|suscr[íi]bete.{0,40}|suscribirse.{0,40}|(?:suscríbete|apúntate|regístrate) (?:a|al) (?:nuestro|nuestra) (?:boletín|newsletter).{0,40}|recibe (?:nuestro|el) (?:boletín|newsletter).{0,40}|sigue leyendo|seguir leyendo|tiempo de lectura:? \\d+ min(?:utos)?|\\d+ min(?:utos)? de lectura|descarga (?:la|nuestra) app.{0,40}',
    it: 'pubblicità|sponsorizzato|contenuto sponsorizzato|abbonati.{0,40}|iscriviti alla (?:nostra )?newsletter.{0,40}|continua a leggere|tempo di lettura:? \\d+ min(?:uti)?|\\d+ min(?:uti)? di lettura|scarica (?:la|l[’\']) ?app.{0,40}',
    pt: 'publicidade|patrocinado|conteúdo patrocinado|assine(?: já| agora)?|assine .{1,40}|inscreva-se.{0,40}|(?:receba|assine) (?:a|nossa) newsletter.{0,40}|continue lendo|continuar (?:a ler|lendo)|tempo de leitura:? \\d+ min(?:utos)?|\\d+ min(?:utos)? de leitura|baixe o app.{0,40}',
    nl: 'advertentie|gesponsord|abonneer(?: nu)?.{0,40}|meld je aan voor (?:de|onze) nieuwsbrief.{0,40}|lees verder|leestijd:? \\d+ min(?:uten)?|\\d+ min(?:uten)? leestijd|download de app.{0,40}',
  },
  /** Interface text: skip links, back to top, sign-in, menus, galleries, cookie consent, legal links. */
  ui: {
    de: '(?:zum|direkt zum) inhalt(?: springen)?|(?:zurück )?nach oben|anmelden|einloggen|abmelden|registrieren|suche|suchen|schließen|menü|startseite|mehr (?:anzeigen|laden)|bild \\d+ (?:von|aus) \\d+|(?:wir verwenden|diese (?:web)?seite verwendet) cookies.*|alle akzeptieren|akzeptieren|datenschutz(?:erklärung)?|impressum|nutzungsbedingungen|alle rechte vorbehalten\\.?|vorige|nächste|zurück|weiter',
    fr: 'aller au contenu(?: principal)?|(?:retour en )?haut de (?:la )?page|retour en haut|se connecter|connexion|se déconnecter|s[’\']inscrire|inscription|rechercher|recherche|fermer|accueil|(?:voir|afficher|charger) plus|photo \\d+ sur \\d+|(?:nous utilisons|ce site utilise) des cookies.*|en poursuivant votre navigation.*|tout accepter|accepter|politique de confidentialité|mentions légales|conditions générales d[’\']utilisation|tous droits réservés\\.?|précédent|suivant',
    es: '(?:saltar|ir) al contenido(?: principal)?|volver arriba|iniciar sesión|cerrar sesión|entrar|regístrate|registrarse|buscar|cerrar|inicio|(?:ver|cargar|mostrar) más|foto \\d+ de \\d+|(?:utilizamos|usamos|este sitio(?: web)? (?:utiliza|usa)) cookies.*|aceptar(?: todo| todas)?(?: las cookies)?|política de privacidad|aviso legal|términos y condiciones|todos los derechos reservados\\.?|anterior|siguiente',
    it: 'vai al contenuto(?: principale)?|torna (?:su|all[’\']inizio)|accedi|registrati|esci|cerca|chiudi|(?:mostra|carica) altro|foto \\d+ di \\d+|(?:utilizziamo|questo sito utilizza) (?:i )?cookie.*|accetta(?: tutti)?|informativa (?:sulla )?privacy|termini e condizioni|tutti i diritti riservati\\.?|precedente|successivo',
    pt: '(?:pular|ir) para o conteúdo(?: principal)?|voltar ao topo|entrar|cadastre-se|sair|buscar|pesquisar|fechar|(?:ver|carregar) mais|foto \\d+ de \\d+|(?:usamos|utilizamos|este site (?:usa|utiliza)) cookies.*|aceitar(?: todos)?|política de privacidade|termos de uso|todos os direitos reservados\\.?.{0,120}|anterior|próxim[oa]',
    nl: '(?:ga )?naar (?:de )?inhoud|terug naar boven|inloggen|registreren|uitloggen|zoeken|sluiten|(?:meer laden|toon meer)|(?:wij gebruiken|deze website gebruikt) cookies.*|alles accepteren|accepteren|privacybeleid|algemene voorwaarden|alle rechten voorbehouden\\.?|vorige|volgende',
  },
  /** Notes about the page, not the story: follow us, tag lines, comment moderation. */
  meta: {
    de: 'folg(?:en sie|e) (?:uns|\\p{L}+(?: \\p{L}+){0,3}) (?:auf|bei) .{0,100}|(?:schlagw(?:orte?|örter)|themen|stichwörter|tags)\\s*:.{0,120}|.{0,60}kommentare werden moderiert.*',
    fr: 'suivez[- ](?:nous|\\p{L}+(?: \\p{L}+){0,3}) sur .{0,100}|(?:mots[- ]clés|sujets|thèmes|tags)\\s*:.{0,120}|.{0,60}commentaires sont modérés.*',
    es: '(?:s[íi]guenos|sigue a \\p{L}+(?: \\p{L}+){0,3}) en .{0,100}|(?:etiquetas|temas|tags|archivado en)\\s*:.{0,120}|.{0,60}comentarios (?:son|serán|están) moderados.*',
    it: 'seguici su .{0,100}|(?:tag|argomenti)\\s*:.{0,120}|.{0,60}commenti (?:sono|vengono) moderati.*',
    pt: 'siga(?:-nos| \\p{L}+(?: \\p{L}+){0,3}) (?:no|na|nas|nos) .{0,100}|(?:tags|tópicos|assuntos|temas)\\s*:.{0,120}|.{0,60}comentários (?:são|serão) moderados.*',
    nl: 'volg (?:ons|\\p{L}+(?: \\p{L}+){0,3}) op .{0,100}|(?:tags|onderwerpen|trefwoorden)\\s*:.{0,120}|.{0,60}reacties worden gemodereerd.*',
  },
  /** "Updated …", "Published …" before a date: words only (the date part is language-free). */
  stamp: {
    de: '(?:zuletzt )?aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|stand',
    fr: 'mis à jour(?: le)?|publié(?: le)?|modifié(?: le)?|actualisé(?: le)?',
    es: 'actualizado(?: el)?|publicado(?: el)?|modificado(?: el)?',
    it: 'aggiornato(?: il)?|pubblicato(?: il)?|modificato(?: il)?',
    pt: 'atualizado(?: em)?|actualizado(?: em)?|publicado(?: em)?',
    nl: 'bijgewerkt(?: op)?|gepubliceerd(?: op)?|aangepast(?: op)?',
  },
  /** Month names and abbreviations (for date-only lines and datelines). */
  months: {
    de: 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez',
    fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc',
    es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic',
    it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic',
    pt: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez',
    nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec',
  },
  /** Labels of a photo credit line ("Foto: …", "Crédit photo : …"). */
  credit: {
    de: 'foto(?:s)?|bild(?:er)?|bildquelle|quelle',
    fr: 'cr[ée]dits? photos?|photos?|crédits?|illustration',
    es: 'fotos?|fotografía|imagen|imágenes|crédito',
    it: 'fotos?|foto di|immagine|credito',
    pt: 'fotos?|imagem|imagens|crédito',
    nl: 'fotos?|beeld|afbeelding',
  },
} as const;

/** One family's phrases in every language, as one alternation. */
export const furniture = (family: FurnitureFamily): string => Object.values(FURNITURE[family]).join('|');
