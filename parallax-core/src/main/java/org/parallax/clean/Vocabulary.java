package org.parallax.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that tell prose from page chrome, in the languages news is most often scraped in.
 * Function words are dense in running text and rare in menus and headlines; chrome phrases are the
 * vocabulary of navigation, sharing, subscription, comment and advertising blocks.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
            // English
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these",
            "those", "he", "she", "they", "we", "his", "her", "their", "our", "not", "which", "who", "would",
            "will", "can", "could", "said", "after", "about", "than", "into", "also", "there", "when", "if",
            // German
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
            "aber", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "hat", "haben", "nicht", "mit",
            "von", "zu", "im", "auf", "für", "sich", "auch", "es", "er", "sie", "wir", "ich", "dass", "als",
            "bei", "nach", "aus", "noch", "wie", "so", "nur", "am", "zum", "zur", "vom", "man", "kann", "mehr",
            // French
            "le", "la", "les", "un", "une", "des", "du", "et", "ou", "est", "sont", "dans", "pour", "par",
            "sur", "avec", "que", "qui", "ne", "pas", "il", "elle", "ils", "au", "aux", "ce", "cette", "se",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "y", "en", "por", "con", "para", "del", "al", "lo", "su", "se", "es", "una",
            "il", "di", "che", "non", "per", "della", "sono", "o", "e", "da", "do", "dos", "em", "não", "um",
            // Polish
            "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest", "o", "jak", "ale", "po", "przez",
            "od", "dla", "za", "jego", "już", "tak", "tylko", "są", "być", "został", "które", "który", "która",
            // Dutch
            "het", "een", "van", "zijn", "niet", "op", "met", "voor", "dat", "ook", "aan"));

    /** Phrases of page chrome, lower case; a short line containing one is chrome. Matched on word boundaries. */
    private static final List<String> CHROME_PHRASES = List.of(
            // sharing and following
            "share", "shares", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "telegram",
            "email this", "print this", "follow us", "teilen", "drucken", "partager", "compartir", "udostępnij",
            // accounts and subscriptions
            "subscribe", "subscription", "newsletter", "sign up", "sign in", "log in", "login", "log out",
            "register", "my account", "your account", "abonnieren", "anmelden", "abmelden", "registrieren",
            "s'abonner", "abonnez-vous", "connexion", "suscríbete", "zaloguj", "subskrybuj", "premium content",
            // comments
            "comment", "comments", "leave a comment", "leave a reply", "reply", "kommentar", "kommentare",
            "kommentieren", "commentaires", "comentarios", "komentarze", "enter your comment", "enter your name",
            // related and teasers
            "read more", "read also", "see also", "more from", "you may also like", "you might also like",
            "related", "related stories", "related news", "related articles", "recommended", "trending",
            "most read", "most popular", "latest news", "latest stories", "top stories", "more stories",
            "weiterlesen", "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren",
            "auch interessant", "lire aussi", "à lire aussi", "lee también", "czytaj też", "czytaj także",
            "zobacz też", "zobacz także", "polecamy",
            // advertising
            "advertisement", "advertising", "sponsored", "ad", "close ad", "anzeige", "werbung", "publicité",
            "publicidad", "reklama",
            // site furniture
            "cookie", "cookies", "privacy", "privacy policy", "terms of use", "terms of service", "impressum",
            "datenschutz", "datenschutzerklärung", "kontakt", "contact us", "about us", "all rights reserved",
            "alle rechte vorbehalten", "copyright", "skip to content", "skip to main content", "back to top",
            "nach oben", "menu", "menü", "search", "suche", "home", "startseite", "accueil", "inicio",
            "mentions légales", "sitemap", "rss", "archive", "archiv", "mobile version",
            "loading", "click here", "hier klicken", "watch live", "live tv", "more videos", "embed",
            "previous", "next", "zurück", "weiter", "page", "seite", "tags", "schlagworte", "category",
            "categories", "kategorie", "kategorien", "posted in", "filed under", "image", "photo", "foto",
            "bild", "credit", "quelle");

    private static final Pattern CHROME = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
            CHROME_PHRASES.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");

    /** Notes an editor appends to a developing story; chrome even though they are sentences. */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("(this (is an? )?(story|article|report|post|"
            + "message|page) (is|has been|will be)? ?(developing|evolving|being updated|updated)|"
            + "(is|are) (a )?(developing|evolving) (story|message|report)|"
            + "(more|further) (information|details|updates) (will|to) (be added|follow|come)|"
            + "will be updated as|check back (later|soon)|"
            + "this (article|story) (was|has been) (updated|corrected)|"
            + "(dieser artikel|diese meldung) wird (laufend )?aktualisiert)");

    /** Headings that close an article: what follows them is comments, related links or sharing. */
    private static final Pattern END_MARKER = Pattern.compile("(?iu)^\\W*(related|related (stories|articles|posts|news)|"
            + "read more|read also|see also|more (stories|news|articles)|you may also like|you might also like|"
            + "recommended|comments?|\\d+ comments?|leave a (comment|reply)|share this|tags|"
            + "ähnliche (beiträge|artikel)|weitere (beiträge|artikel)|verwandte (beiträge|artikel)|"
            + "das könnte (sie|dich) auch interessieren|lesen sie auch|kommentare?|\\d+ kommentare?|"
            + "kommentar verfassen|schreibe einen kommentar|à lire aussi|lire aussi|articles similaires|commentaires|"
            + "artículos relacionados|comentarios|czytaj (też|także)|zobacz (też|także)|komentarze|podobne|"
            + "about the author|about the authors|über den autor|über die autorin|zur person|der autor|die autorin|"
            + "l'auteur|à propos de l'auteur|sobre el autor|o autorze|tagged|getaggt|"
            + "(das|dieses) (thema )?könnte (sie|dich) auch interessieren|was (the|this) article helpful\\??|"
            + "war (der|dieser) artikel (nützlich|hilfreich)\\??)\\W*$");

    /** What a "more ..." heading offers: more of the site, not more of something the article reports. */
    private static final String MORE_OF_WHAT = "(zum thema|zu|zur|zum|von|vom|aus|über|lesen|news|nachrichten|artikel|"
            + "beiträge|meldungen|videos|bilder|fotos|infos|informationen|themen|inhalte|kolumnen|episoden|links|"
            + "interessante\\S*|aktuelle\\S*|pressemitteilungen|veranstaltungen|\\S*tipps|inspiration|stories|"
            + "articles|posts)";
    /** Headings over lists of more of the site: "Mehr zum Thema", "most read", "veja também". */
    private static final Pattern MORE_HEADING = Pattern.compile("(?iu)^\\W*((weitere|mehr|noch mehr)( \\S+)? "
            + MORE_OF_WHAT + "( \\S+){0,4}|(weitere|mehr)|(more from|more on|more about)( \\S+){0,5}|"
            + "meist ?(gelesen|kommentiert|diskutiert|geklickt|gesucht|geteilt|gesehen)\\S*( \\S+){0,2}|"
            + "most (popular|read|viewed|recent|commented|shared|watched)( \\S+){0,4}|"
            + "lesen sie (auch|dazu|mehr)( \\S+){0,5}|entdecke(n sie)? (weitere|jetzt|mehr)( \\S+){0,3}|"
            + "diskutieren sie mit( uns)?|unterstütze(n sie)? (uns|unser\\S*|das \\S+|diese \\S+)( \\S+){0,3}|quellenangaben|"
            + "vous aimerez aussi|à voir aussi|veja também|leia também|(también )?te puede interesar|"
            + "más sobre( \\S+){0,4}|ver también|lee también)\\W*$");

    static boolean isMoreHeading(String text) {
        return text.length() <= 60 && MORE_HEADING.matcher(text).matches();
    }

    /** A link to another story, labelled as one: "Read more: ...", "MIRA: ...", "Lesen Sie auch: ...". */
    private static final Pattern TEASER_LABEL = Pattern.compile("(?iu)^\\W*(read|read more|read also|also read|watch|"
            + "mira|mire|lee|lea|lee también|lesen sie (auch|mehr)|siehe auch|lire aussi|à lire aussi|voir aussi|"
            + "leia também|veja também|zobacz (też|także)|czytaj (też|także|więcej))\\s*:.*");
    private static final int MAX_TEASER = 200;

    static boolean isTeaserLine(String text) {
        return text.length() <= MAX_TEASER && TEASER_LABEL.matcher(text).matches();
    }

    /** Sentences of content-management templates: comment forms, post footers, consent notes. */
    private static final Pattern TEMPLATE_SENTENCE = Pattern.compile("(e-mail-adresse wird nicht veröffentlicht|"
            + "email address will not be published|required fields are marked|erforderliche felder sind|"
            + "this entry was posted|dieser eintrag wurde (am .{0,40})?veröffentlicht|posted in .{0,60} (tagged|bookmark)|"
            + "akismet|save my name, email|meinen namen, e-mail|notify me of (new|follow-up)|"
            + "benachrichtig(e|ung) (mich )?(über|bei)|you must be logged in|"
            + "du kommentierst mit|sie kommentieren mit|all rights reserved|alle rechte vorbehalten|"
            + "this site uses cookies|diese (web)?seite verwendet cookies|we use cookies|wir verwenden cookies|"
            + "um (einen )?kommentar\\p{L}* (zu )?(schreiben|verfassen|abzugeben)|"
            + "kommentieren zu können|para comentar (debes|tienes|es necesario|inicia)|"
            + "(connectez-vous|identifiez-vous|inscrivez-vous) pour commenter|pour commenter,? vous devez|"
            + "(log in|logged in|sign in|register|registered) to (post a )?comment|affiliate[- ]?(links?|commissions?)|unter der lizenz cc|licensed under (a |the )?(cc|creative commons))");

    static boolean isEndMarker(String text) {
        return text.length() <= 60 && END_MARKER.matcher(text).matches();
    }

    /** @param lower the line in lower case ({@link #lower}), as isCallToAction, hasChromePhrase and isEditorialNote take it */
    static boolean isTemplateSentence(String lower) {
        return lower.length() <= 300 && TEMPLATE_SENTENCE.matcher(lower).find();
    }

    /**
     * Words of the calls to action pages put inside articles (subscribe, newsletters, cookies, donations): a
     * line of a few sentences that uses one is a plea to the reader, not the article.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("newsletter|(?<!\\p{L})("
            + "subscrib\\w*|cookies?|abonnier\\w*|abonnez|suscr[ií]b\\w*|subskryp\\w*|inscrivez-vous|"
            + "spende|spenden\\w*|cookie-\\w+|paywall|bezahlschranke|abo|e-paper|privatsphäre|"
            + "support(ing)? (us|our \\p{L}+)|unterstütze|unterstützt uns|donate|donating)(?!\\p{L})");

    /** Words by which a page speaks to its reader or of its own site: "you", "our", "unser", "vous", "nuestro". */
    private static final Pattern READER = Pattern.compile("(?<!\\p{L})(you|your|yours|you['’]re|our|du|dich|dir|"
            + "dein\\w*|euch|euer|unser\\w*|vous|votre|vos|notre|nos|tu|usted|nuestr[oa]s?|"
            + "twoj\\w*|nasz\\w*|zapraszam\\w*)(?!\\p{L})");
    /**
     * The formal "you" of German, which lower case would confuse with "she" and "they": "Sie" and "Ihr" inside a
     * sentence, "Ihnen" anywhere ("bestellen Sie es im Shop", "Ihre Vorteile"); read in the line as written.
     */
    private static final Pattern FORMAL_READER = Pattern.compile("(?u)(?<![.!?:]\\s)(?<!^)(?<!\\p{L})(Sie|Ihr|Ihre[nmrs]?)(?!\\p{L})|"
            + "(?<!\\p{L})Ihnen(?!\\p{L})");
    private static final int MAX_CALL_TO_ACTION = 300;
    /** Words in quotation marks: somebody is quoted, as news quotes a publisher on its subscribers. */
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»‘’‚‹›][^\"“”„«»]{12,}[\"“”„«»]");

    /**
     * A plea to follow the outlet elsewhere, in the imperative that opens the line: on a social network, in its app,
     * in a messaging channel ("Follow the Herald on Twitter", "download our app for iOS and Android", "únete a
     * nuestro canal de Telegram").
     */
    private static final Pattern FOLLOW_PROMPT = Pattern.compile("^\\W*(for [^.!?]{0,60}?,?\\s)?((follow|folgen sie|folge|síguenos|siguenos|"
            + "suivez|seguici|únete|unete|join|abonniere|like)(?!\\p{L}).{0,80}(?<!\\p{L})(twitter|instagram|facebook|"
            + "telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|x\\.com)(?!\\p{L})|(download|descarga|"
            + "lade)(?!\\p{L}).{0,60}(?<!\\p{L})apps?(?!\\p{L}).{0,30}(ios|android|app store|google play))"
            + "|canal de (telegram|youtube|whatsapp)|cancela cuando quieras");
    private static final int MAX_FOLLOW_PROMPT = 250;

    static boolean isCallToAction(String lower) {
        return isCallToAction(lower, lower);
    }

    /** @param text the line as written, for the reader it addresses formally; {@code lower} the line in lower case */
    static boolean isCallToAction(String text, String lower) {
        if (lower.length() <= MAX_FOLLOW_PROMPT && FOLLOW_PROMPT.matcher(lower).find() && !QUOTED.matcher(lower).find()) {
            return true;
        }
        return lower.length() <= MAX_CALL_TO_ACTION && CALL_TO_ACTION.matcher(lower).find()
                && (READER.matcher(lower).find() || FORMAL_READER.matcher(text).find() || lower.split("\\s+").length <= 8)
                && !QUOTED.matcher(lower).find();
    }

    static boolean hasChromePhrase(String lower) {
        return CHROME.matcher(lower).find();
    }

    static boolean isEditorialNote(String lower) {
        return lower.length() <= 240 && EDITORIAL_NOTE.matcher(lower).find();
    }

    /**
     * The words a writer signs off with, before a name ("Euer Tom", "Cheers, Anna", "x Franzi", "Liebe Grüße, Eva",
     * "Saludos, Ana"), or kisses before the signature ("XX, the team").
     */
    private static final Pattern SIGN_OFF = Pattern.compile("(?iu)^(euer|eure|yours|love|cheers|xoxo|xx+|x|"
            + "(liebe|viele|herzliche|beste|sonnige|schöne)? ?grüße|gruß|lg|alles liebe|bis bald|"
            + "best wishes|kind regards|warm regards|regards|bisous|amitiés|cordialement|"
            + "saludos|un abrazo|abrazos|besos|pozdrawiam|pozdrowienia|groetjes|ciao)(?!\\p{L})[,!.]?\\s*(?-i:\\p{Lu})[^.!?]*$");
    /** A sign-off is a few words at most: the closing words and a name. */
    private static final int SIGN_OFF_WORDS = 5;

    /** Whether the line is a writer's sign-off: closing words and a name. */
    static boolean isSignOff(String text, int words) {
        return words <= SIGN_OFF_WORDS && text.length() <= 60 && SIGN_OFF.matcher(text).matches();
    }

    static boolean isFunctionWord(String lowerWord) {
        return FUNCTION_WORDS.contains(lowerWord);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
