package se.samverkan.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.samverkan.platform.json.RawJson;

/**
 * Reads the outbox as a feed that a client can follow with a cursor and never miss or repeat an event.
 * <p>
 * A sequence number alone is not enough: a transaction that took number 5 can commit after the one that took 6,
 * and a reader that already passed 6 would skip 5 for ever. So each event keeps its transaction's id, and the feed
 * shows only events of transactions older than every transaction still running
 * ({@code pg_snapshot_xmin(pg_current_snapshot())}), ordered by (transaction id, sequence number). No event can
 * appear later before a position already shown: an event of a transaction still open is held back, together with
 * everything after it, until that transaction ends. The price is that a long transaction delays the feed (never
 * loses from it).
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** One event as stored: its position, id, type and the CloudEvent's JSON text. */
    public record Entry(FeedPosition position, UUID id, String type, String payload) {
    }

    private final EntityManager em;

    public EventFeed(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} events after the position, in feed order. */
    public List<Entry> after(FeedPosition position, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select xid, seq, id, type, cast(payload as text) from event_outbox
                where xid < cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)
                  and (xid, seq) > (?1, ?2)
                order by xid, seq
                limit ?3""")
                .setParameter(1, position.xid()).setParameter(2, position.seq()).setParameter(3, limit)
                .getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Entry(new FeedPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                    (UUID) row[2], (String) row[3], (String) row[4]));
        }
        return entries;
    }

    /** The position after the last event the feed shows now (where a new subscription starts). */
    public FeedPosition head() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select xid, seq from event_outbox
                where xid < cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)
                order by xid desc, seq desc
                limit 1""").getResultList();
        return rows.isEmpty() ? FeedPosition.START
                : new FeedPosition(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
    }

    /** A page for the {@code /events} resource. */
    public EventPage page(FeedPosition after, int limit) {
        List<Entry> entries = after(after, limit);
        List<RawJson> events = entries.stream().map(entry -> new RawJson(entry.payload())).toList();
        FeedPosition next = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
        return new EventPage(events, next.cursor());
    }
}
