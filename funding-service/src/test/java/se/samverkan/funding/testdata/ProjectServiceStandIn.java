package se.samverkan.funding.testdata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for project-service in funding-service's own tests (the end-to-end tests in e2e/ use the real
 * one). By default every project exists (1900–2200, so any schedule year fits), every organisation is a
 * municipality in county 07, and every organisation takes part. It answers what funding-service calls:
 * {@code /projects/{id}/standing/{organisationId}} (a co-funder's or an applicant's checks, one call each),
 * {@code /organisations/{id}} and {@code /organisations?id=…}. Ids with these prefixes say otherwise:
 * <ul>
 * <li>{@value #UNKNOWN}: no such project (404) or organisation (404; in a standing: null)</li>
 * <li>{@value #NOT_PARTICIPATING}: the organisation does not take part; {@value #WITHDRAWN}: it has withdrawn</li>
 * <li>{@value #SHORT_PROJECT}: a project running 2017-09-01 – 2020-11-30</li>
 * <li>{@value #SMALL_BUDGET}: a project whose total budget is 1 000 000 SEK (else 1 000 000 000 SEK);
 * {@value #NO_BUDGET}: a project with no budget given</li>
 * <li>{@value #BUSINESS}: the organisation is a business; {@value #DALARNA}: it lies in county 20</li>
 * </ul>
 */
public class ProjectServiceStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String UNKNOWN = "00000000-";
    public static final String NOT_PARTICIPATING = "ffffffff-";
    public static final String WITHDRAWN = "eeeeeeee-";
    public static final String SHORT_PROJECT = "11111111-";
    public static final String SMALL_BUDGET = "22222222-";
    public static final String NO_BUDGET = "33333333-";
    public static final String BUSINESS = "bbbbbbbb-";
    public static final String DALARNA = "cccccccc-";

    private static WireMockServer server;

    /**
     * {@code GET /projects/{projectId}/standing/{organisationId}}: the project (owned by an organisation with the
     * project's id) and its period from the project id's prefix; the organisation, its type and county, and its
     * participation from the organisation id's prefix.
     */
    private static final String STANDING = """
            {{#assign "p"}}{{request.pathSegments.[1]}}{{/assign}}{{#assign "o"}}{{request.pathSegments.[3]}}{{/assign}}
            {"project": {"id": "{{p}}", "ownerOrganisationId": "{{p}}", "status": "IMPLEMENTATION",
              "totalBudget": {{#if (contains p '%7$s')}}1000000.00{{else}}{{#if (contains p '%8$s')}}null\
            {{else}}1000000000.00{{/if}}{{/if}},
              {{#if (contains p '%1$s')}}"startDate": "2017-09-01", "endDate": "2020-11-30"
              {{else}}"startDate": "1900-01-01", "endDate": "2200-12-31"{{/if}} },
             {{#if (contains o '%2$s')}}"organisation": null, "participation": null
             {{else}}"organisation": {"id": "{{o}}", "name": "Organisation {{o}}",
               "type": "{{#if (contains o '%3$s')}}BUSINESS{{else}}MUNICIPALITY{{/if}}",
               "countyCode": "{{#if (contains o '%4$s')}}20{{else}}07{{/if}}" },
              "participation": {{#if (contains o '%5$s')}}null{{else}}{"id": "{{randomValue type='UUID'}}",
               "organisationId": "{{o}}", "status": "{{#if (contains o '%6$s')}}WITHDRAWN{{else}}ACTIVE{{/if}}" }{{/if}}
             {{/if}} }
            """.formatted(SHORT_PROJECT, UNKNOWN, BUSINESS, DALARNA, NOT_PARTICIPATING, WITHDRAWN,
                    SMALL_BUDGET, NO_BUDGET);

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true)
                .extensions(new Hold()));
        server.start();
        stubDefaults();
        return Map.of("quarkus.rest-client.project-api.url", server.baseUrl(),
                "quarkus.rest-client.project-export-api.url", server.baseUrl());
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
        server.stubFor(get(urlPathMatching("/projects/" + UNKNOWN + "[^/]*/standing/[^/]+")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathMatching("/projects/[^/]+/standing/[^/]+")).atPriority(5)
                .willReturn(okJson(STANDING)));
        server.stubFor(get(urlPathMatching("/organisations/" + UNKNOWN + "[^/]*")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathMatching("/organisations/" + BUSINESS + "[^/]*")).atPriority(1)
                .willReturn(okJson(organisation("BUSINESS", "07"))));
        server.stubFor(get(urlPathMatching("/organisations/" + DALARNA + "[^/]*")).atPriority(1)
                .willReturn(okJson(organisation("MUNICIPALITY", "20"))));
        server.stubFor(get(urlPathMatching("/organisations/[^/]+")).atPriority(5)
                .willReturn(okJson(organisation("MUNICIPALITY", "07"))));
        server.stubFor(get(urlPathEqualTo("/organisations")).atPriority(5).willReturn(okJson("""
                {"items": [{{#each request.query.id}}{"id": "{{this}}", "type": "MUNICIPALITY", "name": "Kommun {{this}}",
                  "orgId": "SE-ON-2120000696", "countyCode": "{{#if (contains this 'cccccccc-')}}20{{else}}07{{/if}}"}{{#unless @last}},{{/unless}}{{/each}}],
                 "page": 0, "size": 200, "totalItems": 0, "totalPages": 1}""")));
    }

    /**
     * A project-service that keeps callers waiting: the answers of stubs made {@code withTransformers(Hold.NAME)}
     * are held from {@link #hold()} until {@link #release()}, so a test can look at funding-service while a request
     * waits on project-service.
     */
    public static final class Hold implements ResponseDefinitionTransformerV2 {

        public static final String NAME = "hold";
        private static volatile CountDownLatch arrived = new CountDownLatch(0);
        private static volatile CountDownLatch released = new CountDownLatch(0);

        /** The next requests wait until {@link #release()}. */
        public static void hold() {
            arrived = new CountDownLatch(1);
            released = new CountDownLatch(1);
        }

        /** Waits (bounded) until a request is held; true when one is. */
        public static boolean awaitHeld(long seconds) throws InterruptedException {
            return arrived.await(seconds, TimeUnit.SECONDS);
        }

        public static void release() {
            released.countDown();
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            arrived.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** From now on, project-service holds its answer about the project's standing until {@link Hold#release()}. */
    public static void holdStandingOf(String projectId) {
        Hold.hold();
        server.stubFor(get(urlPathMatching("/projects/" + projectId + "/standing/[^/]+")).atPriority(1)
                .willReturn(okJson(STANDING).withTransformers(Hold.NAME)));
    }

    private static String organisation(String type, String county) {
        return """
                {"id": "{{request.pathSegments.[1]}}", "type": "%s", "name": "Organisation {{request.pathSegments.[1]}}",
                 "countyCode": "%s", "version": 0}""".formatted(type, county);
    }
}
