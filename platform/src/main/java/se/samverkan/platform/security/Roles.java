package se.samverkan.platform.security;

/** The roles of docs/architecture.md ("Security"), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String NATIONAL_COORDINATOR = "national-coordinator";
    /** Plans and solutions of municipalities in its county (claim {@code county}). */
    public static final String REGIONAL_COORDINATOR = "regional-coordinator";
    /** Its own municipality's co-funding, decision cases and plan (claim {@code org}). */
    public static final String MUNICIPALITY_OFFICER = "municipality-officer";
    /** Its organisation's calls and decisions on applications to them (claim {@code org}). */
    public static final String FUNDER_OFFICER = "funder-officer";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
