package se.samverkan.funding.rest.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts and rates with the scale the database keeps, so that a response right after a write equals a later
 * read. Validation has already refused more decimals, so no rounding ever happens here.
 */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal sek(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal rate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(4, RoundingMode.UNNECESSARY);
    }
}
