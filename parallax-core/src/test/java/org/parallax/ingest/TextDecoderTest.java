package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decode_utf8_keepsText() throws InputException {
        TextDecoder.Decoded d = TextDecoder.decode("Café “quoted” — Zürich".getBytes(StandardCharsets.UTF_8));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Café “quoted” — Zürich");
    }

    @Test
    void decode_utf16WithoutByteOrderMark_isReadInEitherOrder() throws InputException {
        String text = "Storm closes the harbour; the ferry stays in port until Tuesday.";
        TextDecoder.Decoded le = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded be = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.text()).isEqualTo(text);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(be.text()).isEqualTo(text);
    }

    @Test
    void decode_utf16WithItsMarkAndNulCharacters_dropsThemAsInAnyText() throws InputException {
        byte[] text = "\uFEFFFerry\u0000 resumes".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(text).text()).isEqualTo("Ferry resumes");
    }

    @Test
    void decode_utf8CutInItsLastCharacter_isTheTextBeforeIt() throws InputException {
        byte[] whole = "Die Fähre bleibt im Hafen: „Geduld“".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = TextDecoder.decode(java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Die Fähre bleibt im Hafen: „Geduld");
    }

    @Test
    void decode_windows1252_isDetectedNotFailed() throws InputException {
        byte[] bytes = "Die Straße in Köln – „schön“ für 5 €".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo("Die Straße in Köln – „schön“ für 5 €");
        assertThat(d.charset()).isNotEqualTo("UTF-8");
    }

    @Test
    void decodeHtml_utf8WithACharacterCutShort_staysUtf8() throws InputException {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>"
                + "Kolejne organizacje sprzeciwiają się atakom; zażółć gęślą jaźń. ".repeat(5) + "</p><p>papieros";
        byte[] whole = page.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length + 1);
        cut[whole.length] = (byte) 0xC3;   // the first byte of a two-byte character, and nothing after it
        byte[] bytes = (new String(cut, StandardCharsets.ISO_8859_1) + "...</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded d = TextDecoder.decodeHtml(bytes);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("sprzeciwiają się atakom; zażółć gęślą jaźń", "papieros\uFFFD...");
    }

    @Test
    void decodeHtml_windows1252Page_isNotTakenForUtf8() throws InputException {
        byte[] bytes = "<html><body><p>Die Straße in Köln – „schön“ für 5 €</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decodeHtml(bytes).text()).contains("Die Straße in Köln – „schön“ für 5 €");
    }

    @Test
    void decode_utf8ByteOrderMark_isDropped() throws InputException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoder.decode(bom).text()).isEqualTo("Hi");
    }

    @Test
    void decode_utf16WithMark_isRead() throws InputException {
        byte[] body = "Grüße".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Grüße");
    }

    @Test
    void decode_corruptUtf8_isRefusedWithOffset() {
        byte[] good = "Café ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        bytes[good.length + 2] = 'x';
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(InputException.class)
                .hasMessageContaining("invalid UTF-8 at byte " + good.length);
    }

    @Test
    void decode_binary_isRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1, 2};
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessageContaining("binary");
    }

    @Test
    void decode_strayNulInLongText_isDropped() throws InputException {
        String text = "A long scraped article. ".repeat(200);
        byte[] bytes = (text.substring(0, 100) + "\0" + text.substring(100)).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(text);
    }

    @Test
    void decode_empty_isRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
    }
}
