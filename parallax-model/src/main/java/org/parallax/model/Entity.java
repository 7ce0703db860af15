package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organization, country or place, however the texts name it.
 *
 * @param id       stable across runs: derived from the entity's identity, not from its display name
 * @param name     the canonical name
 * @param type     what kind of entity it is
 * @param aliases  the other ways the mentions name it
 * @param roles    titles and offices the texts give it ("Deputy Chief of Ukraine's Defence Intelligence")
 * @param mentions every mention, each with its article and span
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> roles,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /**
     * An entity from its name mentions and its role-description mentions ("the Belarusian president"): the
     * aliases are the other names the name mentions use; all mentions are kept, in text order.
     */
    public static Entity of(String id, String name, EntityType type, List<String> roles, List<Mention> names,
                            List<Mention> descriptions) {
        List<String> aliases = names.stream().map(Mention::text).filter(t -> !t.equals(name)).distinct().toList();
        List<Mention> all = java.util.stream.Stream.concat(names.stream(), descriptions.stream()).distinct()
                .sorted(java.util.Comparator.comparing(Mention::article).thenComparingInt(Mention::start)
                        .thenComparingInt(Mention::end))
                .toList();
        return new Entity(id, name, type, aliases, roles, all);
    }
}
