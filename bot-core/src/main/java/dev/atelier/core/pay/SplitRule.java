package dev.atelier.core.pay;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.task.Budget;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cohort splits a task's budget between intern and mentor: by percentages that add up to
 * 100 % ({@code intern 85% mentor 15%}), or the mentor paid hourly up to a cap with the intern
 * receiving the rest ({@code mentor 25 USD/h cap 150 USD}). Written and stored as that text.
 */
public sealed interface SplitRule {

    /** What a cohort without its own rule uses. */
    SplitRule DEFAULT = new Percentages(8500, 1500);

    String text();

    /** Percentages in basis points (hundredths of a percent): 8500 is 85 %. */
    record Percentages(int internBasisPoints, int mentorBasisPoints) implements SplitRule {

        public Percentages {
            if (internBasisPoints < 0 || mentorBasisPoints < 0) {
                throw new Rejected("A share cannot be negative.");
            }
            if (internBasisPoints + mentorBasisPoints != 10_000) {
                throw new Rejected("The split must add up to 100 %: intern " + percent(internBasisPoints)
                        + " % + mentor " + percent(mentorBasisPoints) + " % = "
                        + percent(internBasisPoints + mentorBasisPoints) + " %.");
            }
        }

        @Override
        public String text() {
            return "intern " + percent(internBasisPoints) + "% mentor " + percent(mentorBasisPoints) + "%";
        }
    }

    /** The mentor earns {@code rate} per hour logged, at most {@code cap}; the intern the rest of the budget. */
    record Hourly(Budget rate, Budget cap) implements SplitRule {

        public Hourly {
            if (!rate.currency().equals(cap.currency())) {
                throw new Rejected(
                        "The hourly rate (" + rate + ") and the cap (" + cap + ") must be in the same " + "currency.");
            }
            if (rate.minorUnits() == 0) {
                throw new Rejected(Text.builder()
                        .plain("An hourly rate of zero pays the mentor nothing; use ")
                        .code("intern 100% mentor 0%")
                        .plain(".")
                        .build());
            }
        }

        @Override
        public String text() {
            return "mentor " + rate + "/h cap " + cap;
        }
    }

    Pattern PERCENT = Pattern.compile("(intern|mentor)\\s*:?\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    Pattern HOURLY = Pattern.compile("mentor\\s*:?\\s*(.+?)\\s*(?:/\\s*h(?:our)?|per\\s+hour|hourly)\\s+cap\\s+(.+)");

    /** Reads {@code intern 85% mentor 15%} (either order; a missing side is 0 %) or {@code mentor 25 USD/h cap 150 USD}. */
    static SplitRule parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher hourly = HOURLY.matcher(t);
        if (hourly.matches()) {
            return new Hourly(
                    Budget.parse(hourly.group(1).toUpperCase(Locale.ROOT)),
                    Budget.parse(hourly.group(2).toUpperCase(Locale.ROOT)));
        }
        String rest = PERCENT.matcher(t).replaceAll("").replaceAll("\\band\\b|[,;+ ]", "");
        Matcher m = PERCENT.matcher(t);
        int intern = -1;
        int mentor = -1;
        while (m.find()) {
            int bp = new BigDecimal(m.group(2).replace(',', '.'))
                    .movePointRight(2)
                    .intValueExact();
            if (m.group(1).equals("intern")) {
                intern = intern < 0 ? bp : duplicate("intern");
            } else {
                mentor = mentor < 0 ? bp : duplicate("mentor");
            }
        }
        if ((intern < 0 && mentor < 0) || !rest.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("A split rule reads like ")
                    .code("intern 85% mentor 15%")
                    .plain(" or ")
                    .code("mentor 25 USD/h cap 150 USD")
                    .plain(", not ")
                    .user(text)
                    .plain(".")
                    .build());
        }
        return new Percentages(Math.max(intern, 0), Math.max(mentor, 0));
    }

    private static int duplicate(String who) {
        throw new Rejected("The " + who + "'s share is given twice.");
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
}
