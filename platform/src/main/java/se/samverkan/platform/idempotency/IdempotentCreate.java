package se.samverkan.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;

/**
 * Runs a create under an {@code Idempotency-Key}. The key is claimed in the database in the same
 * transaction as the create: a concurrent request with the same key waits on the unique index until
 * the first one commits, then replays its stored response, so exactly one resource is made whichever
 * replica answers. The same key with another body is a 422. Without a key the create simply runs.
 * <p>
 * A key belongs to the caller that sent it (the token's subject): another caller with the same key and body
 * gets no replay of someone else's answer; its request runs as a create of its own, under its own access
 * rules. Keys are kept for {@code samverkan.idempotency.retention} ({@link IdempotencyKeyPurge}).
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Clock clock;

    public IdempotentCreate(EntityManager em, ObjectMapper mapper, Caller caller, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param key     the client's Idempotency-Key header, or null
     * @param scope   the operation, e.g. {@code POST /organisations}; keys are unique per caller and scope
     * @param request the parsed request body, whose canonical JSON identifies "the same body"
     * @param action  the create itself; it joins this transaction
     */
    @Transactional
    public Response create(String key, String scope, Object request, Supplier<Created<?>> action) {
        if (key == null) {
            return created(action.get());
        }
        validate(key);
        String requestHash = sha256(toJson(request));
        String subject = caller.subject();
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, scope, idempotency_key, request_hash, created_at)
                values (?4, ?1, ?2, ?3, ?5)
                on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, subject).setParameter(5, clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            Created<?> result = action.get();
            String body = toJson(result.body());
            em.createNativeQuery("""
                    update idempotency_key set status = 201, location = ?3, version = ?4, response_body = ?5
                    where caller = ?6 and scope = ?1 and idempotency_key = ?2""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(6, subject)
                    .setParameter(3, result.location().toString()).setParameter(4, result.version())
                    .setParameter(5, body)
                    .executeUpdate();
            return created(result);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, location, version, response_body from idempotency_key
                where caller = ?3 and scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, subject)
                .getResultList();
        Object[] stored = rows.get(0);
        if (!requestHash.equals(stored[0])) {
            throw ProblemException.ruleBroken("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request body; use a new key for a new resource");
        }
        return Response.status(((Number) stored[1]).intValue())
                .location(java.net.URI.create((String) stored[2]))
                .tag(ETags.entityTag(((Number) stored[3]).longValue()))
                .header(REPLAYED_HEADER, "true")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored[4])
                .build();
    }

    private static Response created(Created<?> result) {
        return Response.created(result.location())
                .tag(ETags.entityTag(result.version()))
                .entity(result.body())
                .build();
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalid(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
