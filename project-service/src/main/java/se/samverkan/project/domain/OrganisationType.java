package se.samverkan.project.domain;

/** What kind of actor an organisation is; its type decides the level it takes part at in a project. */
public enum OrganisationType {
    MUNICIPALITY(Level.MUNICIPAL),
    REGION(Level.REGIONAL),
    COUNTY_ADMINISTRATIVE_BOARD(Level.REGIONAL),
    GOVERNMENT_AGENCY(Level.NATIONAL),
    NATIONAL_ORGANISATION(Level.NATIONAL),
    LOCAL_DEVELOPMENT_GROUP(Level.LOCAL),
    BUSINESS(Level.LOCAL);

    private final Level level;

    OrganisationType(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The level of multi-level collaboration (flernivåsamverkan). */
    public enum Level {
        LOCAL, MUNICIPAL, REGIONAL, NATIONAL
    }
}
