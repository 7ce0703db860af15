package org.parallax.nlp;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.ArticleEntities;

/** How names are compared: folded spellings, transliteration-tolerant person keys, titles and honorifics. */
final class Names {
    private Names() {
    }

    /** A word: letters, digits and marks, with inner hyphens, apostrophes or dots ("Port-au-Prince", "N'Djamena"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_I_Y = Pattern.compile("[iy]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");

    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
            "prof", "professor", "messrs", "madam", "mme");

    /**
     * Words of titles and offices. A title before a name, or after it set off by a comma, becomes the person's
     * role; a misspelling of one of the longer words still counts ("Preside").
     */
    static final Set<String> TITLE_WORDS = Set.of("president", "presidents", "vice", "premier", "prime", "minister",
            "ministers", "chancellor", "king", "queen", "prince", "princess", "emperor", "leader", "leaders", "chief",
            "deputy", "secretary", "spokesman", "spokeswoman", "spokesperson", "general", "gen", "colonel", "col",
            "lieutenant", "lt", "major", "admiral", "marshal", "ambassador", "envoy", "governor", "mayor", "senator",
            "sen", "rep", "representative", "congressman", "congresswoman", "chairman", "chairwoman", "chair",
            "director", "head", "commander", "foreign", "defence", "defense", "interior", "finance", "economy",
            "trade", "state", "national", "security", "adviser", "advisor", "coordinator", "pope", "ayatollah",
            "sheikh", "emir", "sultan", "crown", "speaker", "judge", "justice", "attorney", "officer", "official",
            "former", "acting", "supreme", "senior", "top", "assistant", "undersecretary",
            "commissioner", "mp", "candidate", "nominee", "strategic", "communications", "intelligence",
            "military", "army", "navy", "of", "for", "the");

    /** Titles that name a head of state or government: "leader" may stand for any of them. */
    static final Set<String> LEADER_HEADS = Set.of("president", "prime minister", "premier", "chancellor", "leader",
            "king", "queen", "emperor", "supreme leader", "emir", "sultan");

    /** Whether a description with this country and head ("the Belarus leader") can name the holder of {@code role}. */
    static boolean fits(ArticleEntities.Role role, String country, String head) {
        return role.country() != null && role.country().equals(country) && (role.head().equals(head)
                || role.head().equals("leader") && LEADER_HEADS.contains(head)
                || head.equals("leader") && LEADER_HEADS.contains(role.head()));
    }

    /** Words that may head a role description ("the Russian president", "the Belarus leader"). */
    static final Set<String> HEADS = Set.of("president", "leader", "premier", "chancellor", "king", "queen",
            "emperor", "emir", "sultan", "prime minister", "foreign minister", "defence minister", "defense minister",
            "finance minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy");

    /** Lower case, without accents, typographic apostrophes made plain. */
    static String fold(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s.toLowerCase(Locale.ROOT);   // nothing to decompose or to strip
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** Whether the word ends in a possessive ("Ukraine’s", "Belarus’"). */
    static boolean isPossessive(String word) {
        return POSSESSIVE.matcher(word).find();
    }

    /** The word without a trailing possessive ("Ukraine’s" → "Ukraine", "Belarus’" → "Belarus"). */
    static String withoutPossessive(String word) {
        return POSSESSIVE.matcher(word).replaceFirst("");
    }

    /**
     * One name word as identity compares it: folded, letters only, and for longer words any run of i/y at the
     * end made one y, so that transliterations agree (Zelensky, Zelenskyy, Zelenskyi, Zelenskiy).
     */
    static String tokenKey(String word) {
        String folded = fold(withoutPossessive(word)).replaceAll("[^\\p{L}\\p{N}]", "");
        return folded.length() > 4 ? TRAILING_I_Y.matcher(folded).replaceFirst("y") : folded;
    }

    /** The words of a name. */
    static List<String> words(String name) {
        Matcher m = WORD.matcher(name);
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * A person's identity key: the token keys of the name's words, without initials and generational suffixes
     * ("Donald J. Trump" and "Donald Trump" are one person; so are "Joseph Smith Jr" and "Joseph Smith").
     */
    static String personKey(String name) {
        List<String> keys = words(name).stream().map(Names::tokenKey)
                .filter(w -> w.length() > 1 && !SUFFIXES.contains(w)).toList();
        return String.join(" ", keys.isEmpty() ? words(name).stream().map(Names::tokenKey).toList() : keys);
    }

    /** True for an honorific (Mr, Mrs, Dr) with or without its full stop. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(fold(word).replace(".", ""));
    }

    /** True for a title word, or a misspelling of a longer one ("Preside", "Presdient"). */
    static boolean isTitleWord(String word) {
        return title(word) != null;
    }

    /**
     * The title word a word stands for, in lower case and singular ("Presidents" and "Preside" → "president"),
     * or null when it is no title. Misspellings count for titles of six letters or more.
     */
    static String title(String word) {
        String known = TITLES.get(word);
        if (known == null) {
            if (TITLES.size() >= 100_000) {
                TITLES.clear();
            }
            known = Objects.requireNonNullElse(titleOf(word), "");
            TITLES.put(word, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** Words already read by {@link #title}: their title, or "" for none. */
    private static final Map<String, String> TITLES = new ConcurrentHashMap<>();

    /** The titles a misspelling may stand for, in alphabetical order: of two that fit, the first wins. */
    private static final List<String> LONG_TITLES = TITLE_WORDS.stream().filter(t -> t.length() >= 6).sorted().toList();

    private static String titleOf(String word) {
        String w = fold(withoutPossessive(word)).replace(".", "");
        if (TITLE_WORDS.contains(w)) {
            return w;
        }
        if (w.endsWith("s") && TITLE_WORDS.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() < 6) {
            return null;
        }
        for (String title : LONG_TITLES) {
            if (title.startsWith(w) && title.length() - w.length() <= 2
                    || title.length() >= w.length() - 1 && nearlyEqual(w, title)) {
                return title;
            }
        }
        return null;
    }

    /** Whether two words differ by at most one edit (insertion, deletion, substitution or swap of neighbours). */
    static boolean nearlyEqual(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        String ra = a.substring(Math.min(i + 1, a.length()));
        String rb = b.substring(Math.min(i + 1, b.length()));
        return ra.equals(rb) || a.substring(i).equals(rb) || ra.equals(b.substring(i))
                || i + 1 < a.length() && i + 1 < b.length() && a.charAt(i) == b.charAt(i + 1)
                && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** A stable, readable id: the type, then the key's letters and digits, with a hash when folding lost letters. */
    static String id(String type, String key) {
        String slug = key.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        boolean lossless = key.chars().allMatch(c -> c < 128);
        if (slug.isEmpty() || !lossless) {
            slug = (slug.isEmpty() ? "" : slug + "-") + sha256(key).substring(0, 8);
        }
        return type + "-" + slug;
    }

    private static String sha256(String s) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
