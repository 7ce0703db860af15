package org.parallax.clean;

/** What a line of the raw text turned out to be. */
public enum LineRole {
    /** Above the headline: navigation, widgets, header dates. */
    HEADER,
    /** The headline, or a line that repeats it. */
    TITLE,
    /** The article's own words. */
    BODY,
    /** Page chrome among or after the article's lines. */
    CHROME
}
