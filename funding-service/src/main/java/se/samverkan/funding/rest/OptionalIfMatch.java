package se.samverkan.funding.rest;

import se.samverkan.platform.http.IfMatch;

/** Actions (submit, grant, withdraw…) are guarded by their state; If-Match is checked when a client sends it. */
final class OptionalIfMatch {

    private OptionalIfMatch() {
    }

    static IfMatch of(String header) {
        return header == null || header.isBlank() ? null : IfMatch.require(header);
    }
}
