package se.samverkan.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.hibernate.jpa.HibernateHints;

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

    /**
     * Runs the query's page and, when it must, its count, so that no caller outside the service ever holds the query.
     * The rows are read-only in the session (no snapshot is kept, nothing is dirty-checked at commit). A page that is
     * not full is the last one, so it tells the total itself and the count is not run: a filtered list usually fits
     * on its first page, and the count was half its statements and most of Hibernate's work (issue 18).
     */
    public static <E> PageResponse<E> of(PanacheQuery<E> query, PageRequest request) {
        List<E> rows = query.withHint(HibernateHints.HINT_READ_ONLY, true).list();
        return of(rows, request, totalOf(rows.size(), request, query::count), Function.identity());
    }

    /** The total, from a page that is not full (the last page) or else from the count. */
    static long totalOf(int rowsOnPage, PageRequest request, LongSupplier count) {
        boolean lastPage = rowsOnPage < request.size() && (rowsOnPage > 0 || request.page() == 0);
        return lastPage ? (long) request.page() * request.size() + rowsOnPage : count.getAsLong();
    }

    /** The same page with each item mapped, e.g. from entities to response records. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
