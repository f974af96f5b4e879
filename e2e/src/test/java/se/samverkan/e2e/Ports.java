package se.samverkan.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes an end-to-end test starts (services, PostgreSQL), chosen below the kernel's ephemeral
 * range. The kernel hands out ephemeral ports to outgoing connections and to every bind on port 0, so a port picked
 * there could be taken by anyone between the check and the service's own bind; below that range only a process
 * asking for that very port could take it. A start that still finds its port taken is tried again on another port
 * ({@link ServiceProcess.PortTaken}).
 */
final class Ports {

    private static final int LOWEST = 20_000;

    private Ports() {
    }

    /** A port that nobody listens on now, outside the ephemeral range. */
    static int unused() {
        int highest = ephemeralRangeStart() - 1;
        int lowest = highest - LOWEST > 1_000 ? LOWEST : 10_000;
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(lowest, highest + 1);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no unused port between " + lowest + " and " + highest);
    }

    private static boolean bindable(int port) {
        try (ServerSocket any = new ServerSocket()) {
            any.setReuseAddress(false);
            any.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket loopback = new ServerSocket()) {
            loopback.setReuseAddress(false);
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (Linux); 32768, the common default, where it cannot be read. */
    private static int ephemeralRangeStart() {
        // read line by line: Files.readString trusts the file's size, which /proc reports wrongly
        try (BufferedReader reader = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
