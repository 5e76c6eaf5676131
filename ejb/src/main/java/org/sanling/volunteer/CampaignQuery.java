package org.sanling.volunteer;

import java.time.Instant;

/**
 * Filters of the campaign list; null means "any". Volunteers see published campaigns only, whatever
 * {@code status} asks for.
 *
 * @param from       campaigns with a shift ending at or after this instant
 * @param to         campaigns with a shift starting before this instant
 * @param skill      campaigns asking for this skill (on the campaign or one of its shifts)
 * @param freePlaces only campaigns with a shift still to come that has a free place
 */
public record CampaignQuery(CampaignStatus status, String areaCode, Long categoryId, String skill, Instant from,
                            Instant to, boolean freePlaces) {
}
