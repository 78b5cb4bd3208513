package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Modal;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.TextInput;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Core messages and modals rendered as Block Kit within Slack's limits. */
class BlockKitTest {

    @Test
    void aMessageBecomesHeaderSectionsFieldsAndButtons() {
        // given
        Message message = Message.publicReply(Text.builder()
                        .bold("Hello")
                        .plain(" ")
                        .member("U1")
                        .plain(" :wave: see https://example.org")
                        .build())
                .withTitle("Internship #1")
                .withFields(List.of(
                        Field.of("Mentor", Text.builder().member("U2").build()),
                        Field.of("Due", Text.of("2026-12-15")),
                        Field.wide("Notes", Text.of("long notes"))))
                .withButtons(List.of(
                        Button.of("Approve", ButtonStyle.SUCCESS, "review 1 approve"),
                        Button.asking("Request changes", ButtonStyle.DANGER, "review 1 changes", "feedback"),
                        Button.of("Later", ButtonStyle.SECONDARY, "status 1"),
                        Button.of("Go", ButtonStyle.PRIMARY, "status 2")));

        // when
        List<LayoutBlock> blocks = BlockKit.blocks(message);

        // then
        assertThat(blocks)
                .extracting(LayoutBlock::getType)
                .containsExactly("header", "section", "section", "section", "actions");
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo("Internship #1");
        assertThat(text(blocks.get(1))).isEqualTo("*Hello* <@U1> :wave: see https://example.org");
        assertThat(((SectionBlock) blocks.get(2)).getFields())
                .extracting(f -> f.getText())
                .containsExactly("*Mentor*\n<@U2>", "*Due*\n2026-12-15");
        assertThat(text(blocks.get(3))).isEqualTo("*Notes*\nlong notes");
        List<ButtonElement> buttons = ((ActionsBlock) blocks.get(4))
                .getElements().stream().map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", "danger", null, "primary");
        assertThat(buttons)
                .extracting(ButtonElement::getActionId)
                .containsExactly("a||review 1 approve", "a|feedback|review 1 changes", "a||status 1", "a||status 2");
        assertThat(BlockKit.fallback(message))
                .startsWith("Internship #1\n*Hello* <@U1>")
                .contains("Mentor: <@U2>");
    }

    @Test
    void longContentIsCutToSlackLimits() {
        // given
        String paragraph = "word ".repeat(500).strip();
        Message message = Message.privateReply(Text.builder()
                        .plain(paragraph)
                        .line()
                        .plain(paragraph)
                        .line()
                        .plain(paragraph)
                        .build())
                .withTitle("T".repeat(200))
                .withFields(IntStream.range(0, 12)
                        .mapToObj(i -> Field.of("f" + i, Text.of("v".repeat(2500))))
                        .toList())
                .withButtons(List.of(Button.of("L".repeat(100), ButtonStyle.PRIMARY, "status 1")));

        // when
        List<LayoutBlock> blocks = BlockKit.blocks(message);

        // then
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).hasSize(150);
        List<SectionBlock> sections = blocks.stream()
                .filter(SectionBlock.class::isInstance)
                .map(SectionBlock.class::cast)
                .toList();
        assertThat(sections.stream().filter(s -> s.getText() != null))
                .hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.getText().getText().length()).isLessThanOrEqualTo(3000));
        assertThat(sections.stream()
                        .filter(s -> s.getFields() != null)
                        .map(s -> s.getFields().size()))
                .containsExactly(10, 2);
        assertThat(sections.stream().filter(s -> s.getFields() != null).flatMap(s -> s.getFields().stream()))
                .allSatisfy(f -> assertThat(f.getText().length()).isLessThanOrEqualTo(2000));
        ButtonElement button = (ButtonElement)
                ((ActionsBlock) blocks.get(blocks.size() - 1)).getElements().get(0);
        assertThat(button.getText().getText()).hasSize(75);
        assertThat(BlockKit.fallback(message).length()).isLessThanOrEqualTo(3000);
    }

    @Test
    void massMentionsAreDefusedEverywhere() {
        // given
        Message message = Message.publicReply(Text.of("hi <!channel> and <!here> @everyone"))
                .withTitle("<!everyone> title")
                .withFields(List.of(Field.of("who", Text.user("<!subteam^S123|devs>"))));

        // when
        String rendered = BlockKit.blocks(message).toString() + BlockKit.fallback(message);

        // then
        assertThat(rendered)
                .doesNotContain("<!channel>", "<!here>", "<!everyone>", "<!subteam", " @everyone")
                .contains("&lt;!channel&gt;");
    }

    @Test
    void aModalBecomesAViewAndItsStateComesBackByInputName() {
        // given
        Modal modal = new Modal(
                "m|review 1 changes",
                "Review a long submission title",
                List.of(
                        new TextInput("feedback", "What to change", "Be specific", true, true, 3000),
                        new TextInput("note", "Note", null, false, false, 5000)));

        // when
        View view = ModalView.of(modal, "C0PRIV1");

        // then
        assertThat(view.getType()).isEqualTo("modal");
        assertThat(view.getCallbackId()).isEqualTo("m|review 1 changes");
        assertThat(view.getTitle().getText()).hasSizeLessThanOrEqualTo(24);
        assertThat(view.getSubmit().getText()).isEqualTo("Submit");
        assertThat(view.getClose().getText()).isEqualTo("Cancel");
        assertThat(view.getPrivateMetadata()).isEqualTo("C0PRIV1");
        InputBlock feedback = (InputBlock) view.getBlocks().get(0);
        PlainTextInputElement element = (PlainTextInputElement) feedback.getElement();
        assertThat(feedback.getBlockId()).isEqualTo("feedback");
        assertThat(feedback.isOptional()).isFalse();
        assertThat(element.getActionId()).isEqualTo("feedback");
        assertThat(element.isMultiline()).isTrue();
        assertThat(element.getMaxLength()).isEqualTo(3000);
        assertThat(((InputBlock) view.getBlocks().get(1)).isOptional()).isTrue();
        assertThat(((PlainTextInputElement) ((InputBlock) view.getBlocks().get(1)).getElement()).getMaxLength())
                .isEqualTo(3000);

        // when the user fills it in
        ViewState.Value typed = new ViewState.Value();
        typed.setType("plain_text_input");
        typed.setValue("add tests");
        ViewState.Value empty = new ViewState.Value();
        empty.setType("plain_text_input");
        view.setState(new ViewState(Map.of("feedback", Map.of("feedback", typed), "note", Map.of("note", empty))));

        // then
        assertThat(ModalView.values(view)).containsExactly(Map.entry("feedback", "add tests"));
    }

    private static String text(LayoutBlock block) {
        return ((MarkdownTextObject) ((SectionBlock) block).getText()).getText();
    }
}
