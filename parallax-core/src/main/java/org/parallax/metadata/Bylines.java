package org.parallax.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.clean.Line;

/**
 * Reads a byline as a librarian would: the people it names, each once and in ordinary case, and the organization
 * it credits. "By JOHN SMITH and Jane Roe, Reuters | March 3, 2024" names John Smith and Jane Roe and credits
 * Reuters. A news agency, the outlet itself or an organization the page marks as one is a credit, not an author;
 * roles ("Staff writer"), dates, labels ("By", "Von", "Text:") and addresses are neither.
 */
final class Bylines {
    /** The people a byline names and the organization it credits (or null). */
    record Byline(List<String> people, String credit) {
        static final Byline NONE = new Byline(List.of(), null);

        Byline {
            people = List.copyOf(people);
        }

        boolean isEmpty() {
            return people.isEmpty() && credit == null;
        }
    }

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:(?:(?:written|reported|story|words|text|texte|"
            + "compiled|edited)\\s+by|by|von|par|por|door|av|af|от|bearbeitet von|escrito por|publicado por)(?:\\s*[:：]\\s*|\\s+)"
            + "|(?:autor(?:in)?|author|authors|auteur|text|texte|testo|texto|reporter|redaktion)\\s*[:：]\\s*)");
    private static final Pattern SEPARATORS = Pattern.compile("(?iu)\\s*[,;|•·/\\n、]\\s*|\\s+(?:und|and|&|og|och|"
            + "et|y|e|en|i|ve|sowie|with|mit|avec|con|und von)\\s+");
    /** Web and mail addresses, which a byline may hold beside the names. */
    private static final Pattern ADDRESS = Pattern.compile("\\S+://\\S*|\\S+@\\S+|\\bwww\\.\\S+");
    /** What follows a byline on its line: a date, an update label, a reading time. */
    private static final Pattern TAIL = Pattern.compile("(?iu)\\s*(?:[|•·–—-]\\s*)?(?:updated|published|posted|"
            + "aktualisiert|veröffentlicht|stand|publié|mis à jour|publicado|actualizado|\\d+\\s*min).*$");
    private static final Pattern TEXT_BYLINE = Pattern.compile("(?u)^(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Av|Af)\\s+"
            + "(?<names>\\p{Lu}.{1,100})$");
    /** Words that describe a job or a desk, not a person. */
    private static final Set<String> ROLES = Set.of("staff", "writer", "writers", "reporter", "reporters", "editor",
            "editors", "correspondent", "correspondents", "columnist", "contributor", "contributors", "contributing",
            "senior", "chief", "political", "politics", "sports", "business", "news", "editorial", "desk", "team",
            "newsroom", "redaktion", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalist",
            "journalistin", "autor", "autorin", "author", "authors", "rédaction", "redacción", "redazione", "producer",
            "analyst", "photographer", "photos", "photo", "fotos", "foto", "video", "graphics", "special", "to", "the",
            "for", "of", "in", "at", "our", "online", "digital", "freelance", "freier", "freie", "mitarbeiter",
            "mitarbeiterin", "updated", "published", "more", "read", "follow", "view", "all", "articles", "by", "from",
            "about", "profile", "email", "on", "red", "agenturen", "agencies", "agencias", "agences", "agenzie", "wires", "associate", "assistant", "deputy", "managing", "executive", "world",
            "local", "national", "international", "science", "technology", "health", "culture", "opinion");
    /** News agencies, whose name in a byline credits the copy they supplied. */
    private static final Set<String> AGENCIES = Set.of("ap", "associated press", "the associated press", "reuters",
            "afp", "agence france-presse", "agence france presse", "dpa", "deutsche presse-agentur", "sid", "kna", "epd",
            "apa", "ansa", "efe", "europa press", "anadolu", "anadolu agency", "anadolu ajansı", "aa", "xinhua", "tass",
            "ria novosti", "interfax", "kyodo", "kyodo news", "jiji", "jiji press", "yonhap", "pa", "pa media",
            "press association", "upi", "united press international", "bloomberg", "belga", "anp", "ntb", "tt",
            "ritzau", "stt", "pap", "čtk", "ctk", "mti", "lusa", "ats", "sda", "keystone-sda", "aap", "cp",
            "the canadian press", "canadian press", "ians", "pti", "ani", "bernama", "antara", "efe/ep", "ips",
            "dpa-afx", "awp", "kyodo/afp");
    /** Characters no name holds: a part with one is markup, code or an address. */
    private static final String MARKUP = "<>{}[]=@/\\|#";
    /** At most this many words in a person's name. */
    private static final int MAX_WORDS = 6;
    /** How many lines into a text a byline may stand. */
    private static final int TEXT_REACH = 12;

    private Bylines() {
    }

    /**
     * Reads the names a page or record gives its authors.
     *
     * @param names         names as written, best source first (each may hold several people and a credit)
     * @param organizations names the source marks as organizations
     * @param outletNames   the outlet's own names and host, so that a byline naming the outlet credits it
     */
    static Byline read(List<String> names, List<String> organizations, List<String> outletNames) {
        Set<String> people = new LinkedHashSet<>();
        String agency = null;
        String organization = null;
        for (String raw : names) {
            List<String> parts = parts(raw);
            boolean single = true;
            for (String part : parts) {
                single &= !part.contains(" ") || isAgency(part) || isOutlet(part, outletNames) || isOrganization(part);
            }
            boolean first = true;
            for (String part : parts) {
                if (isAgency(part)) {
                    agency = agency == null ? part : agency;
                } else if (isOutlet(part, outletNames) || isOrganization(part)) {
                    organization = organization == null ? part : organization;
                } else if (isPerson(part) && (part.contains(" ") || single && first)) {
                    // a lone word after a full name or an organization is a place or a desk ("Jane Roe, Frankfurt")
                    people.add(ordinaryCase(part));
                }
                first = false;
            }
        }
        for (String org : organizations) {
            String name = org.strip();
            if (isAgency(name)) {
                agency = agency == null ? name : agency;
            } else if (organization == null && !name.isEmpty()) {
                organization = name;
            }
        }
        people.removeIf(p -> dedupedBy(p, people));
        return new Byline(new ArrayList<>(people), agency != null ? agency : organization);
    }

    /** A byline line near the top of a text ("By Jane Roe | Tuesday, March 4"), or none. */
    static Byline inText(List<Line> lines, List<String> outletNames) {
        for (int i = 0; i < Math.min(lines.size(), TEXT_REACH); i++) {
            Matcher m = TEXT_BYLINE.matcher(lines.get(i).text().strip());
            if (m.matches()) {
                Byline byline = read(List.of(m.group("names")), List.of(), outletNames);
                if (!byline.people().isEmpty()) {
                    return byline;
                }
            }
        }
        return Byline.NONE;
    }

    /** Whether the name is a news agency's. */
    static boolean isAgency(String name) {
        String key = key(name);
        return AGENCIES.contains(key) || AGENCIES.contains(key.replaceFirst("^the ", ""));
    }

    /** The names a byline holds, each on its own: labels, dates and what follows them taken off. */
    static List<String> parts(String raw) {
        String s = ADDRESS.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ").strip();
        List<DateText.Match> dates = DateText.find(s);
        if (!dates.isEmpty()) {
            s = s.substring(0, dates.get(0).start());
        }
        s = TAIL.matcher(s).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(s)) {
            String p = LABEL.matcher(part.strip()).replaceFirst("");
            p = p.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.)]]+$", "").replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A person's name: a few words, no digits, not a role or a desk. */
    private static boolean isPerson(String part) {
        if (part.length() < 2 || part.chars().anyMatch(c -> Character.isDigit(c) || MARKUP.indexOf(c) >= 0)) {
            return false;
        }
        String[] words = part.split("\\s+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        int roles = 0;
        for (String w : words) {
            if (ROLES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                roles++;
            }
        }
        return roles < words.length;
    }

    /** A desk or organization named as author: "Redaktion X", "X Staff", a name ending in a web domain. */
    private static boolean isOrganization(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\.(de|com|at|ch|net|org|is|co|uk|fr|es|it|no|se|dk|tr|jp|in|au)$")
                || lower.matches("(?u).*\\b(redaktion|newsroom|editorial board|staff|desk|team|nachrichten|zeitung|"
                + "news|press|media|online|verlag|rédaction|redacción|redazione)\\b.*");
    }

    /** Whether the part names the outlet: its site name or host, in whatever case or spacing. */
    static boolean isOutlet(String part, List<String> outletNames) {
        String k = key(part).replace(" ", "").replace("-", "");
        if (k.length() < 2) {
            return false;
        }
        for (String name : outletNames) {
            if (name == null) {
                continue;
            }
            String n = key(name).replace(" ", "").replace("-", "");
            String bare = n.replaceFirst("\\.[a-z]{2,3}(\\.[a-z]{2})?$", "");
            if (n.length() >= 2 && (k.equals(n) || k.equals(bare) || k.replaceFirst("\\.[a-z]{2,3}$", "").equals(bare)
                    || bare.length() >= 3 && k.startsWith(bare) && k.length() <= bare.length() + 16
                    || k.length() >= 3 && n.startsWith(k))) {
                return true;
            }
        }
        return false;
    }

    /** A name written in capitals or in lower case only, in ordinary case: "JOHN SMITH" → "John Smith". */
    static String ordinaryCase(String name) {
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
        boolean lower = name.equals(name.toLowerCase(Locale.ROOT));
        if (!upper && !lower || !name.chars().anyMatch(Character::isLetter) || !hasCase(name)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return sb.toString();
    }

    private static boolean hasCase(String s) {
        return !s.toUpperCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT));
    }

    /** A name that another, fuller name in the list holds ("Smith" beside "John Smith"). */
    private static boolean dedupedBy(String name, Set<String> all) {
        String k = key(name);
        for (String other : all) {
            String o = key(other);
            if (!o.equals(k) && o.length() > k.length() && (o.endsWith(" " + k) || o.equals(k))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
