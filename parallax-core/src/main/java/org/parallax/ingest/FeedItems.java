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
            String html = "<html><body><article>" + (title == null ? "" : "<h1>" + escape(title) + "</h1>") + body
                    + "</article></body></html>";
            com.fasterxml.jackson.databind.node.ObjectNode item = JSON.createObjectNode();
            item.put("feed", outlet);
            item.put("title", title);
            item.put("link", entry.getLink());
            item.put("published", date == null ? null : date.toInstant().toString());
            item.put("author", entry.getAuthor());
            item.put(summaryOnly ? "summary" : "content", body);
            String record = item.toString();
            SourceHints hints = new SourceHints(entry.getUri(), entry.getLink(), title,
                    date == null ? null : date.toInstant().toString(), outlet, summaryOnly);
            items.add(new Ingested.Document(new RawDocument(itemSource, "html", Bytes.of(record.getBytes(StandardCharsets.UTF_8)),
                    "UTF-8", html, hints)));
        }
        if (items.isEmpty()) {
            throw new InputException("feed without items");
        }
        return items;
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
