package org.parallax.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private static final List<String> OUTLET = List.of("The Lakeside Herald", "lakesideherald.example");

    @Test
    void read_capitalsAndAnAgency_givePeopleInOrdinaryCaseAndACredit() {
        Bylines.Byline b = Bylines.read(List.of("By JOHN SMITH and Jane Roe, Reuters | March 3, 2024 10:15"), List.of(), OUTLET);
        assertThat(b.people()).containsExactly("John Smith", "Jane Roe");
        assertThat(b.credit()).isEqualTo("Reuters");
    }

    @Test
    void read_rolesDesksPlacesAndTheOutletItself_areNoPeople() {
        assertThat(Bylines.read(List.of("Staff writer"), List.of(), OUTLET).people()).isEmpty();
        Bylines.Byline own = Bylines.read(List.of("Lakeside Herald staff"), List.of(), OUTLET);
        assertThat(own.people()).isEmpty();
        assertThat(own.credit()).isNotNull();
        assertThat(Bylines.read(List.of("Anna Berg, Frankfurt"), List.of(), OUTLET).people()).containsExactly("Anna Berg");
        assertThat(Bylines.read(List.of("Von: Anna Berg und Tom Weiss, dpa"), List.of(), OUTLET))
                .isEqualTo(new Bylines.Byline(List.of("Anna Berg", "Tom Weiss"), "dpa"));
        assertThat(Bylines.read(List.of("https://social.example/herald", "news@herald.example", "105092"), List.of(), OUTLET)
                .isEmpty()).isTrue();
    }

    @Test
    void read_organizationsTheSourceMarks_areACredit() {
        Bylines.Byline b = Bylines.read(List.of(), List.of("The Lakeside Herald"), OUTLET);
        assertThat(b.people()).isEmpty();
        assertThat(b.credit()).isEqualTo("The Lakeside Herald");
    }
}
