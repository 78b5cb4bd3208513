package dev.atelier.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.testing.TestAtelier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One hop from a command's name to its code: the README's "Where things are" table names, for every
 * command of the catalog, the feature class that defines it, and that class does.
 */
class WhereThingsAreTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ROW = Pattern.compile("^\\| (.+) \\| `([a-z/]+/\\w+Commands)` \\|$");

    record Row(String commands, String featureClass) {}

    @Test
    void everyCommandIsNamedWithTheFeatureClassThatDefinesIt() throws IOException {
        List<Row> rows = rows();
        try (TestAtelier atelier = TestAtelier.start(List.of(), List.of())) {
            for (CommandSpec spec : atelier.bot().catalog().commands()) {
                Row row = rows.stream()
                        .filter(r -> names(r.commands(), spec))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("README does not say where `" + spec.path() + "` is"));
                String source =
                        Files.readString(Path.of("src/main/java/dev/atelier/core", row.featureClass() + ".java"));
                assertThat(source)
                        .as("%s defines `%s`", row.featureClass(), spec.path())
                        .contains("\"" + spec.name() + "\"")
                        .contains(spec.subcommand() == null ? "null" : "\"" + spec.subcommand() + "\"");
            }
        }
    }

    @Test
    void everyCommandTheTableNamesIsInTheCatalog() throws IOException {
        try (TestAtelier atelier = TestAtelier.start(List.of(), List.of())) {
            List<String> paths = atelier.bot().catalog().commands().stream()
                    .map(CommandSpec::path)
                    .toList();
            for (Row row : rows()) {
                assertThat(paths).as(row.commands()).containsAll(named(row.commands()));
            }
        }
    }

    @Test
    void everyClassTheTableNamesIsAFeature() throws Exception {
        for (Row row : rows()) {
            Class<?> type =
                    Class.forName("dev.atelier.core." + row.featureClass().replace('/', '.'));
            assertThat(Feature.class).as(row.featureClass()).isAssignableFrom(type);
        }
    }

    /** Whether a cell such as {@code `cohort create|list`, `status`} names the command. */
    private static boolean names(String cell, CommandSpec spec) {
        return named(cell).contains(spec.path());
    }

    /** Every command a cell names: {@code `cohort create|list`, `status`} is cohort create, cohort list, status. */
    private static List<String> named(String cell) {
        List<String> paths = new ArrayList<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher(cell.replace("\\|", "|"));
        while (code.find()) {
            String[] words = code.group(1).split(" ", 2);
            if (words.length == 1) {
                paths.add(words[0]);
            } else {
                for (String subcommand : List.of(words[1].split("\\|"))) {
                    paths.add(words[0] + " " + subcommand);
                }
            }
        }
        return paths;
    }

    private static List<Row> rows() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## Where things are"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        List<Row> rows = section.lines()
                .map(ROW::matcher)
                .filter(Matcher::matches)
                .map(m -> new Row(m.group(1), m.group(2)))
                .toList();
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
