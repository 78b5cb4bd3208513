package dev.atelier.core.store;

import java.util.List;

/**
 * A stored message (a command's reply in the inbox, a notice in the outbox), field by field: its title,
 * its body and each field's value span by span ({@link TextDocuments}), its buttons (the style by name)
 * and its menus. Replies stored before spans kept {@code text} and a field's {@code value} in the core's
 * light markup ({@link LegacyMarkup}). A storage shape of its own ({@link MessageMapper}): renaming a part
 * of the domain's message changes nothing stored.
 */
record MessageDocument(
        String title,
        String text,
        List<TextDocuments.SpanDocument> body,
        List<FieldEntry> fields,
        List<ButtonEntry> buttons,
        List<SelectEntry> selects,
        boolean ephemeral) {

    record FieldEntry(String name, String value, List<TextDocuments.SpanDocument> spans, boolean inline) {}

    record SelectEntry(String placeholder, String command, String option, List<ChoiceEntry> choices) {}

    record ChoiceEntry(String label, String value) {}

    record ButtonEntry(String label, String style, String command, List<String> ask) {}
}
