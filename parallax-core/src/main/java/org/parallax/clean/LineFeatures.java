package org.parallax.clean;

import java.util.regex.Pattern;
import org.parallax.metadata.DateText;

/** The measurements of one line that judge whether it is prose, a heading or chrome. */
final class LineFeatures {
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-zA-Z][\\w-]*(\\s+[^\\]]*)?\\]");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\w-]*[a-z][_][\\w-]*");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(source|sources|quelle|fuente|źródło|"
            + "photo|foto|bild|image|credit|credits|via)\\s*:.{0,60}$");
    /**
     * A picture's caption: it names the figure first, or ends with the picture's credit; a news agency counts
     * as a credit only behind a slash, bar or bracket ("Foto: X/dpa"), not as the source a sentence names.
     */
    private static final Pattern CAPTION = Pattern.compile("(?iu)^((abbildung|abb\\.|fig\\.|figure|grafik|"
            + "titelbild|beitragsbild|symbolbild|aufmacherbild|foto|photo|bild|image)\\s*\\d*\\s*:.*|"
            + ".*(?<!\\p{L})©[^©]{0,60}|"
            + ".*\\((foto|photo|fotos|bild|image|credit|quelle)\\s*:[^)]{1,60}\\)\\W*|"
            + ".*(?<!\\p{L})(foto|photo|fotos|bild|image|credit)\\s*:\\s*[^.:]{1,50}|"
            + ".*(?<!\\p{L})(getty images|picture[- ]alliance|shutterstock|istock(photo)?|imago images|ap photo)\\W*|"
            + ".*[/|(]\\s*(dpa|afp|reuters|ap|epa|keystone)(\\s*/[^/]{1,40})?\\W*)$");
    private static final int MAX_CAPTION = 300;
    /** The most words a field of a post's meta line has besides a date ("March 4, 2020 | News | 3 comments"). */
    private static final int MAX_META_FIELD_WORDS = 5;
    /** The words a date itself may take in such a field ("January 13, 2020 at 08:45 AM"). */
    private static final int DATE_WORDS = 4;
    private static final Pattern BYLINE = Pattern.compile("(?u)^(By|BY|Von|Par|Por|Autor|Author)\\s*:?\\s*\\p{Lu}.{0,70}$");
    /** A metadata field label with nothing after it, as templates print an empty slot. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("(?iu)^(date|datum|fecha|published|posted|updated|"
            + "veröffentlicht|aktualisiert|author|autor|auteur|by|von|tags|schlagworte|category|kategorie)\\s*:?$");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\W*\\d{1,2}[:.]\\d{2}( ?(uhr|h|am|pm))?\\W*$");
    private static final Pattern NUMERIC = Pattern.compile("(?u)^[\\p{N}\\p{P}\\p{S}\\s°CFcfkKmhs%]*$");
    private static final Pattern URL_OR_MAIL = Pattern.compile("(?i)^(https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\w+)$");

    final String text;
    final int chars;
    final int words;
    final int functionWords;
    final int capitalized;
    /** Ends with sentence punctuation (before closing quotes). */
    final boolean punctuated;
    /** Punctuated, or long enough to be a paragraph that lost its final mark. */
    final boolean sentenceEnd;
    final boolean forcedChrome;
    final boolean chromePhrase;
    /** Written mostly in Chinese, Japanese or Korean script, where words are not separated by spaces. */
    final boolean cjk;
    /** Figures only (a price, a score, a table cell), not a clock time or a date: inside an article, data. */
    final boolean numeric;

    LineFeatures(String text) {
        this.text = text;
        this.chars = text.length();
        int w = 0;
        int fw = 0;
        int caps = 0;
        for (String token : text.split("[\\s]+")) {
            String word = strip(token);
            if (word.isEmpty()) {
                continue;
            }
            w++;
            if (Vocabulary.isFunctionWord(Vocabulary.lower(word))) {
                fw++;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                caps++;
            }
        }
        this.words = w;
        this.functionWords = fw;
        this.capitalized = caps;
        this.punctuated = endsSentence(text);
        this.sentenceEnd = punctuated || (chars > 120 && !teaser());
        String lower = Vocabulary.lower(text);
        this.chromePhrase = words <= 8 && Vocabulary.hasChromePhrase(lower);
        this.cjk = isCjk(text);
        this.forcedChrome = isForcedChrome(text, lower, words);
        this.numeric = NUMERIC.matcher(text).matches() && !DateText.isDateLine(text) && !CLOCK.matcher(text).matches();
    }

    /** Below this code point (CJK Radicals Supplement) no character is Chinese, Japanese or Korean. */
    private static final int FIRST_CJK = 0x2E80;

    private static boolean isCjk(String text) {
        if (text.chars().noneMatch(c -> c >= FIRST_CJK)) {
            return false;
        }
        int letters = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                    cjk++;
                }
            }
        }
        return letters > 0 && cjk * 10 >= letters * 3;
    }

    /** Running prose in a script without spaces: long enough and punctuated like sentences. */
    boolean cjkProse() {
        return cjk && chars >= 30 && (text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('、') >= 0);
    }

    double density() {
        return words == 0 ? 0 : (double) functionWords / words;
    }

    /** Teaser lines cut short with an ellipsis, as related-story lists show them. */
    boolean teaser() {
        return chars < 300 && (text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]")
                || text.endsWith("[...]"));
    }

    /** A line that reads like a headline: several words, no closing punctuation. */
    boolean headlineLike() {
        return !punctuated && words >= 5 && chars <= 250;
    }

    private static boolean isForcedChrome(String text, String lower, int words) {
        if (words == 0 || text.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        if (NUMERIC.matcher(text).matches() || URL_OR_MAIL.matcher(text).matches()) {
            return true;
        }
        if (SHORTCODE.matcher(text).matches() || (words == 1 && IDENTIFIER.matcher(text).matches())) {
            return true;
        }
        if (EMPTY_FIELD.matcher(text).matches()) {
            return true;
        }
        if (text.length() < 80 && (CREDIT.matcher(text).matches() || BYLINE.matcher(text).matches())) {
            return true;
        }
        if (text.length() < MAX_CAPTION && CAPTION.matcher(text).matches() || isMetaLine(text)) {
            return true;
        }
        return Vocabulary.isEditorialNote(lower) || Vocabulary.isTemplateSentence(lower) || Vocabulary.isMoreHeading(text)
                || Vocabulary.isTeaserLine(text) && !endsSentence(text) || Vocabulary.isCallToAction(text, lower)
                || DateText.isDateLine(text);
    }

    /** A post's meta line: it holds a date, and every field between its bars is short. */
    private static boolean isMetaLine(String text) {
        if (text.length() > 160 || text.indexOf('|') < 0 || DateText.find(text).isEmpty()) {
            return false;
        }
        for (String field : text.split("\\|")) {
            int allowed = MAX_META_FIELD_WORDS + (DateText.find(field).isEmpty() ? 0 : DATE_WORDS);
            if (field.strip().split("\\s+").length > allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’'»)]*".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…' || c == '。';
    }

    private static String strip(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
            e--;
        }
        return token.substring(s, e);
    }
}
