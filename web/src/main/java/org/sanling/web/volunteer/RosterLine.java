package org.sanling.web.volunteer;

import org.sanling.volunteer.Roster;
import org.sanling.volunteer.Signup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One volunteer on a shift's roster as its leader reads it.
 *
 * @param position place in the waitlist (1 = next), 0 for those holding a place
 */
public record RosterLine(Signup signup, int position) implements Serializable {

    /** The confirmed volunteers, then the waitlist in its order. */
    static List<RosterLine> of(Roster roster) {
        List<RosterLine> lines = new ArrayList<>();
        roster.confirmed().forEach(s -> lines.add(new RosterLine(s, 0)));
        for (int i = 0; i < roster.waitlist().size(); i++) {
            lines.add(new RosterLine(roster.waitlist().get(i), i + 1));
        }
        return lines;
    }

    public double hours() {
        return signup.getCreditedMinutes() / 60.0;
    }
}
