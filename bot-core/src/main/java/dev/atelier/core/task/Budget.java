package dev.atelier.core.task;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A task's budget in integer minor units of a currency (cents for USD), so sums stay exact. */
public record Budget(long minorUnits, String currency) {

    private static final Pattern FORM =
            Pattern.compile("(?:([A-Za-z]{3})\\s*)?([$€£])?\\s*(\\d{1,9}(?:[.,]\\d{1,2})?)\\s*([A-Za-z]{3})?");

    public Budget {
        if (minorUnits < 0) {
            throw new Rejected("A budget cannot be negative.");
        }
    }

    /** Reads {@code 250}, {@code 250.50 EUR}, {@code EUR 250}, {@code $250}; USD when no currency is given. */
    public static Budget parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new Rejected(Text.builder()
                    .plain("A budget is an amount with an optional currency, such as ")
                    .code("250 USD")
                    .plain(" or ")
                    .code("€120.50")
                    .plain(", not ")
                    .user(text)
                    .plain(".")
                    .build());
        }
        String code = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : symbol(m.group(2));
        Currency currency;
        try {
            currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected(Text.builder()
                    .user(code)
                    .plain(" is not a currency code such as USD or EUR.")
                    .build());
        }
        BigDecimal amount = new BigDecimal(m.group(3).replace(',', '.'));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() > digits) {
            throw new Rejected(currency.getCurrencyCode() + " amounts have at most " + digits + " decimals.");
        }
        return new Budget(amount.movePointRight(digits).longValueExact(), currency.getCurrencyCode());
    }

    private static String symbol(String symbol) {
        if (symbol == null) {
            return "USD";
        }
        return switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
        };
    }

    @Override
    public String toString() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency;
    }
}
