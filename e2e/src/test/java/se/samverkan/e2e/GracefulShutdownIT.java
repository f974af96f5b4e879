package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;

/**
 * On SIGTERM a service finishes the requests it is working on and refuses new ones, then stops. The
 * request in flight is an overview whose funding-service never answers (a socket that accepts and stays
 * silent), so it is still being worked on when the signal comes.
 */
class GracefulShutdownIT {

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
        try (ServerSocket silentFundingService = new ServerSocket(0)) {
            ServiceProcess replica = samverkan.secondProjectReplica("http://localhost:" + silentFundingService.getLocalPort());
            try (Socket socket = new Socket("localhost", replica.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET /projects/" + projectId + "/overview HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + Samverkan.ADMIN_TOKEN + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // wait until the replica is waiting on funding-service: it has connected to the silent socket
                try (Socket waiting = silentFundingService.accept()) {
                    Process process = replica.terminate();
                    Awaitility.await("new requests refused").atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> Set.of(503, -1).contains(replica.status("/q/health/live")));
                    String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII)).readLine();
                    assertEquals("HTTP/1.1 200 OK", statusLine);
                    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops once the request is answered");
                }
            } finally {
                replica.stop();
            }
        }
    }
}
