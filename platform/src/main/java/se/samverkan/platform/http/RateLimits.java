package se.samverkan.platform.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.security.VerifiedTokens;

/**
 * A token bucket per caller (OWASP API4): {@code per-second} requests a second on average, {@code burst} at once.
 * The caller is the subject of a bearer token that authentication has verified (the {@link VerifiedTokens} cache:
 * this filter runs on the event loop and verifies nothing itself); any other request, including a token's very
 * first one, is counted against its client address, so an unauthenticated flood is limited too and a forged
 * subject cannot spend someone else's allowance. The buckets are Bucket4j's, timed by the service's clock.
 * <p>
 * Every answer carries the IETF draft's {@code RateLimit-Policy} ({@code q}: the burst, {@code w}: the seconds
 * an empty bucket takes to fill) and {@code RateLimit} ({@code r}: requests left now, {@code t}: seconds until the
 * bucket is full again). Over the limit the answer is 429 problem+json with {@code Retry-After}, before the
 * request is read any further. Health is never limited.
 * <p>
 * The buckets live in this instance's memory: behind a load balancer with n instances a caller gets up to n times
 * the limit. A bucket idle long enough to fill up is dropped, which loses nothing, as a new one starts full.
 */
@ApplicationScoped
public class RateLimits {

    static final String POLICY = "default";
    private static final int MAX_PARTITIONS = 100_000;

    private final RateLimitConfig config;
    private final VerifiedTokens tokens;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;
    private final long window;

    public RateLimits(RateLimitConfig config, VerifiedTokens tokens, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.meter = new ClockMeter(clock);
        this.window = ceilDiv(Math.max(config.burst(), 1), Math.max(config.perSecond(), 1));
        this.buckets = Caffeine.newBuilder()
                .ticker(meter::currentTimeNanos)
                .expireAfterAccess(Duration.ofSeconds(window + 1))
                .maximumSize(MAX_PARTITIONS)
                .build();
    }

    void limit(@Observes Filters filters) {
        if (!config.enabled()) {
            return;
        }
        filters.register(this::handle, 1500);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.path().startsWith("/q/health")) {
            rc.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(partition(request), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        rc.response().putHeader("RateLimit-Policy", POLICY + ";q=" + config.burst() + ";w=" + window);
        if (probe.isConsumed()) {
            rc.response().putHeader("RateLimit",
                    POLICY + ";r=" + probe.getRemainingTokens() + ";t=" + seconds(probe.getNanosToWaitForReset()));
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        JsonObject problem = new JsonObject()
                .put("type", Problem.type("too-many-requests"))
                .put("title", "Too Many Requests")
                .put("status", 429)
                .put("detail", "More than " + config.burst() + " requests at once or " + config.perSecond()
                        + " a second; retry after " + retryAfter + " s")
                .put("instance", request.path());
        rc.response().setStatusCode(429)
                .putHeader("RateLimit", POLICY + ";r=0;t=" + retryAfter)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.encode());
    }

    /** The caller's subject when authentication verified its token before, else the client's address. */
    private String partition(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> subject = tokens.knownSubject(authorization.substring(7).trim());
            if (subject.isPresent()) {
                return "subject:" + subject.get();
            }
        }
        return "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(meter)
                .addLimit(Bandwidth.builder().capacity(config.burst())
                        .refillGreedy(config.perSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    private static long seconds(long nanos) {
        return ceilDiv(nanos, 1_000_000_000L);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Bucket4j's time from the service's clock, so that tests move it with the rest of "now". */
    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
