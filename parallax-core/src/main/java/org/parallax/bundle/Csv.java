package org.parallax.bundle;

import java.util.List;

/** CSV as RFC 4180 writes it, made safe for spreadsheets: a cell that would start a formula is prefixed with '. */
public final class Csv {
    private Csv() {
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
