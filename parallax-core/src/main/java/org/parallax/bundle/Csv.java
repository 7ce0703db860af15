package org.parallax.bundle;

import java.util.List;

/** CSV as RFC 4180 writes it, made safe for spreadsheets: a cell that would start a formula is prefixed with '. */
public final class Csv {
    /** The columns of each exported table: fields of the records' one view ({@link Views}), "a.b" a field of a field. */
    public static final List<String> ARTICLES = List.of("id", "source", "url", "title", "published", "published_inferred",
            "page_date", "outlet", "syndicated_from", "language", "duplicate_of", "story", "origin", "authors", "credit", "text");
    public static final List<String> STORIES = List.of("id", "title", "start", "end", "storyline", "articles",
            "independent_sources");
    public static final List<String> STORYLINES = List.of("id", "title", "start", "end", "stories");
    public static final List<String> QUOTES = List.of("id", "article", "start", "end", "direct", "headline", "speaker",
            "speaker_text", "via", "cue", "text");
    public static final List<String> TIMES = List.of("article", "start", "end", "type", "value", "mod", "anchor", "text");
    public static final List<String> STANCES = List.of("id", "article", "actor", "actor_text", "topic", "issue", "position",
            "condition", "target", "target_name", "quote", "evidence.start", "evidence.end", "evidence.text");
    public static final List<String> CLAIMS = List.of("id", "story", "text", "articles", "independent_sources", "single_sourced",
            "contradicted_by");

    private Csv() {
    }

    /** The header line of a table. */
    public static String header(List<String> columns) {
        return String.join(",", columns) + "\r\n";
    }

    /** One record as a row of a table: the named fields of its view. */
    public static String row(Views.View view, List<String> columns) {
        return row(Views.cells(view, columns));
    }

    /** One row, every cell quoted, ended with CRLF. Null cells are empty. */
    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(field(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
