package dev.atelier.app.dashboard;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** A little SVG writer: an accessible root (role img, title, description) and shapes; every text escaped. */
final class Svg {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    private final StringBuilder out = new StringBuilder();

    Svg(String id, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-t ")
                .append(id)
                .append("-d\"><title id=\"")
                .append(id)
                .append("-t\">")
                .append(esc(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-d\">")
                .append(esc(description))
                .append("</desc>");
    }

    static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    Svg rect(double x, double y, double w, double h, String cssClass, String tooltip) {
        out.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\">" + "<title>%s</title></rect>",
                x,
                y,
                w,
                h,
                cssClass,
                esc(tooltip)));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>",
                x1,
                y1,
                x2,
                y2,
                cssClass));
        return this;
    }

    Svg polyline(String points, String cssClass) {
        out.append("<polyline points=\"")
                .append(points)
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    Svg text(double x, double y, String anchor, String text) {
        out.append(String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, esc(text)));
        return this;
    }

    /** Axes with {@code ticks} horizontal grid lines from 0 to {@code max}. */
    Svg axes(long max, int ticks) {
        double base = TOP + plotHeight();
        for (int t = 0; t <= ticks; t++) {
            long value = Math.round((double) max * t / ticks);
            double y = base - (double) plotHeight() * t / ticks;
            line(LEFT, y, WIDTH - RIGHT, y, t == 0 ? "axis" : "grid");
            text(LEFT - 6, y + 4, "end", Long.toString(value));
        }
        return this;
    }

    /** A legend in the top right: one swatch per series class. */
    Svg legend(String[] labels, String[] classes) {
        double x = WIDTH - RIGHT - 110.0 * labels.length;
        for (int i = 0; i < labels.length; i++) {
            rect(x + 110 * i, 2, 10, 10, classes[i], labels[i]);
            text(x + 110 * i + 14, 11, "start", labels[i]);
        }
        return this;
    }

    static double y(long value, long max) {
        return TOP + plotHeight() - (max == 0 ? 0 : (double) plotHeight() * value / max);
    }

    static long niceMax(long max) {
        return Math.max(4, (max + 3) / 4 * 4);
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
