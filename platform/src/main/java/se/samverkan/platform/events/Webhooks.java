package se.samverkan.platform.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/** The rules of webhook subscriptions: an allowed receiver, known event types, a secret of its own. */
@ApplicationScoped
public class Webhooks {

    private final EntityManager em;
    private final ReceiverAddresses addresses;
    private final EventCatalog catalog;
    private final EventFeed feed;

    public Webhooks(EntityManager em, ReceiverAddresses addresses, EventCatalog catalog, EventFeed feed) {
        this.em = em;
        this.addresses = addresses;
        this.catalog = catalog;
        this.feed = feed;
    }

    /**
     * A new subscription with a new signing secret. It receives the events committed from about now on: its place in
     * the feed starts at the feed's current end.
     */
    @Transactional
    public WebhookSubscription subscribe(String url, List<String> eventTypes, String description) {
        checkTypes(eventTypes == null ? List.of() : eventTypes);
        URI receiver = addresses.requireAllowed(url);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.url = receiver.toString();
        subscription.description = description == null || description.isBlank() ? null : description.strip();
        subscription.secret = WebhookSignature.newSecret();
        if (eventTypes != null) {
            subscription.eventTypes.addAll(eventTypes);
        }
        em.persist(subscription);
        em.flush();
        FeedPosition head = feed.head();
        em.createNativeQuery("update webhook_subscription set feed_xid = ?2, feed_seq = ?3 where id = ?1")
                .setParameter(1, subscription.id).setParameter(2, head.xid()).setParameter(3, head.seq())
                .executeUpdate();
        return subscription;
    }

    public WebhookSubscription get(UUID id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return subscription;
    }

    public <T> PageResponse<T> list(PageRequest page, Function<WebhookSubscription, T> mapper) {
        TypedQuery<WebhookSubscription> query = em.createQuery(
                "from WebhookSubscription s order by s.createdAt desc, s.id", WebhookSubscription.class);
        long total = em.createQuery("select count(s) from WebhookSubscription s", Long.class).getSingleResult();
        return PageResponse.of(page(query, page), page, total, mapper);
    }

    /** Stops the deliveries: the subscription and its deliveries are deleted. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        WebhookSubscription subscription = get(id);
        ifMatch.check(subscription.version);
        em.remove(subscription);
        em.flush();
    }

    /** The subscription's deliveries, newest first; {@code status} null for all. */
    public <T> PageResponse<T> deliveries(UUID subscriptionId, WebhookDelivery.Status status, PageRequest page,
            Function<WebhookDelivery, T> mapper) {
        get(subscriptionId);
        String where = "where d.subscriptionId = :subscription" + (status == null ? "" : " and d.status = :status");
        TypedQuery<WebhookDelivery> query = em.createQuery("from WebhookDelivery d " + where
                + " order by d.createdAt desc, d.id", WebhookDelivery.class)
                .setParameter("subscription", subscriptionId);
        TypedQuery<Long> count = em.createQuery("select count(d) from WebhookDelivery d " + where, Long.class)
                .setParameter("subscription", subscriptionId);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        return PageResponse.of(page(query, page), page, count.getSingleResult(), mapper);
    }

    private void checkTypes(List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!catalog.types().contains(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "not an event type of this service"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("eventTypes: unknown event type; this service emits "
                    + catalog.types().stream().sorted().toList(), errors);
        }
    }

    private static <E> List<E> page(TypedQuery<E> query, PageRequest page) {
        return query.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
    }
}
