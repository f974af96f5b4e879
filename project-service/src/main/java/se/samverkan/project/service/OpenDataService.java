package se.samverkan.project.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import se.samverkan.project.client.FundingDirectory;
import se.samverkan.project.client.TransactionView;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.repository.ExportRepository;
import se.samverkan.project.repository.ExportRepository.Filter;
import se.samverkan.project.repository.ExportRepository.OrganisationRow;
import se.samverkan.project.repository.ExportRepository.ParticipantRow;
import se.samverkan.project.repository.ExportRepository.ProjectRow;

/**
 * What the open-data exports publish of the projects, a page at a time: each page's rows are read in one short
 * transaction, and its money is read from funding-service after that transaction has ended, so no database connection
 * waits on the other service and no more than a page is ever held in memory.
 */
@ApplicationScoped
public class OpenDataService {

    /** Projects per page; also at most what funding-service takes in one read of transactions. */
    public static final int PAGE_SIZE = FundingDirectory.TRANSACTIONS_BATCH;

    /** An organisation taking part, with its roles (empty for a funder that is no participant). */
    public record Party(OrganisationRow organisation, List<ParticipantRole> roles) {
    }

    /** A municipality or a county by its SCB code. */
    public record Place(String code, String name) {
    }

    /** One project with everything its IATI activity shows. */
    public record Activity(ProjectRow project, OrganisationRow owner, List<Party> participants,
            List<Place> municipalities, List<Place> counties, List<TransactionView> transactions,
            Map<UUID, OrganisationRow> organisations) {
    }

    /** A page of activities and the id to read the next page after; {@code next} is null after the last page. */
    public record ActivityPage(List<Activity> activities, UUID next) {
    }

    /** A project as funding-service's 360Giving export shows it: its period, owner and municipalities. */
    public record Summary(ProjectRow project, OrganisationRow owner, List<Place> municipalities) {
    }

    private record Rows(List<ProjectRow> projects, List<ParticipantRow> participants,
            Map<UUID, OrganisationRow> organisations, Map<String, String> countyNames) {
    }

    private final ExportRepository repository;
    private final FundingDirectory funding;

    public OpenDataService(ExportRepository repository, FundingDirectory funding) {
        this.repository = repository;
        this.funding = funding;
    }

    public boolean projectExists(UUID projectId) {
        return QuarkusTransaction.requiringNew().call(
                () -> !repository.projects(new Filter(projectId, null), null, 1).isEmpty());
    }

    /**
     * The page of activities after {@code after} (null: the first page). Throws a 503 when funding-service cannot
     * give the page's transactions: an export without its money would mislead.
     */
    public ActivityPage activities(Filter filter, UUID after) {
        Rows rows = QuarkusTransaction.requiringNew().call(() -> read(filter, after));
        if (rows.projects().isEmpty()) {
            return new ActivityPage(List.of(), null);
        }
        List<UUID> ids = rows.projects().stream().map(ProjectRow::id).toList();
        List<TransactionView> transactions = funding.transactions(ids);
        Set<UUID> providers = transactions.stream().map(TransactionView::providerOrganisationId)
                .filter(id -> !rows.organisations().containsKey(id)).collect(Collectors.toSet());
        Map<UUID, OrganisationRow> organisations = new java.util.HashMap<>(rows.organisations());
        if (!providers.isEmpty()) {
            organisations.putAll(QuarkusTransaction.requiringNew().call(() -> repository.organisations(providers)));
        }
        Map<UUID, List<ParticipantRow>> participants = rows.participants().stream()
                .collect(Collectors.groupingBy(ParticipantRow::projectId));
        Map<UUID, List<TransactionView>> money = transactions.stream()
                .collect(Collectors.groupingBy(TransactionView::projectId));
        List<Activity> activities = new ArrayList<>();
        for (ProjectRow project : rows.projects()) {
            List<ParticipantRow> taking = participants.getOrDefault(project.id(), List.of()).stream()
                    .filter(p -> p.status().participating()).toList();
            List<Party> parties = taking.stream()
                    .map(p -> new Party(organisations.get(p.organisationId()), p.roles())).toList();
            activities.add(new Activity(project, organisations.get(project.ownerOrganisationId()), parties,
                    municipalities(parties), counties(parties, rows.countyNames()),
                    money.getOrDefault(project.id(), List.of()), organisations));
        }
        UUID next = rows.projects().size() < PAGE_SIZE ? null : ids.get(ids.size() - 1);
        return new ActivityPage(activities, next);
    }

    /** The projects with these ids (unknown ids are left out), with their owners and participating municipalities. */
    public List<Summary> summaries(List<UUID> ids) {
        Rows rows = QuarkusTransaction.requiringNew().call(() -> {
            List<ProjectRow> projects = repository.projects(ids);
            return withParticipants(projects, Map.of());
        });
        Map<UUID, List<ParticipantRow>> participants = rows.participants().stream()
                .collect(Collectors.groupingBy(ParticipantRow::projectId));
        return rows.projects().stream().map(project -> new Summary(project,
                rows.organisations().get(project.ownerOrganisationId()),
                municipalities(participants.getOrDefault(project.id(), List.of()).stream()
                        .filter(p -> p.status().participating())
                        .map(p -> new Party(rows.organisations().get(p.organisationId()), p.roles())).toList())))
                .toList();
    }

    private Rows read(Filter filter, java.util.UUID after) {
        return withParticipants(repository.projects(filter, after, PAGE_SIZE), repository.countyNames());
    }

    private Rows withParticipants(List<ProjectRow> projects, Map<String, String> countyNames) {
        if (projects.isEmpty()) {
            return new Rows(projects, List.of(), Map.of(), countyNames);
        }
        List<ParticipantRow> participants = repository.participants(projects.stream().map(ProjectRow::id).toList());
        Set<UUID> organisationIds = new HashSet<>();
        projects.forEach(p -> organisationIds.add(p.ownerOrganisationId()));
        participants.forEach(p -> organisationIds.add(p.organisationId()));
        return new Rows(projects, participants, repository.organisations(organisationIds), countyNames);
    }

    private static List<Place> municipalities(List<Party> parties) {
        Map<String, Place> places = new TreeMap<>();
        for (Party party : parties) {
            OrganisationRow organisation = party.organisation();
            if (organisation.type() == OrganisationType.MUNICIPALITY && organisation.municipalityCode() != null) {
                places.putIfAbsent(organisation.municipalityCode(),
                        new Place(organisation.municipalityCode(), organisation.name()));
            }
        }
        return List.copyOf(places.values());
    }

    /** The counties of the regional participants (regions and county administrative boards), by SCB code. */
    private static List<Place> counties(List<Party> parties, Map<String, String> countyNames) {
        Map<String, Place> places = new LinkedHashMap<>();
        parties.stream().map(Party::organisation)
                .filter(o -> o.type().level() == OrganisationType.Level.REGIONAL && o.countyCode() != null)
                .sorted(Comparator.comparing(OrganisationRow::countyCode))
                .forEach(o -> places.putIfAbsent(o.countyCode(),
                        new Place(o.countyCode(), countyNames.getOrDefault(o.countyCode(), o.name()))));
        return List.copyOf(places.values());
    }
}
