package se.samverkan.funding.rest.mapping;

/** Optional text from a request: blank means absent. */
final class Texts {

    private Texts() {
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
