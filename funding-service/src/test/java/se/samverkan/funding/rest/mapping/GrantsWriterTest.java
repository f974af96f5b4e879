package se.samverkan.funding.rest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.OpenDataSchemas;
import se.samverkan.funding.client.OrganisationView;
import se.samverkan.funding.client.ProjectSummaryView;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.service.OpenDataService.Cursor;
import se.samverkan.funding.service.OpenDataService.Grant;
import se.samverkan.funding.service.OpenDataService.GrantPage;
import se.samverkan.funding.service.OpenDataService.Source;
import se.samverkan.platform.opendata.OpenDataConfig;

/**
 * The 360Giving package the export writes validates, grant by grant, against the 360Giving 1.4.3 schema (draft
 * 2020-12, format asserted) for a generated set of co-funding commitments and grants written over several pages; and
 * the validator does fail a grant that breaks the schema.
 */
class GrantsWriterTest {

    private static final OpenDataConfig CONFIG = () -> "360G-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGeneratedSetOfGrantsWrittenOverSeveralPagesIsValid360Giving() throws IOException {
        byte[] body = write(generated(3, 40, new Random(15)));
        assertEquals(List.of(), OpenDataSchemas.grantPackageErrors(body));
        JsonNode grants = JSON.readTree(body).get("grants");
        assertEquals(120, grants.size());
        JsonNode first = grants.get(0);
        assertEquals("SEK", first.get("currency").asText());
        assertEquals("2017-04-11", first.get("awardDate").asText());
    }

    @Test
    void anOrganisationWithoutAnOrgIdIsNamedUnderThePublishersPrefix() throws IOException {
        List<GrantPage> pages = generated(1, 2, new Random(2));
        JsonNode grant = JSON.readTree(write(pages)).get("grants").get(0);
        Grant written = pages.get(0).grants().get(0);
        String expected = written.funder().orgId() != null ? written.funder().orgId()
                : "360G-test-org-" + written.funderOrganisationId();
        assertEquals(expected, grant.at("/fundingOrganization/0/id").asText());
        assertEquals("360G-test-" + (written.source() == Source.CO_FUNDING ? "co-funding-" : "application-")
                + written.id(), grant.get("id").asText());
    }

    @Test
    void theValidatorFailsAGrantThatBreaksTheSchema() throws IOException {
        String valid = new String(write(generated(1, 1, new Random(1))), StandardCharsets.UTF_8);
        assertEquals(List.of(), OpenDataSchemas.grantPackageErrors(valid.getBytes(StandardCharsets.UTF_8)));
        String badDate = valid.replace("\"awardDate\":\"2017-04-11\"", "\"awardDate\":\"11/04/2017\"");
        assertFalse(OpenDataSchemas.grantPackageErrors(badDate.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String noFunder = valid.replaceAll(",\"fundingOrganization\":\\[[^]]*]", "");
        assertFalse(OpenDataSchemas.grantPackageErrors(noFunder.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertFalse(OpenDataSchemas.grantPackageErrors("{\"grant\":[]}".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    private static byte[] write(List<GrantPage> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Cursor, GrantPage> byCursor = new HashMap<>();
        for (int i = 1; i < pages.size(); i++) {
            byCursor.put(pages.get(i - 1).next(), pages.get(i));
        }
        new GrantsWriter(CONFIG).write(out, pages.get(0), byCursor::get);
        return out.toByteArray();
    }

    private static List<GrantPage> generated(int pageCount, int perPage, Random random) {
        List<GrantPage> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            List<Grant> grants = new ArrayList<>();
            for (int i = 0; i < perPage; i++) {
                boolean coFunding = (p + i) % 2 == 0;
                LocalDate start = LocalDate.of(2016 + random.nextInt(6), 1 + random.nextInt(12), 1);
                List<ProjectSummaryView.Municipality> municipalities = new ArrayList<>();
                for (int k = 0; k < random.nextInt(12); k++) {
                    municipalities.add(new ProjectSummaryView.Municipality(String.format("%04d", 100 + k * 37),
                            "Kommun " + k + " (Älvdalen)"));
                }
                UUID ownerId = UUID.randomUUID();
                ProjectSummaryView project = new ProjectSummaryView(UUID.randomUUID(), "P-" + i, "Projekt \"" + i + "\"",
                        i % 3 == 0 ? null : "Beskrivning med å, ä och ö", start, start.plusMonths(6 + random.nextInt(40)),
                        new ProjectSummaryView.Owner(ownerId, "Ägare " + i, random.nextBoolean() ? "SE-ON-2120000142" : null),
                        municipalities);
                UUID funderId = UUID.randomUUID();
                OrganisationView funder = random.nextInt(5) == 0 ? null : new OrganisationView(funderId, "MUNICIPALITY",
                        "Ljungby kommun", random.nextBoolean() ? "SE-ON-2120000712" : null, "07", "Kronobergs län");
                grants.add(new Grant(coFunding ? Source.CO_FUNDING : Source.APPLICATION, UUID.randomUUID(), project,
                        funder, funderId, coFunding ? ownerId : UUID.randomUUID(), coFunding ? "Ägare " + i : "Sökande",
                        null, new BigDecimal("120000.00"), coFunding ? null : new BigDecimal("150000.50"),
                        new BigDecimal(random.nextInt(100000)).movePointLeft(2), LocalDate.of(2017, 4, 11),
                        Instant.parse("2026-11-30T08:00:00.123Z"), i % 4 == 0 ? CoFundingKind.IN_KIND : CoFundingKind.CASH,
                        coFunding ? "kommunstyrelsens medel" : null, coFunding ? null : UUID.randomUUID(),
                        coFunding ? null : "Utveckling av lokala servicelösningar",
                        coFunding || i % 2 == 0 ? null : "Landsbygdsprogrammet 2014–2020"));
            }
            Cursor next = p == pageCount - 1 ? null : new Cursor(p > 0, UUID.randomUUID());
            pages.add(new GrantPage(grants, next));
        }
        return pages;
    }
}
