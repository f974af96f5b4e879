package se.samverkan.platform.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverkan.platform.audit.Actor;
import se.samverkan.platform.audit.CurrentActor;
import se.samverkan.platform.audit.PersonalData;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;

/**
 * The audit trail: every version of a resource, who made it and when, kept in the service's own
 * {@code resource_history} table. A service records a snapshot in the same transaction as the change
 * (after flushing, so the version is the new one); {@link #of} reads the versions back a page at a time,
 * with the fields each one changed.
 */
@ApplicationScoped
public class History {

    /** The {@code asOf} parameter's description in every OpenAPI document that takes it. */
    public static final String AS_OF_DESCRIPTION = "The state the resource held at this instant (ISO-8601 with a zone), "
            + "read from its history by the time each version was recorded, not by the dates of the business. The "
            + "answer's ETag and version are that version's, Memento-Datetime says when it was recorded; before the "
            + "resource existed, or after its deletion, it is a 404.";

    /** RFC 7089's header: when the version an as-of answer shows was recorded. */
    public static final String MEMENTO_DATETIME = "Memento-Datetime";

    /** IMF-fixdate (RFC 9110 5.6.7): two-digit day, unlike {@link DateTimeFormatter#RFC_1123_DATE_TIME}. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    private static final Map<String, String> ORDER = Map.of("version", "version");

    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy", "createdAt",
            "createdBy", "createdByRole", "createdByOrg", "updatedByRole", "updatedByOrg");

    /** A recorded state's fields that name a person; only callers who may see persons read them. */
    private static final Set<String> PERSONS = Set.of("createdBy", "updatedBy", "correctedBy");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CurrentActor actor;
    private final Clock clock;

