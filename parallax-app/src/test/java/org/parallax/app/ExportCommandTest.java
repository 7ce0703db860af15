package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.web.CsvTables;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void help_namesEveryTableTheCsvExportWrites_andEachIsWritten() {
        Cli.Result help = Cli.run("export", "--help");
        String table = help.out().substring(help.out().indexOf("--table"));
        for (String name : CsvTables.TABLES) {
            assertThat(table).as("--table's help").contains(name);
            Cli.Result csv = Cli.run("export", "--format", "csv", "--table", name, "--store", dir.toString());
            assertThat(csv.exit()).as(name).isZero();
            assertThat(csv.out()).as(name).isNotBlank();
        }
    }
}
