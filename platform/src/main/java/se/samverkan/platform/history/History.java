package se.samverkan.platform.history;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverkan.platform.audit.Actor;
import se.samverkan.platform.audit.CurrentActor;
import se.samverkan.platform.audit.PersonalData;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

/**
 * The audit trail: every version of a resource, who made it and when, kept in the service's own
 * {@code resource_history} table. A service records a snapshot in the same transaction as the change
 * (after flushing, so the version is the new one); {@link #of} reads the versions back a page at a time,
 * with the fields each one changed.
 */
@ApplicationScoped
public class History {

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
