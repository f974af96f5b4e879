package se.samverkan.platform.events;

import java.util.Set;

/**
 * The event types a service emits, e.g. {@code se.samverkan.co-funding.approved}. Each service has one such bean:
 * the outbox refuses to write another type, and a subscription may only name these.
 */
public interface EventCatalog {

    String TYPE_PREFIX = "se.samverkan.";

    Set<String> types();

    /** {@code se.samverkan.<aggregate>.<action>}, e.g. {@code se.samverkan.co-funding.approved}. */
    static String type(String aggregateType, String action) {
        return TYPE_PREFIX + aggregateType + "." + action;
    }
}
