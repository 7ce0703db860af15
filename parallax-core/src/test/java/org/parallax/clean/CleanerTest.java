package org.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

class CleanerTest {
    /** A page as a scraper leaves it: invented text, with the kinds of chrome real pages have. */
    private static final String PAGE = """
            Home | World | Business | Sport | Culture

            Toll road opens after six years of delays | The Lakeside Herald

            Toll road opens after six years of delays

            By Anna Petrov | Monday, June 2, 2025 9:15 am

            The new toll road between the two lakeside towns opened to traffic on Monday morning, six years after construction began and four years later than first promised.

            Drivers lined up before dawn to be among the first across the viaduct, which cuts the trip between the towns from fifty minutes to about twenty.

            Read more:

            Council says the toll will stay at its current level until the end of next year

            Residents near the viaduct complain of noise from night work on the road

            Opening ceremony

            The transport minister cut a ribbon at the eastern toll plaza and said the road would carry more than thirty thousand vehicles a day by the end of the year.

            "It took longer than anyone wanted, but it is built to last a century," she told the crowd.

            This story is developing and will be updated.

            Leave a Comment

            You may also like

            Sign up to our newsletter

            [subscribe-form id=7]
            """;

    private final CleanedText cleaned = new Cleaner(ChromeSnapshot.NONE).clean(PAGE, null, null);

    @Test
    void clean_findsHeadlineWithoutSiteLabel() {
        assertThat(cleaned.title()).isEqualTo("Toll road opens after six years of delays");
        assertThat(cleaned.titleEvidence()).isNotNull();
        assertThat(PAGE.substring(cleaned.titleEvidence().start(), cleaned.titleEvidence().end()))
                .isEqualTo(cleaned.title());
    }

    @Test
    void clean_keepsParagraphsAndSubheadingInOrder() {
        assertThat(cleaned.text()).startsWith("The new toll road between the two lakeside towns opened");
        assertThat(cleaned.text()).endsWith("she told the crowd.");
        assertThat(cleaned.text()).contains("\n\nOpening ceremony\n\nThe transport minister");
    }

    @Test
    void clean_dropsNavigationDatelineTeasersPromptsAndShortcodes() {
        assertThat(cleaned.text()).doesNotContain("Home |", "By Anna Petrov", "Read more", "Council says the toll",
                "Residents near the viaduct", "developing", "Leave a Comment", "You may also like", "newsletter",
                "[subscribe-form");
    }

    @Test
    void clean_marksRolesOfEveryLine() {
        assertThat(cleaned.linesOf(LineRole.HEADER)).extracting(Line::text).first().asString().startsWith("Home |");
        assertThat(cleaned.roles()).hasSameSizeAs(cleaned.lines());
        assertThat(cleaned.linesOf(LineRole.BODY)).hasSize(5);
    }

    @Test
    void clean_linesThatRecurAcrossASitesPages_areChrome() {
        ChromeProfile profile = ChromeProfile.empty();
        String footer = "\n\nThe Herald is proud to serve the lakeside towns since 1921.";
        String a = "Ferry fares rise\n\nThe ferry company raised fares by ten percent on Monday, citing the price of fuel and the cost of new boats." + footer;
        String b = "School year ends\n\nThe school year ended on Friday with a parade through the old town and speeches by the new head teacher." + footer;
        profile.learn("herald.example", a);
        profile.learn("herald.example", b);
        CleanedText got = new Cleaner(profile.snapshot()).clean(a, "herald.example", null);
        assertThat(got.text()).startsWith("The ferry company").doesNotContain("proud to serve");
        CleanedText otherSite = new Cleaner(profile.snapshot()).clean(a, "other.example", null);
        assertThat(otherSite.text()).contains("proud to serve");
    }

    @Test
    void clean_knownTitleFromInput_isUsedAndItsRepeatDropped() {
        String text = "Harbour fees cut\n\nThe port cut harbour fees for fishing boats by a third from next month, the harbour master said.";
        CleanedText got = new Cleaner(ChromeSnapshot.NONE).clean(text, null, "Harbour fees cut");
        assertThat(got.title()).isEqualTo("Harbour fees cut");
        assertThat(got.text()).startsWith("The port cut");
    }

