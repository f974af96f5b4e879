package se.samverkan.project.domain;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: ten digits, written {@code NNNNNN-NNNN}, whose third and fourth digits
 * are at least 20 (which sets it apart from a personal identity number) and whose last digit is a Luhn
 * check digit over the other nine. IATI and 360Giving name Swedish organisations {@code SE-ON-NNNNNNNNNN}.
 */
public record OrganisationNumber(String digits) {

    public static final String ORG_ID_PREFIX = "SE-ON-";

    public OrganisationNumber {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Accepts {@code NNNNNN-NNNN} or ten digits. */
    public static OrganisationNumber parse(String text) {
        return new OrganisationNumber(normalise(text));
    }

    /** Why the text is not an organisation number, or empty when it is one. */
    public static Optional<String> problemIn(String text) {
        return problemWith(normalise(text));
    }

    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    public String orgId() {
        return ORG_ID_PREFIX + digits;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        if (trimmed.length() == 11 && trimmed.charAt(6) == '-') {
            return trimmed.substring(0, 6) + trimmed.substring(7);
        }
        return trimmed;
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || !digits.matches("[0-9]{10}")) {
            return Optional.of("must be ten digits, written NNNNNN-NNNN");
        }
        if (Integer.parseInt(digits.substring(2, 4)) < 20) {
            return Optional.of("digits 3-4 must be at least 20 for an organisation (lower is a personal identity number)");
        }
        if (luhnCheckDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return Optional.of("the check digit (the last) does not match: check for a typing error");
        }
        return Optional.empty();
    }

    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
