package se.samverkan.platform.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The envelope of every list: {@code {"items": [...], "page", "size", "totalItems", "totalPages"}}. A service builds
 * it from its query inside its transaction (the rows and their total read together) and hands it out with domain
 * objects as items; the resource maps them to its response records.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(List<E> rows, PageRequest request, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(rows.stream().map(mapper).toList(), request.page(), request.size(), totalItems,
                totalPages);
    }

    /** Runs the query's page and its count, so that no caller outside the service ever holds the query. */
    public static <E> PageResponse<E> of(PanacheQuery<E> query, PageRequest request) {
        return of(query.list(), request, query.count(), Function.identity());
    }

    /** The same page with each item mapped, e.g. from entities to response records. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
