package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;

/**
 * On SIGTERM a service finishes the requests it is working on, refuses new ones (503 problem+json with Retry-After,
 * readiness DOWN), then stops. The request in
 * flight is an overview whose funding-service is a socket of the test's: it accepts the replica's call and answers
 * only after the signal has come and new requests are seen refused. So the request is provably still being worked on
 * when SIGTERM arrives, and its answer carries what the socket sent afterwards. The replica's time-outs towards
 * funding-service and its drain are set far above what the test needs, so nothing ends on a clock of its own.
 */
class GracefulShutdownIT {

    private static final int PATIENCE_MILLIS = 120_000;

    private static Samverkan samverkan;
    private static String projectId;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
        projectId = new DemoCase(new ApiClient(samverkan.projectService.baseUrl(), Samverkan.ADMIN_TOKEN),
                new ApiClient(samverkan.fundingService.baseUrl(), Samverkan.ADMIN_TOKEN)).load().projectId();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void aRequestInFlightCompletesWhileNewOnesAreRefused() throws Exception {
        try (ServerSocket heldFundingService = new ServerSocket(0)) {
            heldFundingService.setSoTimeout(PATIENCE_MILLIS);
            ServiceProcess replica = samverkan.secondProjectReplica("http://localhost:" + heldFundingService.getLocalPort(),
                    Map.of("FUNDING_API_READ_TIMEOUT_MS", Integer.toString(PATIENCE_MILLIS),
                            "FUNDING_API_TIMEOUT_MS", Integer.toString(PATIENCE_MILLIS),
                            "SHUTDOWN_TIMEOUT", PATIENCE_MILLIS / 1000 + "S"));
            try (Socket client = new Socket("localhost", replica.port())) {
                client.setSoTimeout(PATIENCE_MILLIS);
                send(client, "GET /projects/" + projectId + "/overview HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Authorization: Bearer " + Samverkan.ADMIN_TOKEN + "\r\n\r\n");
                // the replica is working on the overview: it has called funding-service, which has not answered
                try (Socket fundingCall = heldFundingService.accept()) {
                    fundingCall.setSoTimeout(PATIENCE_MILLIS);
                    String fundingRequest = readHead(fundingCall.getInputStream());
                    assertTrue(fundingRequest.startsWith("GET /projects/" + projectId + "/financing"), fundingRequest);

                    Process process = replica.terminate();
                    Awaitility.await("new requests refused while the overview is in flight")
                            .atMost(Duration.ofMillis(PATIENCE_MILLIS)).pollInterval(Duration.ofMillis(50))
                            .until(() -> given().baseUri(replica.baseUrl()).get("/organisations?type=REGION")
                                    .statusCode() == 503);
                    given().baseUri(replica.baseUrl()).get("/projects/" + projectId).then().statusCode(503)
                            .contentType("application/problem+json").header("Retry-After", notNullValue())
                            .body("detail", containsString("shutting down"));
                    given().baseUri(replica.managementUrl()).get("/q/health/ready").then().statusCode(503)
                            .body("status", equalTo("DOWN"));
                    assertTrue(process.isAlive(), "the service waits for the request in flight");

                    String financing = """
                            {"projectId": "%s", "funders": [], "grants": [],
                             "totals": {"approvedFinancing": 987654.00, "disbursed": 0}, "coFundingRate": 0, "compliance": []}
                            """.formatted(projectId);
                    byte[] body = financing.getBytes(StandardCharsets.UTF_8);
                    send(fundingCall, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n" + financing);

                    String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
                    assertTrue(answer.contains("987654"), "the overview carries what funding-service sent after SIGTERM: "
                            + answer);
                    assertFalse(answer.contains("\"funding\":null"), answer);
                    assertTrue(process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS),
                            "the service stops once the request is answered");
                }
            } finally {
                replica.stop();
            }
        }
    }

    /**
     * An upload still arriving when SIGTERM comes: its headers and half its body are in, the rest comes only after the
     * signal, once new requests are seen refused and readiness is DOWN. It is completed, not cut off half-way: 201,
     * and the organisation exists.
     */
    @Test
    void aRequestWhoseBodyIsStillArrivingIsCompletedNotCutOff() throws Exception {
        ServiceProcess replica = samverkan.secondProjectReplica(samverkan.fundingService.baseUrl(),
                Map.of("SHUTDOWN_TIMEOUT", PATIENCE_MILLIS / 1000 + "S"));
        String name = "Lanthandeln under nedstängning " + System.nanoTime();
        byte[] body = ("{\"type\": \"BUSINESS\", \"name\": \"" + name + "\", \"municipalityCode\": \"0781\"}")
                .getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (Socket client = new Socket("localhost", replica.port())) {
            client.setSoTimeout(PATIENCE_MILLIS);
            send(client, "POST /organisations HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Authorization: Bearer " + Samverkan.ADMIN_TOKEN + "\r\n\r\n");
            client.getOutputStream().write(body, 0, half);
            client.getOutputStream().flush();
            // the service is working on the upload (waiting for the rest of its body) before the signal
            Awaitility.await("the upload is in flight").atMost(Duration.ofMillis(PATIENCE_MILLIS))
                    .pollInterval(Duration.ofMillis(50)).until(() -> otherActiveRequests(replica) >= 1);

            Process process = replica.terminate();
            Awaitility.await("new requests refused while the upload is arriving")
                    .atMost(Duration.ofMillis(PATIENCE_MILLIS)).pollInterval(Duration.ofMillis(50))
                    .until(() -> given().baseUri(replica.baseUrl()).get("/organisations?type=REGION").statusCode() == 503);
            given().baseUri(replica.managementUrl()).get("/q/health/ready").then().statusCode(503)
                    .body("status", equalTo("DOWN"));
            assertTrue(process.isAlive(), "the service waits for the upload in flight");

            client.getOutputStream().write(body, half, body.length - half);
            client.getOutputStream().flush();
            String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), "the upload is completed: " + answer);
            assertTrue(answer.contains(name), answer);
            assertTrue(process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "the service stops once it is answered");
        } finally {
            replica.stop();
        }
        given().baseUri(samverkan.projectService.baseUrl()).queryParam("q", name).get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    /**
     * Micrometer's gauge of the requests the service is answering on its API port, less the metrics request itself
     * when the metrics are served on that port.
     */
    private static double otherActiveRequests(ServiceProcess service) {
        String metricsUrl = service.managementUrl();
        String metrics = given().baseUri(metricsUrl).get("/q/metrics").asString();
        double active = metrics.lines().filter(l -> l.startsWith("http_server_active_requests{")
                && l.contains("server_port=\"" + service.port() + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        return metricsUrl.equals(service.baseUrl()) ? active - 1 : active;
    }

    private static void send(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The request line and headers of an HTTP request, up to the empty line. */
    private static String readHead(InputStream in) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        StringBuilder head = new StringBuilder();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            head.append(line).append('\n');
        }
        return head.toString();
    }
}
