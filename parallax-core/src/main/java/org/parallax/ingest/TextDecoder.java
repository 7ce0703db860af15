package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text document. UTF-8 (with or without a byte order mark) and UTF-16 with a
 * byte order mark are read as such; text that is not UTF-8 at all is decoded with the legacy charset a
 * detector names (Windows-1252 when it names none). Binary content, and plain text in UTF-8 corrupted
 * part-way (valid multi-byte sequences beside invalid ones), are refused with the reason; HTML pages are
 * read leniently, as browsers read them.
 */
final class TextDecoder {

    record Decoded(String charset, String text) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded("UTF-8", strictUtf8(bytes, 3));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded("UTF-16LE", withoutNul(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded("UTF-16BE", withoutNul(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)));
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new Decoded(utf16.name(), withoutNul(new String(bytes, utf16)));
        }
        rejectBinary(bytes);
        Utf8Census census = Utf8Census.of(bytes);
        if (census.errors() == 0) {
            return new Decoded("UTF-8", withoutNul(new String(bytes, StandardCharsets.UTF_8)));
        }
        int invalid = firstInvalidUtf8(bytes);
        if (census.sequences() > 0 && cutShort(bytes, invalid)) {
            // a file cut off in the middle of its last character: the text before it
            return new Decoded("UTF-8", withoutNul(new String(bytes, 0, invalid, StandardCharsets.UTF_8)));
        }
        if (census.sequences() > 0) {
            throw new InputException("invalid UTF-8 at byte " + invalid
                    + ": the file mixes valid UTF-8 with bytes that are not (corrupt or mixed encodings)");
        }
        Charset legacy = detectLegacy(bytes);
        return new Decoded(legacy.name(), withoutNul(new String(bytes, legacy)));
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') >= 0 ? text.replace("\0", "") : text;
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

    /**
     * Decodes an HTML page. A byte order mark wins; then bytes that are UTF-8 with multi-byte sequences, all
     * valid or but for a stray few (a character cut by a server's truncation), are UTF-8 whatever the page
     * declares (a wrong declaration is common); then the declared charset; then detection. Pages are decoded
     * leniently: a bad byte becomes U+FFFD, not a failure.
     */
    static Decoded decodeHtml(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes);
        }
        if (!looksLikeMarkup(bytes)) {
            rejectBinary(bytes);
        }
        Utf8Census census = Utf8Census.of(bytes);
        boolean utf8 = census.errors() == 0;
        if (census.mostlyUtf8()) {
            return new Decoded("UTF-8", new String(bytes, StandardCharsets.UTF_8));
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (!declared.equals(StandardCharsets.UTF_8) || utf8) {
                    return new Decoded(declared.name(), new String(bytes, declared));
                }
            } catch (IllegalArgumentException e) {
                // an unknown charset name: fall through to detection
            }
        }
        if (utf8) {
            return new Decoded("UTF-8", new String(bytes, StandardCharsets.UTF_8));
        }
        Charset legacy = detectLegacy(bytes);
        return new Decoded(legacy.name(), new String(bytes, legacy));
    }

    /** A page that opens like HTML is read as HTML, stray NUL or control bytes and all. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes, int offset) throws InputException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException("invalid UTF-8 after a UTF-8 byte order mark");
        }
    }

    /**
     * UTF-16 written without a byte order mark, as some Windows tools save text: in the first few KiB, every other
     * byte is NUL (the high byte of a Latin character) and the bytes between are not; little-endian when the NULs come
     * second. Null when the bytes do not look so (text in other scripts has few NULs and is not recognized).
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int window = Math.min(bytes.length, 4096) & ~1;
        if (window < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < window; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = window / 2;
        if (oddNul >= pairs * 6 / 10 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= pairs * 6 / 10 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Many NUL bytes, or many control characters, mean this is not text. A stray NUL in a long text (a
     * scraper's slip) does not: it is dropped from the decoded text.
     */
    private static void rejectBinary(byte[] bytes) throws InputException {
        int window = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        int nul = 0;
        int firstNul = -1;
        for (int i = 0; i < window; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
                firstNul = firstNul < 0 ? i : firstNul;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (nul > window / 50) {
            throw new InputException("binary content (NUL byte at offset " + firstNul + "), not text");
        }
        if (control > window / 100 + 1) {
            throw new InputException("binary content (" + control + " control bytes in the first " + window
                    + "), not text");
        }
    }

    /**
     * Whether the only break of UTF-8, at {@code invalid}, is the file's end cutting its last multi-byte character
     * short: a lead byte and fewer continuation bytes than it announces.
     */
    private static boolean cutShort(byte[] bytes, int invalid) {
        if (invalid < 1 || invalid < bytes.length - 3) {
            return false;
        }
        int needs = continuations(bytes[invalid] & 0xFF);
        if (needs < 1 || bytes.length - invalid - 1 >= needs) {
            return false;
        }
        for (int i = invalid + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** How many continuation bytes a UTF-8 lead byte announces (0 for ASCII), or -1 when it leads nothing. */
    private static int continuations(int lead) {
        return lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }

    /** The offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int extra = continuations(b[i] & 0xFF);
            if (extra < 0) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return -1;
    }

    /**
     * How many multi-byte UTF-8 sequences the bytes hold, and how many bytes break UTF-8. Text in a legacy
     * charset forms almost no valid sequences; UTF-8 with a few damaged characters forms many.
     */
    record Utf8Census(int sequences, int errors) {
        /** At most one stray byte per this many valid sequences still reads as UTF-8. */
        private static final int SEQUENCES_PER_STRAY_BYTE = 20;

        boolean mostlyUtf8() {
            return sequences > 0 && (long) errors * SEQUENCES_PER_STRAY_BYTE <= sequences;
        }

        static Utf8Census of(byte[] b) {
            int sequences = 0;
            int errors = 0;
            int i = 0;
            while (i < b.length) {
                int extra = continuations(b[i] & 0xFF);
                boolean valid = extra >= 0;
                for (int k = 1; valid && k <= extra; k++) {
                    valid = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
                }
                if (!valid) {
                    errors++;
                    i++;
                } else {
                    sequences += extra > 0 ? 1 : 0;
                    i += extra + 1;
                }
            }
            return new Utf8Census(sequences, errors);
        }
    }

    private static Charset detectLegacy(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null && !name.equalsIgnoreCase("UTF-8") && Charset.isSupported(name)) {
            return Charset.forName(name);
        }
        return Charset.forName("windows-1252");
    }
}
