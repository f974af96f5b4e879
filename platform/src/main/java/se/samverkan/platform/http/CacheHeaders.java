package se.samverkan.platform.http;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import se.samverkan.platform.csv.CsvDialect;

/**
 * API answers are per caller: shared caches must not keep them, and clients revalidate with the ETag
 * (a matching If-None-Match gets 304) instead of trusting a stored copy.
 */
public class CacheHeaders {

    static final String PRIVATE_NO_CACHE = "private, no-cache";

    /** Per resource class, once: the names of its methods that list text/csv in their {@code @Produces}. */
    private static final ClassValue<Set<String>> CSV_METHODS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(Produces.class)
                            && Arrays.asList(m.getAnnotation(Produces.class).value()).contains(CsvDialect.TEXT_CSV))
                    .map(Method::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    @ServerResponseFilter
    public void privateAndRevalidated(ContainerRequestContext request, ContainerResponseContext response,
            SimpleResourceInfo resource) {
        if (answersCsvToo(resource)) {
            // JSON or CSV by the Accept header (platform/csv): a cache must keep the two apart
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_CACHE);
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }

    private static boolean answersCsvToo(SimpleResourceInfo resource) {
        return resource != null && resource.getResourceClass() != null
                && CSV_METHODS.get(resource.getResourceClass()).contains(resource.getMethodName());
    }
}
