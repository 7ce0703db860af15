package org.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;
import org.parallax.model.Story;

class CorpusIndexTest {
    private static final String BRIDGE = "A container ship lost power and struck a support pier of the Averill Harbor Bridge"
            + " early on Tuesday, forcing the city to close its busiest crossing. Tugs reached the vessel within twenty"
            + " minutes, the harbor authority said, but the bow had already scraped the eastern pier. The mayor said"
            + " nobody was hurt and that nobody would drive across until engineers said it was safe. Buses will run on"
            + " the Old Mill Road detour, which adds about forty minutes to a trip downtown.";
    private static final String BUDGET = "The regional assembly approved the water budget after a long debate about"
            + " reservoirs, pipes and the price farmers pay for irrigation. Opposition members said the plan raised"
            + " household bills while leaving leaks unrepaired, and promised to fight it in the spring session.";

    private static final String HARBOR_BUDGET = BUDGET + " The harbor board backed it: the harbor needs water too.";

    static Article article(String id, String title, String text, String day, String syndicatedFrom) {
        PublicationDate date = day == null ? null : new PublicationDate(day, false, new Evidence(0, day.length(), day));
        return new Article(id, id + ".txt", null, title, text, date, null, null, syndicatedFrom, "en");
    }

    @Test
    void add_editedCopyAndCopyWithAppendedParagraphs_areDuplicatesOfTheOriginal() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("orig", "Ship strikes bridge", BRIDGE, "2025-03-04", null));
        CorpusIndex.Placement edited = index.add(article("edit", "Ship hits bridge",
                BRIDGE.replace("busiest", "main").replace("twenty", "20"), "2025-03-04", null));
        CorpusIndex.Placement longer = index.add(article("long", "Ship strikes bridge", BRIDGE + "\n\n" + BUDGET + " " + BUDGET,
                "2025-03-05", null));
        CorpusIndex.Placement other = index.add(article("other", "Water budget passes", BUDGET, "2025-03-05", null));
        assertThat(edited.duplicateOf()).isEqualTo("orig");
        assertThat(edited.origin()).isEqualTo("orig");
        assertThat(edited.story()).isEqualTo("story-orig");
        assertThat(edited.reason()).contains("copy of orig");
        assertThat(longer.duplicateOf()).isEqualTo("orig");
        assertThat(other.duplicateOf()).isNull();
        assertThat(other.story()).isNotEqualTo("story-orig");
    }

    @Test
    void toldCopies_placesAsTheIndexThatFindsThem_withoutSignatures() {
        List<Article> articles = List.of(article("orig", "Ship strikes bridge", BRIDGE, "2025-03-04", null),
                article("edit", "Ship hits bridge", BRIDGE.replace("busiest", "main").replace("twenty", "20"), "2025-03-04", null),
                article("other", "Water budget passes", BUDGET, "2025-03-05", null),
                article("long", "Ship strikes bridge", BRIDGE + "\n\n" + BUDGET + " " + BUDGET, "2025-03-05", null),
                article("again", "", "Water budget passes. " + BUDGET, "2025-03-05", "Coastline Wire"),
                article("harbor", "Harbor board backs budget", HARBOR_BUDGET, "2025-03-06", null));
        CorpusIndex finds = new CorpusIndex();
        List<CorpusIndex.Placement> found = articles.stream().map(finds::add).toList();
        Map<String, String> copies = new HashMap<>();
        List<Sketch> sketches = articles.stream().map(a -> Sketch.of(a.text())).toList();
        for (int later = 0; later < articles.size(); later++) {
            double best = -1;
            for (int earlier = 0; earlier < later; earlier++) {
                java.util.OptionalDouble j = sketches.get(later).copyOf(sketches.get(earlier));
                if (j.isPresent() && j.getAsDouble() > best) {
                    best = j.getAsDouble();
                    copies.put(articles.get(later).id(), articles.get(earlier).id());
                }
            }
        }
        CorpusIndex told = CorpusIndex.toldCopies(copies);
        List<CorpusIndex.Placement> placed = articles.stream().map(told::add).toList();

        assertThat(copies).containsKeys("edit", "long");
        assertThat(placed).isEqualTo(found);
        assertThat(told.stories()).isEqualTo(finds.stories());
        assertThat(told.storylines()).isEqualTo(finds.storylines());
        org.assertj.core.api.Assertions.assertThatThrownBy(told::changes).hasMessageContaining("no signatures");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorpusIndex.toldCopies(Map.of("edit", "orig"))
                .add(articles.get(1))).hasMessageContaining("edit is told to copy orig, which was not placed before it");
    }

    @Test
    void add_creditedWireCopy_hasTheWireAsOrigin() {
        CorpusIndex index = new CorpusIndex();
        CorpusIndex.Placement p = index.add(article("w", "Ship strikes bridge", BRIDGE, "2025-03-04", "Coastline Wire"));
        assertThat(p.origin()).isEqualTo("outlet:coastline wire");
        assertThat(index.stories().get(0).independentSources()).isEqualTo(1);
    }

    @Test
    void add_sameTopicWeeksApart_isANewStoryInTheSameStoryline() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        CorpusIndex.Placement sameWeek = index.add(article("b", "Harbor bridge closed after ship strike",
                "The Averill Harbor Bridge stayed closed after a ship struck a pier of the bridge; buses use the Old Mill"
                        + " Road detour while engineers inspect the harbor crossing and the damaged pier.", "2025-03-06", null));
        CorpusIndex.Placement later = index.add(article("c", "Harbor bridge shut again as second ship hits pier",
                "Months after the first accident, another freighter drifted into the Averill Harbor Bridge on Friday."
                        + " The harbor authority shut the crossing once more, and the Old Mill Road detour is back while"
                        + " inspectors check the pier that was repaired in spring.", "2025-06-20", null));
        assertThat(sameWeek.story()).isEqualTo("story-a");
        assertThat(sameWeek.reason()).startsWith("similarity").contains("bridge");
        assertThat(later.story()).isNotEqualTo("story-a");
        assertThat(later.storyline()).isEqualTo(sameWeek.storyline());
        assertThat(index.storylines()).hasSize(1);
        assertThat(index.storylines().get(0).start()).isEqualTo("2025-03-04");
        assertThat(index.storylines().get(0).end()).isEqualTo("2025-06-20");
    }

    private static final String REHAB = "The actress checked into a treatment center in California on Friday, her"
            + " representative told a celebrity magazine, and asked for privacy for her and her family. The star had"
            + " been seen at parties in recent weeks; the rehab stay follows months of reports about her health.";

    static ArticleEntities names(String article, String... keys) {
        List<ArticleEntities.Found> found = new java.util.ArrayList<>();
        for (String key : keys) {
            String name = key.substring(key.indexOf(':') + 1);
            EntityType type = EntityType.valueOf(key.substring(0, key.indexOf(':')).toUpperCase(java.util.Locale.ROOT));
            Mention mention = new Mention(article, 0, name.length(), name);
            found.add(new ArticleEntities.Found(key, type, name, false, true, List.of(name), List.of(), List.of(mention, mention),
                    List.of()));
        }
        return new ArticleEntities(article, found, List.of());
    }

    @Test
    void add_sameActOfOtherPeople_isAnotherStoryOfTheSameStoryline() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Tara Reid enters rehab", REHAB, null, null),
                names("a", "person:tara reid", "location:promises treatment center", "location:malibu"));
        CorpusIndex.Placement same = index.add(article("b", "Star checks into rehab", "Her publicist confirmed the stay at"
                        + " the treatment center in California and asked fans to respect the privacy of the actress.", null, null),
                names("b", "person:tara reid", "location:promises treatment center"));
        CorpusIndex.Placement other = index.add(article("c", "Lindsay Lohan checks into rehab", "A judge ordered the actress to"
                        + " spend ninety days in a treatment program; she arrived at the clinic late Thursday, her lawyer"
                        + " said.", null, null),
                names("c", "person:lindsay lohan", "location:betty ford center", "location:rancho mirage"));
        assertThat(same.story()).isEqualTo("story-a");
        assertThat(same.reason()).contains("tara reid");
        assertThat(other.story()).isEqualTo("story-c");
        assertThat(other.storyline()).isEqualTo(same.storyline());
    }

    private static final String COURT_REHAB = "A judge ordered the actress to spend ninety days in a treatment program;"
            + " she arrived at the clinic late Thursday, her lawyer said.";

    /** Entities of an article: the first keys named in its lead, the others first named far into its text. */
    static ArticleEntities led(String article, List<String> lead, List<String> later) {
        List<ArticleEntities.Found> found = new java.util.ArrayList<>();
        for (String key : lead) {
            found.add(names(article, key).entities().get(0));
        }
        for (String key : later) {
            String name = key.substring(key.indexOf(':') + 1);
            Mention far = new Mention(article, 2_000, 2_000 + name.length(), name);
            found.add(new ArticleEntities.Found(key, EntityType.PERSON, name, false, true, List.of(name), List.of(),
                    List.of(far, far), List.of()));
        }
        return new ArticleEntities(article, found, List.of());
    }

    @Test
    void add_reportOfOneOfTwoEventsOfAKind_joinsTheStoryThatLeadsWithItsPeople() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Tara Reid enters rehab", REHAB, null, null), names("a", "person:tara reid"));
        index.add(article("c", "Lindsay Lohan checks into rehab", COURT_REHAB, null, null),
                names("c", "person:lindsay lohan"));
        assertThat(index.stories()).hasSize(2);

        CorpusIndex.Placement report = index.add(article("d", "Actress enters rehab", "The actress checked into a"
                + " treatment center in California on Friday, her representative told a celebrity magazine, and asked for"
                + " privacy. The star had been seen at parties in recent weeks. " + COURT_REHAB, null, null),
                led("d", List.of("person:lindsay lohan"), List.of("person:tara reid")));

        assertThat(report.story()).as("she leads it; the other star is named far below: %s", report.reason()).isEqualTo("story-c");
    }

    private static final String KILLING = "A sheriff's deputy was shot dead during a traffic stop on the county road"
            + " late on Saturday, and the man accused of the shooting was charged with murder, prosecutors said. The"
            + " deputy, a father of three, had stopped a pickup for a broken light; witnesses told detectives the driver"
            + " fired twice and fled into the orchards before officers caught him at dawn.";

    /** Two reports of one day of the killing of a deputy, leading with the man accused of it. */
    private static void deputyKillingReports(CorpusIndex index) {
        index.add(article("a", "Deputy shot dead at traffic stop; Corin Maddox charged", KILLING, "2025-03-02", null),
                names("a", "person:corin maddox", "location:tarrow county"));
        index.add(article("b", "Maddox charged with murder of deputy", KILLING + " The sheriff asked the county to"
                + " fund cameras for every patrol car.", "2025-03-02", null), names("b", "person:corin maddox"));
    }

    @Test
    void add_reportMonthsLaterOfTheSameActLedByTheSamePerson_followsUpItsStory() {
        CorpusIndex index = new CorpusIndex();
        deputyKillingReports(index);
        CorpusIndex.Placement verdict = index.add(article("c", "Maddox sentenced to death for murder of deputy",
                "A jury sentenced Corin Maddox to death for the murder of a sheriff's deputy shot dead during a traffic"
                        + " stop on the county road last March. Prosecutors said he fired twice at the deputy, a father of"
                        + " three, before fleeing into the orchards.", "2025-10-20", null),
                names("c", "person:corin maddox", "location:tarrow county"));
        assertThat(verdict.story()).as(verdict.reason()).isEqualTo("story-a");
        assertThat(verdict.reason()).contains("follows up");
    }

    @Test
    void add_reportOfALaterStoryThatFollowsUpAnEarlierOne_mergesThemIntoTheEarlier() {
        CorpusIndex index = new CorpusIndex();
        deputyKillingReports(index);
        String trial = "The murder trial over the sheriff's deputy shot dead during a traffic stop on the county road"
                + " last March opened on Tuesday. Prosecutors told the jury the driver fired twice at the deputy, a father"
                + " of three, before fleeing into the orchards.";
        CorpusIndex.Placement opens = index.add(article("c", "Trial opens in killing of deputy", trial, "2025-10-14", null),
                names("c", "location:tarrow county"));
        assertThat(opens.story()).as(opens.reason()).isEqualTo("story-c");

        CorpusIndex.Placement testimony = index.add(article("d", "Maddox on trial for murder of deputy", "Corin Maddox"
                        + " listened without a word on Wednesday as witnesses told the jury how the deputy was shot dead"
                        + " at a traffic stop last March. The murder trial is expected to last two weeks, prosecutors"
                        + " said, and the deputy's widow will testify.", "2025-10-15", null),
                names("d", "person:corin maddox", "location:tarrow county"));

        assertThat(testimony.story()).as(testimony.reason()).isEqualTo("story-a");
        assertThat(index.stories()).hasSize(1);
        assertThat(index.merges()).containsExactly(new CorpusIndex.Merge("story-c", "story-a"));
    }

    @Test
    void add_reportMonthsLaterOfAnotherActLedByTheSamePerson_startsAnotherStory() {
        CorpusIndex index = new CorpusIndex();
        deputyKillingReports(index);
        CorpusIndex.Placement other = index.add(article("c", "Corin Maddox opens a bakery in Tarrow",
                "Corin Maddox opened a bakery on the main square of Tarrow on Monday, selling rye loaves and plum cakes"
                        + " from an old family recipe. Neighbours queued before sunrise for the first batch.",
                "2025-10-20", null), names("c", "person:corin maddox", "location:tarrow county"));
        assertThat(other.story()).as(other.reason()).isEqualTo("story-c");
    }

    private static final String HEIST = "Armed robbers smashed the window of a jewellery store in the city centre and"
            + " escaped with watches and rings worth millions, police said. The thieves drove off before officers arrived;"
            + " no one was hurt, and detectives are studying footage from the street cameras.";

    /** The first dated report of the heist on Rue Alba, naming these participants. */
    private static void firstRueAlbaReport(CorpusIndex index, String... keys) {
        index.add(article("a", "Jewellery store robbed on Rue Alba", HEIST + " The shop on Rue Alba reopened in the"
                + " afternoon under guard, and its neighbours said the street had never seen a raid in forty years of"
                + " trade.", "2013-09-09", null), names("a", keys));
    }

    /** A second dated report of it, of the same day, leading with the street too. */
    private static void secondRueAlbaReport(CorpusIndex index) {
        index.add(article("b", "Robbers hit store on Rue Alba", HEIST + " Insurers were called to value the loss, a"
                + " spokeswoman for the family firm said, and a reward was offered for information about the getaway"
                + " car.", "2013-09-09", null), names("b", "location:rue alba"));
    }

    @Test
    void add_undatedReportLedByAnotherSubject_startsAnotherStoryOfItsKind_notTheDatedOne() {
        CorpusIndex index = new CorpusIndex();
        firstRueAlbaReport(index, "location:rue alba", "person:ana ortiz");
        secondRueAlbaReport(index);

        CorpusIndex.Placement same = index.add(article("c", "Store robbed", HEIST + " Shoppers on Rue Alba filmed the"
                + " getaway on their phones, and the mayor promised more patrols for the shopping district before the"
                + " holidays.", null, null), names("c", "location:rue alba"));
        CorpusIndex.Placement older = index.add(article("d", "Store robbed", HEIST + " It was the third raid this year"
                + " on Avenue Berne, where a gang dressed as couriers had taken a safe in March and rammed a door in"
                + " June.", null, null), names("d", "location:avenue berne"));

        assertThat(same.story()).as("undated, it leads with the place the dated reports lead with").isEqualTo("story-a");
        assertThat(older.story()).as("undated, it leads with another place: %s", older.reason()).isEqualTo("story-d");
        assertThat(older.storyline()).as("another event of the kind").isEqualTo(same.storyline());
    }

    @Test
    void add_undatedReportLedByWhomOnlyOneOfManyDatedReportsLeadsWith_startsAnotherStoryOfItsKind() {
        CorpusIndex index = new CorpusIndex();
        String[] after = {"The shop on Rue Alba reopened in the afternoon under guard, and its neighbours said the street"
                + " had never seen a raid in forty years of trade.", "Insurers were called to value the loss, a spokeswoman"
                + " for the family firm said, and a reward was offered for information about the getaway car.",
                "Traders on Rue Alba asked the council for gates and lights, saying the street empties after dark and"
                        + " the cameras point the wrong way.", "A motorcycle seen near Rue Alba was found abandoned by the river,"
                + " and forensic teams searched it for fingerprints through the night.", "The mayor visited Rue Alba and"
                + " promised two more patrols for the shopping district before the holidays begin next month."};
        for (int i = 0; i < after.length; i++) {
            String id = "r" + i;
            index.add(article(id, "Jewellery store robbed on Rue Alba", HEIST + " " + after[i], "2013-09-09", null),
                    i == 0 ? names(id, "location:rue alba", "person:ana ortiz") : names(id, "location:rue alba"));
        }

        CorpusIndex.Placement other = index.add(article("u", "Store robbed", HEIST + " Ana Ortiz, who has kept a shop"
                + " in the old town for thirty years, said it was the second raid she had suffered since the spring.", null,
                null), names("u", "person:ana ortiz"));

        assertThat(other.story()).as("one dated report of five leads with her: %s", other.reason()).isEqualTo("story-u");
        assertThat(other.storyline()).as("another event of the kind").isEqualTo(index.current(
                index.add(article("r5", "Jewellery store robbed on Rue Alba", HEIST + " Police on Rue Alba closed the"
                        + " street for an hour while detectives measured the skid marks.", "2013-09-09", null),
                        names("r5", "location:rue alba"))).storyline());
    }

    @Test
    void add_undatedReportOnlySomewhatLikeAStoryDatedReportsLead_startsAnotherStoryOfItsKind() {
        CorpusIndex index = new CorpusIndex();
        firstRueAlbaReport(index, "location:rue alba");
        secondRueAlbaReport(index);
        String text = "Two men on a motorbike raided a watch shop and fled with its stock, police said. The gang"
                + " had rented a flat across the road for a month, neighbours told reporters, and left a van burning in"
                + " a car park by the station; the owner said the insurers would not pay for the stock.";

        CorpusIndex.Placement undated = index.add(article("c", "Watch shop robbed", text, null, null), ArticleEntities.none("c"));

        assertThat(undated.story()).as("like it, but not enough to tell its event without a date: %s", undated.reason())
                .isEqualTo("story-c");
        assertThat(undated.storyline()).as("another event of the kind").isEqualTo("storyline-a");
    }

    @Test
    void add_undatedReport_isNotKeptOutOfAStoryOnlyOneDatedReportLeads() {
        CorpusIndex index = new CorpusIndex();
        firstRueAlbaReport(index, "location:rue alba");
        CorpusIndex.Placement undated = index.add(article("d", "Store robbed", HEIST + " It was the third raid this year"
                + " on Avenue Berne, where a gang dressed as couriers had taken a safe in March and rammed a door in"
                + " June.", null, null), names("d", "location:avenue berne"));
        assertThat(undated.story()).as("one report's lead says little of what its story is about").isEqualTo("story-a");
    }

    private static final String COURIERS = "A gang dressed as couriers carried a parcel into the bank vault, tied up the"
            + " night guard with cable ties and cut the safe open with a plasma torch, investigators said. The couriers"
            + " left in a white van that was later found burnt out near the ring road.";

    @Test
    void add_undatedReportsInADatedStory_doNotDrawInReportsOfAnotherEvent() {
        CorpusIndex index = new CorpusIndex();
        firstRueAlbaReport(index, "location:rue alba");
        secondRueAlbaReport(index);
        CorpusIndex.Placement blend = index.add(article("c", "Store robbed", HEIST + " " + COURIERS, null, null),
                names("c", "location:rue alba"));
        CorpusIndex.Placement other = index.add(article("d", "Vault robbed", COURIERS + " Detectives said the gang"
                + " had studied the vault for weeks and that the stolen jewellery would be hard to sell.", null, null),
                ArticleEntities.none("d"));

        assertThat(blend.story()).isEqualTo("story-a");
        assertThat(other.story()).as("what the dated reports say is the story, not what an undated one added: %s",
                other.reason()).isEqualTo("story-d");
    }

    /** A unit vector at {@code degrees} from the first axis, in the plane of the first two. */
    private static java.util.function.Supplier<float[]> gist(double degrees) {
        double r = Math.toRadians(degrees);
        return () -> new float[] {(float) Math.cos(r), (float) Math.sin(r), 0, 0};
    }

    @Test
    void add_storyWhoseWordsBarelyMeetAStorylines_joinsItWhenItsGistIsAlike() {
        for (double degrees : new double[] {50, 90}) {
            CorpusIndex index = new CorpusIndex();
            CorpusIndex.Placement first = index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null),
                    ArticleEntities.none("a"), gist(0));
            CorpusIndex.Placement next = index.add(article("b", "Water budget passes", HARBOR_BUDGET, "2025-03-04", null),
                    ArticleEntities.none("b"), gist(degrees));
            assertThat(next.story()).isNotEqualTo(first.story());
            assertThat(next.storyline().equals(first.storyline())).as("gists %s degrees apart", degrees).isEqualTo(degrees < 60);
        }
    }

    @Test
    void restore_withGists_goesOnAsTheLiveIndexDoes() {
        CorpusIndex live = new CorpusIndex();
        live.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null), ArticleEntities.none("a"), gist(0));
        Map<String, List<String>> members = new HashMap<>();
        live.stories().forEach(story -> members.put(story.id(), story.articles()));
        CorpusIndex restored = CorpusIndex.restore(live.changes(), members);

        Article later = article("b", "Water budget passes", HARBOR_BUDGET, "2025-03-05", null);
        CorpusIndex.Placement placed = restored.add(later, ArticleEntities.none("b"), gist(40));
        assertThat(placed).isEqualTo(live.add(later, ArticleEntities.none("b"), gist(40)));
        assertThat(placed.storyline()).isEqualTo("storyline-a");
    }

    @Test
    void add_reasonedOutDate_doesNotKeepAnArticleOutOfItsStory() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        PublicationDate guessed = new PublicationDate("2026-03-05", true, new Evidence(0, 7, "March 5"));
        Article b = new Article("b", "b.txt", null, "Harbor bridge closed after ship strike", BRIDGE + " Tugs stayed.",
                guessed, null, null, null, "en");
        assertThat(index.add(b).story()).isEqualTo("story-a");
        assertThat(index.stories().get(0).end()).isEqualTo("2025-03-04");
    }

    @Test
    void restore_withParticipants_goesOnAsTheLiveIndexDoes() {
        CorpusIndex live = new CorpusIndex();
        live.add(article("a", "Actress enters rehab", REHAB, null, null), names("a", "person:tara reid", "location:malibu"));
        live.add(article("b", "Actress checks into rehab", "The actress entered a treatment center in California, her"
                + " lawyer said, to begin a stay a judge ordered.", null, null), names("b", "person:lindsay lohan"));
        Map<String, List<String>> members = new HashMap<>();
        live.stories().forEach(story -> members.put(story.id(), story.articles()));
        CorpusIndex restored = CorpusIndex.restore(live.changes(), members);
        Article later = article("c", "Star checks into rehab", "Her publicist confirmed the stay at the treatment center"
                + " and asked fans to respect the privacy of the actress.", null, null);
        ArticleEntities who = names("c", "person:lindsay lohan", "location:betty ford center");
        assertThat(restored.add(later, who)).isEqualTo(live.add(later, who));
        assertThat(restored.stories()).isEqualTo(live.stories());
    }

    @Test
    void storylines_areTitledByTheHeadlineOfTheirLargestStory() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        index.add(article("b", "Harbor bridge closed after ship strike",
                "The Averill Harbor Bridge stayed closed after a ship struck a pier of the bridge; buses use the Old Mill"
                        + " Road detour while engineers inspect the harbor crossing and the damaged pier.", "2025-03-06", null));
        index.add(article("c", "Harbor bridge shut again as second ship hits pier",
                "Months after the first accident, another freighter drifted into the Averill Harbor Bridge on Friday."
                        + " The harbor authority shut the crossing once more, and the Old Mill Road detour is back while"
                        + " inspectors check the pier that was repaired in spring.", "2025-06-20", null));
        assertThat(index.storylines()).hasSize(1);
        assertThat(index.storylines().get(0).title()).isEqualTo("Ship strikes harbor bridge");
        assertThat(index.changedStorylines()).isEqualTo(index.storylines());
    }

    @Test
    void stories_areTitledByTheHeadlineOfTheirMostCentralArticle() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Crossing closed", "The city closed the Averill Harbor Bridge on Tuesday. Buses use the"
                + " Old Mill Road detour.", "2025-03-04", null));
        CorpusIndex.Placement second = index.add(article("b", "Ship strikes bridge", BRIDGE, "2025-03-04", null));
        CorpusIndex.Placement central = index.add(article("c", "Freighter hits Averill Harbor Bridge pier, city shuts crossing",
                "A freighter that lost power struck a pier of the Averill Harbor Bridge on Tuesday, and the city closed"
                        + " the crossing. Tugs reached the ship within twenty minutes, the harbor authority said. The"
                        + " mayor said nobody was hurt; buses take the Old Mill Road detour until engineers say the"
                        + " bridge is safe.", "2025-03-04", null));
        assertThat(second.story()).isEqualTo("story-a");
        assertThat(central.story()).isEqualTo("story-a");
        assertThat(central.duplicateOf()).isNull();
        assertThat(central.similarity()).isGreaterThan(second.similarity());
        assertThat(index.stories()).singleElement().extracting(Story::title)
                .isEqualTo("Freighter hits Averill Harbor Bridge pier, city shuts crossing");
    }

    @Test
    void stories_areTitledByAHeadline_whenAnyOfTheirArticlesHasOne() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "", BRIDGE, "2025-03-04", null));
        CorpusIndex.Placement headlined = index.add(article("b", "Freighter hits Averill Harbor Bridge pier",
                "A freighter that lost power struck a pier of the Averill Harbor Bridge on Tuesday, and the city closed"
                        + " the crossing. Tugs reached the ship within twenty minutes, the harbor authority said. The"
                        + " mayor said nobody was hurt; buses take the Old Mill Road detour until engineers say the"
                        + " bridge is safe.", "2025-03-04", null));
        CorpusIndex.Placement untitled = index.add(article("c", "", "The Averill Harbor Bridge stayed closed on Tuesday"
                + " after a freighter that lost power struck one of its piers. Tugs reached the ship within twenty"
                + " minutes; buses take the Old Mill Road detour until engineers say the bridge is safe.", "2025-03-04", null));
        assertThat(List.of(headlined, untitled)).extracting(CorpusIndex.Placement::duplicateOf).containsOnlyNulls();
        assertThat(List.of(headlined.story(), untitled.story())).containsOnly("story-a");
        assertThat(index.stories()).singleElement().extracting(Story::title)
                .as("the first words of an article without a headline title the story only while none has one")
                .isEqualTo("Freighter hits Averill Harbor Bridge pier");
    }

    @Test
    void headline_ofAnArticleWithoutTitle_isItsLeadSentence_cutAtAWordNearAHeadlinesLength() {
        assertThat(CorpusIndex.headline(article("t", "Ship strikes bridge", BRIDGE, null, null))).isEqualTo("Ship strikes bridge");
        assertThat(CorpusIndex.headline(article("s", "", "The ferry resumed service on Monday. Fares stay.", null, null)))
                .isEqualTo("The ferry resumed service on Monday.");
        String cut = CorpusIndex.headline(article("l", "", BRIDGE, null, null));
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(CorpusIndex.HEADLINE + 1);
        assertThat(BRIDGE).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(BRIDGE.charAt(cut.length() - 1)).isEqualTo(' ');
        assertThat(CorpusIndex.headline(article("e", "", "", null, null))).isEmpty();
        assertThat(CorpusIndex.headline(article("d", "", "Tuesday, May 24, 2005\n\nThe ferry resumed service on Monday."
                + " Fares stay.", null, null))).as("a dateline above the lead").isEqualTo("The ferry resumed service on Monday.");
        CorpusIndex index = new CorpusIndex();
        index.add(article("u", "", BRIDGE, "2025-03-04", null));
        assertThat(index.stories().get(0).title()).isEqualTo(cut);
    }

    @Test
    void add_dateGuessedFromTheText_neitherBoundsNorSplitsAStory() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        String text = "The Averill Harbor Bridge stayed closed after a ship struck a pier of the bridge on May 2; buses use"
                + " the Old Mill Road detour while engineers inspect the harbor crossing and the damaged pier.";
        int at = text.indexOf("May 2");
        // a bare "May 2" with a year supplied by the reader: months away, and not to be trusted as a bound
        PublicationDate guessed = new PublicationDate("2025-05-02", true, new Evidence(at, at + 5, "May 2"));
        CorpusIndex.Placement follow = index.add(new Article("b", "b.txt", null, "Harbor bridge closed after ship strike",
                text, guessed, null, null, null, "en"));
        assertThat(follow.story()).isEqualTo("story-a");
        assertThat(index.stories().get(0).end()).isEqualTo("2025-03-04");

        PublicationDate named = new PublicationDate("2025-06-20", true, new Evidence(0, 21, "Friday, June 20, 2025"));
        CorpusIndex.Placement months = index.add(new Article("c", "c.txt", null, "Harbor bridge shut after ship strike",
                "Friday, June 20, 2025. A freighter struck a pier of the Averill Harbor Bridge, and the harbor authority"
                        + " closed the crossing; buses use the Old Mill Road detour while engineers inspect the pier.",
                named, null, null, null, "en"));
        assertThat(months.story()).as("a date in words with its weekday and year is sure").isNotEqualTo("story-a");
    }

    @Test
    void add_yearGuessedFromAWeekday_isMatchedByItsMonthAndDay() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        // "Tuesday, March 4" fits 2025 and 2031 alike: a reader that picks one may pick the wrong one
        PublicationDate guessed = new PublicationDate("2031-03-04", true, new Evidence(0, 16, "Tuesday, March 4"));
        CorpusIndex.Placement report = index.add(new Article("b", "b.txt", null, "Harbor bridge closed after ship strike",
                "Tuesday, March 4. " + BRIDGE, guessed, null, null, null, "en"));
        assertThat(report.story()).isEqualTo("story-a");
        PublicationDate later = new PublicationDate("2031-06-20", true, new Evidence(0, 15, "Friday, June 20"));
        CorpusIndex.Placement months = index.add(new Article("c", "c.txt", null, "Harbor bridge closed after ship strike",
                "Friday, June 20. The Averill Harbor Bridge stayed closed after a ship struck a pier of the bridge; buses use"
                        + " the Old Mill Road detour while engineers inspect the harbor crossing and the damaged pier.",
                later, null, null, null, "en"));
        assertThat(months.story()).as("months from the story in any year").isNotEqualTo("story-a");
    }

    @Test
    void add_storyStartedByAYearGuessedFromAWeekday_takesItsReportsWithSureDates() {
        CorpusIndex index = new CorpusIndex();
        // "Tuesday, March 4" fits 1997 as well as 2025: a reader that picked 1997 must not date the story decades off
        PublicationDate guessed = new PublicationDate("1997-03-04", true, new Evidence(0, 16, "Tuesday, March 4"));
        CorpusIndex.Placement first = index.add(new Article("a", "a.txt", null, "Ship strikes harbor bridge",
                "Tuesday, March 4. " + BRIDGE, guessed, null, null, null, "en"));
        CorpusIndex.Placement report = index.add(article("b", "Harbor bridge closed after ship strike",
                "The Averill Harbor Bridge stayed closed after a ship struck a pier of the bridge on Tuesday; buses use"
                        + " the Old Mill Road detour while engineers inspect the harbor crossing and the damaged pier.",
                "2025-03-05", null));
        assertThat(report.story()).isEqualTo(first.story());
        assertThat(index.stories().get(0).start()).as("dated by its sure date alone").isEqualTo("2025-03-05");
    }

    @Test
    void restore_storyDatedByAGuessedYear_goesOnAsTheLiveIndexDoes() {
        CorpusIndex live = new CorpusIndex();
        PublicationDate guessed = new PublicationDate("1997-03-04", true, new Evidence(0, 16, "Tuesday, March 4"));
        live.add(new Article("a", "a.txt", null, "Ship strikes harbor bridge", "Tuesday, March 4. " + BRIDGE, guessed,
                null, null, null, "en"));
        Map<String, List<String>> members = new HashMap<>();
        live.stories().forEach(story -> members.put(story.id(), story.articles()));
        CorpusIndex restored = CorpusIndex.restore(live.changes(), members);
        assertThat(live.changes().stories().get(0).datesGuessed()).isTrue();

        Article later = article("b", "Harbor bridge closed after ship strike", "The Averill Harbor Bridge stayed closed"
                + " after a ship struck a pier of the bridge on Tuesday; buses use the Old Mill Road detour while engineers"
                + " inspect the harbor crossing and the damaged pier.", "2025-03-05", null);
        assertThat(restored.add(later)).isEqualTo(live.add(later));
        assertThat(restored.stories()).isEqualTo(live.stories());
    }

    @Test
    void add_manyReportsOfAnEvent_doNotDrawInAnotherEventOfItsKind() {
        CorpusIndex index = new CorpusIndex();
        String[] first = {"Freighter strikes Averill Harbor Bridge pier", "Averill Harbor Bridge shut after freighter strike",
                "Engineers inspect Averill bridge pier struck by freighter", "Old Mill Road detour as Averill bridge stays shut"};
        for (int i = 0; i < first.length; i++) {
            index.add(article("a" + i, first[i], BRIDGE, null, null));
        }
        CorpusIndex.Placement other = index.add(article("b", "Barge hits Kessel river bridge",
                "A gravel barge drifted into the Kessel river bridge on Sunday night after its towline snapped. The county"
                        + " closed the bridge, and divers will check the central pier once the current slows.", null, null));
        assertThat(other.story()).isEqualTo("story-b");
        assertThat(index.stories()).hasSize(2);
    }

    private static final String SHIP = "A container ship lost power near the harbor mouth and drifted into a support"
            + " pier of the Averill Harbor Bridge. Tugs reached the vessel within twenty minutes; the captain said the"
            + " engine failed as the freighter turned, and the coast guard boarded to check the hull and the crew.";
    private static final String DETOUR = "Commuters faced long queues downtown as buses took the Old Mill Road detour."
            + " Traffic officers waved drivers away from the closed crossing, and the transit agency added extra buses"
            + " and ferries for the evening rush while the city asked people to work from home.";
    private static final String BOTH = "A container ship lost power, drifted into a pier of the Averill Harbor Bridge"
            + " and forced the city to shut the crossing. Tugs reached the vessel within twenty minutes. Commuters"
            + " faced long queues as buses took the Old Mill Road detour, and the transit agency added extra buses and"
            + " ferries for the evening rush.";

    @Test
    void add_articleThatReportsWhatTwoStoriesReport_mergesThemIntoTheOlder() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("ship", "Freighter drifts into harbor bridge pier", SHIP, "2025-03-04", null));
        CorpusIndex.Placement detour = index.add(article("detour", "Long queues on the detour downtown", DETOUR,
                "2025-03-04", null));
        assertThat(detour.story()).isEqualTo("story-detour");

        CorpusIndex.Placement bridging = index.add(article("both", "Ship strike shuts harbor bridge", BOTH, "2025-03-04", null));

        assertThat(bridging.story()).isEqualTo("story-ship");
        assertThat(bridging.reason()).contains("brings in the story \"Long queues on the detour downtown\"");
        assertThat(index.stories()).singleElement().satisfies(story -> {
            assertThat(story.id()).isEqualTo("story-ship");
            assertThat(story.articles()).as("in the order they were placed").containsExactly("ship", "detour", "both");
        });
        assertThat(index.merges()).contains(new CorpusIndex.Merge("story-detour", "story-ship"));
        assertThat(index.storyCount()).isEqualTo(index.stories().size());
        assertThat(index.current(detour).story()).isEqualTo("story-ship");
        assertThat(index.storylines()).singleElement()
                .satisfies(line -> assertThat(line.stories()).containsExactly("story-ship"));
    }

    @Test
    void add_articleThatReportsAStoryDatedReportsLeadAndAnUndatedOne_doesNotMergeThem() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("ship", "Freighter drifts into harbor bridge pier", SHIP, "2025-03-04", null),
                names("ship", "location:averill harbor"));
        index.add(article("ship2", "Freighter hits Averill Harbor Bridge", "A freighter that lost its engine drifted"
                + " into a pier of the Averill Harbor Bridge this morning. The coast guard boarded the container ship and"
                + " the captain told inspectors the engine failed in the turn; tugs held the vessel off the pier.",
                "2025-03-04", null), names("ship2", "location:averill harbor"));
        CorpusIndex.Placement detour = index.add(article("detour", "Long queues on the detour downtown", DETOUR, null,
                null));
        assertThat(detour.story()).isEqualTo("story-detour");

        CorpusIndex.Placement bridging = index.add(article("both", "Ship strike shuts harbor bridge", BOTH, "2025-03-04",
                null), names("both", "location:averill harbor"));

        assertThat(bridging.story()).isEqualTo("story-ship");
        assertThat(bridging.reason()).as("the undated story may tell another event of the kind").doesNotContain("brings in");
        assertThat(index.merges()).isEmpty();
        assertThat(index.stories()).extracting(Story::id).containsExactly("story-ship", "story-detour");
    }

    @Test
    void add_articleThatReportsTwoStoriesLedByOtherPeople_doesNotMergeThem() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("ship", "Freighter drifts into harbor bridge pier", SHIP, "2025-03-04", null),
                names("ship", "person:anna berg"));
        index.add(article("detour", "Long queues on the detour downtown", DETOUR, "2025-03-04", null),
                names("detour", "person:tom ruiz"));

        CorpusIndex.Placement bridging = index.add(article("both", "Ship strike shuts harbor bridge", BOTH, "2025-03-04",
                null), names("both", "person:anna berg", "person:tom ruiz"));

        assertThat(bridging.reason()).doesNotContain("brings in");
        assertThat(index.merges()).isEmpty();
        assertThat(index.stories()).extracting(Story::id).containsExactly("story-ship", "story-detour");
    }

    @Test
    void add_articleThatReportsTwoStoriesLedByOnePerson_mergesThem_herSurnameAloneInOne() {
        CorpusIndex index = new CorpusIndex();
        index.add(article("ship", "Freighter drifts into harbor bridge pier", SHIP, "2025-03-04", null),
                names("ship", "person:anna berg"));
        index.add(article("detour", "Long queues on the detour downtown", DETOUR, "2025-03-04", null),
                names("detour", "person:berg", "location:old mill road"));

        CorpusIndex.Placement bridging = index.add(article("both", "Ship strike shuts harbor bridge", BOTH, "2025-03-04",
                null), names("both", "person:anna berg", "location:old mill road"));

        assertThat(bridging.reason()).contains("brings in the story \"Long queues on the detour downtown\"");
        assertThat(index.stories()).extracting(Story::id).containsExactly("story-ship");
    }

    /** An index restored from the rows of a live one, as a store keeps them: it lists what the live one lists. */
    private static CorpusIndex restored(CorpusIndex live) {
        Map<String, List<String>> members = new HashMap<>();
        live.stories().forEach(story -> members.put(story.id(), story.articles()));
        CorpusIndex restored = CorpusIndex.restore(live.changes(), members);
        assertThat(restored.stories()).isEqualTo(live.stories());
        assertThat(restored.storylines()).isEqualTo(live.storylines());
        assertThat(restored.storyCount()).isEqualTo(live.storyCount());
        return restored;
    }

    @Test
    void restore_afterAMerge_goesOnAsTheLiveIndexDoes() {
        CorpusIndex live = new CorpusIndex();
        live.add(article("ship", "Freighter drifts into harbor bridge pier", SHIP, "2025-03-04", null));
        live.add(article("detour", "Long queues on the detour downtown", DETOUR, "2025-03-04", null));
        live.add(article("both", "Ship strike shuts harbor bridge", BOTH, "2025-03-04", null));
        CorpusIndex restored = restored(live);

        Article later = article("later", "Queues at the harbor bridge detour", DETOUR, "2025-03-05", null);
        CorpusIndex.Placement copy = restored.add(later);
        assertThat(copy).isEqualTo(live.add(later));
        assertThat(copy.story()).isEqualTo("story-ship");
    }

    @Test
    void restore_fromItsRows_goesOnAsTheLiveIndexDoes() {
        CorpusIndex live = new CorpusIndex();
        live.add(article("a", "Ship strikes harbor bridge", BRIDGE, "2025-03-04", null));
        live.add(article("b", "Water budget passes", BUDGET, "2025-03-04", null));
        CorpusIndex restored = restored(live);
        assertThat(restored.contains("a")).isTrue();

        Article later = article("c", "Ship strikes bridge", BRIDGE, "2025-03-05", null);
        CorpusIndex.Placement copy = restored.add(later);
        assertThat(copy).isEqualTo(live.add(later));
        assertThat(copy.duplicateOf()).isEqualTo("a");
        assertThat(copy.story()).isEqualTo("story-a");
        CorpusIndex.Rows written = restored.changes();
        assertThat(written.docs()).extracting(CorpusIndex.DocRow::article).containsExactly("c");
        assertThat(written.stories()).extracting(CorpusIndex.StoryRow::id).containsExactly("story-a");
    }

    @Test
    void minHash_estimatesJaccardAndContainment() {
        Random random = new Random(1);
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            a.append("w").append(random.nextInt(100000)).append(' ');
        }
        MinHash.Signature x = MinHash.of(a.toString());
        MinHash.Signature same = MinHash.of(a.toString());
        MinHash.Signature half = MinHash.of(a.substring(0, a.length() / 2));
        assertThat(x.jaccard(same)).isEqualTo(1.0);
        assertThat(x.jaccard(half)).isBetween(0.35, 0.65);
        assertThat(half.containment(x)).isGreaterThan(0.85);
        assertThat(MinHash.of("").shingles()).isZero();
    }
}
