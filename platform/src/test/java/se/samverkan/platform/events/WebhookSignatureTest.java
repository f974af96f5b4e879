package se.samverkan.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksSpecificationsExampleAsItSays() {
        // the test vector of the Standard Webhooks reference libraries
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesBehindTheWhsecPrefix() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
