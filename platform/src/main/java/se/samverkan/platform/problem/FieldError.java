package se.samverkan.platform.problem;

/** One invalid field of a request: {@code field} is the JSON path as the client sent it. */
public record FieldError(String field, String message) {
}
