package se.samverkan.funding.testdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for project-service in funding-service's own tests (the end-to-end tests in e2e/ use the real
 * one). By default every project exists (1900–2200, so any schedule year fits), every organisation is a
 * municipality in county 07, and every organisation takes part. Ids with these prefixes say otherwise:
 * <ul>
 * <li>{@value #UNKNOWN}: no such project or organisation (404)</li>
 * <li>{@value #NOT_PARTICIPATING}: the organisation does not take part; {@value #WITHDRAWN}: it has withdrawn</li>
 * <li>{@value #SHORT_PROJECT}: a project running 2017-09-01 – 2020-11-30</li>
 * <li>{@value #BUSINESS}: the organisation is a business; {@value #DALARNA}: it lies in county 20</li>
 * </ul>
 */
public class ProjectServiceStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String UNKNOWN = "00000000-";
    public static final String NOT_PARTICIPATING = "ffffffff-";
    public static final String WITHDRAWN = "eeeeeeee-";
    public static final String SHORT_PROJECT = "11111111-";
    public static final String BUSINESS = "bbbbbbbb-";
    public static final String DALARNA = "cccccccc-";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
        server.start();
        stubDefaults();
        return Map.of("quarkus.rest-client.project-api.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** An id of the given kind, e.g. {@code id(UNKNOWN)}. */
    public static String id(String prefix) {
        return prefix + java.util.UUID.randomUUID().toString().substring(9);
    }

    /** The default answers; tests that stub their own call this afterwards. */
    public static void stubDefaults() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/projects/" + UNKNOWN + "[^/]*")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathMatching("/organisations/" + UNKNOWN + "[^/]*")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathMatching("/projects/" + SHORT_PROJECT + "[^/]*")).atPriority(1)
                .willReturn(okJson(project("2017-09-01", "2020-11-30"))));
        server.stubFor(get(urlPathMatching("/projects/[^/]+")).atPriority(5)
                .willReturn(okJson(project("1900-01-01", "2200-12-31"))));
        server.stubFor(get(urlPathMatching("/organisations/" + BUSINESS + "[^/]*")).atPriority(1)
                .willReturn(okJson(organisation("BUSINESS", "07"))));
        server.stubFor(get(urlPathMatching("/organisations/" + DALARNA + "[^/]*")).atPriority(1)
                .willReturn(okJson(organisation("MUNICIPALITY", "20"))));
        server.stubFor(get(urlPathMatching("/organisations/[^/]+")).atPriority(5)
                .willReturn(okJson(organisation("MUNICIPALITY", "07"))));
        server.stubFor(get(urlPathEqualTo("/organisations")).atPriority(5).willReturn(okJson("""
                {"items": [{{#each request.query.id}}{"id": "{{this}}", "type": "MUNICIPALITY", "name": "Kommun {{this}}",
                  "countyCode": "{{#if (contains this 'cccccccc-')}}20{{else}}07{{/if}}"}{{#unless @last}},{{/unless}}{{/each}}],
                 "page": 0, "size": 200, "totalItems": 0, "totalPages": 1}""")));
        server.stubFor(get(urlPathMatching("/projects/[^/]+/participants")).atPriority(1)
                .withQueryParam("organisationId", matching(NOT_PARTICIPATING + ".*"))
                .willReturn(okJson("{\"items\": [], \"totalItems\": 0}")));
        server.stubFor(get(urlPathMatching("/projects/[^/]+/participants")).atPriority(1)
                .withQueryParam("organisationId", matching(WITHDRAWN + ".*"))
                .willReturn(okJson(participant("WITHDRAWN"))));
        server.stubFor(get(urlPathMatching("/projects/[^/]+/participants")).atPriority(5)
                .willReturn(okJson(participant("ACTIVE"))));
    }

    private static String project(String start, String end) {
        return """
                {"id": "{{request.pathSegments.[1]}}", "code": "P-{{request.pathSegments.[1]}}", "name": "Projekt",
                 "ownerOrganisationId": "{{request.pathSegments.[1]}}", "startDate": "%s", "endDate": "%s",
                 "status": "IMPLEMENTATION", "version": 0}""".formatted(start, end);
    }

    private static String organisation(String type, String county) {
        return """
                {"id": "{{request.pathSegments.[1]}}", "type": "%s", "name": "Organisation {{request.pathSegments.[1]}}",
                 "countyCode": "%s", "version": 0}""".formatted(type, county);
    }

    private static String participant(String status) {
        return """
                {"items": [{"organisationId": "{{request.query.organisationId}}", "status": "%s", "roles": ["PARTNER"]}],
                 "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""".formatted(status);
    }
}
