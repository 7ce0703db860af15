package org.parallax.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text a script-built page carries in its embedded state rather than its markup: the JSON of
 * {@code __NEXT_DATA__} and other JSON script blocks, the props of server-rendered components
 * ({@code data-react-props} and other data attributes that hold JSON), and the text chunks of React's streamed
 * payload ({@code self.__next_f.push}). The values that are markup with paragraphs, in order, of the block that holds
 * the most of them are the article. Each block is read once, as a stream of tokens.
 */
final class EmbeddedState {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern FLIGHT_CHUNK = Pattern.compile("self\\.__next_f\\.push\\(\\[1,\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"\\]\\)");
    private static final String FLIGHT = "self.__next_f.push";
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)<p[\\s>]");
    /** The state must hold this much text to be taken for an article. */
    private static final int MIN_TEXT = 400;
    /** A value shorter than this is a label or a teaser, not a part of the article. */
    private static final int MIN_VALUE = 40;

    private EmbeddedState() {
    }

    /**
     * The page's state blocks, as they stand before the markup is pruned: cheap to take, read only when the markup
     * turns out to lack the article.
     */
    static List<String> blocks(Document doc) {
        List<String> blocks = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            String type = script.attr("type");
            if (type.equalsIgnoreCase("application/json") || script.id().equals("__NEXT_DATA__")) {
                blocks.add(data(script));
            } else if (!type.equalsIgnoreCase("application/ld+json")) {
                String data = data(script);
                if (data.contains(FLIGHT)) {
                    blocks.add(data);
                }
            }
        }
        for (Element e : doc.select("[data-react-props], [data-props], [data-state], [data-hydrate-props]")) {
            for (Attribute a : e.attributes()) {
                String value = a.getValue();
                if (a.getKey().startsWith("data-") && value.length() > MIN_TEXT && value.charAt(0) == '{') {
                    blocks.add(value);
                }
            }
        }
        return blocks;
    }

    /**
     * The article's text in the state blocks, as blocks separated by blank lines, or null when they hold none: the
     * values that are markup with paragraphs, in order, of the block that holds the most of them.
     */
    static String body(List<String> blocks) {
        String best = null;
        for (String data : blocks) {
            StringBuilder text = new StringBuilder();
            if (data.contains(FLIGHT)) {
                Matcher m = FLIGHT_CHUNK.matcher(data);
                while (m.find()) {
                    strings("\"" + m.group(1) + "\"", text);
                }
            } else {
                strings(data, text);
            }
            if (text.length() >= MIN_TEXT && (best == null || text.length() > best.length())) {
                best = text.toString();
            }
        }
        return best;
    }

    /** A script's text, without a copy when it is one piece (as a parsed page's scripts are). */
    static String data(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof org.jsoup.nodes.DataNode data) {
            return data.getWholeData();
        }
        return script.data();
    }

    /** The string values of a JSON text that are markup with a paragraph, appended as text; a text that is not JSON gives none. */
    private static void strings(String json, StringBuilder text) {
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING && parser.getTextLength() >= MIN_VALUE) {
                    String value = parser.getText();
                    if (PARAGRAPH.matcher(value).find()) {
                        String rendered = MainText.extract(Jsoup.parseBodyFragment(value)).wholePage();
                        if (rendered.length() >= MIN_VALUE) {
                            text.append(text.isEmpty() ? "" : "\n\n").append(rendered);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // state that is not JSON (or is cut short) holds no article we can read; the page's markup still does
        }
    }
}
