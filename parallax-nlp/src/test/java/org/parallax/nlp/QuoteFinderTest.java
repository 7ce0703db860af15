package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Quote;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    /** An entity named by every occurrence of each of its spellings in the text. */
    private static ArticleEntities.Found named(String text, String name, EntityType type, String... spellings) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : spellings) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                mentions.add(new Mention("a", at, at + s.length(), s));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return new ArticleEntities.Found(type + ":" + name, type, name, false, true, List.of(), List.of(), mentions, List.of());
    }

    private List<Quote> quotes(String text, ArticleEntities.Found... entities) {
        return finder.find(text, Sentences.split(text), new ArticleEntities("a", List.of(entities), List.of()));
    }

    private static String words(String text, org.parallax.model.Span span) {
        return span == null ? null : span.of(text);
    }

    @Test
    void find_postposedCueAndPronounChain_attributeEachQuoteToTheNamedSpeaker() {
        String text = "Anna Berg met reporters on Monday.\n\n“The plan will work,” she said.\n\n“We are ready for it,” she added.";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).extracting(q -> words(text, q.content())).containsExactly("The plan will work", "We are ready for it");
        assertThat(found).extracting(q -> words(text, q.speaker())).containsOnly("Anna Berg");
        assertThat(found).extracting(q -> words(text, q.source())).containsOnly("she");
        assertThat(found).allMatch(Quote::direct);
    }

    @Test
    void find_addresseeIsNeverTheSpeaker() {
        String text = "Lars Holm met Mr Berg in the capital.\n\n“The deal is close and we will sign it soon,” he told Mr Berg.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Berg"));
        assertThat(found).singleElement().satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_mediumQuotingSomeone_speakerIsTheOneQuotedAndTheMediumIsVia() {
        String text = "State broadcaster Nordvision quoted Lars Holm as saying, “We will not give up the islands.”";
        List<Quote> found = quotes(text, named(text, "Nordvision", EntityType.ORGANIZATION, "Nordvision"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("We will not give up the islands.");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
            assertThat(words(text, q.via())).isEqualTo("Nordvision");
            assertThat(words(text, q.cue())).isEqualTo("saying");
        });
    }

    @Test
    void find_quoteOverParagraphs_isOneQuote() {
        String text = "Holm said on Tuesday, “The first part of the plan is ready.\n\n“The second part is not.\n\n"
                + "The third part will come later.”\n\nThe talks ended.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).startsWith("The first part").endsWith("will come later.");
            assertThat(words(text, q.speaker())).isEqualTo("Holm");
        });
    }

    @Test
    void find_unclosedMark_endsTheQuoteAtItsParagraph() {
        String text = "Holm said the talks would “go on for many more weeks\n\nThe ministers left.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"));
        assertThat(found).extracting(q -> words(text, q.content())).containsExactly("go on for many more weeks");
    }

    @Test
    void find_scareQuotesAndTitles_areNotSpeech() {
        String text = "She appeared on “Meet the Press” on Sunday.\n\nThe so-called “peace plan” was published on Monday.";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void find_shortQuoteWithACue_isSpeech() {
        String text = "Norway said it was “grateful” for the help.";
        List<Quote> found = quotes(text, named(text, "Norway", EntityType.COUNTRY, "Norway"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("grateful");
            assertThat(words(text, q.speaker())).isEqualTo("Norway");
        });
    }

    @Test
    void find_reportedSpeech_givesContentCueAndSource() {
        String text = "Norway said it is open to negotiation with all its neighbours.\n\n"
                + "According to the harbour master, the bridge will reopen on Friday morning.";
        List<Quote> found = quotes(text, named(text, "Norway", EntityType.COUNTRY, "Norway"));
        assertThat(found).hasSize(2).noneMatch(Quote::direct);
        assertThat(words(text, found.get(0).content())).isEqualTo("it is open to negotiation with all its neighbours");
        assertThat(words(text, found.get(0).speaker())).isEqualTo("Norway");
        assertThat(words(text, found.get(1).content())).isEqualTo("the bridge will reopen on Friday morning");
        assertThat(words(text, found.get(1).cue())).isEqualTo("According to");
        assertThat(words(text, found.get(1).source())).isEqualTo("the harbour master");
        assertThat(found.get(1).speaker()).as("no entity names the harbour master: unknown, not guessed").isNull();
    }

    @Test
    void find_unnamedSource_keepsItsWordsAndNoSpeaker() {
        String text = "“This cannot go on any longer,” one resident wrote.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(words(text, q.source())).isEqualTo("one resident");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void find_statementSpeaksForItsIssuer() {
        String text = "The Harbor Authority issued a statement on Monday.\n\n"
                + "The statement said, “The port stays closed until further notice.”";
        List<Quote> found = quotes(text, named(text, "Harbor Authority", EntityType.ORGANIZATION, "Harbor Authority"));
        assertThat(found).singleElement().satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Harbor Authority"));
    }

    @Test
    void find_headlineQuote_isKeptApart() {
        String text = "“A descent into chaos”\n\nHolm said the region was “close to a descent into chaos” now.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).headline()).isTrue();
        assertThat(found.get(1).headline()).isFalse();
        assertThat(words(text, found.get(1).speaker())).isEqualTo("Holm");
    }

    @Test
    void find_apostrophesAndStraightMarks() {
        String text = "Berg’s team won’t comment.\n\n\"We have nothing more to say about it,\" said Anna Berg.";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg", "Berg’s"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("We have nothing more to say about it");
            assertThat(words(text, q.speaker())).isEqualTo("Anna Berg");
        });
    }

    @Test
    void find_guillemetsAndLowNineMarks() {
        String text = "Holm sagte: „Wir bleiben hier und warten ab.“\n\nBerg said: «Nous restons ici et nous attendons.»";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Berg"));
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("Wir bleiben hier und warten ab.", "Nous restons ici et nous attendons.");
    }

    @Test
    void find_everySpanFitsAndQuotesAreInTextOrder() {
        String text = "“One two three four,” Holm said. “Five six seven eight,” he added.\n\n“Nine ten eleven twelve";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"));
        assertThat(found).allMatch(q -> q.fits(text.length()));
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(q -> q.content().start()));
        assertThat(found).hasSize(3);
    }

    @Test
    void find_quoteInThePositionTaken_isTheHolders() {
        String text = "Lena Vik blasted the harbor plan as a “disgrace” on Tuesday.";
        List<Quote> found = quotes(text, named(text, "Lena Vik", EntityType.PERSON, "Lena Vik"));
        assertThat(found).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("disgrace");
            assertThat(words(text, q.speaker())).isEqualTo("Lena Vik");
        });
    }

    @Test
    void find_groupWithNoName_isTheSource() {
        String text = "On Monday, state officials said the fund would close next year.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("the fund would close next year");
            assertThat(words(text, q.source())).isEqualTo("state officials");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void find_twoFramesInOneSentence_areTwoQuotes() {
        String text = "Lena Vik said the plan was sound, but she acknowledged that it would cost more than planned.";
        List<Quote> found = quotes(text, named(text, "Lena Vik", EntityType.PERSON, "Lena Vik"));
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("the plan was sound", "it would cost more than planned");
        assertThat(found).extracting(q -> words(text, q.cue())).containsExactly("said", "acknowledged");
        assertThat(found).extracting(q -> words(text, q.speaker())).containsOnly("Lena Vik");
    }

    @Test
    void find_reportedSpeechBesideAQuote_isKeptWithIt() {
        String text = "Lars Holm said the talks had failed for now, adding, “We will try again next week.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("the talks had failed for now", "We will try again next week.");
        assertThat(found).extracting(Quote::direct).containsExactly(false, true);
        assertThat(found).extracting(q -> words(text, q.speaker())).containsOnly("Lars Holm");
    }

    @Test
    void find_participleAfterAComma_speaksForTheSentencesSubject() {
        String text = "Lena Vik said the port would reopen soon, arguing that the repairs were nearly done.";
        List<Quote> found = quotes(text, named(text, "Lena Vik", EntityType.PERSON, "Lena Vik"));
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("the port would reopen soon", "the repairs were nearly done");
        assertThat(found).extracting(q -> words(text, q.speaker())).containsOnly("Lena Vik");
    }

    @Test
    void find_mixedDoubleMarks_pairUp() {
        String text = "“We will go on with the talks,\" Lars Holm said on Monday.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("We will go on with the talks");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_quoteEndingItsSentence_doesNotTakeTheNextSentencesCue() {
        String text = "Nordland accused the minister of “reckless conduct.” Lars Holm said the minister would stay on.";
        List<Quote> found = quotes(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Nordland"));
        assertThat(found).filteredOn(q -> !q.direct()).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_speakingOfATopicAndAMindMadeUp_areReported() {
        String text = "Lena Vik spoke about the cost of the new bridge.\n\nLars Holm plans to release the full report next week.";
        List<Quote> found = quotes(text, named(text, "Lena Vik", EntityType.PERSON, "Lena Vik"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("the cost of the new bridge", "release the full report next week");
        assertThat(found).extracting(q -> words(text, q.speaker())).containsExactly("Lena Vik", "Lars Holm");
    }

    @Test
    void find_abbreviationInAnApposition_doesNotStartASentence() {
        String text = "Anna Berg, the aide to Rep. Lars Holm, wrote that the pair should “try a little harder.”";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    @Test
    void find_lawsuitSpeaksForWhoBroughtIt() {
        String text = "The lawsuit from Nordland asks the court to act.\n\n“The river is drying up,” the suit says.";
        List<Quote> found = quotes(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Nordland"));
    }

    @Test
    void find_cueWithAnAsideBeforeThat_reportsTheClause() {
        String text = "Campaign aides insisted in June that the plan would work.\n\n"
                + "Experts on shipping and harbor safety said the new rules would cut delays.";
        List<Quote> found = quotes(text);
        assertThat(found).extracting(q -> words(text, q.content()))
                .containsExactly("the plan would work", "the new rules would cut delays");
        assertThat(found).extracting(q -> words(text, q.source()))
                .containsExactly("Campaign aides", "Experts on shipping and harbor safety");
    }

    @Test
    void find_pronoun_skipsAPersonTheArticleCallsByTheOtherHonorific() {
        String text = "“The plan works,” Mr. Holm said.\n\nAt the hearing, the committee questioned Mrs. Berg.\n\n"
                + "“It does not,” she said.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Berg"));
        assertThat(found).extracting(q -> words(text, q.speaker())).containsExactly("Holm", "Berg");
    }

    @Test
    void find_partialQuoteAfterAgreementOrARoleJoinedByAnd_isAttributed() {
        String text = "Only half of the harbor workers agreed that the plan was “good enough for now.”\n\n"
                + "The former mayor and current senator said she wanted to speak “directly to the workers.”";
        List<Quote> found = quotes(text);
        assertThat(found).filteredOn(Quote::direct).extracting(q -> words(text, q.source()))
                .containsExactly("Only half of the harbor workers", "The former mayor and current senator");
    }

    @Test
    void find_pronounInTheSentence_standsForItsSubjectNotItsObject() {
        String text = "Lars Holm hammered Anna Berg over the budget, in what he called “a plan with no future at all.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_participleOfAPositionAfterAComma_isTheClausesActors() {
        String text = "It came after Lars Holm chided the minister on Friday, accusing him of having “wasted another week.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("wasted another week.");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_asSomeonePutIt_namesTheSpeaker() {
        String text = "The port was, as the Harbor Authority put it in a long report, “the operator of last resort.”";
        List<Quote> found = quotes(text, named(text, "Harbor Authority", EntityType.ORGANIZATION, "Harbor Authority"));
        assertThat(found).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(words(text, q.speaker())).isEqualTo("Harbor Authority");
            assertThat(words(text, q.cue())).isEqualTo("put");
        });
    }

    @Test
    void find_quoteInAPossessedClaim_isThePossessors() {
        String text = "Lars Holm met reporters.\n\nHolm tried to clarify his comment that the ministry runs a “phony budget,”"
                + " saying he meant its accounts.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm", "Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("phony budget");
            assertThat(words(text, q.speaker())).isEqualTo("Holm");
        });
    }

    @Test
    void find_quoteAfterReportedSpeechOfItsParagraph_goesOnWithThatSpeaker() {
        String text = "Lars Holm says he sees a bigger problem at work here. “There is a war over the budget going on and"
                + " nobody talks about it.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_characterizationAfterAs_isTheCharacterizers() {
        String text = "In recent weeks, Anna Berg has gone after Lars Holm as a “danger to the port.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    @Test
    void find_sentenceOpeningWithAParticipleOfSpeech_isTheSubjectsAfterTheQuote() {
        String text = "Bemoaning the “broken budget,” Lars Holm called for a vote.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_quoteInsideAQuoteInTheSameMarks_staysInsideIt() {
        String text = "“As a nurse, I would rather work in what he calls “chaos” than stay home,” said Anna Berg.\n\n"
                + "\"I have always disliked the term 'patient outreach,' \" Lars Holm said.";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).extracting(q -> words(text, q.content())).containsExactly(
                "As a nurse, I would rather work in what he calls “chaos” than stay home",
                "I have always disliked the term 'patient outreach,'");
        assertThat(found).extracting(q -> words(text, q.speaker())).containsExactly("Anna Berg", "Lars Holm");
    }

    @Test
    void find_rolePhrase_standsForThePersonHoldingTheRole() {
        String text = "Senator Anna Berg and Lars Holm met on Monday.\n\n"
                + "“We will not sign it,” the senator said.\n\n"
                + "“Rise to the occasion,” added Mia Lund, who works for a congressman. The communications pro also "
                + "took a shot at the board, writing “they do not respect their positions very much.”";
        ArticleEntities.Found berg = named(text, "Anna Berg", EntityType.PERSON, "Anna Berg");
        berg = new ArticleEntities.Found(berg.key(), berg.type(), berg.name(), false, true, List.of(),
                List.of(new ArticleEntities.Role("Senator", null, "senator")), berg.mentions(), List.of());
        List<Quote> found = quotes(text, berg, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Mia Lund", EntityType.PERSON, "Mia Lund"));
        assertThat(found).extracting(q -> words(text, q.speaker())).containsExactly("Anna Berg", "Mia Lund", "Mia Lund");
    }

    @Test
    void find_groupNamedByABody_speaksAsTheGroup() {
        String text = "Close to three dozen Harbor Democrats have signed a letter calling the plan “fiscally reckless.”";
        List<Quote> found = quotes(text, named(text, "Harbor", EntityType.ORGANIZATION, "Harbor"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isNull();
            assertThat(words(text, q.source())).isEqualTo("Harbor Democrats");
        });
    }

    @Test
    void find_lawsuitFromAParty_speaksForIt() {
        String text = "But the lawsuit from Nordland and Sudland, where the drug is banned, argues that Westland has "
                + "“created a dangerous gap” in the law.";
        List<Quote> found = quotes(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Sudland", EntityType.COUNTRY, "Sudland"), named(text, "Westland", EntityType.COUNTRY, "Westland"));
        assertThat(found).isNotEmpty().allSatisfy(q -> assertThat(words(text, q.speaker())).isEqualTo("Nordland"));
    }

    @Test
    void find_shortQuoteNamingSomethingAs_isTheNamers() {
        String text = "At one point, Lars Holm referred to a reporter in the crowd as a \"jackass.\"";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("jackass.");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_relativeClauseCue_isSaidByTheNameWhoFollows() {
        String text = "Holm met Lars Berg, now the majority leader, who in 2010 said the party's goal was to make him a "
                + "\"one-term mayor.\"";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"),
                named(text, "Lars Berg", EntityType.PERSON, "Lars Berg"));
        assertThat(found).isNotEmpty().allSatisfy(q -> {
            assertThat(words(text, q.speaker())).isEqualTo("Lars Berg");
            assertThat(words(text, q.source())).isEqualTo("who");
        });
    }

    @Test
    void find_cueJoinedToARelativeClause_isSaidByWhomTheRelativeStandsFor_notTheSentencesSubject() {
        String text = "Nordland said it was neutral and kept in touch with the government of Westmark President Ilse "
                + "Varga, which cautiously welcomed the offer but said success would depend on deeds.\n\n"
                + "Nordland also met Ostia, whose envoy praised the plan, and said talks would go on.";
        List<Quote> found = quotes(text, named(text, "Nordland", EntityType.COUNTRY, "Nordland"),
                named(text, "Ilse Varga", EntityType.PERSON, "Ilse Varga"), named(text, "Ostia", EntityType.COUNTRY, "Ostia"));
        assertThat(found).filteredOn(q -> words(text, q.content()).startsWith("success")).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Ilse Varga"));
        assertThat(found).filteredOn(q -> words(text, q.content()).startsWith("talks")).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Nordland"));
    }

    @Test
    void find_quoteAfterAColon_isTheClausesActorNotAnOpeningPhrase() {
        String text = "With party leaders increasingly worried about turnout, Mayor Anna Berg is rolling out a new "
                + "message: \"It's about me.\"";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    @Test
    void find_partyAndStateAfterAName_doNotEndTheSubject() {
        String text = "Speaking on the radio, Sen. Lars Holm, R-Ariz., said Berg's comments were \"wildly wrong.\"";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_ratingSomethingAs_isTheRatersAndPluralNounsAreNoCue() {
        String text = "Checkers rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.";
        List<Quote> found = quotes(text, named(text, "Checkers", EntityType.ORGANIZATION, "Checkers"));
        assertThat(found).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("entirely true");
            assertThat(words(text, q.speaker())).isEqualTo("Checkers");
        });
    }

    @Test
    void find_sayInTheInfinitive_isSaidByTheSubjectOfTheVerbBefore() {
        String text = "Anna Berg wrote a post about the board.\n\nShe went on to say that the members were “coming up short” "
                + "because their leaders “don’t respect the rules.”";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).filteredOn(q -> words(text, q.content()).contains("respect"))
                .singleElement().satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    @Test
    void find_cueAfterReportedSpeechBeforeItsSubject_reportsTheClauseBefore() {
        String text = "The board met in June. Its first radio ad could start this week, said Lars Holm, a longtime adviser "
                + "to the family.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("Its first radio ad could start this week");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_cueSetOffByCommasInsideASentence_reportsTheClauseBeforeIt() {
        String text = "Anna Berg spoke on Friday. It would take three weeks to convene the board, she said, and the "
                + "wrangling could be long.";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("It would take three weeks to convene the board");
            assertThat(words(text, q.speaker())).isEqualTo("Anna Berg");
        });
    }

    @Test
    void find_openingPhraseBeforeTheSubject_isNotWhatWasSaid() {
        String text = "Speaking at a rally in the north, Lars Holm said, “We will win.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> assertThat(words(text, q.content())).isEqualTo("We will win."));
    }

    @Test
    void find_rolePhraseWithAnAppositionNamingAPerson_isThatPersons() {
        String text = "The talks went on.\n\n“Of course I was surprised,” said the legislator, Representative Lars Holm. "
                + "“I am honored to meet him.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).hasSize(2).allSatisfy(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_roleSeveralHold_isTheOneNamedInTheParagraphBefore() {
        String text = "Governor Anna Berg met Governor Lars Holm in May.\n\n"
                + "Mr. Holm, a mentor to many, was asked whether he saw himself in the young.\n\n"
                + "“I am not that cool,” the governor replied.";
        List<Quote> found = quotes(text, withRole(named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"), "Governor"),
                withRole(named(text, "Lars Holm", EntityType.PERSON, "Lars Holm", "Holm"), "Governor"));
        assertThat(found).singleElement().satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Holm"));
    }

    @Test
    void find_abbreviatedTitle_givesTheRole() {
        String text = "Gov. Anna Berg met Lars Holm in May.\n\n“We will not raise taxes,” the governor said.";
        List<Quote> found = quotes(text, named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"));
        assertThat(found).singleElement().satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    @Test
    void find_spokespersonNamedAgain_speaksForTheBodyNamedFirst() {
        String text = "A spokesperson for Globex says the company cares about data.\n\n"
                + "“We disclose data in accordance with the law,” the spokesperson said.";
        List<Quote> found = quotes(text, named(text, "Globex", EntityType.ORGANIZATION, "Globex"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Globex"));
    }

    @Test
    void find_statementFromSomeonesAttorney_isTheAttorneysAndSoIsTheStatementNamedAgain() {
        String text = "“We are disappointed, but hardly surprised,” said the statement from Holm's attorney, Anna Berg.\n\n"
                + "The talks went on for a week.\n\n“He will go on serving the people of the city,” the statement said.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).hasSize(2).allSatisfy(q -> assertThat(words(text, q.speaker())).isEqualTo("Anna Berg"));
    }

    private static ArticleEntities.Found withRole(ArticleEntities.Found f, String title) {
        return new ArticleEntities.Found(f.key(), f.type(), f.name(), false, true, List.of(),
                List.of(new ArticleEntities.Role(title, null, title.toLowerCase(java.util.Locale.ROOT))), f.mentions(), List.of());
    }

    @Test
    void find_questionReported_isWhatWasAskedButNotOfWhomItWasAsked() {
        String text = "The board met in June. Lars Holm also asked whether the deals required the members to stay. "
                + "Anna Berg was once asked how the long strike would end.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(words(text, q.content())).isEqualTo("whether the deals required the members to stay");
            assertThat(words(text, q.speaker())).isEqualTo("Lars Holm");
        });
    }

    @Test
    void find_pronounAfterAnOpeningPhraseNamingAMedium_standsForTheSentencesSubject() {
        String text = "“We will see,” said Anna Marsh.\n\nIn his interview with Globe News, Holm also hammered Berg for what "
                + "he called his “utter failure when it comes to creating jobs.”";
        List<Quote> found = quotes(text, named(text, "Anna Marsh", EntityType.PERSON, "Anna Marsh"),
                named(text, "Globe News", EntityType.ORGANIZATION, "Globe News"),
                named(text, "Lars Holm", EntityType.PERSON, "Holm"), named(text, "Eva Berg", EntityType.PERSON, "Berg"));
        assertThat(found).filteredOn(q -> words(text, q.content()).startsWith("utter")).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Holm"));
    }

    @Test
    void find_personBesideTheirBodyOrState_speaksNotTheBodyOrState() {
        String text = "“The plan will fail,” said Lars Holm, the No. 2 Harbor Committee Democrat. "
                + "“We will vote no,” said Rep. Anna Berg (D-Ohio). "
                + "“It was leaked,” Holm's Harbor Weekly first reported.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm", "Holm"),
                named(text, "Harbor Committee", EntityType.ORGANIZATION, "Harbor Committee"),
                named(text, "Anna Berg", EntityType.PERSON, "Anna Berg"),
                named(text, "Ohio", EntityType.LOCATION, "Ohio"),
                named(text, "Harbor Weekly", EntityType.ORGANIZATION, "Harbor Weekly"));
        assertThat(found).extracting(q -> words(text, q.speaker()))
                .containsExactly("Lars Holm", "Anna Berg", "Harbor Weekly");
    }

    @Test
    void find_nameOfAPlaceWithAnApposition_speaksNotTheNounBeforeAPassiveCue() {
        String text = "Representative Lars Holm of Ohio, the senior member of the Harbor Committee, said the deals "
                + "described by the White House “represent an illegal bargain,” even if the post was unpaid.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm"),
                named(text, "Ohio", EntityType.LOCATION, "Ohio"),
                named(text, "Harbor Committee", EntityType.ORGANIZATION, "Harbor Committee"),
                named(text, "White House", EntityType.ORGANIZATION, "White House"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Lars Holm"));
    }

    @Test
    void find_whichAfterABodysApposition_isTheBodys() {
        String text = "The Holm ad was denounced by the Harbor Workers Union, a group of dock workers, which said it was "
                + "“wrong for Governor Holm to assume that workers do not support the plan.”";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Holm"),
                named(text, "Harbor Workers Union", EntityType.ORGANIZATION, "Harbor Workers Union"));
        assertThat(found).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(words(text, q.speaker())).isEqualTo("Harbor Workers Union"));
    }

    @Test
    void find_participleCueAfterAQuoteFollowedByThat_isNotTheSpeakerAfterIt() {
        String text = "The vote was close.\n\nTruthcheck rated the Nordland ad as \"false,\" noting that the Westmark campaign "
                + "wasn't talking about cutting benefits but limiting waste.";
        List<Quote> found = quotes(text, named(text, "Truthcheck", EntityType.ORGANIZATION, "Truthcheck"),
                named(text, "Nordland", EntityType.COUNTRY, "Nordland"), named(text, "Westmark", EntityType.PERSON, "Westmark"));
        assertThat(found).isNotEmpty();
        for (Quote q : found) {
            assertThat(words(text, q.speaker())).isNotEqualTo("Westmark");
        }
    }

    @Test
    void find_straightMarkAfterAStopAndABlank_closesTheQuoteBeforeTheNextQuotation() {
        String text = "Lars Holm said in a statement: \"Spending the town's money on a new stadium is wrong. \"Holm was "
                + "speaking of a plan of the council, which critics say would \"raise every tax in the town.\"\n\n"
                + "\"It is not the end. \"It is only the start,\" Holm said later.";
        List<Quote> found = quotes(text, named(text, "Lars Holm", EntityType.PERSON, "Lars Holm", "Holm"));
        assertThat(found).filteredOn(Quote::direct).extracting(q -> words(text, q.content())).containsExactly(
                "Spending the town's money on a new stadium is wrong.", "raise every tax in the town.",
                "It is not the end.", "It is only the start");
    }
}
