package se.samverkan.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReceiverAddressesTest {

    @Test
    void refusesTheAddressesOfTheServicesOwnNetwork() throws UnknownHostException {
        assertEquals(Optional.of("a link-local"), kind("169.254.169.254"));
        assertEquals(Optional.of("a private"), kind("10.0.0.1"));
        assertEquals(Optional.of("a private"), kind("172.16.5.4"));
        assertEquals(Optional.of("a private"), kind("192.168.1.1"));
        assertEquals(Optional.of("a shared (carrier-grade NAT)"), kind("100.64.0.1"));
        assertEquals(Optional.of("a loopback"), kind("127.0.0.1"));
        assertEquals(Optional.of("a loopback"), kind("::1"));
        assertEquals(Optional.of("a loopback"), kind("::ffff:127.0.0.1"));
        assertEquals(Optional.of("an unspecified"), kind("0.0.0.0"));
        assertEquals(Optional.of("an unspecified"), kind("::"));
        assertEquals(Optional.of("a link-local"), kind("fe80::1"));
        assertEquals(Optional.of("a unique-local (private)"), kind("fd12:3456::1"));
        assertEquals(Optional.of("a multicast"), kind("224.0.0.1"));
    }

    @Test
    void letsPublicAddressesThrough() throws UnknownHostException {
        assertEquals(Optional.empty(), kind("192.0.2.10"));
        assertEquals(Optional.empty(), kind("172.32.0.1"));
        assertEquals(Optional.empty(), kind("100.128.0.1"));
        assertEquals(Optional.empty(), kind("2001:db8::1"));
    }

    private static Optional<String> kind(String literal) throws UnknownHostException {
        return ReceiverAddresses.forbiddenKind(InetAddress.getByName(literal));
    }
}
