package se.samverkan.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until every URL answers 200, for the run command on a machine that may have no curl.
 *
 * <pre>java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.WaitReady SECONDS URL...</pre>
 *
 * Exits 0 when all are ready, 1 on time-out.
 */
public final class WaitReady {

    private WaitReady() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[0]));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 1; i < args.length; i++) {
            while (!ready(client, args[i])) {
                if (Instant.now().isAfter(deadline)) {
                    System.err.println("Not ready in time: " + args[i]);
                    System.exit(1);
                }
                Thread.sleep(250); // polling a process we started; no condition to wait on but the answer
            }
        }
    }

    private static boolean ready(HttpClient client, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
