package se.samverkan.devtools;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server on a free port standing in for the other service in a client test; init arg
 * {@code client} names the REST client (config key) to point at it. Tests reach the server through
 * {@link #server()} to stub answers and count requests.
 */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;
    private String client = "project-api";

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.getOrDefault("client", client);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client." + client + ".url", server.baseUrl());
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
}
