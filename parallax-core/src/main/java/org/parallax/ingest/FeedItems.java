package org.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.parallax.model.Bytes;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;

/**
 * The items of an RSS or Atom feed (read with Rome): each becomes a document with its title, link, date
 * and author, its text the item's full content or, when the feed gives no more, its summary. The raw
 * record kept for an item is a JSON object of those fields as the feed gave them.
 */
final class FeedItems {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private FeedItems() {
    }

    static List<Ingested> read(String source, byte[] bytes) throws InputException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<Ingested> items = new ArrayList<>();
        String outlet = feed.getTitle() == null ? null : feed.getTitle().strip();
        int i = 0;
        for (SyndEntry entry : feed.getEntries()) {
            i++;
            String itemSource = source + "#item" + i;
            String content = join(entry.getContents());
            boolean summaryOnly = content.isBlank();
            String body = summaryOnly ? (entry.getDescription() == null ? "" : entry.getDescription().getValue()) : content;
            if (body == null || body.isBlank()) {
                items.add(new Ingested.Failure(itemSource, "feed item without content or summary"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String title = entry.getTitle() == null ? null : entry.getTitle().strip();
            com.fasterxml.jackson.databind.node.ObjectNode item = JSON.createObjectNode();
            item.put("feed", outlet);
            item.put("title", title);
            item.put("link", entry.getLink());
            item.put("published", date == null ? null : date.toInstant().toString());
            item.put("author", entry.getAuthor());
            item.put(summaryOnly ? "summary" : "content", body);
            items.add(item(itemSource, item.toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (items.isEmpty()) {
            throw new InputException("feed without items");
        }
        return items;
    }

    /**
     * One item from the record ingest keeps of it (its feed, title, link, date, author, and content or summary):
     * the article's HTML and what the feed says of it. The same record always gives the same document.
     */
    static Ingested item(String source, byte[] record) {
        try {
            com.fasterxml.jackson.databind.JsonNode item = JSON.readTree(record);
            boolean summaryOnly = !item.hasNonNull("content");
            String body = item.path(summaryOnly ? "summary" : "content").asText("");
            String title = item.hasNonNull("title") ? item.get("title").asText() : null;
            String html = "<html><body><article>" + (title == null ? "" : "<h1>" + escape(title) + "</h1>") + body
                    + "</article></body></html>";
            SourceHints hints = new SourceHints(null, text(item, "link"), title, text(item, "published"),
                    text(item, "feed"), summaryOnly);
            return new Ingested.Document(new RawDocument(source, RawDocument.Kind.FEED_ITEM, Bytes.of(record), "UTF-8",
                    html, hints));
        } catch (IOException e) {
            return new Ingested.Failure(source, "not a feed item record: " + firstLine(e.getMessage()));
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    private static String join(List<SyndContent> contents) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    }
}
