package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * What one article names, before the corpus links it to known identities: each entity the article names with
 * its mentions, and the role descriptions ("the Belarusian president") the article itself could not resolve.
 *
 * @param article    the article's id
 * @param entities   the entities, each with its mentions in this article
 * @param references role descriptions left for the corpus to resolve against roles other articles give
 */
public record ArticleEntities(String article, List<Found> entities, List<RoleReference> references) {
    public ArticleEntities {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        references = List.copyOf(references);
    }

    /** An article that names no entity. */
    public static ArticleEntities none(String article) {
        return new ArticleEntities(article, List.of(), List.of());
    }

    /**
     * An entity as one article names it.
     *
     * @param key       the identity key: type and folded name ({@code person:xi jinping}, {@code country:china})
     * @param type      what it is
     * @param name      the name this article gives it
     * @param fixedName true when the name comes from the gazetteer and is canonical as it is
     * @param fullName  for a person, whether the article gives a full name (false for a lone "Kirby")
     * @param spellings every full spelling of the name the article uses, once per mention
     * @param roles     the titles and offices the article gives it
     * @param mentions  the mentions that name it, in text order
     * @param descriptions mentions by role description ("the Belarusian President"), in text order
     */
    public record Found(String key, EntityType type, String name, boolean fixedName, boolean fullName,
                        List<String> spellings, List<Role> roles, List<Mention> mentions, List<Mention> descriptions) {
        public Found {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            spellings = List.copyOf(spellings);
            roles = List.copyOf(roles);
            mentions = List.copyOf(mentions);
            descriptions = List.copyOf(descriptions);
        }
    }

    /**
     * A title or office: its words, the country it belongs to (or null) and its head word ("president",
     * "prime minister", "chief").
     */
    public record Role(String text, String country, String head) {
        public Role {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(head, "head");
        }
    }

    /** A role description that names a person without a name: "the Chinese President". */
    public record RoleReference(String country, String head, Mention mention) {
        public RoleReference {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(mention, "mention");
        }
    }
}
