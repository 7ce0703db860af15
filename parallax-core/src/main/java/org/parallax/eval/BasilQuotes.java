package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.model.Bytes;
import org.parallax.model.Span;

/**
 * Reads BASIL's quotes as stances-dev keeps them: {@value #ANNOTATIONS}, one phrase-level annotation per line
 * ({@code file}, {@code start}, {@code end}, {@code text}, {@code quote}, {@code speaker},
 * {@code in_quotation_marks}; offsets count characters of the text file), of which the rows with {@code quote}
 * true are quotes; and {@value ClusteringEvaluation#LABELS}, whose {@code main_entities} column names each
 * article's main entities, separated by " | ". The span of a BASIL quote is only its biased part, often a few
 * words of a longer quotation. Each quote also carries a stance: its {@code target} (one of the article's main
 * entities) and its {@code polarity} toward it.
 */
final class BasilQuotes {
    /** The annotations file of a BASIL folder. */
    static final String ANNOTATIONS = "annotations.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BasilQuotes() {
    }

    /**
     * The articles of a BASIL folder in the order of their file names: those its labels file lists, else every
     * {@code text/*.txt}, each with its quotes and main entities.
     */
    static List<GoldArticle> readFolder(Path folder) throws IOException {
        return readFolder(folder, null);
    }

    /**
     * A quote of BASIL read as a stance: its speaker's stance toward its target, the entity the quote is about,
     * for it (positive) or against it.
     */
    record GoldStance(GoldQuote quote, String target, boolean positive) {
    }

    /** The articles of a BASIL folder as {@link #readFolder(Path)} reads them, each quote's stance put in {@code stances}. */
    static List<GoldArticle> readFolder(Path folder, Map<String, List<GoldStance>> stances) throws IOException {
        Map<String, List<String>> mainEntities = mainEntities(folder.resolve(ClusteringEvaluation.LABELS));
        List<String> names = new ArrayList<>(mainEntities.keySet());
        if (names.isEmpty()) {
            try (Stream<Path> list = Files.list(folder.resolve("text"))) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(names::add);
            }
        }
        names.sort(null);
        Map<String, String> texts = new HashMap<>();
        Map<String, Bytes> bytes = new HashMap<>();
        for (String name : names) {
            Path file = Files.isRegularFile(folder.resolve("text").resolve(name)) ? folder.resolve("text").resolve(name)
                    : folder.resolve(name);
            byte[] raw = Files.readAllBytes(file);
            bytes.put(name, Bytes.of(raw));
            texts.put(name, new String(raw, StandardCharsets.UTF_8));
        }
        Map<String, List<GoldQuote>> quotes = new HashMap<>();
        Path annotations = folder.resolve(ANNOTATIONS);
        List<String> lines = Files.readAllLines(annotations);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String at = annotations + ":" + (i + 1);
            JsonNode row;
            try {
                row = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IOException("not a JSON object: " + at, e);
            }
            if (!row.path("quote").asBoolean(false)) {
                continue;
            }
            String name = row.path("file").asText("");
            String text = texts.get(name);
            if (text == null) {
                throw new IOException("the annotation names a file " + name + " the data set does not list: " + at);
            }
            if (!row.path("start").isInt() || !row.path("end").isInt()) {
                throw new IOException("an annotation needs whole-number start and end: " + at);
            }
            Span span = new Span(GoldQuote.utf16(text, row.get("start").asInt(), at),
                    GoldQuote.utf16(text, row.get("end").asInt(), at));
            if (row.has("text") && !span.of(text).equals(row.get("text").asText())) {
                throw new IOException("the annotation's text differs from the file at its offsets: " + at);
            }
            String speaker = row.path("speaker").isTextual() ? row.get("speaker").asText() : null;
            GoldQuote quote = new GoldQuote(List.of(span), List.of(), speaker, row.path("in_quotation_marks").asBoolean(false));
            quotes.computeIfAbsent(name, n -> new ArrayList<>()).add(quote);
            if (stances != null) {
                String target = row.path("target").isTextual() ? row.get("target").asText() : null;
                String polarity = row.path("polarity").asText("");
                if (target == null || !polarity.equals("positive") && !polarity.equals("negative")) {
                    throw new IOException("a quote's stance needs a target and a polarity, positive or negative: " + at);
                }
                stances.computeIfAbsent(name, n -> new ArrayList<>()).add(new GoldStance(quote, target, polarity.equals("positive")));
            }
        }
        List<GoldArticle> out = new ArrayList<>();
        for (String name : names) {
            out.add(new GoldArticle(name, bytes.get(name), texts.get(name), quotes.getOrDefault(name, List.of()),
                    mainEntities.getOrDefault(name, List.of())));
        }
        return out;
    }

    /** Each listed file's main entities, from a labels file with the columns {@code file} and {@code main_entities}. */
    private static Map<String, List<String>> mainEntities(Path labels) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        if (!Files.isRegularFile(labels)) {
            return out;
        }
        List<String> lines = Files.readAllLines(labels);
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int entities = header.indexOf("main_entities");
        if (file < 0) {
            throw new IOException("labels file must have a header naming the column file: " + labels);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] row = lines.get(i).split("\t", -1);
            if (row.length <= file) {
                throw new IOException("labels file line " + (i + 1) + " has " + row.length + " columns: " + labels);
            }
            List<String> names = new ArrayList<>();
            if (entities >= 0 && entities < row.length) {
                for (String e : row[entities].split("\\|")) {
                    if (!e.isBlank()) {
                        names.add(e.strip());
                    }
                }
            }
            out.put(row[file], names);
        }
        return out;
    }
}
