package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What the Kubernetes API schemas (checked in CI by .ci/k8s) cannot know about k8s/: that each service's Deployment
 * fits the JVM that jvm.options makes, drains before it is killed, probes the ports it declares, and has the
 * Service, PodDisruptionBudget and HorizontalPodAutoscaler that select its pods.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("samverkan.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** CloudNativePG's default max_connections is 100; leave room for maintenance and a rolling update's extra pod. */
    private static final int MAX_CONNECTIONS_PER_DATABASE = 80;

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "funding-service"})
    void theDeploymentFitsTheJvmAndDrainsBeforeItIsKilled(String service) throws IOException {
        Map<String, List<JsonNode>> objects = objects();
        JsonNode deployment = named(objects, "Deployment", service);
        JsonNode pod = deployment.path("spec").path("template");
        JsonNode container = pod.path("spec").path("containers").path(0);
        Map<String, String> env = environment(container, objects);

        long limit = bytes(container.path("resources").path("limits").path("memory").asText());
        assertTrue(limit >= jvmMaximum(), service + ": the memory limit " + limit + " is below what jvm.options lets the "
                + "JVM take (" + jvmMaximum() + " bytes of heap, metaspace, code cache and direct memory)");
        long request = bytes(container.path("resources").path("requests").path("memory").asText());
        assertTrue(request >= 300L << 20 && request <= limit, service + ": memory request " + request);

        long preStop = preStopSeconds(container);
        Duration shutdown = Duration.parse("PT" + env.get("SHUTDOWN_TIMEOUT"));
        long grace = pod.path("spec").path("terminationGracePeriodSeconds").asLong();
        assertTrue(preStop > 0, service + ": a preStop pause lets the endpoints go before the drain");
        assertTrue(grace > preStop + shutdown.toSeconds(), service + ": terminationGracePeriodSeconds " + grace
                + " must exceed preStop " + preStop + " s + SHUTDOWN_TIMEOUT " + shutdown.toSeconds() + " s");

        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        assertEquals(Integer.parseInt(env.get("HTTP_PORT")), ports.get("http"), service + ": HTTP_PORT is the http port");
        assertEquals(Integer.parseInt(env.get("MANAGEMENT_PORT")), ports.get("management"),
                service + ": MANAGEMENT_PORT is the management port");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertTrue(get.path("path").asText().startsWith("/q/health/"), service + ": " + probe + " " + get);
            assertEquals("management", get.path("port").asText(), service + ": " + probe + " asks the management port");
        }
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());

        assertTrue(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean(), service + ": non-root");
        assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true), service);
        assertTrue(env.get("JWT_PUBLIC_KEY_LOCATION").startsWith("https://"), service + ": the issuer's JWKS URL");
        assertFalse(env.containsKey("SAMVERKAN_ALLOW_DEV_KEY"), service + ": never the development key");
        assertTrue(container.path("env").findValues("secretKeyRef").size() >= 2, service + ": credentials from a Secret");

        JsonNode labels = pod.path("metadata").path("labels");
        assertSelects(named(objects, "Service", service).path("spec").path("selector"), labels, "Service");
        assertSelects(named(objects, "PodDisruptionBudget", service).path("spec").path("selector").path("matchLabels"),
                labels, "PodDisruptionBudget");
        assertTrue(named(objects, "PodDisruptionBudget", service).path("spec").path("minAvailable").asInt() >= 1);
        JsonNode autoscaler = named(objects, "HorizontalPodAutoscaler", service).path("spec");
        assertEquals(service, autoscaler.path("scaleTargetRef").path("name").asText());
        assertTrue(autoscaler.path("minReplicas").asInt() >= 2, service + ": two pods at least, so the budget can move one");
        int connections = (autoscaler.path("maxReplicas").asInt() + 1) * Integer.parseInt(env.get("DB_POOL_SIZE"));
        assertTrue(connections <= MAX_CONNECTIONS_PER_DATABASE, service + ": " + connections
                + " connections at the autoscaler's maximum (plus one pod of a rolling update)");
    }

    /** Every document of k8s/*.yaml by kind. */
    private static Map<String, List<JsonNode>> objects() throws IOException {
        Map<String, List<JsonNode>> objects = new HashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext();) {
                        JsonNode object = documents.next();
                        if (object != null && object.has("kind")) {
                            objects.computeIfAbsent(object.path("kind").asText(), k -> new ArrayList<>()).add(object);
                        }
                    }
                }
            }
        }
        return objects;
    }

    private static JsonNode named(Map<String, List<JsonNode>> objects, String kind, String name) {
        return objects.getOrDefault(kind, List.of()).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("k8s/ has no " + kind + " " + name));
    }

    /** The container's environment: its ConfigMaps' data, then its own variables (secrets by reference only). */
    private static Map<String, String> environment(JsonNode container, Map<String, List<JsonNode>> objects) {
        Map<String, String> env = new HashMap<>();
        container.path("envFrom").forEach(from -> named(objects, "ConfigMap", from.path("configMapRef").path("name").asText())
                .path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
        container.path("env").forEach(e -> env.put(e.path("name").asText(),
                e.has("value") ? e.path("value").asText() : "(from " + e.path("valueFrom") + ")"));
        return env;
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertFalse(selector.isEmpty(), what + " selects nothing");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue(), labels.path(e.getKey()),
                what + " selects " + e.getKey() + "=" + e.getValue() + ", the pods say " + labels));
    }

    private static long preStopSeconds(JsonNode container) {
        JsonNode preStop = container.path("lifecycle").path("preStop");
        if (preStop.has("sleep")) {
            return preStop.path("sleep").path("seconds").asLong();
        }
        JsonNode command = preStop.path("exec").path("command");
        return command.size() == 2 && "sleep".equals(command.path(0).asText()) ? command.path(1).asLong() : 0;
    }

    /** What jvm.options lets the JVM take beyond its own code: heap, metaspace, code cache and direct memory. */
    private static long jvmMaximum() throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("jvm.options"))) {
            String option = line.strip();
            if (option.startsWith("-Xmx")) {
                sizes.put("heap", bytes(option.substring(4)));
            }
            for (String flag : List.of("MaxMetaspaceSize", "ReservedCodeCacheSize", "MaxDirectMemorySize")) {
                if (option.startsWith("-XX:" + flag + "=")) {
                    sizes.put(flag, bytes(option.substring(option.indexOf('=') + 1)));
                }
            }
        }
        assertEquals(4, sizes.size(), "jvm.options bounds heap, metaspace, code cache and direct memory: " + sizes);
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A JVM size (128m) or a binary Kubernetes quantity (512Mi) in bytes. */
    static long bytes(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        for (var unit : List.of(Map.entry("gi", 30), Map.entry("mi", 20), Map.entry("ki", 10), Map.entry("g", 30),
                Map.entry("m", 20), Map.entry("k", 10))) {
            if (s.endsWith(unit.getKey())) {
                return Long.parseLong(s.substring(0, s.length() - unit.getKey().length())) << unit.getValue();
            }
        }
        return Long.parseLong(s);
    }
}
