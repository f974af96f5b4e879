package se.samverkan.project.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organisation is in its participation: {@code INVITED -> INTERESTED -> DECIDED -> ACTIVE ->
 * COMPLETED}, and {@code WITHDRAWN} from any state before COMPLETED.
 */
public enum ParticipationStatus {
    INVITED, INTERESTED, DECIDED, ACTIVE, COMPLETED, WITHDRAWN;

    /** The states this one may move to (staying where it is is always allowed). */
    public Set<ParticipationStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(INTERESTED, WITHDRAWN);
            case INTERESTED -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED, WITHDRAWN -> EnumSet.noneOf(ParticipationStatus.class);
        };
    }

    public boolean canMoveTo(ParticipationStatus target) {
        return this == target || next().contains(target);
    }

    /** Withdrawn organisations no longer take part; every other state does. */
    public boolean participating() {
        return this != WITHDRAWN;
    }
}
