package se.samverkan.platform.events;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: a service records each event in the transaction of the write that caused it, so an
 * event exists exactly when its write committed. Delivery happens later and elsewhere (the feed, the
 * {@link DeliveryWorker}, or Debezium), never inside the write.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventsConfig config;
    private final EventCatalog catalog;

    public Outbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config, EventCatalog catalog) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.catalog = catalog;
    }

    /**
     * Records {@code se.samverkan.<aggregateType>.<action>} about one resource. Must run inside the write's
     * transaction (a call outside one fails): that is what makes the event and the write one.
     *
     * @param subject the resource's path, e.g. {@code /co-funding/<id>}
     * @param data    the resource's ids and the fields of the change (no personal data, no free text)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String aggregateType, UUID aggregateId, String action, String subject,
            Map<String, ?> data) {
        String type = EventCatalog.type(aggregateType, action);
        if (!catalog.types().contains(type)) {
            throw new IllegalStateException("Event type " + type + " is not in this service's catalogue "
                    + catalog.types());
        }
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), config.source(), type, subject,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), CloudEvent.JSON, data);
        em.createNativeQuery("""
                insert into event_outbox (id, aggregatetype, aggregateid, type, payload, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as json), ?6)""")
                .setParameter(1, event.id())
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId.toString())
                .setParameter(4, type)
                .setParameter(5, json(event))
                .setParameter(6, event.time())
                .executeUpdate();
        return event;
    }

    private String json(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write event " + event.type(), e);
        }
    }
}
