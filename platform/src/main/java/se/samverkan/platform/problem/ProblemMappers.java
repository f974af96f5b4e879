package se.samverkan.platform.problem;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.samverkan.platform.tracing.Tracing;

/**
 * The one place where exceptions become RFC 9457 problem responses. The table: shape of the request
 * 400, unknown id 404, conflict 409, broken rule 422, stale If-Match 412, missing If-Match 428, a
 * dependency down 503 with Retry-After, anything else 500 with a generic detail. No stack trace, class
 * name or SQL text ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response problem(ProblemException e, UriInfo uri) {
        LOG.debugf("%d %s: %s", e.status(), uri.getPath(), e.getMessage());
        Response.ResponseBuilder builder = response(e, uri);
        if (e instanceof ServiceUnavailableException unavailable) {
            builder.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), messageOf(v)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(ProblemException.invalid(detail, errors), uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(fromJson(e), uri);
    }

    /**
     * A token was sent but not accepted: 401 with the RFC 6750 challenge {@code error="invalid_token"}. An expired
     * token says so, so that a client knows to fetch a new one; any other fault (a forged, altered or foreign
     * token, or no JWT at all) gets one generic description.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        boolean expired = causeOfType(e, org.jose4j.jwt.consumer.InvalidJwtException.class)
                .map(org.jose4j.jwt.consumer.InvalidJwtException::hasExpired).orElse(false);
        String description = expired ? "The token has expired" : "The token is not valid";
        return response(new ProblemException(401, "unauthenticated", "Unauthorized",
                description + "; send a valid bearer token (Authorization: Bearer ...)"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samverkan\", error=\"invalid_token\", "
                        + "error_description=\"" + description + "\"").build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return response(new ProblemException(401, "unauthenticated", "Unauthorized",
                "Send a valid bearer token (Authorization: Bearer ...)"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samverkan\"").build();
    }

    /** A valid token whose role may not do this. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return response(new ProblemException(403, "forbidden", "Forbidden",
                "Your role may not do this"), uri).build();
    }

    /** Quarkus maps this subtype itself; naming it here makes ours the closer match. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problem(fromJson(e), uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Optional<JsonProcessingException> json = causeOfType(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return problem(fromJson(json.get()), uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        if (status >= 500) {
            LOG.errorf(e, "Error answering %s", uri.getPath());
        }
        Response.ResponseBuilder builder = response(new ProblemException(status, slugFor(status), title, detail), uri);
        // Keep the headers the framework set for this status (Allow on 405, for instance).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ProblemException> known = fromPersistence(e);
        if (known.isPresent()) {
            if (known.get().status() >= 500) {
                LOG.warnf("Database unavailable while answering %s: %s", uri.getPath(), rootMessage(e));
            }
            return problem(known.get(), uri);
        }
        Optional<ProblemException> wrapped = causeOfType(e, ProblemException.class);
        if (wrapped.isPresent()) {
            return problem(wrapped.get(), uri);
        }
        Optional<ConstraintViolationException> violation = causeOfType(e, ConstraintViolationException.class);
        if (violation.isPresent()) {
            return constraintViolation(violation.get(), uri);
        }
        if (clientHungUp(e)) {
            // the client closed the connection while its body was being read: no one is waiting for this answer
            LOG.debugf("Client closed the connection during %s", uri.getPath());
            return response(ProblemException.invalid("The request body was cut off", List.of()), uri).build();
        }
        LOG.errorf(e, "Unexpected error answering %s", uri.getPath());
        return response(new ProblemException(500, "internal", "Internal error",
                "The server could not answer this request; the error is logged"), uri).build();
    }

    private static Response.ResponseBuilder response(ProblemException e, UriInfo uri) {
        // a server error names its trace, so that a user's report of it leads to the trace and the log lines
        Problem body = new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), uri.getPath(),
                e.errors(), e.status() >= 500 ? Tracing.currentTraceId().orElse(null) : null);
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    static ProblemException fromJson(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return ProblemException.invalid("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        if (e instanceof JsonMappingException mapping) {
            FieldError error = fieldError(mapping);
            if (error.field().isEmpty()) {
                return ProblemException.invalid("The body does not have the expected shape: " + error.message(),
                        List.of());
            }
            return ProblemException.invalid(error.field(), error.message());
        }
        return ProblemException.invalid("The body could not be read", List.of());
    }

    /** The field a mapping failure is about, as the client wrote its path ({@code schedule[0].amount}; empty for the body). */
    public static FieldError fieldError(JsonMappingException e) {
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "wrong type or format, expected " + describe(mismatched.getTargetType());
        } else if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            message = cause.getMessage();
        } else {
            message = "invalid value";
        }
        return new FieldError(pathOf(e), message);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 instant";
            case "UUID" -> "a UUID";
            case "BigDecimal" -> "a number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "an array" : "an object";
        };
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A violation's message for the client. {@code @Digits} is said in words, naming what is wrong with the
     * value (two decimals are öre), rather than as the validator's bounds.
     */
    static String messageOf(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Digits digits
                && violation.getInvalidValue() instanceof java.math.BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > digits.fraction()) {
                return switch (digits.fraction()) {
                    case 0 -> "must be a whole number";
                    case 2 -> "at most two decimals (öre)";
                    default -> "at most " + digits.fraction() + " decimals";
                };
            }
            return "at most " + digits.integer() + " digits before the decimal point";
        }
        return violation.getMessage();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                if (!names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty() && !name.startsWith("<")) {
                    names.add(name);
                }
            } else if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    /** Database failures that are the client's or the moment's, not a bug. */
    static Optional<ProblemException> fromPersistence(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof org.hibernate.StaleStateException) {
                return Optional.of(new ProblemException(412, "stale", "Precondition failed",
                        "The resource was changed by someone else meanwhile; read it again and retry with its new ETag"));
            }
            if (c instanceof org.hibernate.exception.JDBCConnectionException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof java.net.ConnectException
                    || (c.getMessage() != null && c.getMessage().contains("Acquisition timeout"))) {
                return Optional.of(databaseUnavailable());
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return Optional.of(databaseUnavailable());
                }
                switch (state) {
                    case "23505":
                        return Optional.of(ProblemException.conflict("duplicate",
                                "A resource with the same unique value already exists"));
                    case "23503":
                        return Optional.of(ProblemException.conflict("referenced",
                                "The change would break a reference between resources"));
                    case "40001", "40P01":
                        return Optional.of(ProblemException.conflict("concurrent-change",
                                "A concurrent change got in the way; retry the request"));
                    case "22001", "22003", "22007", "22008", "22021", "22P02", "23502":
                        return Optional.of(ProblemException.invalid("A value is out of range or malformed",
                                List.of()));
                    case "23514":
                        return Optional.of(ProblemException.ruleBroken("check-failed",
                                "A value breaks a rule of the data model"));
                    default:
                        break;
                }
            }
        }
        return Optional.empty();
    }

    static boolean clientHungUp(Throwable e) {
        return causeOfType(e, io.vertx.core.http.HttpClosedException.class).isPresent();
    }

    private static ServiceUnavailableException databaseUnavailable() {
        return new ServiceUnavailableException("The database cannot be reached; retry shortly",
                DATABASE_RETRY_AFTER_SECONDS);
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String slugFor(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