    @Test
    void clean_markedText_dropsCaptionsPleasAndHeadingsOverMoreOfTheSite_keepsNewsAboutThem() {
        String marked = """
                June 2, 2025 at 09:15 AM | categories: Ports, Rivers | 4 comments

                Hamburg (dpa) - The port cut its fees for barges on Monday.

                09:15

                The harbour master said the cut would bring back river traffic that had moved to rail last year.

                1,200 → 3,400

                Barge calls a month, before and after a similar cut at the upper port, as the authority counts them.

                Barges wait at the eastern quay before dawn. Photo: Jan Berger

                Figure 2: barge traffic by month, 2019 to 2025

                Read more: Rail freight hits a record in the spring

                River lines lost 4,000 subscribers to their season passes last year.

                "We lost a third of our subscribers in one winter," the ferry company's chief told shareholders.

                Get our free harbour newsletter every Friday and never miss a story from the quays.

                More money for the river ports

                The cut applies from July and will be reviewed after a year, the port authority said in a statement.

                By the summer the quays may be as busy as they were a decade ago…

                Most read

                Weitere Artikel zum Thema:
                """;
        CleanedText got = new Cleaner(ChromeSnapshot.NONE).clean(marked, null, "Port cuts barge fees", true);
        assertThat(got.text()).startsWith("Hamburg (dpa) - The port cut its fees")
                .contains("The harbour master said", "\n\n1,200 → 3,400\n\n", "River lines lost 4,000 subscribers", "a third of our subscribers",
                        "More money for the river ports", "The cut applies from July", "as busy as they were a decade ago…")
                .doesNotContain("09:15", "categories", "Photo: Jan Berger", "Figure 2", "Rail freight", "harbour newsletter", "Most read", "Weitere Artikel");
    }

    @Test
    void clean_linesOfAPreformattedStretch_areKept_shortOrUnlikeProse() {
        String text = """
                The bell rings on every failed completion, which gets tiresome after a long day at the shell.

                Put these lines in the startup file of the shell and open a new terminal to see the difference.

                set bell-style none
                export HISTSIZE=5000
                """;
        int start = text.indexOf("set bell");
        int end = text.indexOf("5000") + 4;
        Cleaner cleaner = new Cleaner(ChromeSnapshot.NONE);
        assertThat(cleaner.clean(text, null, null, true).text()).doesNotContain("set bell-style none");
        assertThat(cleaner.clean(text, null, null, true, List.of(new Span(start, end))).text())
                .endsWith("see the difference.\n\nset bell-style none\n\nexport HISTSIZE=5000");
    }

    @Test
    void clean_markedText_keepsTheWritersSignOff_notALooseShortLineAfterIt() {
        String marked = """
                We spent three days on the island and walked the coastal path from the lighthouse to the old harbour.

                The path is steep in places, so bring good shoes and more water than you think you will need.

                Cheers, Anna

                x Franzi

                more from the island
                """;
        String text = new Cleaner(ChromeSnapshot.NONE).clean(marked, null, null, true).text();
        assertThat(text).endsWith("you will need.\n\nCheers, Anna\n\nx Franzi");
        assertThat(Vocabulary.isSignOff("xylophone music", 2)).isFalse();
        assertThat(Vocabulary.isSignOff("Love it or leave it, the choice was theirs.", 9)).isFalse();
    }

    @Test
    void clean_markedText_proseThatLostItsStopStays_headlineLikeRunsDoNot() {
        String marked = """
                We spent three days on the island and walked the coastal path from the lighthouse to the old harbour.

                The path is steep in places, so bring good shoes and more water than you think you will need.

                And honestly I would walk it again tomorrow if the weather holds (it rarely does)

                Share this post

                Ferry fares rise again in the spring for all of the islands

                Tram line to the harbour will be extended by the city
                """;
        String text = new Cleaner(ChromeSnapshot.NONE).clean(marked, null, null, true).text();
        assertThat(text).contains("if the weather holds (it rarely does)");
        assertThat(text).doesNotContain("Ferry fares", "Tram line", "Share this post");
    }

    @Test
    void clean_markedText_theStandfirstUnderAHeadlineThatOpensTheText_stays() {
        String marked = """
                Harbour fees cut for river barges

                Barge operators say the cut will bring back traffic that moved to rail in the last two years

                Four minutes to read

                The port cut its fees for barges on Monday, the first cut in a decade, after months of talks with operators.

                The harbour master said the cut would bring back river traffic that had moved to rail last year.
                """;
        String text = new Cleaner(ChromeSnapshot.NONE).clean(marked, null, "Harbour fees cut for river barges", true).text();
        assertThat(text).startsWith("Barge operators say the cut will bring back traffic");
        assertThat(new Cleaner(ChromeSnapshot.NONE).clean(marked, null, "Harbour fees cut for river barges", false).text())
                .doesNotContain("Barge operators say");
    }

