package se.samverkan.platform.http;

import java.net.URI;

/** What a create operation produced: where the new resource lives, its representation, its version. */
public record Created<T>(URI location, T body, long version) {
}
