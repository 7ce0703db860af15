package org.parallax.metadata;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Tells the language of a text with Lingua, in its low-accuracy mode (which keeps memory small and is
 * reliable on paragraphs, the size of text it is given here), among the languages most news is
 * published in. The models load once per process. Lingua's cost grows with the text and the number of
 * candidate languages: a few hundred characters and thirty-odd languages keep it to a small share of the
 * pipeline.
 */
final class LanguageIdentifier {
    /** Enough text to be sure; more only costs time. */
    private static final int SAMPLE = 300;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
                Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.CZECH, Language.SLOVAK,
                Language.HUNGARIAN, Language.ROMANIAN, Language.SWEDISH, Language.DANISH, Language.BOKMAL,
                Language.FINNISH, Language.GREEK, Language.TURKISH, Language.RUSSIAN, Language.UKRAINIAN,
                Language.BULGARIAN, Language.SERBIAN, Language.CROATIAN, Language.ARABIC, Language.PERSIAN,
                Language.HEBREW, Language.HINDI, Language.BENGALI, Language.CHINESE, Language.JAPANESE,
                Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE, Language.THAI, Language.SWAHILI)
                .withLowAccuracyMode().build();
    }

    private LanguageIdentifier() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading the models of the Latin-script languages (over a second; the others load when a text in their
     * script comes) on a thread of its own, once per process, to be ready by the first article.
     */
    static void loadInBackground() {
        if (LOADING.compareAndSet(false, true)) {
            Thread loading = new Thread(() -> identify("The models of the languages written in this script load now."),
                    "language-models-load");
            loading.setDaemon(true);
            loading.start();
        }
    }

    /** The ISO 639-1 code of the language of {@code text}, or "und" when it cannot be told. */
    static String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < 12) {
            return "und";
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return "und";
        }
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
