package org.parallax.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.clean.ChromeSnapshot;
import org.parallax.clean.Cleaner;
import org.parallax.model.Bytes;
import org.parallax.model.RawDocument;
import org.parallax.model.SourceHints;

class MetadataReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String PARAGRAPH = "The regional assembly approved the new water budget after a long debate,"
            + " and the measure now goes to the governor for signature later this month.";

    private static Metadata read(String text, SourceHints hints) {
        RawDocument raw = new RawDocument("test.txt", RawDocument.Kind.TEXT_FILE, Bytes.utf8(text), "UTF-8", text, hints);
        return new MetadataReader(CLOCK).read(raw, new Cleaner(ChromeSnapshot.NONE).clean(text, null, hints.title()));
    }

    @Test
    void read_datelineUnderHeadline_isPublishedWithEvidence() {
        String text = "Water budget passes\n\nPublished: 12 March 2024, 08:30\n\n" + PARAGRAPH;
        Metadata m = read(text, SourceHints.NONE);
        assertThat(m.published().value()).isEqualTo("2024-03-12T08:30");
        assertThat(m.published().inferred()).isFalse();
        assertThat(text.substring(m.published().evidence().start(), m.published().evidence().end()))
                .isEqualTo(m.published().evidence().text()).startsWith("12 March 2024");
        assertThat(m.pageDate()).isNull();
    }

    @Test
    void read_headerDateBesideWidget_isPageDate_andEmptyDateSlotLeavesPublishedUnknown() {
        String text = "21.5 C\nSpringfield\nMonday, October 6, 2025\n\nWater budget passes\n\nDate:\n\n" + PARAGRAPH;
        Metadata m = read(text, SourceHints.NONE);
        assertThat(m.pageDate()).isEqualTo("2025-10-06");
        assertThat(m.published()).isNull();
    }

    @Test
    void read_headerDateBesideWidgetWithoutSlot_standsInAsInferred() {
        String text = "21.5 C\nMonday, October 6, 2025\n\nWater budget passes\n\n" + PARAGRAPH;
        Metadata m = read(text, SourceHints.NONE);
        assertThat(m.pageDate()).isEqualTo("2025-10-06");
        assertThat(m.published().value()).isEqualTo("2025-10-06");
        assertThat(m.published().inferred()).isTrue();
    }

    @Test
    void read_weekdayDateWithoutYear_getsTheYearItsWeekdayFallsIn() {
        String text = "Water budget passes\n\nThe regional assembly approved on Wednesday, April 9, the budget it had"
                + " blocked since the floods of March 2022, and sent it to the governor for signature.";
        Metadata m = read(text, SourceHints.NONE);
        assertThat(m.published().value()).isEqualTo("2025-04-09");
        assertThat(m.published().inferred()).isTrue();
    }

    @Test
    void read_openingDateline_datesTheArticle_butOtherDatesOfTheLeadDoNot() {
        Metadata wire = read("Water budget passes\n\nPORT VELL, March 3, 2024 (Harbour Wire) -- " + PARAGRAPH, SourceHints.NONE);
        assertThat(wire.published().value()).isEqualTo("2024-03-03");
        assertThat(wire.published().inferred()).isTrue();
        for (String lead : List.of("The assembly met to mourn the victims of the March 3, 2021, flood before it passed the"
                        + " budget, which now goes to the governor.",
                "The assembly will vote on June 25 on the budget it blocked for months, and the governor has said she will"
                        + " sign it.",
                "The water board said income for the year ended Sept. 30 rose 5% on higher rates, and it expects more.")) {
            assertThat(read("Water budget passes\n\n" + lead, SourceHints.NONE).published()).as(lead).isNull();
        }
    }

    @Test
    void read_dateWithoutYearStillAheadThisYear_isLastYears() {
        Metadata later = read("Water budget passes\n\nPORT VELL, August 14 (Harbour Wire) -- The regional assembly approved the budget it had"
                + " blocked for months, and sent it to the governor for signature.", SourceHints.NONE);
        assertThat(later.published().value()).as("August 14 is ahead of the day the page is read").isEqualTo("2025-08-14");
        Metadata earlier = read("Water budget passes\n\nPORT VELL, May 14 (Harbour Wire) -- The regional assembly approved the budget it had"
                + " blocked for months, and sent it to the governor for signature.", SourceHints.NONE);
        assertThat(earlier.published().value()).isEqualTo("2026-05-14");
        assertThat(earlier.published().inferred()).isTrue();
    }

    @Test
    void read_creditLine_isSyndication() {
        String text = "Water budget passes\n\n" + PARAGRAPH + "\n\nSource: reuters\n";
        assertThat(read(text, SourceHints.NONE).syndicatedFrom()).isEqualTo("Reuters");
        String wire = "Water budget passes\n\nSPRINGFIELD (AP) — " + PARAGRAPH;
        assertThat(read(wire, SourceHints.NONE).syndicatedFrom()).isEqualTo("AP");
    }

    @Test
    void read_textByline_givesAuthors_andAWireDatelineOrMastheadTheOutlet() {
        String text = "Water budget passes\n\nBy MARA VELDEN | Tuesday, March 4, 2025\n\nPORT TOWN (Harbour Wire) — "
                + PARAGRAPH;
        Metadata m = read(text, SourceHints.NONE);
        assertThat(m.authors()).containsExactly("Mara Velden");
        assertThat(m.outlet()).isEqualTo("Harbour Wire");
        assertThat(m.syndicatedFrom()).isNull();
        Metadata copied = read(text + "\n\nSource: Harbour Wire\n", SourceHints.NONE);
        assertThat(copied.outlet()).isNull();
        assertThat(copied.syndicatedFrom()).isEqualTo("Harbour Wire");
        Metadata tagline = read("River Gazette — News for the valley\n\nWater budget passes\n\n" + PARAGRAPH,
                SourceHints.NONE);
        assertThat(tagline.outlet()).isEqualTo("River Gazette");
    }

    @Test
    void read_statedFieldsAndUrl_giveDateAndOutlet() {
        SourceHints hints = new SourceHints("7", "https://www.river-news.example/a/7", "Water budget passes",
                "2024-02-03T10:00:00Z", null);
        Metadata m = read(PARAGRAPH, hints);
        assertThat(m.published().value()).isEqualTo("2024-02-03T10:00");
        assertThat(m.published().offset()).isEqualTo("Z");
        assertThat(m.outlet()).isEqualTo("river-news.example");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void read_language_ofGermanText() {
        String text = "Haushalt beschlossen\n\nDer Landtag hat nach einer langen Debatte den neuen Haushalt für die"
                + " Wasserversorgung beschlossen, und der Gouverneur soll ihn noch in diesem Monat unterzeichnen.";
        assertThat(read(text, SourceHints.NONE).language()).isEqualTo("de");
    }
}