    public History(EntityManager em, ObjectMapper mapper, CurrentActor actor, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records one version; call inside the transaction that made it. An update whose version is already recorded
     * changed nothing (no new version) and adds no line.
     */
    public void record(String resourceType, UUID id, long version, HistoryEntry.Action action, Object snapshot) {
        Actor who = actor.actor();
        try {
            em.createNativeQuery("""
                    insert into resource_history (resource_type, resource_id, version, action, changed_at, changed_by,
                        state, changed_by_role, changed_by_org)
                    select ?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9
                    where ?4 <> 'UPDATED' or not exists (select 1 from resource_history
                        where resource_type = ?1 and resource_id = ?2 and version = ?3)""")
                    .setParameter(1, resourceType).setParameter(2, id).setParameter(3, version)
                    .setParameter(4, action.name())
                    .setParameter(5, clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .setParameter(6, who.subject())
                    .setParameter(7, mapper.writeValueAsString(snapshot))
                    .setParameter(8, who.role())
                    .setParameter(9, who.organisationId())
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not record the history of " + resourceType + " " + id, e);
        }
    }

    /** {@code ?page&size} of a history: no sort, a history always reads oldest first. */
    public static PageRequest pageRequest(String page, String size) {
        return PageRequest.parse(page, size, null, ORDER, "version,asc");
    }

    /**
     * One page of the recorded versions, oldest first, each with the fields that differ from the one before. Only the
     * page's rows are read, plus the version just before it to tell what its first entry changed; an empty page 0
     * means nothing was ever recorded. Who made each version is shown as {@link Actor} shows it; for a caller who may
     * not see persons, the names in the recorded states ({@code createdBy}, {@code updatedBy}, {@code correctedBy})
     * are left out as well.
     */
    public PageResponse<HistoryEntry> of(String resourceType, UUID id, PageRequest request) {
        long total = ((Number) em.createNativeQuery("""
                select count(*) from resource_history where resource_type = ?1 and resource_id = ?2""")
                .setParameter(1, resourceType).setParameter(2, id)
                .getSingleResult()).longValue();
        long offset = (long) request.page() * request.size();
        boolean withPrevious = offset > 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select version, action, changed_at, changed_by, cast(state as text), changed_by_role, changed_by_org
                from resource_history
                where resource_type = ?1 and resource_id = ?2 order by changed_at, version, id
                offset ?3 limit ?4""")
                .setParameter(1, resourceType).setParameter(2, id)
                .setParameter(3, withPrevious ? offset - 1 : 0).setParameter(4, request.size() + (withPrevious ? 1 : 0))
                .getResultList();
        boolean persons = PersonalData.callerMaySeePersons();
        List<HistoryEntry> entries = new ArrayList<>();
        JsonNode previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            JsonNode state = read((String) row[4]);
            if (!withPrevious || i > 0) {
                Actor who = new Actor((String) row[3], (String) row[5], (UUID) row[6]);
                entries.add(new HistoryEntry(((Number) row[0]).longValue(),
                        HistoryEntry.Action.valueOf((String) row[1]), toInstant(row[2]), who,
                        changedFields(previous, state), persons ? state : withoutPersons(state.deepCopy())));
            }
            previous = state;
        }
        return PageResponse.of(entries, request, total, Function.identity());
    }

    private static JsonNode withoutPersons(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (PERSONS.contains(field.getKey()) && field.getValue().isTextual()
                        && !field.getValue().asText().startsWith(Actor.SYSTEM + ":")) {
                    field.setValue(NullNode.getInstance());
                } else {
                    withoutPersons(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(History::withoutPersons);
        }
        return node;
    }

    /** {@code ?asOf}: null when absent, else an instant with a zone; anything else is a 400. */
    public static Instant asOfParameter(String value) {
        return QueryParams.instant("asOf", value);
    }

    /**
     * 200 with the resource as it was and that version as its ETag (304 when If-None-Match names it), and the time
     * the version was recorded as {@code Memento-Datetime} (RFC 7089: the answer is a memento of the resource).
     */
    public static Response answer(Request request, Object body, AsOf asOf) {
        return Response.fromResponse(ETags.okWithTag(request, body, asOf.version()))
                .header(MEMENTO_DATETIME, httpDate(asOf.recordedAt()))
                .build();
    }

    /** An instant as an HTTP date (RFC 9110), to the second, as {@code Memento-Datetime} takes it. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * The version a resource held at {@code instant} by the history's recorded time ({@code changed_at}, not a date
     * of the business): the last one recorded at or before it. {@code what} names the resource in the 404 when there
     * is none, because the resource did not exist yet, had been deleted by then, or never existed.
     */
    public AsOf asOf(String resourceType, String what, UUID id, Instant instant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select version, action, changed_at, changed_by, cast(state as text), changed_by_role, changed_by_org
                from resource_history
                where resource_type = ?1 and resource_id = ?2 and changed_at <= ?3
                order by changed_at desc, version desc, id desc limit 1""")
                .setParameter(1, resourceType).setParameter(2, id).setParameter(3, instant)
                .getResultList();
        if (rows.isEmpty()) {
            Object first = em.createNativeQuery("""
                    select min(changed_at) from resource_history where resource_type = ?1 and resource_id = ?2""")
                    .setParameter(1, resourceType).setParameter(2, id).getSingleResult();
            if (first == null) {
                throw ProblemException.notFound(what, id);
            }
            throw new ProblemException(404, "not-found", "Not found", what + " " + id + " did not exist at " + instant
                    + "; its history begins at " + toInstant(first));
        }
        Object[] row = rows.get(0);
        HistoryEntry.Action action = HistoryEntry.Action.valueOf((String) row[1]);
        Instant changedAt = toInstant(row[2]);
        if (action == HistoryEntry.Action.DELETED) {
            throw new ProblemException(404, "not-found", "Not found", what + " " + id + " had been deleted at " + instant
                    + " (deleted at " + changedAt + ")");
        }
        Object[] created = (Object[]) em.createNativeQuery("""
                select changed_at, changed_by, cast(state as text), changed_by_role, changed_by_org from resource_history
                where resource_type = ?1 and resource_id = ?2 order by changed_at, version, id limit 1""")
                .setParameter(1, resourceType).setParameter(2, id).getSingleResult();
        return new AsOf(((Number) row[0]).longValue(), changedAt,
                new Actor((String) row[3], (String) row[5], (UUID) row[6]), read((String) row[4]),
                toInstant(created[0]), new Actor((String) created[1], (String) created[3], (UUID) created[4]),
                read((String) created[2]));
    }

    /** {@link #asOf} with the state read into the resource's entity, for its mapper to show as it shows the current one. */
    public <T> Memento<T> asOf(String resourceType, String what, UUID id, Instant instant, Class<T> type) {
        AsOf asOf = asOf(resourceType, what, id, instant);
        return new Memento<>(read(asOf.state(), type), asOf);
    }

    /** A resource as it was, with the version it was. */
    public record Memento<T>(T resource, AsOf asOf) {
    }

    /** The state recorded as a version, read into {@code type} (a resource's entity), fields it no longer has ignored. */
    public <T> T read(JsonNode state, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(state);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable history state of a " + type.getSimpleName(), e);
        }
    }

    /**
     * A resource as of an instant: the version it held ({@code state}), when and by whom that version was recorded,
     * and the first version's record, for what a snapshot leaves out of a resource's creation.
     */
    public record AsOf(long version, Instant recordedAt, Actor recordedBy, JsonNode state, Instant firstRecordedAt,
            Actor firstRecordedBy, JsonNode firstState) {
    }

    private static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> changed = new TreeSet<>();
        if (before == null) {
            return List.of();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!BOOKKEEPING.contains(field.getKey()) && !field.getValue().equals(before.get(field.getKey()))) {
                changed.add(field.getKey());
            }
        }
        for (Iterator<String> it = before.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!BOOKKEEPING.contains(name) && !after.has(name)) {
                changed.add(name);
            }
        }
        return List.copyOf(changed);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history row", e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
