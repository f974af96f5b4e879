package se.samverkan.platform.problem;

import java.util.List;

/**
 * Base of every exception that becomes a problem response with a known status. Services throw the
 * subclasses below or their own domain subclasses; {@link ProblemMappers} turns them into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    /** With the failure behind it as the cause: kept for the log and for tests, never shown to the client. */
    protected ProblemException(int status, String slug, String title, String detail, List<FieldError> errors,
            Throwable cause) {
        super(detail, cause, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 400: the request's shape is wrong (a field, a parameter, a header). */
    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(400, "validation", "The request is not valid", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 404: the resource named in the path does not exist. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    /** 409: the request conflicts with the current state (a duplicate, a reference, a transition). */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail);
    }

    /** 422: the request is well-formed but breaks a rule of the domain. */
    public static ProblemException ruleBroken(String slug, String detail) {
        return new ProblemException(422, slug, "A rule of the domain is broken", detail);
    }

    public static ProblemException ruleBroken(String slug, String detail, List<FieldError> errors) {
        return new ProblemException(422, slug, "A rule of the domain is broken", detail, errors);
    }
}
