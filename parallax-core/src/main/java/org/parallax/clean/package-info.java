/**
 * Cleaning, inside extraction: finds the headline and the article's own paragraphs in text that a
 * scraper left full of page chrome (navigation, widgets, teaser lists, share and comment prompts).
 * Each line is judged by what it is (length, function-word density, sentence form, chrome vocabulary)
 * and by its neighbours; lines that recur across pages of one site are chrome, learned from the
 * collection by a {@link org.parallax.clean.ChromeProfile} and read, fixed, from its
 * {@link org.parallax.clean.ChromeSnapshot}. Entry point: {@link org.parallax.clean.Cleaner}.
 */
package org.parallax.clean;
