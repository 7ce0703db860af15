package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** The published bundle schema ({@code schema/bundle.schema.json}), and a check that a bundle meets it. */
final class BundleSchema {
    private static final Path FILE = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
            Path.of("..").toAbsolutePath().toString()), "schema", "bundle.schema.json");

    private BundleSchema() {
    }

    /** Reads a bundle and asserts that it is valid; returns it. */
    static JsonNode validBundle(Path bundle) throws IOException {
        JsonNode root = new ObjectMapper().readTree(bundle.toFile());
        assertThat(violations(root)).as("schema violations in " + bundle).isEmpty();
        return root;
    }

    /** What in a bundle breaks the schema. */
    static Set<ValidationMessage> violations(JsonNode root) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(resolve().toFile()));
        return schema.validate(root);
    }

    private static Path resolve() {
        Path here = Path.of("schema", "bundle.schema.json");
        if (here.toFile().isFile()) {
            return here;
        }
        Path up = Path.of("..", "schema", "bundle.schema.json");
        return up.toFile().isFile() ? up : FILE;
    }
}
