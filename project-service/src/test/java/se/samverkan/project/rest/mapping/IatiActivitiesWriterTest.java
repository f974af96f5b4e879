package se.samverkan.project.rest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkan.devtools.OpenDataSchemas;
import se.samverkan.platform.opendata.OpenDataConfig;
import se.samverkan.project.client.TransactionView;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ProjectStatus;
import se.samverkan.project.repository.ExportRepository.OrganisationRow;
import se.samverkan.project.repository.ExportRepository.ProjectRow;
import se.samverkan.project.service.OpenDataService.Activity;
import se.samverkan.project.service.OpenDataService.ActivityPage;
import se.samverkan.project.service.OpenDataService.Party;
import se.samverkan.project.service.OpenDataService.Place;

/**
 * The IATI document the export writes validates against the IATI 2.03 schema (with xml:lang and every included file)
 * for a generated data set of every status, organisation type, role and transaction kind, written over several pages;
 * and the validator does fail a document that breaks the schema.
 */
class IatiActivitiesWriterTest {

    private static final OpenDataConfig CONFIG = () -> "360G-test";
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aGeneratedDataSetWrittenOverSeveralPagesIsValidIati() throws IOException {
        List<ActivityPage> pages = generated(3, 150, new Random(15));
        byte[] xml = write(pages);
        assertEquals(List.of(), OpenDataSchemas.iatiErrors(xml));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertEquals(450, count(text, "<iati-activity "));
        assertTrue(text.contains("version=\"2.03\""));
        assertTrue(text.contains("generated-datetime=\"2026-11-30T08:00:00Z\""));
        for (ProjectStatus status : ProjectStatus.values()) {
            assertTrue(text.contains("<activity-status code=\"" + IatiCodes.activityStatus(status) + "\""),
                    status.name());
        }
    }

    @Test
    void anOwnerWithAnOrganisationNumberNamesTheActivityByItsOrgId() throws IOException {
        OrganisationRow owner = new OrganisationRow(UUID.randomUUID(), OrganisationType.NATIONAL_ORGANISATION,
                "Riksorganisationen Hela Sverige ska leva", "8024009881", null, null);
        ProjectRow project = new ProjectRow(UUID.randomUUID(), "SIS-2017", "Service i samverkan", null,
                owner.id(), LocalDate.of(2017, 9, 1), LocalDate.of(2020, 11, 30), ProjectStatus.CLOSED,
                new BigDecimal("16095000.00"), NOW);
        Activity activity = new Activity(project, owner, List.of(new Party(owner, List.of(ParticipantRole.PROJECT_OWNER))),
                List.of(), List.of(), List.of(), Map.of(owner.id(), owner));
        String text = new String(write(List.of(new ActivityPage(List.of(activity), null))), StandardCharsets.UTF_8);
        assertTrue(text.contains("<iati-identifier>SE-ON-8024009881-SIS-2017</iati-identifier>"), text);
        assertTrue(text.contains("<reporting-org ref=\"SE-ON-8024009881\" type=\"22\">"), text);
        assertTrue(text.contains("<activity-date type=\"4\" iso-date=\"2020-11-30\""), text);
        // the yearly budgets add up to the total, to the öre
        Matcher budgets = Pattern.compile("<budget [^>]*>.*?<value [^>]*>([0-9.]+)</value></budget>").matcher(text);
        BigDecimal sum = BigDecimal.ZERO;
        int years = 0;
        while (budgets.find()) {
            sum = sum.add(new BigDecimal(budgets.group(1)));
            years++;
        }
        assertEquals(4, years);
        assertEquals(new BigDecimal("16095000.00"), sum);
    }

