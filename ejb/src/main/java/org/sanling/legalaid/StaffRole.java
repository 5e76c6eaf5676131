package org.sanling.legalaid;

import org.sanling.account.Qualification;

/** The roles an event is staffed with; lawyers' and mediators' places need the qualification. */
public enum StaffRole {
    LAWYER(Qualification.LAWYER),
    MEDIATOR(Qualification.MEDIATOR),
    VOLUNTEER(null);

    private final Qualification qualification;

    StaffRole(Qualification qualification) {
        this.qualification = qualification;
    }

    /** The qualification the role's places need, or null. */
    public Qualification qualification() {
        return qualification;
    }

    /** The role whose places need the qualification (null: volunteers). */
    public static StaffRole needing(Qualification qualification) {
        for (StaffRole role : values()) {
            if (role.qualification == qualification) {
                return role;
            }
        }
        throw new IllegalArgumentException(String.valueOf(qualification));
    }
}
