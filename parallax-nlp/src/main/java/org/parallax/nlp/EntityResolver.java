package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.model.ArticleEntities.Found;
import org.parallax.model.ArticleEntities.Role;
import org.parallax.model.ArticleEntities.RoleReference;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The corpus entity stage: links what each article names to one identity across the corpus. Full names meet
 * on their transliteration-tolerant key; a name used alone in an article that never gives it in full joins the
 * one known person with that surname or given name; a one-word "person" the corpus knows as an organization
 * or place becomes that; a body named in short ("the Harbor Authority") joins the one known body whose full name
 * ends so ("Port Averill Harbor Authority"); role descriptions an article could not resolve use the roles other articles give.
 * Its state ({@link Known}) is kept in the store, so runs continue where the last one stopped. Not thread-safe.
 */
public final class EntityResolver {
    /**
     * What the corpus knows of one entity.
     *
     * @param spellings how often each full spelling of the name was used, to choose the canonical one
     */
    public record Known(String id, String key, EntityType type, String name, boolean fixedName,
                        Map<String, Integer> spellings, List<Role> roles) {
        public Known {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            spellings = Map.copyOf(spellings);
            roles = List.copyOf(roles);
        }
    }

    private final Map<String, State> byKey = new HashMap<>();
    private final Map<String, Set<State>> personsByWord = new HashMap<>();
    /** Bodies by each shorter ending of their names of two words or more. */
    private final Map<String, Set<State>> bodiesBySuffix = new HashMap<>();
    private final Set<State> changed = new LinkedHashSet<>();

    public EntityResolver(Collection<Known> known) {
        known.forEach(k -> register(new State(k)));
    }

    /** The entities of each article of the batch, in batch order: full names and roles of the whole batch are learnt first. */
    public List<List<Entity>> resolve(List<ArticleEntities> batch) {
        List<Found> bodies = new ArrayList<>();
        for (ArticleEntities article : batch) {
            for (Found f : article.entities()) {
                if (f.type() == EntityType.ORGANIZATION) {
                    bodies.add(f);
                } else if (f.type() != EntityType.PERSON || f.fullName()) {
                    State s = stateFor(f);
                    s.roles.addAll(f.roles());
                }
            }
        }
        // Longest names first, so that a body named in short joins the one full name it ends ("the Harbor Authority").
        bodies.sort(java.util.Comparator.comparingInt((Found f) -> -Names.fold(f.name()).split(" ").length));
        for (Found f : bodies) {
            State s = byKey.containsKey(f.key()) ? byKey.get(f.key()) : shortFor(f);
            (s != null ? s : stateFor(f)).roles.addAll(f.roles());
        }
        return batch.stream().map(this::resolve).toList();
    }

