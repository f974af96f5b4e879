package se.samverkan.platform.http;

import java.util.ArrayList;
import java.util.List;

import se.samverkan.platform.problem.ProblemException;

/**
 * The {@code If-Match} precondition of a change. Writes that change or delete an existing resource
 * must name the version they were based on: without the header the answer is 428, with a version that
 * is no longer current it is 412, so no update is lost. {@code If-Match: *} names no version and is a 428 too.
 */
public final class IfMatch {

    /** Room for a handful of quoted versions; a longer header is a 400 (and the document says so). */
    public static final int MAX_LENGTH = 200;

    private final List<String> tags;

    private IfMatch(List<String> tags) {
        this.tags = tags;
    }

    /** Parses the header; a missing header is a 428 and a malformed one a 400. */
    public static IfMatch require(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you read (GET the resource first)");
        }
        if (header.trim().equals("*")) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "If-Match: * matches any version, so it would overwrite changes you have not seen; send the ETag "
                            + "of the version you read (GET the resource first)");
        }
        if (header.length() > MAX_LENGTH) {
            throw ProblemException.invalid("If-Match", "may be at most " + MAX_LENGTH + " characters");
        }
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.startsWith("W/")) {
                continue; // weak tags never match in If-Match (RFC 9110, 13.1.1)
            }
            if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                throw ProblemException.invalid("If-Match", "must be a quoted entity tag such as \"3\"");
            }
            tags.add(tag.substring(1, tag.length() - 1));
        }
        return new IfMatch(List.copyOf(tags));
    }

    /** Throws 412 unless the resource's current version is one the client named. */
    public void check(long currentVersion) {
        if (!tags.contains(Long.toString(currentVersion))) {
            throw new ProblemException(412, "stale", "Precondition failed",
                    "The resource has changed since you read it: its current ETag is " + ETags.of(currentVersion)
                            + "; read it again and retry");
        }
    }
}
