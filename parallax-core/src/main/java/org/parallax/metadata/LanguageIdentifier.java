package org.parallax.metadata;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Tells the language of a text with Lingua, in its low-accuracy mode (which keeps memory small and is
 * reliable on paragraphs, the size of text it is given here). The models load once per process.
 */
final class LanguageIdentifier {
    /** Enough text to be sure; more only costs time. */
    private static final int SAMPLE = 1200;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode().build();
    }

    private LanguageIdentifier() {
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
