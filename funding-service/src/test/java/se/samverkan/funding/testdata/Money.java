package se.samverkan.funding.testdata;

import java.math.BigDecimal;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** Amounts are read from responses as BigDecimal, never as floating point, and compared by value. */
public final class Money {

    private Money() {
    }

    /** Call from {@code @BeforeAll}: JSON decimals become BigDecimal in REST Assured's paths. */
    public static void readAmountsAsBigDecimal() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static Matcher<BigDecimal> sek(String amount) {
        return Matchers.comparesEqualTo(new BigDecimal(amount));
    }
}
