package org.parallax.metadata;

import org.parallax.model.PublicationDate;

/**
 * What the metadata reader found. Any field but {@code language} may be null.
 *
 * @param published      the publication date with its evidence
 * @param pageDate       a date the page shows that is not the article's, ISO 8601
 * @param outlet         the publishing outlet
 * @param syndicatedFrom the outlet credited as the origin of the text
 * @param language       ISO 639-1 code, or "und"
 */
public record Metadata(PublicationDate published, String pageDate, String outlet, String syndicatedFrom,
                       String language) {
}