    @Test
    void theValidatorFailsADocumentThatBreaksTheSchema() throws IOException {
        String valid = new String(write(generated(1, 3, new Random(1))), StandardCharsets.UTF_8);
        assertEquals(List.of(), OpenDataSchemas.iatiErrors(valid.getBytes(StandardCharsets.UTF_8)));
        String withoutStatus = valid.replaceAll("<activity-status code=\"[0-9]\"/>", "");
        assertFalse(OpenDataSchemas.iatiErrors(withoutStatus.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String badDate = valid.replaceFirst("iso-date=\"([0-9-]+)\"", "iso-date=\"2017-13-01\"");
        assertFalse(OpenDataSchemas.iatiErrors(badDate.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    private static byte[] write(List<ActivityPage> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<UUID, ActivityPage> byCursor = new HashMap<>();
        for (int i = 1; i < pages.size(); i++) {
            byCursor.put(pages.get(i - 1).next(), pages.get(i));
        }
        new IatiActivitiesWriter(CONFIG, NOW, TODAY).write(out, pages.get(0), byCursor::get);
        return out.toByteArray();
    }

    /** Pages of projects with every status, organisation type and role, with and without organisation numbers. */
    static List<ActivityPage> generated(int pageCount, int perPage, Random random) {
        OrganisationType[] types = OrganisationType.values();
        ProjectStatus[] statuses = ProjectStatus.values();
        ParticipantRole[] roles = ParticipantRole.values();
        List<ActivityPage> pages = new ArrayList<>();
        int n = 0;
        for (int p = 0; p < pageCount; p++) {
            List<Activity> activities = new ArrayList<>();
            for (int i = 0; i < perPage; i++, n++) {
                Map<UUID, OrganisationRow> organisations = new HashMap<>();
                OrganisationRow owner = organisation(types[n % types.length], n, random);
                organisations.put(owner.id(), owner);
                List<Party> parties = new ArrayList<>();
                List<Place> municipalities = new ArrayList<>();
                List<Place> counties = new ArrayList<>();
                for (int k = 0; k < random.nextInt(6); k++) {
                    OrganisationRow participant = organisation(types[random.nextInt(types.length)], n * 10 + k, random);
                    organisations.put(participant.id(), participant);
                    parties.add(new Party(participant, List.of(roles[random.nextInt(roles.length)])));
                    if (participant.type() == OrganisationType.MUNICIPALITY) {
                        municipalities.add(new Place(participant.municipalityCode(), participant.name()));
                    } else if (participant.countyCode() != null) {
                        counties.add(new Place(participant.countyCode(), participant.name() + " län"));
                    }
                }
                LocalDate start = LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
                ProjectRow project = new ProjectRow(UUID.randomUUID(), "P-" + n, "Projekt & <nummer> " + n + " i Åre",
                        n % 7 == 0 ? null : "Beskrivning med å, ä och ö", owner.id(), start,
                        start.plusDays(30 + random.nextInt(1500)), statuses[n % statuses.length],
                        n % 5 == 0 ? null : new BigDecimal(random.nextInt(10_000_000)).movePointLeft(2), NOW);
                List<TransactionView> transactions = new ArrayList<>();
                OrganisationRow funder = organisation(types[random.nextInt(types.length)], n * 10 + 9, random);
                organisations.put(funder.id(), funder);
                for (int k = 0; k < random.nextInt(4); k++) {
                    UUID source = UUID.randomUUID();
                    boolean grant = random.nextBoolean();
                    transactions.add(new TransactionView(project.id(), TransactionView.Type.COMMITMENT,
                            grant ? TransactionView.Source.GRANT : TransactionView.Source.CO_FUNDING, source,
                            funder.id(), random.nextBoolean() ? "CASH" : "IN_KIND", grant ? null : start.getYear() + k,
                            start, new BigDecimal("40000.00")));
                    transactions.add(new TransactionView(project.id(), TransactionView.Type.DISBURSEMENT,
                            grant ? TransactionView.Source.GRANT : TransactionView.Source.CO_FUNDING, source,
                            funder.id(), "CASH", start.getYear() + k, start.plusMonths(3), new BigDecimal("12345.67")));
                }
                activities.add(new Activity(project, owner, parties, municipalities, counties, transactions,
                        organisations));
            }
            UUID next = p == pageCount - 1 ? null : UUID.randomUUID();
            pages.add(new ActivityPage(activities, next));
        }
        return pages;
    }

    private static OrganisationRow organisation(OrganisationType type, int n, Random random) {
        String number = random.nextBoolean() ? "2120000" + String.format("%03d", n % 1000) : null;
        if (number != null) {
            number = number.substring(0, 9) + luhn(number.substring(0, 9));
        }
        return new OrganisationRow(UUID.randomUUID(), type, type.name().toLowerCase() + " " + n, number,
                type == OrganisationType.MUNICIPALITY ? String.format("%04d", 100 + n % 9000) : null,
                type.level() == OrganisationType.Level.REGIONAL ? String.format("%02d", 1 + n % 25) : null);
    }

    private static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nine.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }
}
