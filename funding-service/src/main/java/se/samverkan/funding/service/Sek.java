package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in problem details, written the way a Swedish reader expects: {@code 40 000.00 SEK}. */
public final class Sek {

    private Sek() {
    }

    public static String of(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setParseBigDecimal(true);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " SEK";
    }
}