    @Test
    void vocabulary_aFollowPromptThatAlsoGivesTheNewsroomsNumbers_isACallToAction() {
        String prompt = "Follow The Lakeside Herald on Twitter and Instagram @lakesideherald and on Facebook @heraldlakeside."
                + " Send us a message on WhatsApp at 1-555-010-0199 or email the newsroom at newsroom@lakesideherald.example.";
        assertThat(prompt.length()).isGreaterThan(200);
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(prompt))).isTrue();
    }

    @Test
    void vocabulary_aPleaThatAddressesOrInvitesTheReader_isACallToAction_aReportOfWhatSheSaidIsNot() {
        String plea = "Lesen Sie das Hafenblatt jeden Freitag, im Abo oder als E-Paper, und bestellen Sie es im Shop.";
        String report = "Sie sagte, sie habe das Abo gekündigt, weil der Verlag die Preise erhöht habe und die Zustellung fehle.";
        assertThat(Vocabulary.isCallToAction(plea, Vocabulary.lower(plea))).isTrue();
        assertThat(Vocabulary.isCallToAction(report, Vocabulary.lower(report))).isFalse();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "Zapraszamy też do subskrypcji tygodnika portowego w wersji papierowej i cyfrowej, co tydzień w piątek."))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "If you enjoyed this piece, would you consider supporting our reporting from the quays? Thanks!"))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower("Unterstütze das Hafenblatt schon ab 2 Euro!"))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "The unions said they would support the new timetable if the night shifts were paid at the old rate."))).isFalse();
    }

    @Test
    void vocabulary_anAffiliateDisclosureOrALicenceNoteIsATemplateSentence() {
        assertThat(Vocabulary.isTemplateSentence(Vocabulary.lower(
                "Zuletzt aktualisiert am 3.03.2024 / Bei den Verweisen handelt es sich um Affiliate Links / Bilder vom Händler"))).isTrue();
        assertThat(Vocabulary.isTemplateSentence(Vocabulary.lower(
                "We may earn affiliate commissions from the links on this page."))).isTrue();
        assertThat(Vocabulary.isTemplateSentence(Vocabulary.lower(
                "The harbour's affiliates in three river towns will run the new ferries from May."))).isFalse();
        assertThat(Vocabulary.isTemplateSentence(Vocabulary.lower(
                "Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0, die Bilder nicht."))).isTrue();
        assertThat(Vocabulary.isTemplateSentence(Vocabulary.lower(
                "This post is licensed under a Creative Commons Attribution 4.0 licence."))).isTrue();
    }

    @Test
    void vocabulary_headingsOverMoreOfTheSite_notSubheadingsThatStartAlike() {
        assertThat(Vocabulary.isMoreHeading("Mehr zum Thema")).isTrue();
        assertThat(Vocabulary.isMoreHeading("Weitere Artikel aus der Region:")).isTrue();
        assertThat(Vocabulary.isMoreHeading("Most Popular This Week")).isTrue();
        assertThat(Vocabulary.isMoreHeading("Veja também")).isTrue();
        assertThat(Vocabulary.isMoreHeading("Mehr Geld für die Schulen")).isFalse();
        assertThat(Vocabulary.isMoreHeading("Weitere Verletzte nach dem Unfall")).isFalse();
        assertThat(Vocabulary.isMoreHeading("Meist teurer als gedacht")).isFalse();
    }

    @Test
    void vocabulary_pleasToFollowTheOutletElsewhere_areCallsToAction_newsAboutTheNetworksIsNot() {
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower("Follow The Lakeside Herald on Twitter and Instagram @herald"))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "For the latest stories download the Herald apps for iOS and Android"))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower("¡Mira lo que tiene nuestro canal de YouTube!"))).isTrue();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "The ferry operator said it would follow the complaints posted on Facebook closely."))).isFalse();
        assertThat(Vocabulary.isCallToAction(Vocabulary.lower(
                "Regulators ordered TikTok to download and hand over the app's logs for the inquiry."))).isFalse();
    }

    @Test
    void lineFeatures_labelledLinkIsChrome_anInterviewAnswerIsNot() {
        assertThat(new LineFeatures("Read more: Rail freight hits a record in the spring").forcedChrome).isTrue();
        assertThat(new LineFeatures("Mira: Yes, that is how it was on the quay back then.").forcedChrome).isFalse();
    }

    @Test
    void lineFeatures_creditIsChrome_anAgencyNamedAsASourceIsNot() {
        assertThat(new LineFeatures("The new quay at dawn. Photo: Jan Berger/dpa").forcedChrome).isTrue();
        assertThat(new LineFeatures("Two barges sank near the quay overnight, according to Reuters.").forcedChrome).isFalse();
    }

    @Test
    void lineFeatures_commentFormIsChrome_aSourceThatDeclinedToCommentIsNot() {
        assertThat(new LineFeatures("You must log in to post a comment.").forcedChrome).isTrue();
        assertThat(new LineFeatures("Para comentar debes registrarte y completar tus datos.").forcedChrome).isTrue();
        assertThat(new LineFeatures("A spokesman for the port authority declined to comment.").forcedChrome).isFalse();
        assertThat(new LineFeatures("El ministerio no estaba disponible para comentar.").forcedChrome).isFalse();
    }

    @Test
    void clean_emptyOrChromeOnlyText_givesNoBody() {
        CleanedText got = new Cleaner(ChromeSnapshot.NONE).clean("Home\nMenu\nSearch\nLog in", null, null);
        assertThat(got.text()).isEmpty();
    }

    @Test
    void profile_atItsCap_forgetsOneOffLinesAndKeepsRecurringOnes() {
        ChromeProfile profile = new ChromeProfile(20);
        for (int i = 0; i < 50; i++) {
            profile.learn("site.example", "Unique line number " + i + "\nAnother unique line " + i + "\nSite footer");
        }
        assertThat(profile.size()).isLessThanOrEqualTo(20);
        assertThat(profile.isChrome("site.example", "Site footer")).isTrue();
    }

    @Test
    void clean_aTimestampAboveTheFirstParagraph_isNotTheHeadline_theLineAboveItIs() {
        CleanedText text = new Cleaner(ChromeSnapshot.NONE).clean("""
                Harbour pilots end their strike after two weeks

                Updated 04/11/2021 at 11:00 AM EST
                Originally published 04/11/2021 at 9:20 AM EST
                The harbour pilots went back to work on Thursday after the port agreed to hire twelve more of them.
                """, null, null);
        assertThat(text.title()).isEqualTo("Harbour pilots end their strike after two weeks");
    }

    @Test
    void clean_summaryPointsUnderTheHeadline_areNotTheHeadline() {
        CleanedText text = new Cleaner(ChromeSnapshot.NONE).clean("""
                Harbour pilots end their strike after two weeks

                • Port agrees to hire twelve more pilots
                • Ships waiting offshore start to come in
                Thursday 8 April 2021 10.12 BST
                The harbour pilots went back to work on Thursday after the port agreed to hire twelve more of them.
                """, null, null);
        assertThat(text.title()).isEqualTo("Harbour pilots end their strike after two weeks");
    }

    @Test
    void clean_aBriefOfOneSentence_keepsItAsTheText_notAsItsHeadline() {
        CleanedText brief = new Cleaner(ChromeSnapshot.NONE).clean(
                "Ferry resumes\n\nThe island ferry resumed service on Monday after the storms, the operator said.\n", null, null);
        assertThat(brief.text()).contains("The island ferry resumed service on Monday after the storms, the operator said.");
        assertThat(brief.title()).doesNotContain("resumed service");
    }

    @Test
    void clean_aOneLineBriefWithFewFunctionWords_isItsOwnText_whileALineOfNavigationIsNot() {
        Cleaner cleaner = new Cleaner(ChromeSnapshot.NONE);
        String snap = "Dutch customs officers seize record cocaine haul aboard banana freighter, prosecutors report.";
        assertThat(cleaner.clean(snap + "\n\n", null, null).text()).isEqualTo(snap);
        assertThat(cleaner.clean("Ferry back. Fares stay.\n", null, null).text())
                .as("shorter than a sentence of a brief").isEmpty();
        assertThat(cleaner.clean("Home | World | Business | Sport | Culture\n", null, null).text()).isEmpty();
    }
}
