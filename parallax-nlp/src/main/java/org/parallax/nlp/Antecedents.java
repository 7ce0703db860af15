package org.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Who a pronoun stands for, where a quote or stance needs a speaker: the nearest entity of a fitting kind
 * named before it in the same or the previous two paragraphs ("he" and "she" a person; "it" an organization
 * or country; "they" any of these), passing over one named as the object of telling, meeting or urging
 * ("he told Mr Smith": Smith is the addressee, not the one who speaks).
 */
public final class Antecedents {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> IMPERSONAL = Set.of("it", "its");
    private static final Set<String> PLURAL = Set.of("they", "them", "their");
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?:\\b(?i:told|tell|tells|telling|urged|urging|urges|asked|asking|met|meet|meeting|meets|with|to|by|"
                    + "calling on|called on|calls on|thanked|praised|criticized|criticised|against|for)\\s+"
                    + "(?:(?i:the|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s+)?(?:\\p{Lu}\\p{L}*\\s+){0,2})$");
    private static final int PARAGRAPHS_BACK = 2;

    private Antecedents() {
    }

    /**
     * The entity the pronoun at {@code start} of {@code text} stands for, among the article's entities; empty
     * when the word is not a pronoun or nothing fitting is named before it.
     */
    public static Optional<Entity> of(String text, int start, List<Entity> entities) {
        Matcher word = Names.WORD.matcher(text);
        if (start < 0 || start >= text.length() || !word.find(start) || word.start() != start) {
            return Optional.empty();
        }
        String pronoun = word.group().toLowerCase(Locale.ROOT);
        Set<EntityType> kinds = PERSONAL.contains(pronoun) ? Set.of(EntityType.PERSON)
                : IMPERSONAL.contains(pronoun) ? Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY)
                : PLURAL.contains(pronoun) ? Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY)
                : Set.of();
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        int from = paragraphStart(text, start, PARAGRAPHS_BACK);
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            if (!kinds.contains(e.type())) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= from && m.end() <= start && m.end() > bestEnd && !isObject(text, m.start())) {
                    best = e;
                    bestEnd = m.end();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isObject(String text, int mentionStart) {
        String before = text.substring(Math.max(0, mentionStart - 60), mentionStart);
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
        return OBJECT_BEFORE.matcher(before.substring(sentence + 1)).find();
    }

    /** Where the paragraph {@code back} paragraphs before the one holding {@code offset} starts (lines are paragraphs). */
    private static int paragraphStart(String text, int offset, int back) {
        int at = offset;
        for (int seen = 0; at > 0; at--) {
            if (text.charAt(at - 1) == '\n' && at < text.length() && text.charAt(at) != '\n' && ++seen > back) {
                break;
            }
        }
        return at;
    }
}
