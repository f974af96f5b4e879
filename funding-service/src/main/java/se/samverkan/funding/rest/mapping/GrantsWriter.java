package se.samverkan.funding.rest.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import se.samverkan.funding.client.ProjectSummaryView;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.service.OpenDataService.Cursor;
import se.samverkan.funding.service.OpenDataService.Grant;
import se.samverkan.funding.service.OpenDataService.GrantPage;
import se.samverkan.funding.service.OpenDataService.Source;
import se.samverkan.platform.opendata.OpenDataConfig;

/**
 * Writes a 360Giving 1.4.3 package, {@code {"grants": [...]}}, with Jackson's streaming generator, one page of grants
 * at a time: each page is flushed to the client before the next is read, so the package is never held in memory.
 */
public final class GrantsWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String CURRENCY = "SEK";

    private final OpenDataConfig config;

    public GrantsWriter(OpenDataConfig config) {
        this.config = config;
    }

    public void write(OutputStream out, GrantPage first, Function<Cursor, GrantPage> nextPage) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("grants");
            GrantPage page = first;
            while (true) {
                for (Grant grant : page.grants()) {
                    grant(json, grant);
                }
                json.flush();
                if (page.next() == null) {
                    break;
                }
                page = nextPage.apply(page.next());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void grant(JsonGenerator json, Grant grant) throws IOException {
        ProjectSummaryView project = grant.project();
        boolean coFunding = grant.source() == Source.CO_FUNDING;
        json.writeStartObject();
        json.writeStringField("id", config.prefix() + (coFunding ? "-co-funding-" : "-application-") + grant.id());
        String funderName = grant.funder() == null ? null : grant.funder().name();
        json.writeStringField("title", coFunding
                ? project.name() + ": medfinansiering" + (funderName == null ? "" : " från " + funderName)
                : project.name());
        json.writeStringField("description", description(grant));
        json.writeStringField("currency", CURRENCY);
        if (grant.amountAppliedFor() != null) {
            json.writeFieldName("amountAppliedFor");
            money(json, grant.amountAppliedFor());
        }
        json.writeFieldName("amountAwarded");
        money(json, grant.amountAwarded());
        json.writeFieldName("amountDisbursed");
        money(json, grant.amountDisbursed());
        json.writeStringField("awardDate", grant.awardDate().toString());
        if (project.startDate() != null && project.endDate() != null) {
            json.writeArrayFieldStart("plannedDates");
            json.writeStartObject();
            json.writeStringField("startDate", project.startDate().toString());
            json.writeStringField("endDate", project.endDate().toString());
            json.writeNumberField("duration", ChronoUnit.MONTHS.between(project.startDate(),
                    project.endDate().plusDays(1)));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeArrayFieldStart("recipientOrganization");
        organisation(json, config.orgId(grant.recipientOrgId(), grant.recipientOrganisationId()),
                grant.recipientName());
        json.writeEndArray();
        if (!project.municipalities().isEmpty()) {
            json.writeArrayFieldStart("beneficiaryLocation");
            for (ProjectSummaryView.Municipality municipality : project.municipalities()) {
                json.writeStartObject();
                json.writeStringField("name", municipality.name());
                json.writeStringField("countryCode", "SE");
                json.writeStringField("geoCode", municipality.municipalityCode());
                json.writeStringField("description", "Kommunkod (SCB) " + municipality.municipalityCode());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("fundingOrganization");
        organisation(json, config.orgId(grant.funder() == null ? null : grant.funder().orgId(),
                grant.funderOrganisationId()), funderName);
        json.writeEndArray();
        if (grant.callId() != null) {
            json.writeArrayFieldStart("grantProgramme");
            json.writeStartObject();
            json.writeStringField("code", grant.callReference() != null ? grant.callReference()
                    : config.prefix() + "-call-" + grant.callId());
            json.writeStringField("title", grant.callTitle());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeStringField("dateModified", grant.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeEndObject();
    }

    private static String description(Grant grant) {
        String project = grant.project().description() == null || grant.project().description().isBlank()
                ? grant.project().name() : grant.project().description();
        if (grant.source() == Source.APPLICATION) {
            return project;
        }
        String kind = grant.kind() == CoFundingKind.IN_KIND ? "Medfinansiering i annat än pengar" : "Medfinansiering";
        return kind + (grant.budgetSource() == null ? "" : " ur " + grant.budgetSource()) + " av projektet "
                + grant.project().name() + ". " + project;
    }

    /** Org-ids and names: a name project-service no longer has is published as unknown rather than left out. */
    private static void organisation(JsonGenerator json, String id, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", name == null ? "(okänd)" : name);
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, BigDecimal amount) throws IOException {
        json.writeNumber(amount.setScale(2, RoundingMode.UNNECESSARY));
    }
}
