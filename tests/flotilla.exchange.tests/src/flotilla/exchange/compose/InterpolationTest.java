package flotilla.exchange.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Service;

/** Variable substitution as the docker CLI does it, from the environment and a .env file beside the compose file. */
class InterpolationTest {
    private static final Interpolation VARIABLES = new Interpolation(Map.of("SET", "value", "BLANK", ""), true);

    @TempDir
    Path folder;

    private static String apply(String text) throws Exception {
        return VARIABLES.apply(text).value();
    }

    @Test
    void namesBracesAndEscapes() throws Exception {
        assertEquals("value", apply("$SET"));
        assertEquals("a-value-b", apply("a-${SET}-b"));
        assertEquals("$SET costs $5", apply("$$SET costs $$5"));
        assertEquals("no variables", apply("no variables"));
    }

    @Test
    void defaultsTellUnsetFromEmpty() throws Exception {
        assertEquals("fallback", apply("${UNSET:-fallback}"));
        assertEquals("fallback", apply("${BLANK:-fallback}"));
        assertEquals("fallback", apply("${UNSET-fallback}"));
        assertEquals("", apply("${BLANK-fallback}"));
        assertEquals("value", apply("${SET:-fallback}"));
        assertEquals("alt", apply("${SET:+alt}"));
        assertEquals("", apply("${BLANK:+alt}"));
        assertEquals("alt", apply("${BLANK+alt}"));
    }

    @Test
    void anUnsetVariableIsBlankAndNamed() throws Exception {
        Interpolation.Result result = VARIABLES.apply("x${UNSET}y$OTHER");
        assertEquals("xy", result.value());
        assertEquals(List.of("UNSET", "OTHER"), result.unset());
    }

    @Test
    void requiredVariablesAndBadTemplatesFailWithTheirOffset() throws Exception {
        Interpolation.Failure required = assertThrows(Interpolation.Failure.class,
                () -> apply("image: ${UNSET:?set UNSET first}"));
        assertEquals("required variable UNSET is missing a value: set UNSET first", required.getMessage());
        assertEquals(7, required.offset);
        assertThrows(Interpolation.Failure.class, () -> apply("${BLANK:?}"));
        assertEquals("", VARIABLES.apply("${BLANK?}").value(), "without the colon only unset fails");
        Interpolation.Failure invalid = assertThrows(Interpolation.Failure.class, () -> apply("cost: 5$"));
        assertEquals(7, invalid.offset);
    }

    @Test
    void aComposeFileTakesTheDotEnvBesideItAndTheEnvironmentWins() throws Exception {
        Path file = Fixtures.resources().resolve("compose/interpolation/docker-compose.yml");

        ComposeImporter.Result result = Fixtures.importFile(file, null, Map.of("TAG", "1.27", "BLANK", ""));

        Service web = result.cluster().getServices().get(0);
        assertEquals("nginx:1.27", web.getImage());
        assertEquals(
                List.of("DOMAIN=example.org", "PRICE=$5", "MODE=production", "EMPTY_DEFAULT=fallback", "UNSET_ONLY=",
                        "PLUS=has-tag", "MISSING="),
                web.getEnv());
        assertEquals(3, web.getReplicas());
        assertEquals(512L << 20, web.getLimits().getMemoryBytes());
        // docker compose reads .env and says nothing of it; only the unset variable is warned about.
        assertEquals(List.of(file + ":11:9: warning: the NOPE variable is not set; defaulting to a blank string"),
                result.warnings().stream().map(ComposeWarning::toString).toList());
    }

    @Test
    void asAStackTheFileIsWhatDockerStackDeployReadsNoDotEnvNoReplacement() throws Exception {
        Path file = Fixtures.resources().resolve("compose/interpolation/docker-compose.yml");

        ComposeException refused = assertThrows(ComposeException.class,
                () -> Fixtures.importFile(file, "shop", Map.of("TAG", "1.27")));

        // docker stack config's own words for ${TAG:+has-tag}, which only docker compose knows.
        assertTrue(refused.getMessage().endsWith("invalid interpolation format for services.web.environment.[]: "
                + "\"PLUS=${TAG:+has-tag}\"; you may need to escape any $ with another $"), refused.getMessage());
    }

    @Test
    void asAStackAVariableOnlyDotEnvSetsIsUnset() throws Exception {
        Files.writeString(folder.resolve(".env"), "TAG=from-dotenv\n");
        Path file = Files.writeString(folder.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx:${TAG:-from-default}
                """);

        assertEquals("nginx:from-default",
                Fixtures.importFile(file, "shop", Map.of()).cluster().getStacks().get(0).getServices().get(0)
                        .getImage());
        assertEquals("nginx:from-dotenv",
                Fixtures.importFile(file, null, Map.of()).cluster().getServices().get(0).getImage());
    }

    @Test
    void aRequiredVariableFailsTheImportAtItsColumn() throws Exception {
        Path file = Files.writeString(folder.resolve("stack.yml"), """
                services:
                  web:
                    image: nginx:${TAG:?the image tag}
                """);

        ComposeException error = assertThrows(ComposeException.class, () -> Fixtures.importFile(file, null, Map.of()));

        assertEquals(file
                + ":3:18: invalid interpolation format for services.web.image: \"required variable TAG is missing a value: the image tag\"; "
                + "you may need to escape any $ with another $", error.getMessage());
    }
}
