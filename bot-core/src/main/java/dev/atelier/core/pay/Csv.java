package dev.atelier.core.pay;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted, quotes doubled,
 * lines end with CRLF. Text that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, CR at the start) is prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {}

    public static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(v.strip())) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
