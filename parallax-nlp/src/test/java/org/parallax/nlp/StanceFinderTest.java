package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Stance;

/** Stances in invented sentences, with the entity layer the tests give and the quotes the quote finder finds. */
class StanceFinderTest {
    private final StanceFinder finder = new StanceFinder();

    /** An entity named by every occurrence of each of its spellings in the text. */
    private static ArticleEntities.Found named(String text, String name, EntityType type, String... spellings) {
        return named(text, name, type, List.of(), spellings);
    }

    private static ArticleEntities.Found named(String text, String name, EntityType type, List<ArticleEntities.Role> roles,
                                               String... spellings) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : spellings) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                boolean inside = false;
                for (Mention m : mentions) {
                    inside |= m.start() <= at && at < m.end();
                }
                if (!inside) {
                    mentions.add(new Mention("a", at, at + s.length(), s));
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return new ArticleEntities.Found(type + ":" + name, type, name, false, true, List.of(), roles, mentions, List.of());
    }

    private List<Stance> stances(String text, ArticleEntities.Found... entities) {
        List<Sentence> sentences = Sentences.split(text);
        ArticleEntities layer = new ArticleEntities("a", List.of(entities), List.of());
        return finder.find(text, sentences, layer, new QuoteFinder().find(text, sentences, layer));
    }

    /** The stances of a text that names the persons Anna Berg and Lars Holm. */
    private List<Stance> bergAndHolm(String text) {
        return stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
    }

    /** Each stance as "actor | position | issue", with " | if <condition>" when it has one. */
    private static List<String> lines(String text, List<Stance> stances) {
        List<String> out = new ArrayList<>();
        for (Stance s : stances) {
            out.add(s.actor().of(text) + " | " + s.position().label() + " | " + s.issue()
                    + (s.condition() == null ? "" : " | " + s.condition().of(text)));
        }
        return out;
    }

    private static String words(String text, Span span) {
        return span == null ? null : span.of(text);
    }

    @Test
    void find_callForAnIssue_supportsItWithTheSentenceAsEvidence() {
        String text = "Talks ended on Monday.\n\nThe Nordland government called for a truce in Westmark on Tuesday.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).containsExactly("Nordland | supports | ceasefire in westmark");
        assertThat(words(text, found.get(0).evidence())).startsWith("The Nordland government").endsWith("Tuesday.");
        assertThat(words(text, found.get(0).issueWords())).isEqualTo("truce in Westmark");
        assertThat(found.get(0).topic()).isEqualTo("peace process");
    }

    @Test
    void find_aWishForWhatOthersDo_isOnTheDeed_notOnWhomItIsFor() {
        String text = "\"Nobody was hurt, and that is the first thing I want people to hear,\" Mayor Ilse Varga said.\n\n"
                + "Ilse Varga wanted Nordland to accept a truce in Westmark.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"), named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | supports | ceasefire in westmark");
    }

    @Test
    void topic_issuesOfOneMatter_shareIt() {
        assertThat(StanceFinder.topic("a ceasefire in Westmark")).isEqualTo("peace process");
        assertThat(StanceFinder.topic("peace talks")).isEqualTo("peace process");
        assertThat(StanceFinder.topic("the new tax plans for farmers")).isEqualTo("tax plan");
    }

    @Test
    void find_negatedSupport_opposes() {
        String text = "Mara Vell spoke in Ostrava.\n\n“We are clear,” Vell said.\nAnd we do not currently support calls for a "
                + "cessation of hostilities.";
        List<Stance> found = stances(text, named(text, "Mara Vell", EntityType.PERSON, "Mara Vell", "Vell"));
        assertThat(lines(text, found)).contains("Vell | opposes | ceasefire");
        assertThat(found).filteredOn(s -> s.issue().equals("ceasefire")).allSatisfy(s ->
                assertThat(words(text, s.evidence())).startsWith("And we do not currently support calls"));
    }

    @Test
    void find_coordinatedSubjectsAndObjects_eachActorOnEachIssue() {
        String text = "Anna Berg and Lars Holm called for a ceasefire and negotiations during their meeting.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).containsExactlyInAnyOrder("Anna Berg | supports | ceasefire",
                "Anna Berg | supports | peace talks", "Lars Holm | supports | ceasefire", "Lars Holm | supports | peace talks");
    }

    @Test
    void find_conditionAfterTheObject_isConditionalWithTheConditionsWords() {
        String text = "Nordland has said it is ready for talks only if Westmark gives up the two provinces it holds.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).containsExactly(
                "Nordland | conditional | peace talks | only if Westmark gives up the two provinces it holds");
    }

    @Test
    void find_negatedAcceptanceUnlessACondition_isConditional() {
        String text = "The authorities in Ostrava have said that they will not accept any peace deal unless Nordland "
                + "returns to the old borders.";
        List<Stance> found = stances(text, named(text, "Westmark", EntityType.COUNTRY, "Ostrava"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).containsExactly(
                "Ostrava | conditional | peace deal | unless Nordland returns to the old borders");
    }

    @Test
    void find_reportedPosition_countsForTheOneReportedNotTheReporter() {
        String text = "The Daily Courier reported that Nordland said it is open to negotiation with its neighbour.";
        List<Stance> found = stances(text, named(text, "Daily Courier", EntityType.ORGANIZATION, "Daily Courier"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).containsExactly("Nordland | supports | peace talks with neighbour");
    }

    @Test
    void find_praiseAndCriticismOfAnother_targetIsTheOther() {
        String text = "Senator Anna Berg criticized Governor Lars Holm on Friday. Holm praised the Berg family.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm", "Holm"));
        assertThat(found).filteredOn(s -> s.target() != null).extracting(s -> s.actor().of(text) + " " + s.position().label()
                + " " + s.target().of(text)).containsExactly("Anna Berg opposes Lars Holm");
    }

    @Test
    void find_neverCondemned_isNeutral() {
        String text = "Nordland has never condemned the invasion of Westmark.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).containsExactly("Nordland | neutral | invasion of westmark");
    }

    @Test
    void find_passiveWithAnAgent_theAgentTakesIt() {
        String text = "Anna Berg spoke on Friday. We reject calls for a truce, which would be demanded by Nordland at the summit.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).contains("Nordland | supports | ceasefire");
    }

    @Test
    void find_appealWithAPurpose_isConditionalOnWhatItAsks() {
        String text = "Nordland is urging Westmark to accept the new realities to end the war, its spokesman said.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).contains("Nordland | conditional | ceasefire | Westmark to accept the new realities");
    }

    @Test
    void find_quotedWordsWithoutASubject_areTheSpeakers() {
        String text = "The broadcaster quoted Lars Holm as saying, “The core of our stance is to call for peace.”";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | supports | peace");
        assertThat(words(text, found.get(0).evidence())).isEqualTo("The core of our stance is to call for peace.");
    }

    @Test
    void find_officeHolder_speaksForTheCountryToo() {
        String text = "The Nordish President Lars Holm called for a truce.";
        ArticleEntities.Role president = new ArticleEntities.Role("Nordish President", "Nordland", "president");
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, List.of(president), "Lars Holm"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordish"));
        assertThat(lines(text, found)).containsExactlyInAnyOrder("Lars Holm | supports | ceasefire",
                "Nordish | supports | ceasefire");
    }

    @Test
    void find_spokesmanPraisingTheBodyHisRoleNames_takesNoStanceTowardIt() {
        String text = "Harbor Union spokesman Lars Holm said, “We praise the Harbor Union for its courage.”";
        ArticleEntities.Role spokesman = new ArticleEntities.Role("Harbor Union spokesman", null, "spokesman");
        List<Stance> found = stances(text,
                named(text, "Lars Holm", EntityType.PERSON, List.of(spokesman), "Lars Holm"),
                named(text, "Harbor Union", EntityType.ORGANIZATION, "Harbor Union"));
        assertThat(found).noneMatch(s -> s.target() != null);
    }

    @Test
    void find_programOfBenefits_takesNoStance() {
        String text = "Harborcare beneficiaries will pay more. Critics said Harborcare opposes the plan and rejects the deal.";
        List<Stance> found = stances(text, named(text, "Harborcare", EntityType.ORGANIZATION, "Harborcare"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_heOpeningAClause_isTheSubjectOfTheClauseBeforeNotTheNearestName() {
        String text = "Lars Holm holds more conservative positions than Anna Berg; he opposes the ceasefire.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | opposes | ceasefire");
    }

    @Test
    void find_hypotheticalStance_isNobodys() {
        String text = "Westmark will talk unless Nordland rejects the plan.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_evaluativeQuote_isAStanceTowardWhomItNames() {
        String text = "Anna Berg spoke after the vote.\n\n“Lars Holm is dishonest and his plan is a disaster,” Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
            assertThat(s.issue()).isEqualTo("Lars Holm");
            assertThat(words(text, s.evidence())).startsWith("Lars Holm is dishonest");
        });
    }

    @Test
    void find_evaluativeQuote_readsGeneralWordsOfCriticismAndPraise() {
        String text = "Anna Berg spoke after the vote.\n\n“Lars Holm's tirade was a hurtful affront,” Berg said.";
        assertThat(lines(text, stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"))))
                .containsExactly("Berg | opposes | Lars Holm");
        String praise = "Anna Berg spoke after the vote.\n\n“Lars Holm has been diligent and candid,” Berg said.";
        assertThat(lines(praise, stances(praise, named(praise, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(praise, "Lars Holm", EntityType.PERSON, "Lars Holm"))))
                .containsExactly("Berg | supports | Lars Holm");
        String negated = "Anna Berg spoke after the vote.\n\n“Lars Holm was not evasive,” Berg said.";
        assertThat(lines(negated, stances(negated, named(negated, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(negated, "Lars Holm", EntityType.PERSON, "Lars Holm"))))
                .containsExactly("Berg | supports | Lars Holm");
    }

    @Test
    void find_evaluativeQuoteNamingNobody_isTowardWhomItsReportingSentenceNames() {
        String text = "The council met on Monday.\n\n“The plan is a reckless and dishonest disaster,” Anna Berg said of"
                + " Lars Holm.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
            assertThat(words(text, s.evidence())).isEqualTo("The plan is a reckless and dishonest disaster");
        });
    }

    @Test
    void find_aNewsAgencyTheGazetteerKnows_takesNoStance_evenTaggedAsAPerson() {
        String text = "The council met on Monday.\n\n“The plan is a reckless and dishonest disaster,” Interfax said of"
                + " Lars Holm.";
        List<Stance> found = stances(text, named(text, "Interfax", EntityType.ORGANIZATION, "Interfax"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).noneMatch(s -> words(text, s.actor()).equals("Interfax"));
        String quoted = "The council met on Monday.\n\n“The plan of Lars Holm is a reckless and dishonest disaster,”"
                + " Interfax reported.";
        assertThat(stances(quoted, named(quoted, "Interfax", EntityType.PERSON, "Interfax"),
                named(quoted, "Lars Holm", EntityType.PERSON, "Lars Holm")))
                .noneMatch(s -> words(quoted, s.actor()).equals("Interfax"));
    }

    @Test
    void find_aQuotedPredicate_isAboutItsSubjectBeforeTheQuote_notANameInsideIt() {
        String text = "The council met on Monday.\n\nSuch a truce, Anna Berg said, “would reward Lars Holm and his"
                + " reckless, dishonest conduct.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.target() != null && words(text, s.target()).equals("Lars Holm"));
        String named = "The council met on Monday.\n\nAnna Berg said Lars Holm “would be a reckless and dishonest"
                + " mayor.”";
        assertThat(bergAndHolm(named))
                .anySatisfy(s -> {
                    assertThat(words(named, s.target())).isEqualTo("Lars Holm");
                    assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
                });
    }

    @Test
    void find_whoWantsSomethingInAQuote_isNotWhatTheQuoteEvaluates() {
        String text = "Anna Berg spoke on Monday.\n\n“Nordland and Westmark want to avoid an escalation of the crisis and"
                + " are ready to make efforts to restore order in the region,” she added.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"), named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(found).noneMatch(s -> s.target() != null && List.of("Nordland", "Westmark")
                .contains(words(text, s.target())));
    }

    @Test
    void find_whatSomeoneSaidOrDecided_isNoIssue_itsComplementIs() {
        String text = "Anna Berg criticized the decision on the harbour tax.\n\nLars Holm rejected the claim.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).extracting(Stance::issue).doesNotContain("decision", "claim")
                .anySatisfy(issue -> assertThat(issue).contains("harbour"));
    }

    @Test
    void find_anIssuePhrase_endsBeforeAPersonsName_orAParticipleOnItsNoun() {
        String text = "Anna Berg opposed the harbour tax plan Lars Holm drafted.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).extracting(Stance::issue).isNotEmpty().allSatisfy(issue -> assertThat(issue).doesNotContain("holm"));
        String clause = "Anna Berg opposed the harbour tax passed on Monday.";
        assertThat(stances(clause, named(clause, "Anna Berg", EntityType.PERSON, "Anna Berg")))
                .extracting(Stance::issue).containsExactly("harbour tax");
        String ing = "Anna Berg opposed the harbour levy being debated. Lars Holm rejected ferry records relating to it. "
                + "Mara Lind supported the harbour funding bill. Anna Berg backed harbour financing of ferries.";
        assertThat(stances(ing, named(ing, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(ing, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(ing, "Mara Lind", EntityType.PERSON, "Mara Lind")))
                .extracting(Stance::issue).containsExactly("harbour levy", "ferry record", "harbour funding bill", "harbour financing of ferries");
        String titled = "Anna Berg criticized the three-term harbour governor Lars Holm.";
        assertThat(bergAndHolm(titled))
                .anySatisfy(s -> assertThat(words(titled, s.target())).isEqualTo("Lars Holm"))
                .noneSatisfy(s -> assertThat(s.issue()).contains("governor"));
    }

    @Test
    void find_evaluativeQuoteToldToSomeone_isNotTowardWhomItIsTold() {
        String text = "The council met on Monday.\n\nAnna Berg told Lars Holm that the plan was “a reckless and dishonest"
                + " disaster.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.target() != null && words(text, s.target()).equals("Lars Holm"));
    }

    @Test
    void find_evaluativeQuoteInSecondPerson_isTowardWhomTheLetterIsAddressedTo() {
        String text = "Anna Berg wrote a letter to Lars Holm on Monday.\n\n“Your harbour plan is a reckless and dishonest"
                + " disaster,” Berg wrote.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
            assertThat(words(text, s.evidence())).startsWith("Your harbour plan");
        });
        String sent = "The mayor sent Lars Holm, the harbour master, an open letter.\n\n“Your work has been honest"
                + " and tireless,” Anna Berg wrote.";
        assertThat(bergAndHolm(sent))
                .anySatisfy(s -> {
                    assertThat(words(sent, s.target())).isEqualTo("Lars Holm");
                    assertThat(s.position()).isEqualTo(Stance.Position.SUPPORTS);
                });
    }

    @Test
    void find_evaluativeQuoteInSecondPerson_isTowardWhomTheSpeakerTells() {
        String text = "The council met on Monday.\n\nAnna Berg told Lars Holm: “You have been reckless and dishonest.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).anySatisfy(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_evaluativeQuoteInSecondPerson_isTowardWhomItsOwnSentenceAddresses_beforeAnEarlierLetter() {
        String text = "Anna Berg wrote a letter to Lars Holm on Monday.\n\n“You have been reckless and dishonest,” Berg"
                + " told Mara Lind.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Mara Lind", EntityType.PERSON, "Mara Lind"));
        assertThat(found).anySatisfy(s -> assertThat(words(text, s.target())).isEqualTo("Mara Lind"))
                .noneMatch(s -> s.target() != null && words(text, s.target()).equals("Lars Holm"));
    }

    @Test
    void find_genericYouInAQuote_isNotTowardWhomTheSpeakerTells() {
        String text = "The council met on Monday.\n\nAnna Berg told Lars Holm: “If you build it so, you know, the"
                + " harbour will be a reckless disaster.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.target() != null && words(text, s.target()).equals("Lars Holm"));
        String modal = "Anna Berg wrote a letter to Lars Holm on Monday.\n\n“As a harbour master, you can't win,” Berg"
                + " wrote.";
        assertThat(stances(modal, named(modal, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(modal, "Lars Holm", EntityType.PERSON, "Lars Holm")))
                .noneMatch(s -> s.target() != null && words(modal, s.target()).equals("Lars Holm"));
        String asked = "The council met on Monday.\n\nAnna Berg asked Lars Holm: “You were at the harbour that night?”";
        assertThat(bergAndHolm(asked))
                .noneMatch(s -> s.target() != null && words(asked, s.target()).equals("Lars Holm"));
    }

    @Test
    void find_evaluativeQuoteNamingAnOfficeByItsTitle_isTowardTheOnePersonTheArticleGivesIt() {
        String text = "Governor Lars Holm and Deputy Governor Mara Lind spoke on Monday.\n\n“I think the way the governor"
                + " handled the harbour was reckless and dishonest,” Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, List.of(new ArticleEntities.Role("Governor", null, "governor")),
                        "Lars Holm"),
                named(text, "Mara Lind", EntityType.PERSON, List.of(new ArticleEntities.Role("Deputy Governor", null,
                        "governor")), "Mara Lind"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(s.issue()).isEqualTo("Lars Holm");
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
        });
        String two = "Governor Lars Holm met Governor Mara Lind on Monday.\n\n“The governor was reckless and"
                + " dishonest,” Anna Berg said.";
        // A title two persons hold, or a title with its body, names nobody: the words are not read as naming a target.
        assertThat(stances(two, named(two, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(two, "Lars Holm", EntityType.PERSON, List.of(new ArticleEntities.Role("Governor", null, "governor")),
                        "Lars Holm"),
                named(two, "Mara Lind", EntityType.PERSON, List.of(new ArticleEntities.Role("Governor", null, "governor")),
                        "Mara Lind"))).noneMatch(s -> s.issueWords().start() > two.indexOf('“'));
        String ofBody = "Governor Lars Holm spoke on Monday.\n\n“The governor of the harbour board was reckless and"
                + " dishonest,” Anna Berg said.";
        assertThat(stances(ofBody, named(ofBody, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(ofBody, "Lars Holm", EntityType.PERSON, List.of(new ArticleEntities.Role("Governor", null, "governor")),
                        "Lars Holm"))).noneMatch(s -> s.issueWords().start() > ofBody.indexOf('“'));
    }

    @Test
    void find_evaluativeQuoteOpeningWithAPronoun_isTowardThePersonNamedBeforeWhoIsNotTheSpeaker() {
        String text = "Lars Holm spoke at the rally on Monday.\n\nAnna Berg was not impressed. “He is dishonest and"
                + " reckless,” Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
            assertThat(words(text, s.evidence())).isEqualTo("He is dishonest and reckless");
        });
    }

    @Test
    void find_evaluativeQuoteWithAPronounDeepInAClause_doesNotReadThePronounAsTheTarget() {
        String text = "Lars Holm spoke at the rally on Monday.\n\n“It would be a fine and honest thing if he went,”"
                + " Anna Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.issueWords().start() > text.indexOf('“'));
    }

    @Test
    void find_evaluativeQuote_isTowardWhomTheSpeakerCallsIt() {
        String text = "The council met on Monday.\n\nAnna Berg called Lars Holm “dishonest and reckless.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_evaluativeQuoteNamingNobody_isNotTowardWhomTheSpeakerIsTheLawyerOf() {
        String text = "The council met on Monday.\n\nLars Holm’s lawyer, Anna Berg, called the charges “a reckless and"
                + " dishonest decision.”";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.target() != null);
    }

    @Test
    void find_evaluativeQuoteAboutACountrysPeople_isNotTowardTheCountry() {
        String text = "The council met on Monday.\n\n“Ordinary Westmarkians deserve an honest and capable government,”"
                + " Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmarkians"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_evaluativeQuoteNamingNobody_isNotTowardTheBodyTheSpeakerSpeaksFor() {
        String text = "The council met on Monday.\n\n“This is a reckless and dishonest decision,” said Anna Berg of Brightway.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Brightway", EntityType.ORGANIZATION, "Brightway"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_evaluativeQuoteNamingNobody_isNotTowardAPlace() {
        String text = "The council met on Monday.\n\n“This is a reckless and dishonest decision,” Anna Berg said in Nordland.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_everyStance_hasEvidenceInTheText() {
        String text = "Nordland rejected the plan. Westmark backed it, and Anna Berg urged both sides to resume talks.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactlyInAnyOrder("Nordland | opposes | plan", "Westmark | supports | plan",
                "Anna Berg | supports | peace talks");
        assertThat(found).allSatisfy(s -> assertThat(s.fits(text.length()) && s.evidence().length() > 0).isTrue());
    }

    @Test
    void topic_callsForPeaceAndAPlanToEndTheWar_areThePeaceProcess() {
        assertThat(StanceFinder.topic("peace")).isEqualTo("peace process");
        assertThat(StanceFinder.topic("a lasting peace in Westmark")).isEqualTo("peace process");
        assertThat(StanceFinder.topic("the plan for ending the war")).isEqualTo("peace process");
        assertThat(StanceFinder.topic("a plan for the harbour")).isEqualTo("plan");
    }

    @Test
    void find_planForEndingTheWar_isThePeacePlan() {
        String text = "Nordland backed the plan for ending the war on Monday.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).containsExactly("Nordland | supports | peace plan");
    }

    @Test
    void find_aStanceWordInANounCompound_isANounNotAVerb_andMakeSureWantsNoThing() {
        String text = "The harbour council dispute mirrors a wider rift in Nordland. The Westmark attack found no support.\n\n"
                + "The Greens oppose the harbour levy. The council rejected the levy.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"),
                named(text, "Greens", EntityType.ORGANIZATION, "Greens"));
        assertThat(lines(text, found)).containsExactly("Greens | opposes | harbour levy");
        String sure = "Anna Berg wants to make sure there is no conflict of interest.";
        assertThat(stances(sure, named(sure, "Anna Berg", EntityType.PERSON, "Anna Berg"))).isEmpty();
    }

    @Test
    void find_anEndToSomething_isAgainstIt_orForTheKnownTermItsEndIs() {
        String text = "Nordland called for an end to the war in Westmark. Ostia called for an end to reckless spending. "
                + "Ostia backed a halt to the strikes. Nordland supported the end of the year.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Ostia", EntityType.COUNTRY, "Ostia"), named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).containsExactly("Nordland | supports | ceasefire in westmark",
                "Ostia | opposes | reckless spending", "Ostia | opposes | strike");
    }

    @Test
    void find_aStanceWordInAQuote_whoseSubjectIsSomeoneElsesNoun_isNotTheSpeakers() {
        String text = "\"The council supports the harbour levy, and we support the ferry tax,\" Lars Holm said.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | supports | ferry tax");
    }

    @Test
    void find_aStanceWordInAQuote_whoseSubjectIsABareNoun_isNotTheSpeakers() {
        String text = "\"Federal law still prohibits the harbour levy, and voters demanded a ferry tax,\" Lars Holm said. "
                + "\"So we want a truce,\" Lars Holm added.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | supports | ceasefire");
    }

    @Test
    void find_evaluativeQuote_clearIsCertaintyNotPraise() {
        String text = "The council met on Monday.\n\n“It is clear that Lars Holm was reckless,” Anna Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | Lars Holm");
    }

    @Test
    void find_evaluativeQuote_notTowardTheSpeakersOwnSide() {
        String text = "The vote was close.\n\nNordbank CEO Lars Holm said, “Nordbank has done a great job for savers.”\n\n"
                + "Anna Berg, Ilse Varga's policy director, said, “Ilse Varga was a great governor.”\n\n"
                + "Westfarm bought the mill. “Westfarm is a great and honest buyer,” the company's chief Mara Vell said.";
        List<Stance> found = stances(text, named(text, "Nordbank", EntityType.ORGANIZATION, "Nordbank"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"), named(text, "Westfarm", EntityType.ORGANIZATION, "Westfarm"),
                named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(found).filteredOn(s -> s.target() != null).isEmpty();
    }

    @Test
    void find_evaluativeQuote_notTowardANameThatQualifiesARole() {
        String text = "The vote was close.\n\n“We intend to cooperate with the Nordland Attorney's office, and we are "
                + "grateful for that,” Lars Holm said.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).doesNotContain("Lars Holm | supports | Nordland");
    }

    @Test
    void find_evaluationInReportedSpeech_isOfTheClausesSubjectOnly() {
        String text = "The vote was close.\n\nAnna Berg said the leak could cause harm to the programs that allow Westbank "
                + "to collect data. Mara Vell said questions about Lars Holm were a disgrace. Ilse Varga said Lars Holm was a "
                + "dishonest and reckless mayor.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Westbank", EntityType.ORGANIZATION, "Westbank"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"), named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | opposes | Lars Holm");
    }

    @Test
    void find_evaluativeQuote_notTowardANameAfterAPlacePrepositionAndATitle() {
        String text = "The vote was close.\n\n\"You did not read the cables from Ambassador Lars Holm. I think it's "
                + "inexcusable,\" Mara Vell said.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(lines(text, found)).doesNotContain("Mara Vell | opposes | Lars Holm");
    }

    @Test
    void find_reportedSpeechOpeningWithTheSpeakersPronoun_isTheSpeakersViewOfTheNameTheEvaluationTakes() {
        String text = "The vote was close.\n\nMara Vell said she had serious doubts about Lars Holm. Ilse Varga said she was "
                + "proud of Anna Berg. Anna Berg said she hoped questions about Lars Holm were a disgrace.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"), named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(lines(text, found)).containsExactly("Mara Vell | opposes | Lars Holm", "Ilse Varga | supports | Anna Berg");
    }

    @Test
    void find_subjectWithAnApposition_isTheNameBeforeIt_notTheReporters() {
        String text = "The vote was close.\n\nThe Farmers Union alerted reporters that Anna Berg, the governor of Westmark, "
                + "also supports the levy. Mara Vell, the younger sister of Anna Berg, a Westmark candidate, sharply "
                + "criticized the budget.";
        List<Stance> found = stances(text, named(text, "Farmers Union", EntityType.ORGANIZATION, "Farmers Union"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"), named(text, "Westmark", EntityType.LOCATION, "Westmark"),
                named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | supports | levy", "Mara Vell | opposes | budget");
    }

    @Test
    void find_evaluativeQuote_notTowardWhomItAsksToAct() {
        String text = "The vote was close.\n\n“I just think it is very important for the Council to examine the agreement "
                + "and get this done,” Lars Holm said.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Council", EntityType.ORGANIZATION, "Council"));
        assertThat(lines(text, found)).doesNotContain("Lars Holm | supports | Council");
    }

    @Test
    void find_accusationWithAQuoteInIt_isOneStance() {
        String text = "The vote was close.\n\nLars Holm accused Anna Berg of \"projecting weakness\" with her policy. "
                + "Mara Vell accused Anna Berg of conducting a confusing policy on farms.";
        List<Stance> found = stances(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"), named(text, "Mara Vell", EntityType.PERSON, "Mara Vell"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | opposes | Anna Berg", "Mara Vell | opposes | Anna Berg");
    }

    @Test
    void find_evaluativeQuote_notTowardANameAfterAgainstOnANoun() {
        String text = "The council met on Monday.\n\n“It was a shameful, disgraceful vendetta against Lars Holm,” Anna Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).doesNotContain("Anna Berg | opposes | Lars Holm");
    }

    @Test
    void find_askingSomeoneToGo_isAgainstThem() {
        String text = "Anna Berg called for Lars Holm to step down. Mara Lind urged Lars Holm to resign.\n\n"
                + "Ilse Varga wants Lars Holm to be fired. Anna Berg called for Ilse Varga to step up.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Mara Lind", EntityType.PERSON, "Mara Lind"),
                named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"));
        assertThat(lines(text, found)).contains("Anna Berg | opposes | Lars Holm", "Mara Lind | opposes | Lars Holm",
                "Ilse Varga | opposes | Lars Holm").doesNotContain("Anna Berg | opposes | Ilse Varga");
    }

    @Test
    void find_anObjectWithNo_negatesTheStanceWord() {
        String text = "Anna Berg proposes no changes to the harbour levy. Lars Holm supports the ferry tax.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | change to harbour levy",
                "Lars Holm | supports | ferry tax");
    }

    @Test
    void find_beingReadyToPreventOrBlockSomething_isAgainstIt() {
        String text = "Anna Berg is determined to prevent Nordland from building the dam. Lars Holm is ready to block the harbour levy.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | Nordland", "Lars Holm | opposes | harbour levy");
    }

    @Test
    void find_them_standsForPeopleNotForTheIssueLastNamed() {
        String text = "\"I want tough penalties for smugglers. The victims suffered. And I pray for them,\" Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | supports | tough penalty for smugglers");
    }

    @Test
    void find_lightNounWithoutComplement_isOnItsPossessorOrOnNothing() {
        String text = "Westmark cautiously welcomed Nordland's involvement. Later Westmark agreed with some parts of the peace"
                + " plan. Ostrava rejected the role.";
        List<Stance> found = stances(text, named(text, "Westmark", EntityType.COUNTRY, "Westmark"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"), named(text, "Ostrava", EntityType.COUNTRY, "Ostrava"));
        assertThat(lines(text, found)).containsExactly("Westmark | supports | Nordland", "Westmark | supports | peace plan");
    }

    @Test
    void find_particlesAndIndefinitePronouns_areNoIssues() {
        String text = "Nordland backed out on Monday. Westmark has not proposed anything. Ostrava defended itself. Nordland"
                + " backed off some of its proposals.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"), named(text, "Ostrava", EntityType.COUNTRY, "Ostrava"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_newsMedium_takesNoStance() {
        String text = "The Nordland Press backed the truce in Westmark, and the Daily Herald praised Lars Holm.";
        List<Stance> found = stances(text, named(text, "Nordland Press", EntityType.ORGANIZATION, "Nordland Press"),
                named(text, "Daily Herald", EntityType.ORGANIZATION, "Daily Herald"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_evaluativeQuote_notTowardANameThatOnlyQualifiesANounOrCompletesOne() {
        String text = "The council met on Monday.\n\n“The Brightway report is a reckless and dishonest disaster,” Anna Berg"
                + " said.\n\n“His conduct is dishonest for a member of the Harbour Board,” Berg added.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg"),
                named(text, "Brightway", EntityType.ORGANIZATION, "Brightway"),
                named(text, "Harbour Board", EntityType.ORGANIZATION, "Harbour Board"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_evaluativeQuote_notTowardWhomTheReportingSentenceNamesInPassing() {
        String text = "The council met on Monday.\n\n“This is a reckless and dishonest decision,” Anna Berg said before"
                + " meeting Lars Holm.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).isEmpty();
    }

    @Test
    void find_questionInSomeonesWords_doesNotPraise() {
        String text = "The council met on Monday.\n\n“Is Lars Holm really an honest and capable leader?” Anna Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | Lars Holm");
    }

    @Test
    void find_stanceWordsParticle_doesNotTurnTheEvaluationAfterIt() {
        String text = "The council met on Monday.\n\n“We will stop Holm's war on farmers and fight against his reckless"
                + " attacks,” Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Holm"));
        assertThat(found).filteredOn(s -> s.target() != null).extracting(s -> s.position())
                .containsOnly(Stance.Position.OPPOSES);
    }

    @Test
    void find_negationOfANounPhrase_turnsTheEvaluationInIt() {
        String text = "The council met on Monday.\n\n“None of those persistent failures was caused by Lars Holm,” Anna"
                + " Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(lines(text, found)).containsExactly("Anna Berg | supports | Lars Holm");
    }

    @Test
    void find_appealToStopTheWar_isForItsEnd() {
        String text = "The Nordland government urged Westmark to stop the war, and urged Ostrava to lift its sanctions.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"), named(text, "Ostrava", EntityType.COUNTRY, "Ostrava"));
        assertThat(lines(text, found)).contains("Nordland | supports | ceasefire", "Nordland | opposes | sanctions");
    }

    @Test
    void find_twoModifiersOfOneNoun_areOneIssue() {
        String text = "Nordland and Westmark are opposed to any closed political and military alliance in the region.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(found).extracting(Stance::issue).containsOnly("closed political and military alliance in region");
        assertThat(found).extracting(Stance::topic).containsOnly("closed political and military alliance");
    }

    @Test
    void find_relativeClauseWithoutANamedAntecedent_isNotTheSpeakers() {
        String text = "Anna Berg spoke on Monday.\n\n“There is no majority of members who support the truce,” Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).isEmpty();
    }

    @Test
    void find_pronoun_doesNotStandForANameThatQualifiesANoun() {
        String text = "The Pension League opposes cutting the Social Fund benefits. An official said it is open to a review.";
        List<Stance> found = stances(text, named(text, "Pension League", EntityType.ORGANIZATION, "Pension League"),
                named(text, "Social Fund", EntityType.ORGANIZATION, "Social Fund"));
        assertThat(found).extracting(s -> s.actor().of(text)).doesNotContain("Social Fund");
    }

    @Test
    void find_objectPronounsVerbsAndAdjectivesAlone_areNoIssues() {
        String text = "Nordland criticized him. Westmark backed presidential. Ostrava opposed Christmas markets.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"), named(text, "Ostrava", EntityType.COUNTRY, "Ostrava"));
        assertThat(lines(text, found)).containsExactly("Ostrava | opposes | christmas market");
    }

    @Test
    void find_evaluativeQuoteOfARolePhraseNamedByItsApposition_isThatPersonsStance() {
        String text = "The council met on Monday.\n\n“Lars Holm is dishonest and his plan is a disaster,” said the "
                + "legislator, Representative Anna Berg.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_evaluativeQuoteOfASpokespersonNamedAgain_isTheBodysStance() {
        String text = "A spokesperson for Globex spoke on Monday.\n\n“Lars Holm is dishonest and his plan is a disaster,” "
                + "the spokesperson said.";
        List<Stance> found = stances(text, named(text, "Globex", EntityType.ORGANIZATION, "Globex"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Globex");
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
        });
    }
    @Test
    void find_stanceWordAsANoun_takesNoStance() {
        String text = "\"With all due respect, that is a bunch of nonsense,\" Ilse Varga said of the offer.\n\n"
                + "The Nordland press secretary, Lars Holm, said talks would go on. Ilse Varga has tremendous respect for "
                + "Westmark farmers. Lars Holm was back campaigning in Westmark on Monday.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).noneMatch(l -> l.contains("supports"));
    }

    @Test
    void find_appealWithNothingAsked_isNoStanceTowardWhomItAddresses() {
        String text = "Ilse Varga pressed Lars Holm on whether he had met the envoy. She urged Lars Holm to accept the truce.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | supports | ceasefire");
    }

    @Test
    void find_agreeToAVerb_isOnTheVerbsObject() {
        String text = "Lars Holm agreed to attend early on, and Ilse Varga agreed to extend the truce. Anna Berg agreed to "
                + "impose a lower tax on farms.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | supports | ceasefire",
                "Anna Berg | supports | impose a lower tax on farms");
    }

    @Test
    void find_seekingAnOffice_isNoStance() {
        String text = "Lars Holm said he would not seek a second term, and Ilse Varga is seeking the seat. "
                + "Lars Holm seeks a truce.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | supports | ceasefire");
    }

    @Test
    void find_participleAndItsComplement_isNoIssue() {
        String text = "Ilse Varga was charged in May. Lars Holm said he would seek to have her sentenced to 18 months.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).isEmpty();
    }

    @Test
    void find_deedInAGerundAfterTheObject_isNotPartOfTheIssue() {
        String text = "Ilse Varga accused the council of participating in a scheme. "
                + "\"We want to join the farmers in pointing out the costs,\" Lars Holm said.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | opposes | council", "Lars Holm | supports | farmer");
    }
    @Test
    void find_evaluativeQuote_notTowardANameThatModifiesANounWithoutAnArticle() {
        String text = "The council met on Monday.\n\n\"There is no big Westmark Council race this year, and the plan is a "
                + "disgrace,\" Anna Berg said.\n\n\"Why can't Lars Holm keep his word? It is a disgrace,\" Anna Berg added.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Westmark Council", EntityType.ORGANIZATION, "Westmark Council"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | Lars Holm");
    }
    @Test
    void find_stanceWordBeforeAComplementThatIsNotItsParticle_isANoun() {
        String text = "The vote was close.\n\n\"Support for Westmark remains strong,\" Anna Berg said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"));
        assertThat(lines(text, found)).noneMatch(l -> l.contains("remains"));
    }

    @Test
    void find_callOnWithNothingAsked_isNoStance() {
        String text = "Anna Berg calls on the council and all people of good will to repudiate the racist element.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).isEmpty();
    }

    @Test
    void find_evaluativeQuote_notTowardTheObjectOfACausative() {
        String text = "The vote was close.\n\n\"We must make Westmark great again,\" Anna Berg said. "
                + "\"The ad aims to make Ostrava a major campaign issue,\" Lars Holm said. "
                + "\"We will keep Nordland strong,\" Ilse Varga said.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Westmark", EntityType.COUNTRY, "Westmark"), named(text, "Ostrava", EntityType.COUNTRY, "Ostrava"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | supports | Nordland");
    }

    @Test
    void find_evaluativeWordAsANounWithItsComplement_doesNotPraise() {
        String text = "The hearing ended.\n\n\"He reserved the right to recall Lars Holm later,\" Anna Berg said.";
        List<Stance> found = bergAndHolm(text);
        assertThat(found).noneMatch(s -> s.position() == Stance.Position.SUPPORTS);
    }
    @Test
    void find_verbAfterAndInAClause_isTheClausesSubjects() {
        String text = "The Nordland council began investigating Lars Holm on claims that he filed false reports and opposed "
                + "the new levy. The Westmark party vowed to wait until the chamber extends the levy and approves a budget.";
        List<Stance> found = stances(text, named(text, "Nordland", EntityType.ORGANIZATION, "Nordland council"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Westmark", EntityType.ORGANIZATION, "Westmark party"));
        assertThat(lines(text, found)).containsExactly("Lars Holm | opposes | levy");
    }
    @Test
    void find_callForSomeoneToDropOut_isAgainstThem_overTheirParty() {
        String text = "Ilse Varga joined a chorus of voices calling for Lars Holm (N-West) to drop out of the race.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Ilse Varga | opposes | Lars Holm");
    }
    @Test
    void find_acceptingResponsibilityOrMoney_isNoStance() {
        String text = "Lars Holm said he fully accepts the responsibility for the mistakes he made. Ilse Varga accepted "
                + "improper donations in May. Anna Berg accepted the truce.";
        List<Stance> found = stances(text, named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | supports | ceasefire");
    }
    @Test
    void find_stanceWordInAQuoteWhoseSubjectIsThePeopleOfTheSpeaker_isNotTheSpeakers() {
        String text = "The vote was close.\n\n\"There is something wrong when adults can travel freely but our kids can't "
                + "openly celebrate Midsummer or pray in school,\" Anna Berg said. \"Our party supports the truce,\" Anna Berg added.";
        List<Stance> found = stances(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | supports | ceasefire");
    }
    @Test
    void find_stanceNounAsTheObjectOfAVerbOfExpression_isTheSubjectsStance() {
        String text = "Westmark voiced unconditional support for Nordland. Lars Holm expressed strong support for the levy. "
                + "Ilse Varga reiterated her support for the truce. Anna Berg did not voice support for the budget. "
                + "Support for the levy remains strong. Nordland won support for the plan.";
        List<Stance> found = stances(text, named(text, "Westmark", EntityType.COUNTRY, "Westmark"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"), named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"), named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(lines(text, found)).containsExactly("Westmark | supports | Nordland", "Lars Holm | supports | levy",
                "Ilse Varga | supports | ceasefire", "Anna Berg | opposes | budget");
    }

    @Test
    void find_quoteNamingSomeoneWithNoEvaluativeWordNorReportingCue_takesNoStance() {
        // no word says for or against: a plain report of what someone did is not a position
        String text = "The council met on Monday.\n\n“Lars Holm has not been to the harbour once since the strike,” Anna"
                + " Berg said.";
        assertThat(bergAndHolm(text)).isEmpty();
    }

    @Test
    void find_evaluativeQuote_readsTheVocabularyOfEachField() {
        // incompetence, deceit, harm and morality; praise of competence and fairness; a verb of blame reporting it
        String text = "The council met on Monday.\n\n“Lars Holm bungled the rollout and fabricated the figures,” Anna"
                + " Berg said.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Lars Holm");
        String praise = "The council met on Monday.\n\n“Lars Holm has been shrewd and impartial,” Anna Berg said.";
        assertThat(lines(praise, bergAndHolm(praise))).containsExactly("Anna Berg | supports | Lars Holm");
        String reported = "The council met on Monday.\n\n“Lars Holm has not been to the harbour once since the strike,”"
                + " Anna Berg said in a scathing rebuke.";
        assertThat(lines(reported, bergAndHolm(reported))).containsExactly("Anna Berg | opposes | Lars Holm");
    }

    @Test
    void find_evaluativeQuote_readsNoPraiseNorCriticismInWordsOfAnotherSense() {
        // "kind of" is a hedge, "I mean" a filler, "a fine" a penalty: only the other words say for or against
        String hedge = "The council met on Monday.\n\n“Lars Holm is kind of dishonest,” Anna Berg said.";
        assertThat(lines(hedge, bergAndHolm(hedge))).containsExactly("Anna Berg | opposes | Lars Holm");
        String filler = "The council met on Monday.\n\n“I mean, Lars Holm was wonderful,” Anna Berg said.";
        assertThat(lines(filler, bergAndHolm(filler))).containsExactly("Anna Berg | supports | Lars Holm");
        String penalty = "The council met on Monday.\n\n“Lars Holm paid a fine for his dishonest filing,” Anna Berg"
                + " said.";
        assertThat(lines(penalty, bergAndHolm(penalty))).containsExactly("Anna Berg | opposes | Lars Holm");
        String praise = "The council met on Monday.\n\n“Lars Holm is a fine mayor,” Anna Berg said.";
        assertThat(lines(praise, bergAndHolm(praise))).containsExactly("Anna Berg | supports | Lars Holm");
    }

    @Test
    void find_evaluativeQuote_praiseOfThePeopleItDefendsIsNotPraiseOfItsTarget() {
        // "innocent civilians", "law-abiding citizens": the words praise those harmed, not whom they are about
        String text = "The council met on Monday.\n\n“Lars Holm is targeting law-abiding citizens with dishonest"
                + " schemes,” Anna Berg said.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Lars Holm");
        String predicate = "The council met on Monday.\n\n“Lars Holm and his staff are honest people,” Anna Berg said.";
        assertThat(lines(predicate, bergAndHolm(predicate))).containsExactly("Anna Berg | supports | Lars Holm");
    }

    @Test
    void find_evaluativeQuoteNamingAGroupWithNoEntity_isTowardTheGroup() {
        // a group the words evaluate is a target of its own, named by its words ("Senate Republicans", "the protesters")
        String text = "The council met on Monday.\n\n“Harbour Republicans have been reckless and dishonest,” Anna Berg"
                + " said.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Harbour Republicans");
        String lower = "The council met on Monday.\n\n“The protesters were brave and peaceful,” Anna Berg said.";
        assertThat(lines(lower, bergAndHolm(lower))).containsExactly("Anna Berg | supports | protesters");
    }

    @Test
    void find_evaluativeQuoteNamingTheSpeakersOwnGroup_isNoStanceTowardIt() {
        String text = "The council met on Monday.\n\n“Our activists have been brave,” Anna Berg said.";
        assertThat(bergAndHolm(text)).isEmpty();
    }

    @Test
    void find_quoteNamingSomeoneWithNoEvaluativeWord_takesTheCriticismOfTheWordsReportingIt() {
        String text = "The council met on Monday.\n\n“Lars Holm has not been to the harbour once since the strike,” Anna"
                + " Berg said in a furious speech.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Lars Holm");
    }

    @Test
    void find_quoteWithNoEvaluativeWord_takesThePositionOfTheWordsReportingIt() {
        String text = "The council met on Monday.\n\nAnna Berg praised the mayor, Lars Holm. “Lars Holm came to the"
                + " harbour every day of the strike,” she said in a grateful speech.";
        assertThat(bergAndHolm(text)).anySatisfy(s -> {
            assertThat(words(text, s.evidence())).startsWith("Lars Holm came");
            assertThat(s.issue()).isEqualTo("Lars Holm");
            assertThat(s.position()).isEqualTo(Stance.Position.SUPPORTS);
        });
    }

    @Test
    void find_quoteNamingNobody_isTowardTheArticlesMostProminentActorWhoIsNotTheSpeaker() {
        String text = "Lars Holm opened the new harbour on Monday.\n\nThe opening drew a crowd.\n\n“It is a disgrace"
                + " and a waste,” Anna Berg said.";
        assertThat(bergAndHolm(text)).singleElement().satisfies(s -> {
            assertThat(words(text, s.actor())).isEqualTo("Anna Berg");
            assertThat(s.position()).isEqualTo(Stance.Position.OPPOSES);
            assertThat(words(text, s.target())).isEqualTo("Lars Holm");
            assertThat(words(text, s.evidence())).isEqualTo("It is a disgrace and a waste");
        });
    }

    @Test
    void find_negationOpeningTheClause_turnsItsEvaluationRound() {
        String text = "The council met on Monday.\n\n“Not a single thing Lars Holm said was accurate,” Anna Berg said.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Lars Holm");
        String only = "The council met on Monday.\n\n“Not only was Lars Holm honest, he was brave,” Anna Berg said.";
        assertThat(lines(only, bergAndHolm(only))).containsExactly("Anna Berg | supports | Lars Holm");
    }

    @Test
    void find_quoteOfAGroupWithNoName_isTheGroupsStance() {
        String text = "Lars Holm opened the new harbour on Monday.\n\n“It is a reckless waste,” said one union"
                + " official.\n\n“It is a disgrace,” the statement said.";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("union official | opposes | Lars Holm");
    }

    @Test
    void find_spokespersonsQuote_isAlsoTheStanceOfWhomTheySpeakFor() {
        String text = "The council met on Monday.\n\n“Lars Holm is reckless,” Harbor Union spokeswoman Anna Berg said.";
        List<Stance> found = stances(text,
                named(text, "Anna Berg", EntityType.PERSON, List.of(new ArticleEntities.Role("spokeswoman", null,
                        "spokeswoman")), "Anna Berg"),
                named(text, "Harbor Union", EntityType.ORGANIZATION, "Harbor Union"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactlyInAnyOrder("Anna Berg | opposes | Lars Holm",
                "Harbor Union | opposes | Lars Holm");
    }

    @Test
    void find_treasurySecretarysQuote_isTheirOwnStance_whileAPressSecretarysIsAlsoWhomTheyServe() {
        String text = "The council met on Monday.\n\n“Lars Holm is reckless,” Harbor Union treasury secretary Anna Berg said.";
        List<Stance> found = stances(text,
                named(text, "Anna Berg", EntityType.PERSON, List.of(new ArticleEntities.Role("treasury secretary", null,
                        "secretary")), "Anna Berg"),
                named(text, "Harbor Union", EntityType.ORGANIZATION, "Harbor Union"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(text, found)).containsExactly("Anna Berg | opposes | Lars Holm");
        String press = text.replace("treasury secretary", "press secretary");
        List<Stance> served = stances(press,
                named(press, "Anna Berg", EntityType.PERSON, List.of(new ArticleEntities.Role("press secretary", null,
                        "secretary")), "Anna Berg"),
                named(press, "Harbor Union", EntityType.ORGANIZATION, "Harbor Union"),
                named(press, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(lines(press, served)).containsExactlyInAnyOrder("Anna Berg | opposes | Lars Holm",
                "Harbor Union | opposes | Lars Holm");
    }

    @Test
    void find_quotedPredicateWithNoEvaluativeWord_isAboutTheSubjectNamedBeforeIt() {
        String text = "The council met on Monday.\n\nIn a furious speech, Anna Berg said Lars Holm’s harbour plan “would end"
                + " the fishing trade as we know it.”";
        assertThat(lines(text, bergAndHolm(text))).containsExactly("Anna Berg | opposes | Lars Holm");
    }
}
