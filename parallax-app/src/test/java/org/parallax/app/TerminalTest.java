package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void line_fileNameWithLineBreakAndEscapes_staysOneVisibleLine() {
        String forged = "in/a.txt\nerror: in/b.txt: forged\u001b[2J\r";
        String line = Terminal.line(forged);
        assertThat(line).doesNotContain("\n", "\r", "\u001b").isEqualTo("in/a.txt\\nerror: in/b.txt: forged[2J");
    }
}
