package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.model.Bytes;
import org.parallax.model.Span;

/**
 * Reads PolNeAR's attributions: a BRAT standoff file beside the article's text. Its T lines are spans labelled
 * Source, Cue, Content or Attribution ({@code T3\tContent 315 448;463 553\twords}: a span may come in pieces,
 * separated by semicolons, its words then joined by one space); its E lines are the relations, one attribution
 * each ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}; {@code Attribution-no-source} when no one is
 * named; a second piece of content as {@code Content2}). Offsets count characters (code points) of the text.
 */
final class BratAttributions {
    /**
     * An opening double quotation mark: curly, low, reversed or angled, or the straight one. A content holding one
     * stands in quotation marks. Single marks do not count: the right one is also the apostrophe.
     */
    static final Pattern OPENING_MARK = Pattern.compile("[\u201c\u201e\u201f\u00ab\"]");

    private BratAttributions() {
    }

    /**
     * The articles of a PolNeAR folder: each {@code text/<article>.txt} with the attributions of the first
     * {@code attributions/<article>_<annotator>.ann} in sorted order (the agreement set has several annotators'),
     * in the order of the file names. An article with no attributions file fails the run: its gold is unknown.
     */
    static List<GoldArticle> readFolder(Path folder) throws IOException {
        Path texts = folder.resolve("text");
        Path attributions = folder.resolve(FOLDER);
        List<Path> files;
        try (Stream<Path> list = Files.list(texts)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> anns;
        try (Stream<Path> list = Files.list(attributions)) {
            anns = list.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String article = name.substring(0, name.length() - ".txt".length());
            Path ann = anns.stream().filter(a -> a.getFileName().toString().matches(Pattern.quote(article) + "_[^_]+\\.ann"))
                    .findFirst().orElseThrow(() -> new IOException("no attributions file " + article + "_<annotator>.ann in "
                            + attributions + " for " + file));
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            out.add(new GoldArticle(name, Bytes.of(bytes), text, read(ann, text), List.of()));
        }
        return out;
    }

    /** The folder of standoff files inside a PolNeAR folder. */
    static final String FOLDER = "attributions";

    /** The attributions of {@code ann}, whose offsets point into {@code text}; in the order of its E lines. */
    static List<GoldQuote> read(Path ann, String text) throws IOException {
        return parse(Files.readAllLines(ann), text, ann.toString());
    }

    /** The attributions of the lines of a standoff file named {@code where} in errors. */
    static List<GoldQuote> parse(List<String> lines, String text, String where) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String at = where + ":" + (i + 1);
            if (line.startsWith("T")) {
                String[] field = line.split("\t", -1);
                if (field.length < 2) {
                    throw new IOException("a T line needs an id, a label with its offsets and the words: " + at);
                }
                List<Span> pieces = pieces(field[1], text, at);
                if (field.length > 2 && !words(pieces, text).equals(field[2])) {
                    throw new IOException("the words of " + field[0] + " differ from the text at its offsets: " + at);
                }
                spans.put(field[0], pieces);
            } else if (line.startsWith("E")) {
                String[] field = line.split("\t", -1);
                if (field.length < 2) {
                    throw new IOException("an E line needs an id and its roles: " + at);
                }
                relations.add(new String[] {field[1].strip(), at});
            }
        }
        List<GoldQuote> out = new ArrayList<>();
        for (String[] relation : relations) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            for (String role : relation[0].split("\\s+")) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    throw new IOException("a role must read Role:T, was '" + role + "': " + relation[1]);
                }
                String name = role.substring(0, colon);
                List<Span> target = spans.get(role.substring(colon + 1));
                if (target == null) {
                    throw new IOException("role " + role + " names no T line: " + relation[1]);
                }
                if (name.startsWith("Content")) {
                    content.addAll(target);
                } else if (name.equals("Source")) {
                    source.addAll(target);
                }
            }
            content.sort(Comparator.comparingInt(Span::start));
            source.sort(Comparator.comparingInt(Span::start));
            String said = words(content, text);
            out.add(new GoldQuote(content, source, source.isEmpty() ? null : words(source, text),
                    OPENING_MARK.matcher(said).find()));
        }
        return out;
    }

    /** The pieces of "Label start end;start end", as UTF-16 spans over {@code text}. */
    private static List<Span> pieces(String labelled, String text, String at) throws IOException {
        int space = labelled.indexOf(' ');
        if (space < 0) {
            throw new IOException("a T line's label must be followed by offsets, was '" + labelled + "': " + at);
        }
        List<Span> out = new ArrayList<>();
        for (String piece : labelled.substring(space + 1).split(";")) {
            String[] offsets = piece.strip().split("\\s+");
            try {
                int start = Integer.parseInt(offsets[0]);
                int end = Integer.parseInt(offsets[offsets.length - 1]);
                if (offsets.length != 2 || end < start) {
                    throw new IOException("a span must read 'start end' with start <= end, was '" + piece + "': " + at);
                }
                out.add(new Span(GoldQuote.utf16(text, start, at), GoldQuote.utf16(text, end, at)));
            } catch (NumberFormatException e) {
                throw new IOException("a span must read 'start end', was '" + piece + "': " + at, e);
            }
        }
        return out;
    }

    /** The words of the pieces, joined by one space as BRAT joins them. */
    static String words(List<Span> pieces, String text) {
        StringBuilder sb = new StringBuilder();
        for (Span p : pieces) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(p.of(text));
        }
        return sb.toString();
    }
}
