package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Publication days found for news whose pages give none, against the days it was published. The news comes as text
 * alone: the files a labels file ({@value ClusteringEvaluation#LABELS}) names with their {@code date}, or the text of
 * TimeML documents with their creation time. An analyst reads the day an article is given as when it came out: a day
 * further than a week off misleads, so the report counts the articles given a day and how near it is, not only how
 * many are.
 */
public final class DateEvaluation {
    private DateEvaluation() {
    }

    /** The day an article was given: the day, how it was found (the page's words, or what it was inferred from), its words. */
    public record Given(String day, String basis, String words) {
        public Given {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * The counts of a run: of {@code articles}, those given a day, and of these how many on the day they came out,
     * within a day of it and within a week; with each article given a day more than a day off, for error analysis.
     */
    public record Report(String dataset, int articles, int dated, int exact, int withinDay, int withinWeek, String errors) {
        public Report {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(errors, "errors");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d articles scored%n"
                            + "  given a day        %d (%.3f of the articles)%n"
                            + "  on the day         %d   within a day %d (precision %.3f)   within a week %d   further off %d",
                    dataset, articles, dated, articles == 0 ? 0 : (double) dated / articles, exact, withinDay,
                    dated == 0 ? 0 : (double) withinDay / dated, withinWeek, dated - withinWeek);
        }
    }

    /** The day each file a labels file names came out, by the file's path; files without a day are left out. */
    public static Map<String, String> labelledDays(Path folder) throws IOException {
        Map<String, String> events = new HashMap<>();
        Map<String, String[]> labelled = new HashMap<>();
        ClusteringEvaluation.readLabels(folder, folder.resolve(ClusteringEvaluation.LABELS), events, labelled,
                new ArrayList<>());
        Map<String, String> days = new TreeMap<>();
        labelled.forEach((path, given) -> {
            if (given[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
                days.put(path, given[0]);
            }
        });
        return days;
    }

    /**
     * Writes the text of each TimeML document of {@code folder} as a file of its own in {@code into} (no date in it)
     * and returns the day each was created, by the path written.
     */
    public static Map<String, String> writeTimeMlTexts(Path folder, Path into) throws IOException {
        Files.createDirectories(into);
        Map<String, String> days = new TreeMap<>();
        for (TimeEvaluation.Document d : TimeEvaluation.read(folder)) {
            Path file = into.resolve(d.name().replaceAll("[^\\w.-]", "_") + ".txt");
            Files.writeString(file, d.text(), StandardCharsets.UTF_8);
            days.put(file.toString(), d.creation().substring(0, 10));
        }
        return days;
    }

    /**
     * Writes the news of {@code gold} (by the path of its text) as one JSON Lines file in which every
     * {@code datedEvery}-th article, in the order of the paths, states the day it came out as a page would, and
     * returns the day each other article came out, by its record's source ({@code file:line}): what the stories
     * lend an undated report of an event that other outlets date.
     */
    public static Map<String, String> writeRecords(Map<String, String> gold, Path file, int datedEvery) throws IOException {
        StringBuilder lines = new StringBuilder();
        Map<String, String> undated = new TreeMap<>();
        int line = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(gold).entrySet()) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("text", Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8));
            if (line % datedEvery == 0) {
                record.put("published", e.getValue());
            } else {
                undated.put(file + ":" + (line + 1), e.getValue());
            }
            lines.append(JSON.writeValueAsString(record)).append('\n');
            line++;
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return undated;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scores the days given to articles ({@code given}, by source path) against the days they came out ({@code gold}). */
    public static Report score(String dataset, Map<String, String> gold, Map<String, Given> given) {
        int dated = 0;
        int exact = 0;
        int withinDay = 0;
        int withinWeek = 0;
        StringBuilder errors = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(gold).entrySet()) {
            Given g = given.get(e.getKey());
            if (g == null) {
                continue;
            }
            dated++;
            long off = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(e.getValue()), day(g.day())));
            exact += off == 0 ? 1 : 0;
            withinDay += off <= 1 ? 1 : 0;
            withinWeek += off <= 7 ? 1 : 0;
            if (off > 1) {
                errors.append(String.format(Locale.ROOT, "%s\tcame out %s\tgiven %s (%d days off) by %s: %s%n",
                        Path.of(e.getKey()).getFileName(), e.getValue(), g.day(), off, g.basis(), g.words()));
            }
        }
        return new Report(dataset, gold.size(), dated, exact, withinDay, withinWeek, errors.toString());
    }

    private static LocalDate day(String value) {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }

    /** The data sets this evaluation reads when none is given: BASIL's dated articles and TempEval-3's documents. */
    public static final List<String> SETS = List.of("stances-dev", "temporal-dev");
}
