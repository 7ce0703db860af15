package org.parallax.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.clean.CleanedText;
import org.parallax.clean.Line;
import org.parallax.clean.LineRole;

/**
 * The outlet a text names for itself when its input names none: a masthead with a tagline at the top
 * ("Daily Name — Local news"), a masthead alone in capitals, the site name behind the headline in a document
 * title ("Headline | The Name"), or, on a text that credits no other source, the outlet its dateline names
 * ("PORT TOWN (Name) —") unless that is a news agency, whose copy any outlet may print.
 * Names come in one form: a name written in capitals or lower case reads in ordinary case.
 */
final class Outlets {
    private static final String NAME = "\\p{Lu}[\\p{L}&'’.]*(?:\\s+(?:of\\s+|the\\s+|de\\s+)?[\\p{Lu}&][\\p{L}&'’.]*){0,4}";
    private static final Pattern TAGLINE = Pattern.compile("(?u)^(?<name>" + NAME + ")\\s+[—–]\\s+\\S.*$|^(?<dashed>"
            + NAME + ")\\s+-\\s+\\S.*$");
    private static final Pattern MASTHEAD = Pattern.compile("(?u)^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,3}$");
    private static final Pattern SUFFIX = Pattern.compile("(?u)\\s+[|–—-]\\s+(?<name>(?:The\\s+)?" + NAME + ")$");
    /** Words that mark a line of navigation, not a masthead. */
    private static final Pattern NAVIGATION = Pattern.compile("(?iu)\\b(home|menu|skip|search|latest|login|subscribe|"
            + "news|sections?|sign in|startseite)\\b");
    /** How many lines from the top a masthead may stand. */
    private static final int MASTHEAD_REACH = 3;
    private static final int MAX_NAME = 40;

    private Outlets() {
    }

    /** The outlet the text names for itself, or null. */
    static String named(CleanedText cleaned, String credited) {
        List<Line> lines = cleaned.lines();
        List<LineRole> roles = cleaned.roles();
        int firstBody = roles.indexOf(LineRole.BODY);
        int reach = Math.min(lines.size(), firstBody < 0 ? MASTHEAD_REACH : Math.min(firstBody, MASTHEAD_REACH));
        for (int i = 0; i < reach; i++) {
            if (roles.get(i) == LineRole.TITLE) {
                break;
            }
            String text = lines.get(i).text().strip();
            Matcher m = TAGLINE.matcher(text);
            if (m.matches()) {
                String name = m.group("name") != null ? m.group("name") : m.group("dashed");
                if (name.length() <= MAX_NAME && !NAVIGATION.matcher(name).find() && !DateText.isDateLine(name)) {
                    return Syndication.outletName(name);
                }
            }
            if (text.length() <= MAX_NAME && MASTHEAD.matcher(text).matches() && !NAVIGATION.matcher(text).find()) {
                return Syndication.outletName(text);
            }
        }
        String title = cleaned.title();
        if (title.length() >= 8) {
            for (int i = 0; i < lines.size() && (firstBody < 0 || i < firstBody); i++) {
                String text = lines.get(i).text().strip();
                if (text.startsWith(title) && text.length() > title.length()) {
                    Matcher m = SUFFIX.matcher(text.substring(title.length()));
                    if (m.matches() && m.group("name").length() <= MAX_NAME && !NAVIGATION.matcher(m.group("name")).find()) {
                        return Syndication.outletName(m.group("name"));
                    }
                }
            }
        }
        return credited != null && !Bylines.isAgency(credited) && !Syndication.creditsSource(lines) ? credited : null;
    }

    /** A site name as a page states it, white space collapsed, or null. */
    static String siteName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