    /**
     * The names through which resolving one article's entities can read or change other identities: a list per entity
     * found, in order, its own key first, then every name the resolver files it under or looks it up by (its folded
     * name, the same name as a body or place, a body's shorter endings, a person's name words that some lone name
     * of the corpus is, by {@code lone}: see {@link #loneNames}); and, for an article with role descriptions, one
     * more list joining all its entities, among whose identities the roles decide. Articles whose names never meet,
     * through any chain of these lists, are resolved by disjoint identities: each group can be resolved apart, in
     * the corpus order and batches, with the decisions of one resolver over the whole corpus.
     */
    public static List<List<String>> ties(ArticleEntities article, java.util.function.Predicate<String> lone) {
        List<List<String>> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Found f : article.entities()) {
            List<String> names = new ArrayList<>();
            names.add(own(f));
            String folded = Names.fold(f.name());
            String part = f.key().substring(f.key().indexOf(':') + 1);
            names.add("name " + folded);
            all.add(own(f));
            if (f.type() == EntityType.PERSON) {
                for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.LOCATION)) {
                    names.add("key " + type.name().toLowerCase(Locale.ROOT) + ":" + folded);
                }
                if (f.key().indexOf(' ') > 0) {
                    for (String w : part.split(" ")) {
                        if (lone.test(w)) {
                            names.add("word " + w);
                        }
                    }
                }
                if (!f.fullName()) {
                    names.add("word " + f.key().substring("person:".length()));
                }
            }
            if (f.type() == EntityType.ORGANIZATION) {
                String[] words = part.split(" ");
                for (int from = 1; from + 2 <= words.length; from++) {
                    names.add("ending " + String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)));
                }
                if (folded.indexOf(' ') >= 0) {
                    names.add("ending " + folded);
                }
            }
            out.add(names);
        }
        if (!article.references().isEmpty() && all.size() > 1) {
            out.add(all);
        }
        return out;
    }

    /**
     * The words this article's lone names ("Oliveira" alone) look persons up by: a full name's word that no lone name
     * of the corpus is, is never looked up, so it ties nothing.
     */
    public static List<String> loneNames(ArticleEntities article) {
        List<String> out = new ArrayList<>();
        for (Found f : article.entities()) {
            if (f.type() == EntityType.PERSON && !f.fullName()) {
                out.add(f.key().substring("person:".length()));
            }
        }
        return out;
    }

    /**
     * The article's entities split by the group of their own names ({@link #ties}); its role descriptions go with its
     * entities, which {@link #ties} puts in one group (an article that names no one resolves them to no one). In the
     * order of the groups' first entities.
     */
    public static <G> Map<G, ArticleEntities> split(ArticleEntities article, java.util.function.Function<String, G> group) {
        Map<G, List<Found>> founds = new LinkedHashMap<>();
        for (Found f : article.entities()) {
            G g = Objects.requireNonNull(group.apply(own(f)), () -> "no group for " + own(f));
            founds.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
        }
        G described = founds.isEmpty() ? null : founds.keySet().iterator().next();
        Map<G, ArticleEntities> out = new LinkedHashMap<>();
        for (Map.Entry<G, List<Found>> e : founds.entrySet()) {
            out.put(e.getKey(), new ArticleEntities(article.article(), e.getValue(),
                    e.getKey().equals(described) ? article.references() : List.of()));
        }
        return out;
    }

    private static String own(Found f) {
        return "key " + f.key();
    }

    /** Entities created or changed since the last call: what the store must save. */
    public List<Known> drainChanged() {
        List<Known> out = changed.stream().map(State::known).toList();
        changed.clear();
        return out;
    }

    private List<Entity> resolve(ArticleEntities article) {
        Map<State, List<Found>> targets = new LinkedHashMap<>();
        for (Found f : article.entities()) {
            targets.computeIfAbsent(target(f, article), k -> new ArrayList<>()).add(f);
        }
        Map<State, List<Mention>> names = new LinkedHashMap<>();
        Map<State, List<Mention>> descriptions = new LinkedHashMap<>();
        targets.forEach((state, founds) -> {
            for (Found f : founds) {
                names.computeIfAbsent(state, k -> new ArrayList<>()).addAll(f.mentions());
                descriptions.computeIfAbsent(state, k -> new ArrayList<>()).addAll(f.descriptions());
                state.spellings(f.spellings());
                state.roles.addAll(f.roles());
            }
            changed.add(state);
        });
        for (RoleReference ref : article.references()) {
            List<State> holders = targets.keySet().stream().filter(s -> s.type == EntityType.PERSON
                    && s.roles.stream().anyMatch(r -> Names.fits(r, ref.country(), ref.head()))).toList();
            if (holders.size() == 1) {
                descriptions.get(holders.get(0)).add(ref.mention());
            }
        }
        List<Entity> entities = new ArrayList<>();
        targets.forEach((state, founds) -> {
            List<String> roles = founds.stream().flatMap(f -> f.roles().stream()).map(Role::text).distinct().toList();
            entities.add(Entity.of(state.id, state.name, state.type, roles, names.get(state), descriptions.get(state)));
        });
        return entities;
    }

    /** The identity a found entity belongs to. */
    private State target(Found f, ArticleEntities article) {
        String folded = Names.fold(f.name());
        if (f.type() == EntityType.PERSON && f.fullName() && !byKey.containsKey(f.key())) {
            State known = knownAsOtherThanPerson(folded);
            if (known != null) {
                return known;   // a company or place with a person-like name ("Wells Fargo") tagged as a person here
            }
        }
        if (f.type() == EntityType.ORGANIZATION && !byKey.containsKey(f.key()) && shortFor(f) != null) {
            return shortFor(f);
        }
        if (f.type() != EntityType.PERSON || f.fullName()) {
            return stateFor(f);
        }
        State owner = dominantOwner(personsByWord.getOrDefault(f.key().substring("person:".length()), Set.of()));
        if (owner != null) {
            return owner;
        }
        for (Found other : article.entities()) {
            if (other.type() != EntityType.PERSON && Names.fold(other.name()).equals(folded)) {
                return stateFor(other);   // the tagger called it a person here and something else there
            }
        }
        State known = knownAsOtherThanPerson(folded);
        return known != null ? known : stateFor(f);
    }

    /** The one known body whose longer name ends with this one's ("Harbor Authority": "Port Averill Harbor Authority"). */
    private State shortFor(Found f) {
        String folded = Names.fold(f.name());
        if (folded.indexOf(' ') < 0) {
            return null;
        }
        Set<State> owners = bodiesBySuffix.getOrDefault(folded, Set.of());
        return owners.size() == 1 ? owners.iterator().next() : null;
    }

    private State knownAsOtherThanPerson(String folded) {
        for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.LOCATION)) {
            State known = byKey.get(type.name().toLowerCase(Locale.ROOT) + ":" + folded);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /**
     * The person a name word alone stands for: the only known person with that word, or one the corpus names
     * at least three times as often as any other (a lone "Clinton" in a year of campaign news).
     */
    private static State dominantOwner(Set<State> owners) {
        if (owners.size() == 1) {
            return owners.iterator().next();
        }
        State best = null;
        int bestUses = 0;
        int secondUses = 0;
        for (State s : owners) {
            int uses = s.uses();
            if (uses > bestUses) {
                secondUses = bestUses;
                bestUses = uses;
                best = s;
            } else if (uses > secondUses) {
                secondUses = uses;
            }
        }
        return best != null && bestUses >= 3 * Math.max(1, secondUses) ? best : null;
    }

    private State stateFor(Found f) {
        State s = byKey.get(f.key());
        if (s == null) {
            String prefix = f.type().name().toLowerCase(Locale.ROOT);
            s = new State(new Known(Names.id(prefix, f.key().substring(f.key().indexOf(':') + 1)), f.key(), f.type(),
                    f.name(), f.fixedName(), Map.of(), List.of()));
            register(s);
            changed.add(s);
        }
        return s;
    }

    private void register(State s) {
        byKey.put(s.key, s);
        if (s.type == EntityType.ORGANIZATION) {
            String[] words = s.key.substring(s.key.indexOf(':') + 1).split(" ");
            for (int from = 1; from + 2 <= words.length; from++) {
                bodiesBySuffix.computeIfAbsent(String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)),
                        k -> new LinkedHashSet<>()).add(s);
            }
        }
        if (s.type == EntityType.PERSON && s.key.indexOf(' ') > 0) {
            for (String w : s.key.substring("person:".length()).split(" ")) {
                personsByWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(s);
            }
        }
    }

    /** One identity while the resolver runs. */
    private static final class State {
        final String id;
        final String key;
        final EntityType type;
        final boolean fixedName;
        final Map<String, Integer> spellings;
        final Set<Role> roles;
        String name;

        State(Known k) {
            id = k.id();
            key = k.key();
            type = k.type();
            fixedName = k.fixedName();
            spellings = new HashMap<>(k.spellings());
            roles = new LinkedHashSet<>(k.roles());
            name = k.name();
        }

        void spellings(List<String> used) {
            used.forEach(s -> spellings.merge(s, 1, Integer::sum));
            if (!fixedName && !spellings.isEmpty()) {
                name = Spellings.preferred(spellings);
            }
        }

        int uses() {
            return spellings.values().stream().mapToInt(Integer::intValue).sum();
        }

        Known known() {
            return new Known(id, key, type, name, fixedName, spellings, List.copyOf(roles));
        }
    }
}
