package se.samverkan.project.rest.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samverkan.platform.opendata.OpenDataConfig;
import se.samverkan.project.client.TransactionView;
import se.samverkan.project.domain.OrganisationNumber;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.repository.ExportRepository.OrganisationRow;
import se.samverkan.project.repository.ExportRepository.ProjectRow;
import se.samverkan.project.service.OpenDataService.Activity;
import se.samverkan.project.service.OpenDataService.ActivityPage;
import se.samverkan.project.service.OpenDataService.Party;
import se.samverkan.project.service.OpenDataService.Place;

/**
 * Writes an IATI 2.03 {@code iati-activities} document with StAX, one page of projects at a time: what has been
 * written is flushed to the client before the next page is read, so the document is never held in memory.
 * The codes come from {@link IatiCodes}.
 */
public final class IatiActivitiesWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String SV = "sv";

    private final OpenDataConfig config;
    private final Instant generated;
    private final LocalDate today;

    public IatiActivitiesWriter(OpenDataConfig config, Instant generated, LocalDate today) {
        this.config = config;
        this.generated = generated;
        this.today = today;
    }

    /** Writes the first page, then each next page that {@code nextPage} reads after the last, until there is none. */
    public void write(OutputStream out, ActivityPage first, Function<UUID, ActivityPage> nextPage) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
            ActivityPage page = first;
            while (true) {
                for (Activity activity : page.activities()) {
                    xml.writeCharacters("\n");
                    activity(xml, activity);
                }
                xml.flush();
                out.flush();
                if (page.next() == null) {
                    break;
                }
                page = nextPage.apply(page.next());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the IATI document could not be written", e);
        }
    }

    private void activity(XMLStreamWriter xml, Activity activity) throws XMLStreamException {
        ProjectRow project = activity.project();
        OrganisationRow owner = activity.owner();
        String reportingRef = orgId(owner);
        xml.writeStartElement("iati-activity");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", SV);
        xml.writeAttribute("default-currency", IatiCodes.CURRENCY);
        xml.writeAttribute("last-updated-datetime", project.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());

        text(xml, "iati-identifier", reportingRef + "-" + project.code());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingRef);
        xml.writeAttribute("type", IatiCodes.organisationType(owner.type()));
        narrative(xml, owner.name());
        xml.writeEndElement();

        xml.writeStartElement("title");
        narrative(xml, project.name());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", IatiCodes.DESCRIPTION_GENERAL);
        narrative(xml, project.description() == null || project.description().isBlank() ? project.name()
                : project.description());
        xml.writeEndElement();

        participatingOrganisations(xml, activity);

        empty(xml, "activity-status", "code", IatiCodes.activityStatus(project.status()));
        activityDate(xml, IatiCodes.PLANNED_START, project.startDate());
        if (IatiCodes.started(project.status()) && !project.startDate().isAfter(today)) {
            activityDate(xml, IatiCodes.ACTUAL_START, project.startDate());
        }
        activityDate(xml, IatiCodes.PLANNED_END, project.endDate());
        if (IatiCodes.ended(project.status()) && !project.endDate().isAfter(today)) {
            activityDate(xml, IatiCodes.ACTUAL_END, project.endDate());
        }

        xml.writeStartElement("recipient-country");
        xml.writeAttribute("code", IatiCodes.SWEDEN);
        xml.writeAttribute("percentage", "100");
        xml.writeEndElement();
        for (Place municipality : activity.municipalities()) {
            location(xml, municipality, IatiCodes.FEATURE_MUNICIPALITY, "Kommunkod (SCB) ");
        }
        for (Place county : activity.counties()) {
            location(xml, county, IatiCodes.FEATURE_COUNTY, "Länskod (SCB) ");
        }

        for (YearBudget budget : budgets(project)) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", IatiCodes.BUDGET_ORIGINAL);
            xml.writeAttribute("status", IatiCodes.BUDGET_INDICATIVE);
            empty(xml, "period-start", "iso-date", budget.start().toString());
            empty(xml, "period-end", "iso-date", budget.end().toString());
            value(xml, budget.amount(), budget.start());
            xml.writeEndElement();
        }

        for (TransactionView transaction : activity.transactions()) {
            transaction(xml, activity, reportingRef, transaction);
        }
        xml.writeEndElement();
    }

    /**
     * Each participant once per IATI role its roles map to; the owner as extending; each organisation that committed
     * money as funding.
     */
    private void participatingOrganisations(XMLStreamWriter xml, Activity activity) throws XMLStreamException {
        Set<String> written = new LinkedHashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (TransactionView transaction : activity.transactions()) {
            if (transaction.type() == TransactionView.Type.COMMITMENT) {
                rows.add(new String[] {transaction.providerOrganisationId().toString(), IatiCodes.ROLE_FUNDING});
            }
        }
        rows.add(new String[] {activity.owner().id().toString(), IatiCodes.ROLE_EXTENDING});
        for (Party party : activity.participants()) {
            for (ParticipantRole role : party.roles()) {
                rows.add(new String[] {party.organisation().id().toString(), IatiCodes.organisationRole(role)});
            }
        }
        for (String[] row : rows) {
            if (!written.add(row[0] + "/" + row[1])) {
                continue;
            }
            OrganisationRow organisation = activity.organisations().get(UUID.fromString(row[0]));
            xml.writeStartElement("participating-org");
            if (organisation != null) {
                xml.writeAttribute("ref", orgId(organisation));
                xml.writeAttribute("type", IatiCodes.organisationType(organisation.type()));
            }
            xml.writeAttribute("role", row[1]);
            if (organisation != null) {
                narrative(xml, organisation.name());
            }
            xml.writeEndElement();
        }
    }

    private void transaction(XMLStreamWriter xml, Activity activity, String reportingRef, TransactionView transaction)
            throws XMLStreamException {
        OrganisationRow provider = activity.organisations().get(transaction.providerOrganisationId());
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", config.prefix() + "-" + transaction.source().name().toLowerCase().replace('_', '-')
                + "-" + transaction.sourceId() + (transaction.year() == null ? "" : "-" + transaction.year())
                + (transaction.type() == TransactionView.Type.DISBURSEMENT ? "-paid-" + transaction.date() : ""));
        empty(xml, "transaction-type", "code", IatiCodes.transactionType(transaction.type()));
        empty(xml, "transaction-date", "iso-date", transaction.date().toString());
        value(xml, transaction.amount(), transaction.date());
        xml.writeStartElement("description");
        narrative(xml, describe(transaction));
        xml.writeEndElement();
        xml.writeStartElement("provider-org");
        if (provider != null) {
            xml.writeAttribute("ref", orgId(provider));
            xml.writeAttribute("type", IatiCodes.organisationType(provider.type()));
            narrative(xml, provider.name());
        }
        xml.writeEndElement();
        xml.writeStartElement("receiver-org");
        xml.writeAttribute("ref", reportingRef);
        xml.writeAttribute("type", IatiCodes.organisationType(activity.owner().type()));
        narrative(xml, activity.owner().name());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String describe(TransactionView transaction) {
        String what = transaction.source() == TransactionView.Source.GRANT ? "Bidrag"
                : "IN_KIND".equals(transaction.kind()) ? "Medfinansiering i annat än pengar" : "Medfinansiering";
        String year = transaction.year() == null ? "" : " " + transaction.year();
        return transaction.type() == TransactionView.Type.COMMITMENT ? what + year + ", beslutat"
                : what + year + ", utbetalt";
    }

    private void location(XMLStreamWriter xml, Place place, String feature, String codeLabel)
            throws XMLStreamException {
        xml.writeStartElement("location");
        xml.writeAttribute("ref", "SCB-" + place.code());
        empty(xml, "location-reach", "code", IatiCodes.LOCATION_REACH_ACTIVITY);
        xml.writeStartElement("name");
        narrative(xml, place.name());
        xml.writeEndElement();
        xml.writeStartElement("description");
        narrative(xml, codeLabel + place.code());
        xml.writeEndElement();
        empty(xml, "exactness", "code", IatiCodes.EXACTNESS_EXACT);
        empty(xml, "location-class", "code", IatiCodes.LOCATION_CLASS_ADMINISTRATIVE);
        empty(xml, "feature-designation", "code", feature);
        xml.writeEndElement();
    }

    private record YearBudget(LocalDate start, LocalDate end, BigDecimal amount) {
    }

    /**
     * The total budget spread over the calendar years of the period in proportion to their days (indicative: the
     * record keeps one total), rounded to öre with the last year taking what rounding left, so the years add up.
     */
    static List<YearBudget> budgets(ProjectRow project) {
        if (project.totalBudget() == null) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(project.startDate(), project.endDate()) + 1;
        List<YearBudget> years = new ArrayList<>();
        BigDecimal left = project.totalBudget();
        for (int year = project.startDate().getYear(); year <= project.endDate().getYear(); year++) {
            LocalDate start = year == project.startDate().getYear() ? project.startDate() : LocalDate.of(year, 1, 1);
            LocalDate end = year == project.endDate().getYear() ? project.endDate() : LocalDate.of(year, 12, 31);
            BigDecimal amount;
            if (year == project.endDate().getYear()) {
                amount = left;
            } else {
                amount = project.totalBudget().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1))
                        .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
                left = left.subtract(amount);
            }
            years.add(new YearBudget(start, end, amount.setScale(2, RoundingMode.UNNECESSARY)));
        }
        return years;
    }

    private String orgId(OrganisationRow organisation) {
        return config.orgId(organisation.organisationNumber() == null ? null
                : new OrganisationNumber(organisation.organisationNumber()).orgId(), organisation.id());
    }

    private static void value(XMLStreamWriter xml, BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", IatiCodes.CURRENCY);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", SV);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }
}
