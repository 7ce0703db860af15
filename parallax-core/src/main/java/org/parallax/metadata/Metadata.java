package org.parallax.metadata;

import java.util.List;
import org.parallax.model.PublicationDate;

/**
 * What the metadata reader found. Any field but {@code language} and {@code authors} may be null.
 *
 * @param published      the publication date with its evidence
 * @param pageDate       a date the page shows that is not the article's, ISO 8601
 * @param outlet         the publishing outlet
 * @param syndicatedFrom the outlet credited as the origin of the text
 * @param language       ISO 639-1 code, or "und"
 * @param authors        the people the byline names
 * @param credit         the organization the byline credits (an agency, or the outlet itself)
 * @param modified       when the page says it was last changed, ISO 8601 with its time zone when it states one
 */
public record Metadata(PublicationDate published, String pageDate, String outlet, String syndicatedFrom,
                       String language, List<String> authors, String credit, String modified) {
    public Metadata {
        authors = List.copyOf(authors);
    }
}
