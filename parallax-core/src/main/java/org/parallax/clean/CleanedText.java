package org.parallax.clean;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Evidence;


/**
 * What the cleaner made of a raw text.
 *
 * @param input         the text that was cleaned; line offsets and evidence count in it
 * @param title         the headline, or "" when none was found
 * @param titleEvidence where the headline stands in the raw text, or null when it came from elsewhere
 * @param text          the article's paragraphs, separated by blank lines
 * @param lines         the non-blank lines of the raw text
 * @param roles         the role of each line, index for index
 */
public record CleanedText(String input, String title, Evidence titleEvidence, String text, List<Line> lines, List<LineRole> roles) {
    public CleanedText {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
        roles = List.copyOf(roles);
        if (lines.size() != roles.size()) {
            throw new IllegalArgumentException("one role per line: " + lines.size() + " lines, " + roles.size() + " roles");
        }
    }

    /** The lines that play {@code role}, in order. */
    public List<Line> linesOf(LineRole role) {
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> roles.get(i) == role)
                .mapToObj(lines::get).toList();
    }
}
