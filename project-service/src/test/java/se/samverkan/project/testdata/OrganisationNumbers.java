package se.samverkan.project.testdata;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, made-up organisation numbers (digits 3-4 at least 20, Luhn check digit), unique enough per test. */
public final class OrganisationNumbers {

    private OrganisationNumbers() {
    }

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nine = String.format("%02d%02d%05d", 80 + random.nextInt(20), 20 + random.nextInt(80),
                random.nextInt(100_000));
        return nine.substring(0, 6) + "-" + nine.substring(6) + checkDigit(nine);
    }

    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
