package se.samverkan.project.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.devtools.ConsumerContract;

/** project-service reads funding-service: what its client uses must be in funding-service's committed contract. */
class FundingApiContractTest {

    private static final Path PROVIDER = Path.of("..", "funding-service", "openapi.yaml");

    @Test
    void everyCallAndFieldTheClientUsesIsInFundingServicesContract() {
        assertEquals(List.of(), ConsumerContract.of(PROVIDER).mismatches(FundingApi.class));
    }

    @Test
    void everyCallAndFieldTheExportsClientUsesIsInFundingServicesContract() {
        assertEquals(List.of(), ConsumerContract.of(PROVIDER).mismatches(FundingExportApi.class));
    }

    @Test
    void aFieldOfAnotherTypeWouldBeCaught() {
        record Retyped(String coFundingRate, List<BigDecimal> compliance) {
        }
        List<String> problems = ConsumerContract.of(PROVIDER)
                .mismatches("GET", "/projects/{projectId}/financing", List.of(), 200, Retyped.class, false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("coFundingRate")), problems.toString());
    }
}
