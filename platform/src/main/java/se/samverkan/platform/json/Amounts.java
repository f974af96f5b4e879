package se.samverkan.platform.json;

/** Bounds of a money amount as the services store it. */
public final class Amounts {

    /**
     * The largest amount a {@code numeric(15,2)} column holds. A request field says it as {@code @DecimalMax}
     * next to its {@code @Digits(integer = 13, fraction = 2)}, which refuses the same values, so that the
     * document carries a maximum a partner's gateway can check.
     */
    public static final String MAX = "9999999999999.99";

    private Amounts() {
    }
}
