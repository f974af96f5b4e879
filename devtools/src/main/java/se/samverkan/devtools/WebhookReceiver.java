package se.samverkan.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner system's webhook endpoint for tests: the JDK's HTTP server on a free loopback port, recording every
 * request and answering with the status the test sets (204 unless told otherwise). It verifies signatures as a
 * receiver would, with its own few lines of the Standard Webhooks scheme, not with the service's code.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; header names in lower case. */
    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String webhookId() {
            return header("webhook-id");
        }

        /** True when webhook-signature holds a v1 HMAC-SHA256 of id.timestamp.body made with this secret. */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                byte[] expected = mac.doFinal((header("webhook-id") + "." + header("webhook-timestamp") + "." + body)
                        .getBytes(StandardCharsets.UTF_8));
                for (String signature : header("webhook-signature").split(" ")) {
                    if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                            Base64.getDecoder().decode(signature.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile CountDownLatch held = new CountDownLatch(0);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The receiver's URL, by the host name {@code localhost} (which the tests' settings allow). */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** Answer every request from now on with this status. */
    public void answer(int status) {
        this.status = status;
    }

    /** Requests from now on get no answer until {@link #release()}: a receiver that hangs. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<String> webhookIds() {
        return received.stream().map(Received::webhookId).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            received.add(new Received(headers, body));
            held.await(60, TimeUnit.SECONDS);
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
