package se.samverkan.platform.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/**
 * Keeps webhooks from becoming a way into the network the service runs in (server-side request forgery): a
 * receiver's host must resolve only to public addresses, not to loopback, private (RFC 1918, RFC 6598, unique-local
 * IPv6), link-local (169.254.169.254, the cloud metadata service, among them), unspecified or multicast ones,
 * unless an operator lists the host in {@code SAMVERKAN_WEBHOOKS_ALLOWED_HOSTS}. Checked when a subscription is
 * made and again before every delivery, since what a name resolves to can change.
 */
@ApplicationScoped
public class ReceiverAddresses {

    private final Set<String> allowedHosts;

    public ReceiverAddresses(WebhooksConfig config) {
        this.allowedHosts = config.allowedHosts().orElse(List.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The URL of a new subscription: 400 unless an absolute http(s) URL, 422 when its host is refused. */
    public URI requireAllowed(String url) {
        URI uri = parse(url);
        refusal(uri).ifPresent(reason -> {
            throw ProblemException.ruleBroken("webhook-address-refused", "Webhooks are not sent to " + uri.getHost()
                    + ": " + reason, List.of(new FieldError("url", reason)));
        });
        return uri;
    }

    /** Why a receiver's host may not be called now, or empty when it may. */
    public Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host cannot be resolved");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = forbiddenKind(address);
            if (kind.isPresent()) {
                return Optional.of("it resolves to " + address.getHostAddress() + ", " + kind.get()
                        + " address");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with calling this address, if anything. */
    static Optional<String> forbiddenKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && bytes[0] == 0)) {
            return Optional.of("an unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private");
        }
        if (address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
            return Optional.of("a shared (carrier-grade NAT)");
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique-local (private)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast");
        }
        return Optional.empty();
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw ProblemException.invalid("url", "must be an absolute http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "may not carry user information or a fragment");
        }
        return uri;
    }
}
