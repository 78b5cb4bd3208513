package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

class SlashCommandDefinitionsTest {

    private final List<SlashCommandData> commands = SlashCommandDefinitions.from(new TinyBot().bot.catalog());

    @Test
    void oneTopLevelCommandPerCatalogName() {
        assertThat(commands).extracting(SlashCommandData::getName).containsExactly("cohort", "status", "review");
        assertThat(commands)
                .allSatisfy(command -> assertThat(command.getDescription()).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void namesWithSubcommandsBecomeSubcommands() {
        SlashCommandData cohort = commands.get(0);
        assertThat(cohort.getSubcommands()).extracting(SubcommandData::getName).containsExactly("create", "list");
        assertThat(cohort.getDescription()).isEqualTo("Cohort: create, list");
        SubcommandData create = cohort.getSubcommands().get(0);
        assertThat(create.getDescription()).isEqualTo("Create a cohort");
        assertThat(create.getOptions())
                .extracting(OptionData::getName, OptionData::getType, OptionData::isRequired)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", OptionType.STRING, true),
                        org.assertj.core.groups.Tuple.tuple("channel", OptionType.CHANNEL, false),
                        org.assertj.core.groups.Tuple.tuple("lead", OptionType.USER, false));
        assertThat(create.getOptions().get(0).getMaxLength()).isEqualTo(40);
    }

    @Test
    void suggestedTypesGetAutocompleteAndIntegersStayIntegers() {
        SlashCommandData status = commands.get(1);
        assertThat(status.getSubcommands()).isEmpty();
        OptionData internship = status.getOptions().get(0);
        assertThat(internship.getType()).isEqualTo(OptionType.STRING);
        assertThat(internship.isAutoComplete()).isTrue();
        OptionData count = status.getOptions().get(1);
        assertThat(count.getType()).isEqualTo(OptionType.INTEGER);
        assertThat(count.isAutoComplete()).isFalse();
    }

    @Test
    void choicesBecomeFixedChoicesAndRequiredOptionsComeFirst() {
        SlashCommandData review = commands.get(2);
        assertThat(review.getOptions())
                .extracting(OptionData::getName, OptionData::isRequired, OptionData::isAutoComplete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("internship", true, true),
                        org.assertj.core.groups.Tuple.tuple("verdict", true, false),
                        org.assertj.core.groups.Tuple.tuple("feedback", false, false));
        assertThat(review.getOptions().get(1).getChoices())
                .extracting(Command.Choice::getName)
                .containsExactly("approve", "changes");
        assertThat(review.getOptions().get(2).getMaxLength()).isEqualTo(3000);
    }
}
