package se.samverkan.devtools;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The REST Assured side of {@link ResponseContract}: every response REST Assured receives from a registered
 * service is checked before the test sees it. Installed in {@code RestAssured.filters}, a static list that outlives
 * each test's {@code RestAssured.requestSpecification} (which some tests set to null), so no request escapes it.
 */
public final class ResponseContractFilter implements Filter {

    private static final ResponseContractFilter INSTANCE = new ResponseContractFilter();
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ResponseContractFilter() {
    }

    /** Adds the filter to REST Assured's global filters, once per JVM (again if a {@code RestAssured.reset()} removed it). */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true) || !RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (ResponseContract.serves(uri.getPort())) {
            ResponseContract.check(request.getMethod(), uri, answer.statusCode(), answer.contentType(),
                    answer.asString());
        }
        return answer;
    }
}
