package se.samverkan.platform.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts events to the webhook subscriptions, outside every write's transaction. One pass, run every
 * {@code samverkan.webhooks.poll-interval} on each replica:
 * <ol>
 * <li>each subscription's new events in the feed become deliveries (the subscription row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so one replica at a time moves its place in the feed);</li>
 * <li>due deliveries are claimed with {@code FOR UPDATE SKIP LOCKED} and leased (their next attempt moved past the
 * time an attempt can take) in a short transaction; then they are posted, all at once, with no transaction open;
 * then each outcome is recorded. A replica that dies mid-attempt leaves the lease to run out, and another replica
 * tries again: at least once, never two replicas at the same attempt.</li>
 * </ol>
 * A receiver that fails is logged when it starts failing and when it answers again, not per attempt.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int FAN_OUT_BATCH = 500;
    private static final int MAX_ERROR_LENGTH = 500;

    /** What one pass did. */
    public record Pass(int deliveriesCreated, int attempted, int delivered) {
    }

    private record Attempt(UUID deliveryId, int number, UUID subscriptionId, URI url, String secret, UUID eventId,
            String body, Instant createdAt) {
    }

    private record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final EntityManager em;
    private final EventFeed feed;
    private final ReceiverAddresses addresses;
    private final WebhooksConfig config;
    private final Clock clock;
    private final Backoff backoff;
    private final HttpClient http;
    private final Map<UUID, Boolean> receiverFailing = new ConcurrentHashMap<>();
    private volatile boolean passFailing;

    public DeliveryWorker(EntityManager em, EventFeed feed, ReceiverAddresses addresses, WebhooksConfig config,
            Clock clock) {
        this.em = em;
        this.feed = feed;
        this.addresses = addresses;
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.firstRetryAfter(), config.maxRetryInterval());
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(identity = "webhook-delivery", every = "${samverkan.webhooks.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            runOnce();
            if (passFailing) {
                passFailing = false;
                LOG.info("Webhook delivery works again");
            }
        } catch (RuntimeException e) {
            if (!passFailing) {
                passFailing = true;
                LOG.warnf("Webhook delivery cannot run (%s); it tries again every pass", e.toString());
            } else {
                LOG.debugf("Webhook delivery still cannot run: %s", e.toString());
            }
        }
    }

    /** One pass: new events become deliveries, then due deliveries are attempted. Tests call it directly. */
    public Pass runOnce() {
        int created = fanOut();
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() -> claim(clock.instant()));
        int delivered = deliver(attempts);
        return new Pass(created, attempts.size(), delivered);
    }

    private int fanOut() {
        List<UUID> subscriptions = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select id from webhook_subscription order by created_at")
                .getResultList().stream().map(UUID.class::cast).toList());
        int created = 0;
        for (UUID subscription : subscriptions) {
            created += QuarkusTransaction.requiringNew().call(() -> fanOut(subscription));
        }
        return created;
    }

    /** Turns the subscription's next events into deliveries and moves its place in the feed past them. */
    private int fanOut(UUID subscriptionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery(
                "select feed_xid, feed_seq from webhook_subscription where id = ?1 for update skip locked")
                .setParameter(1, subscriptionId).getResultList();
        if (claimed.isEmpty()) {
            return 0; // deleted meanwhile, or another replica is at it
        }
        FeedPosition position = new FeedPosition(((Number) claimed.get(0)[0]).longValue(),
                ((Number) claimed.get(0)[1]).longValue());
        List<EventFeed.Entry> events = feed.after(position, FAN_OUT_BATCH);
        if (events.isEmpty()) {
            return 0;
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        Instant now = clock.instant();
        int created = 0;
        for (EventFeed.Entry event : events) {
            if (subscription.wants(event.type())) {
                created += em.createNativeQuery("""
                        insert into webhook_delivery
                            (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5)
                        on conflict (subscription_id, event_id) do nothing""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, subscriptionId)
                        .setParameter(3, event.id()).setParameter(4, event.type()).setParameter(5, now)
                        .executeUpdate();
            }
        }
        FeedPosition last = events.get(events.size() - 1).position();
        em.createNativeQuery("update webhook_subscription set feed_xid = ?2, feed_seq = ?3 where id = ?1")
                .setParameter(1, subscriptionId).setParameter(2, last.xid()).setParameter(3, last.seq())
                .executeUpdate();
        return created;
    }

    /** Claims and leases the due deliveries no other replica holds. */
    private List<Attempt> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.attempts, d.subscription_id, s.url, s.secret, d.event_id, cast(e.payload as text),
                       d.created_at
                from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id
                join event_outbox e on e.id = d.event_id
                where d.status = 'PENDING' and d.next_attempt_at <= ?1
                order by d.next_attempt_at
                limit ?2
                for update of d skip locked""")
                .setParameter(1, now).setParameter(2, config.batchSize())
                .getResultList();
        Instant leaseEnds = now.plus(config.connectTimeout()).plus(config.requestTimeout()).plusSeconds(30);
        List<Attempt> attempts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Attempt attempt = new Attempt((UUID) row[0], ((Number) row[1]).intValue() + 1, (UUID) row[2],
                    URI.create((String) row[3]), (String) row[4], (UUID) row[5], (String) row[6], instant(row[7]));
            em.createNativeQuery("""
                    update webhook_delivery set attempts = ?2, last_attempt_at = ?3, next_attempt_at = ?4
                    where id = ?1""")
                    .setParameter(1, attempt.deliveryId()).setParameter(2, attempt.number())
                    .setParameter(3, now).setParameter(4, leaseEnds)
                    .executeUpdate();
            attempts.add(attempt);
        }
        return attempts;
    }

    /** Posts the claimed deliveries at once and records each outcome; returns how many were delivered. */
    private int deliver(List<Attempt> attempts) {
        Instant now = clock.instant();
        List<CompletableFuture<Outcome>> sent = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            sent.add(send(attempt, now));
        }
        int delivered = 0;
        Map<UUID, Outcome> bySubscription = new LinkedHashMap<>();
        Map<UUID, URI> receivers = new LinkedHashMap<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            Outcome outcome = sent.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(attempt, outcome, now));
            if (outcome.delivered()) {
                delivered++;
            }
            bySubscription.merge(attempt.subscriptionId(), outcome, (a, b) -> a.delivered() ? a : b);
            receivers.put(attempt.subscriptionId(), attempt.url());
        }
        bySubscription.forEach((subscription, outcome) -> logReceiver(subscription, receivers.get(subscription),
                outcome));
        return delivered;
    }

    private CompletableFuture<Outcome> send(Attempt attempt, Instant now) {
        Optional<String> refused = addresses.refusal(attempt.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "not sent: " + refused.get()));
        }
        long timestamp = now.getEpochSecond();
        String id = attempt.eventId().toString();
        HttpRequest request = HttpRequest.newBuilder(attempt.url())
                .timeout(config.requestTimeout())
                .header("Content-Type", CloudEvent.JSON)
                .header("User-Agent", "Samverkan-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(attempt.secret(), id, timestamp, attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null
                                : "HTTP " + response.statusCode())
                        : new Outcome(null, describe(failure)));
    }

    /** The outcome of one attempt, unless the lease ran out meanwhile and another attempt has started. */
    private void record(Attempt attempt, Outcome outcome, Instant now) {
        if (outcome.delivered()) {
            em.createNativeQuery("""
                    update webhook_delivery set status = 'DELIVERED', delivered_at = ?3, next_attempt_at = null,
                           last_status_code = ?4, last_error = null
                    where id = ?1 and attempts = ?2 and status = 'PENDING'""")
                    .setParameter(1, attempt.deliveryId()).setParameter(2, attempt.number())
                    .setParameter(3, now).setParameter(4, outcome.statusCode())
                    .executeUpdate();
            return;
        }
        Instant next = now.plus(backoff.after(attempt.number(), ThreadLocalRandom.current().nextDouble()));
        boolean giveUp = next.isAfter(attempt.createdAt().plus(config.retryFor()));
        if (giveUp) {
            LOG.warnf("Gave up on delivering event %s to webhook subscription %s after %d attempts: %s",
                    attempt.eventId(), attempt.subscriptionId(), attempt.number(), outcome.error());
        }
        em.createNativeQuery("""
                update webhook_delivery set status = ?3, next_attempt_at = ?4, last_status_code = ?5, last_error = ?6
                where id = ?1 and attempts = ?2 and status = 'PENDING'""")
                .unwrap(NativeQuery.class)
                .setParameter(1, attempt.deliveryId()).setParameter(2, attempt.number())
                .setParameter(3, giveUp ? "FAILED" : "PENDING")
                .setParameter(4, giveUp ? null : next, StandardBasicTypes.INSTANT)
                .setParameter(5, outcome.statusCode(), StandardBasicTypes.INTEGER)
                .setParameter(6, truncate(outcome.error()), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    /** Logs a receiver's change of state (failing, answering again), and single failures only at debug. */
    private void logReceiver(UUID subscription, URI receiver, Outcome outcome) {
        boolean failing = !outcome.delivered();
        Boolean before = receiverFailing.put(subscription, failing);
        boolean wasFailing = Boolean.TRUE.equals(before);
        if (failing && !wasFailing) {
            LOG.warnf("Webhook receiver %s (subscription %s) fails: %s; its deliveries are retried with backoff",
                    receiver.getHost(), subscription, outcome.error());
        } else if (!failing && wasFailing) {
            LOG.infof("Webhook receiver %s (subscription %s) answers again", receiver.getHost(), subscription);
        } else if (failing) {
            LOG.debugf("Webhook receiver %s (subscription %s) still fails: %s", receiver.getHost(), subscription,
                    outcome.error());
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time (" + cause.getMessage() + ")";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static Instant instant(Object value) {
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
