package org.parallax.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled word lists and tables of this package, read line by line: blank lines and {@code #} comments left out. */
final class WordLists {
    /** One line of a list, with its number in the file for the messages of a malformed one. */
    record Line(int number, String text) {
    }

    private WordLists() {
    }

    /** The lines of the resource beside this class; {@code what} names it in errors ("the gazetteer"). */
    static List<Line> read(String resource, String what) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    out.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
        return out;
    }
}
