package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.EntityType;

/**
 * The bundled list of countries, capitals, seats of government, demonyms, regions and international
 * organizations ({@code gazetteer.tsv}), and a matcher that finds their names in a text on word boundaries,
 * longest first. Names of four letters or more also match in all lower or all upper case ("kyiv"), unless the
 * list marks them as common words.
 */
final class Gazetteer {
    /** How a text can name an entry. */
    enum Form { NAME, ALIAS, DEMONYM, CAPITAL, SEAT }

    /** @param medium whether it is a news agency, broadcaster or paper: it reports positions and takes none */
    record Entry(EntityType type, String name, String capital, boolean medium) {
    }

    record Match(Entry entry, Form form, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private record Surface(String text, Entry entry, Form form) {
    }

    private static final String RESOURCE = "gazetteer.tsv";
    private static final Gazetteer BUNDLED = load();

    private final Map<String, List<Surface>> byPrefix = new HashMap<>();
    /** The hashes of every name's first two characters, to pass over most words without a lookup. */
    private final java.util.BitSet starts = new java.util.BitSet(1 << 16);
    private final Map<String, Entry> byName = new HashMap<>();

    static Gazetteer bundled() {
        return BUNDLED;
    }

    /** The entry whose canonical name or alias folds to this text, if any. */
    Entry lookup(String name) {
        return byName.get(Names.fold(name));
    }

    /** Every name in the text, longest first where names overlap, in text order. */
    List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n - 1) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            if (!starts.get(pairHash(text.charAt(i), text.charAt(i + 1)))) {
                i++;
                continue;   // no name starts with these two characters
            }
            Match best = null;
            for (Surface s : byPrefix.getOrDefault(text.substring(i, i + 2), List.of())) {
                int end = i + s.text().length();
                if (text.startsWith(s.text(), i) && (end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
                    best = new Match(s.entry(), s.form(), i, end);
                    break;   // surfaces are sorted longest first
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static int pairHash(char a, char b) {
        return (a * 31 + b) & 0xFFFF;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (WordLists.Line line : WordLists.read(RESOURCE, "the gazetteer")) {
            g.addLine(line.text(), line.number());
        }
        g.byPrefix.values().forEach(list -> list.sort(Comparator.comparingInt((Surface s) -> s.text().length()).reversed()));
        return g;
    }

    private void addLine(String line, int number) {
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f[1].isBlank()) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": a kind and a name are required");
        }
        EntityType type = switch (f[0]) {
            case "country" -> EntityType.COUNTRY;
            case "organization", "medium" -> EntityType.ORGANIZATION;
            case "location" -> EntityType.LOCATION;
            default -> throw new IllegalStateException(RESOURCE + " line " + number + ": unknown kind '" + f[0] + "'");
        };
        List<String> capitals = values(f, 4);
        Entry entry = new Entry(type, f[1].replace("!", ""), capitals.isEmpty() ? null : capitals.get(0).replace("!", ""),
                f[0].equals("medium"));
        add(f[1], entry, Form.NAME);
        values(f, 2).forEach(alias -> add(alias, entry, Form.ALIAS));
        for (String demonym : values(f, 3)) {
            add(demonym, entry, Form.DEMONYM);
            String plain = demonym.replace("!", "");
            if (plain.endsWith("n") || plain.endsWith("i")) {
                add(demonym + "s", entry, Form.DEMONYM);
            }
        }
        capitals.forEach(capital -> add(capital, entry, Form.CAPITAL));
        values(f, 5).forEach(seat -> add(seat, entry, Form.SEAT));
    }

    private static List<String> values(String[] fields, int column) {
        if (fields.length <= column || fields[column].isBlank()) {
            return List.of();
        }
        return List.of(fields[column].split("\\|"));
    }

    private void add(String value, Entry entry, Form form) {
        boolean exactOnly = value.startsWith("!");
        String text = exactOnly ? value.substring(1) : value;
        if (form == Form.NAME || form == Form.ALIAS) {
            byName.putIfAbsent(Names.fold(text), entry);
        }
        addSurface(text, entry, form);
        long letters = text.chars().filter(Character::isLetter).count();
        if (!exactOnly && form != Form.DEMONYM && letters >= 4 && !text.equals(text.toUpperCase(Locale.ROOT))) {
            addSurface(text.toLowerCase(Locale.ROOT), entry, form);
            addSurface(text.toUpperCase(Locale.ROOT), entry, form);
            if (!text.contains(" ")) {   // "Belta" for "BelTA": a one-word name written as a word
                addSurface(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1).toLowerCase(Locale.ROOT), entry,
                        form);
            }
        }
    }

    private void addSurface(String text, Entry entry, Form form) {
        if (text.length() < 2) {
            return;
        }
        starts.set(pairHash(text.charAt(0), text.charAt(1)));
        List<Surface> list = byPrefix.computeIfAbsent(text.substring(0, 2), k -> new ArrayList<>());
        if (list.stream().noneMatch(s -> s.text().equals(text))) {
            list.add(new Surface(text, entry, form));
        }
    }
}
