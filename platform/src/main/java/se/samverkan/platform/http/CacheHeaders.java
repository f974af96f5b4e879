package se.samverkan.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API answers are per caller: shared caches must not keep them, and clients revalidate with the ETag
 * (a matching If-None-Match gets 304) instead of trusting a stored copy.
 */
public class CacheHeaders {

    static final String PRIVATE_NO_CACHE = "private, no-cache";

    @ServerResponseFilter
    public void privateAndRevalidated(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_CACHE);
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
}
