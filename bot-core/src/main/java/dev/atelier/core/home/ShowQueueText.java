package dev.atelier.core.home;

/** One-line previews of question texts. */
final class ShowQueueText {

    private static final int PREVIEW = 80;

    private ShowQueueText() {
    }

    static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1) + "…";
    }
}
