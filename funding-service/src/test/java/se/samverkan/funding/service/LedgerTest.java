package se.samverkan.funding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.Financing;
import se.samverkan.funding.domain.Financing.ComplianceCheck;
import se.samverkan.funding.domain.Financing.Rule;
import se.samverkan.funding.repository.LedgerRepository.CoFundingRow;
import se.samverkan.funding.repository.LedgerRepository.GrantRow;

class LedgerTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID LJUNGBY = UUID.randomUUID();
    private static final UUID REGION = UUID.randomUUID();

    private static BigDecimal sek(String amount) {
        return new BigDecimal(amount);
    }

    private static GrantRow grant(String granted) {
        return new GrantRow(UUID.randomUUID(), "Utveckling av lokala servicelösningar", UUID.randomUUID(),
                sek(granted), sek(granted), sek("0.00"), sek("0.8000"), sek("0.2000"), sek("100000.00"),
                sek("15000000.00"));
    }

    private static CoFundingRow row(UUID funder, int year, CoFundingKind kind, String proposed, String approved,
            String disbursed) {
        return new CoFundingRow(funder, year, kind, sek(proposed), sek(approved), sek(disbursed));
    }

    private static ComplianceCheck find(Financing financing, Rule rule) {
        return financing.compliance().stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void keepsCashAndInKindApartPerFunderAndAddsThemUp() {
        Financing financing = Ledger.of(PROJECT, List.of(
                row(LJUNGBY, 2017, CoFundingKind.CASH, "0.00", "40000.00", "40000.00"),
                row(LJUNGBY, 2018, CoFundingKind.CASH, "0.00", "40000.00", "0.00"),
                row(LJUNGBY, 2018, CoFundingKind.IN_KIND, "10000.00", "0.00", "0.00"),
                row(REGION, 2018, CoFundingKind.IN_KIND, "0.00", "25000.00", "5000.00")), List.of());

        assertEquals(2, financing.funders().size());
        Financing.FunderLedger ljungby = financing.funders().get(0);
        assertEquals(sek("80000.00"), ljungby.cash().approved());
        assertEquals(sek("40000.00"), ljungby.cash().remaining());
        assertEquals(sek("10000.00"), ljungby.inKind().proposed());
        assertEquals(sek("0.00"), ljungby.inKind().approved());
        assertEquals(sek("25000.00"), financing.totals().inKind().approved());
        assertEquals(sek("20000.00"), financing.totals().inKind().remaining());
        assertEquals(sek("105000.00"), financing.totals().approvedFinancing());
        assertEquals(sek("45000.00"), financing.totals().disbursed());
        assertEquals(sek("1.0000"), financing.coFundingRate());
        assertTrue(financing.compliance().isEmpty());
    }

    @Test
    void aGrantAboveTheMaximumRateFailsByTheAmountAboveIt() {
        // 900 000 granted + 100 000 co-funding: the grant may be at most 80 % of 1 000 000
        Financing financing = Ledger.of(PROJECT,
                List.of(row(LJUNGBY, 2017, CoFundingKind.CASH, "0.00", "100000.00", "0.00")),
                List.of(grant("900000.00")));

        ComplianceCheck rate = find(financing, Rule.MAX_GRANT_RATE);
        assertFalse(rate.compliant());
        assertEquals(sek("0.9000"), rate.actual());
        assertEquals(sek("100000.00"), rate.gapAmount());
        ComplianceCheck coFunding = find(financing, Rule.MIN_CO_FUNDING_RATE);
        assertFalse(coFunding.compliant());
        assertEquals(sek("100000.00"), coFunding.gapAmount());
        assertTrue(find(financing, Rule.MIN_AMOUNT).compliant());
        assertTrue(find(financing, Rule.MAX_AMOUNT).compliant());
    }

    @Test
    void exactlyAtTheLimitsIsCompliant() {
        Financing financing = Ledger.of(PROJECT,
                List.of(row(LJUNGBY, 2017, CoFundingKind.IN_KIND, "0.00", "20000.00", "0.00")),
                List.of(grant("80000.00")));

        ComplianceCheck rate = find(financing, Rule.MAX_GRANT_RATE);
        assertTrue(rate.compliant());
        assertEquals(sek("0.00"), rate.gapAmount());
        assertTrue(find(financing, Rule.MIN_CO_FUNDING_RATE).compliant());
        ComplianceCheck minimum = find(financing, Rule.MIN_AMOUNT);
        assertFalse(minimum.compliant());
        assertEquals(sek("20000.00"), minimum.gapAmount());
    }

    @Test
    void noApprovedMoneyMeansNoRate() {
        Financing financing = Ledger.of(PROJECT,
                List.of(row(LJUNGBY, 2017, CoFundingKind.CASH, "40000.00", "0.00", "0.00")), List.of());
        assertNull(financing.coFundingRate());
        assertEquals(sek("40000.00"), financing.totals().cash().proposed());
    }

    @Test
    void writesAmountsTheSwedishWay() {
        assertEquals("120 000.00 SEK", Sek.of(sek("120000")));
        assertEquals("0.50 SEK", Sek.of(sek("0.5")));
    }
}
