package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities.Found;
import org.parallax.model.ArticleEntities.Role;
import org.parallax.model.ArticleEntities.RoleReference;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/** The corpus stage on hand-made article results: no model needed. */
class EntityResolverTest {
    private static Mention m(String article, int start, String text) {
        return new Mention(article, start, start + text.length(), text);
    }

    private static Found person(String article, String name, int at, Role... roles) {
        boolean full = name.contains(" ");
        return new Found("person:" + Names.personKey(name), EntityType.PERSON, name, false, full,
                full ? List.of(name) : List.of(), List.of(roles), List.of(m(article, at, name)), List.of());
    }

    private static Found organization(String article, String name, int at) {
        return new Found("organization:" + Names.fold(name), EntityType.ORGANIZATION, name, true, true, List.of(),
                List.of(), List.of(m(article, at, name)), List.of());
    }

    private static ArticleEntities article(String id, Found... found) {
        return new ArticleEntities(id, List.of(found), List.of());
    }

    private static Entity named(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(x -> x.text().equals(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity mentioned as " + text + " in " + entities));
    }

    @Test
    void resolve_bodyNamedInShort_joinsTheOneFullNameItEnds() {
        EntityResolver resolver = new EntityResolver(List.of());
        List<List<Entity>> out = resolver.resolve(List.of(
                article("a", organization("a", "Harbor Authority", 0)),
                article("b", organization("b", "Lindqvist Harbor Authority", 10))));
        assertThat(named(out.get(0), "Harbor Authority").id()).isEqualTo(named(out.get(1), "Lindqvist Harbor Authority").id());
    }

    @Test
    void resolve_bodyNamedInShort_staysApartWhenTwoFullNamesEndSo() {
        EntityResolver resolver = new EntityResolver(List.of());
        List<List<Entity>> out = resolver.resolve(List.of(
                article("a", organization("a", "Lindqvist Harbor Authority", 0), organization("a", "Osterby Harbor Authority", 40)),
                article("b", organization("b", "Harbor Authority", 10))));
        assertThat(named(out.get(1), "Harbor Authority").name()).isEqualTo("Harbor Authority");
    }

    @Test
    void resolve_surnameAloneInAnotherArticleJoinsTheFullName() {
        EntityResolver resolver = new EntityResolver(List.of());
        List<List<Entity>> out = resolver.resolve(List.of(
                article("a", person("a", "Marta Oliveira", 0)),
                article("b", person("b", "Oliveira", 10))));
        assertThat(named(out.get(1), "Oliveira").id()).isEqualTo(named(out.get(0), "Marta Oliveira").id());
        assertThat(named(out.get(1), "Oliveira").name()).isEqualTo("Marta Oliveira");
    }

    @Test
    void resolve_transliterationsMergeAndTheMostUsedSpellingIsCanonical() {
        EntityResolver resolver = new EntityResolver(List.of());
        List<List<Entity>> out = resolver.resolve(List.of(
                article("a", person("a", "Fyodor Dostoevskiy", 0)),
                article("b", person("b", "Fyodor Dostoevsky", 0)),
                article("c", person("c", "Fyodor Dostoevsky", 0))));
        assertThat(out.stream().map(list -> list.get(0).id()).distinct()).hasSize(1);
        assertThat(resolver.drainChanged()).singleElement().satisfies(k -> assertThat(k.name()).isEqualTo("Fyodor Dostoevsky"));
    }

    @Test
    void resolve_aOneWordPersonKnownAsAnOrganizationIsThatOrganization() {
        EntityResolver resolver = new EntityResolver(List.of());
        resolver.resolve(List.of(article("a", organization("a", "Tanjug", 0))));
        List<List<Entity>> out = resolver.resolve(List.of(article("b", person("b", "Tanjug", 5))));
        assertThat(out.get(0).get(0).type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void resolve_ambiguousSurnameStaysItsOwn() {
        EntityResolver resolver = new EntityResolver(List.of());
        List<List<Entity>> out = resolver.resolve(List.of(
                article("a", person("a", "Anna Berg", 0), person("a", "Lars Berg", 20)),
                article("b", person("b", "Berg", 0))));
        Entity lone = out.get(1).get(0);
        assertThat(lone.name()).isEqualTo("Berg");
        assertThat(out.get(0)).extracting(Entity::id).doesNotContain(lone.id());
    }

    @Test
    void resolve_roleDescriptionUsesRolesOtherArticlesGive() {
        EntityResolver resolver = new EntityResolver(List.of());
        Role president = new Role("Brazilian President", "Brazil", "president");
        ArticleEntities second = new ArticleEntities("b", List.of(person("b", "Marta Oliveira", 0)),
                List.of(new RoleReference("Brazil", "leader", m("b", 40, "the Brazilian leader"))));
        List<List<Entity>> out = resolver.resolve(List.of(article("a", person("a", "Marta Oliveira", 0, president)), second));
        Entity inSecond = out.get(1).get(0);
        assertThat(inSecond.mentions()).extracting(Mention::text).containsExactly("Marta Oliveira", "the Brazilian leader");
        assertThat(inSecond.aliases()).isEmpty();
    }

    @Test
    void resolve_goesOnFromTheStateItWasGiven() {
        EntityResolver first = new EntityResolver(List.of());
        List<List<Entity>> before = first.resolve(List.of(article("a", person("a", "Marta Oliveira", 0))));
        EntityResolver next = new EntityResolver(first.drainChanged());
        List<List<Entity>> after = next.resolve(List.of(article("b", person("b", "Oliveira", 3))));
        assertThat(after.get(0).get(0).id()).isEqualTo(before.get(0).get(0).id());
    }
    @Test
    void ties_groupWhatOneResolverLinks_andEachGroupResolvedApartDecidesAsTheWhole() {
        List<ArticleEntities> corpus = List.of(
                article("a", person("a", "Marta Oliveira", 0), organization("a", "Lindqvist Harbor Authority", 30)),
                article("b", person("b", "Oliveira", 10), organization("b", "Harbor Authority", 40)),
                article("c", person("c", "Wells Fargo", 0), organization("c", "Wells Fargo", 20)),
                article("d", person("d", "Jonas Berg", 0), person("d", "Marta Lind", 20)),
                article("e", person("e", "Marta", 0), person("e", "Berg", 10), organization("e", "Osterby Council", 20)));
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        java.util.function.UnaryOperator<String> root = new java.util.function.UnaryOperator<>() {
            @Override
            public String apply(String name) {
                String p = parent.getOrDefault(name, name);
                return p.equals(name) ? name : apply(p);
            }
        };
        java.util.Set<String> lone = new java.util.HashSet<>();
        corpus.forEach(a -> lone.addAll(EntityResolver.loneNames(a)));
        corpus.forEach(a -> EntityResolver.ties(a, lone::contains).forEach(tie -> tie.forEach(n ->
                parent.put(root.apply(n), root.apply(tie.get(0))))));

        int batch = 2;
        java.util.Map<String, java.util.Map<Integer, List<ArticleEntities>>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            int at = i / batch;
            EntityResolver.split(corpus.get(i), root).forEach((g, part) -> groups.computeIfAbsent(g, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(at, k -> new java.util.ArrayList<>()).add(part));
        }
        java.util.Set<String> apart = new java.util.TreeSet<>();
        for (java.util.Map<Integer, List<ArticleEntities>> group : groups.values()) {
            EntityResolver resolver = new EntityResolver(List.of());
            group.values().forEach(parts -> resolver.resolve(parts).forEach(es -> es.forEach(e ->
                    e.mentions().forEach(x -> apart.add(x.article() + " " + x.text() + " " + e.id() + " " + e.name())))));
        }
        java.util.Set<String> whole = new java.util.TreeSet<>();
        EntityResolver one = new EntityResolver(List.of());
        for (int from = 0; from < corpus.size(); from += batch) {
            one.resolve(corpus.subList(from, Math.min(corpus.size(), from + batch))).forEach(es -> es.forEach(e ->
                    e.mentions().forEach(x -> whole.add(x.article() + " " + x.text() + " " + e.id() + " " + e.name()))));
        }

        assertThat(root.apply("key person:" + Names.personKey("Oliveira")))
                .isEqualTo(root.apply("key person:" + Names.personKey("Marta Oliveira")));
        assertThat(root.apply("key organization:harbor authority"))
                .isEqualTo(root.apply("key organization:lindqvist harbor authority"));
        assertThat(lone).containsExactlyInAnyOrder(Names.personKey("Oliveira"), Names.personKey("Marta"),
                Names.personKey("Berg"));
        assertThat(root.apply("key organization:osterby council"))
                .isNotEqualTo(root.apply("key person:" + Names.personKey("Marta Oliveira")));
        assertThat(groups).hasSizeGreaterThan(2);
        assertThat(apart).hasSize(11).isEqualTo(whole);
    }
}
