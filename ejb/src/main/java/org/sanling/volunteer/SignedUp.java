package org.sanling.volunteer;

import java.io.Serializable;

/**
 * The answer to a sign-up.
 *
 * @param position place in the waitlist (1 = next), 0 when confirmed
 * @param created  false when the client UUID was signed up before and this is its first answer again
 */
public record SignedUp(Signup signup, int position, boolean created) implements Serializable {
}
