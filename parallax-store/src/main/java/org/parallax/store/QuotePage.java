package org.parallax.store;

import java.util.List;

/**
 * One page of a listing of quotes, and how many the whole listing holds: both read in one snapshot.
 *
 * @param total  the quotes of the whole listing
 * @param quotes the quotes of this page, in the listing's order
 */
public record QuotePage(int total, List<ReportedQuote> quotes) {
    public QuotePage {
        quotes = List.copyOf(quotes);
    }
}
