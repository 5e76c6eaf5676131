package org.sanling.legalaid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * An event as a leader schedules it ({@code POST /api/v1/legal-aid/events}). Without an area the leader's
 * home area is used.
 *
 * @param topics the topics' ids, or their Chinese or English names
 * @param slots  how many people of each role staff it
 */
public record NewEvent(
        @NotNull(message = "{legalAid.kind.required}") EventKind kind,
        @NotBlank(message = "{legalAid.title.required}") @Size(max = 80, message = "{legalAid.title.size}") String title,
        @NotBlank(message = "{legalAid.place.required}") @Size(max = 200, message = "{legalAid.place.size}") String place,
        String areaCode,
        @NotNull(message = "{shift.startsAt.required}") Instant startsAt,
        @NotNull(message = "{shift.endsAt.required}") Instant endsAt,
        @NotNull(message = "{legalAid.topics.required}") @Size(min = 1, max = 12, message = "{legalAid.topics.required}") List<@NotBlank String> topics,
        @NotNull(message = "{legalAid.slots.required}") @Size(min = 1, max = 3, message = "{legalAid.slots.required}") List<@NotNull @Valid StaffSlot> slots) {

    /** How many people of a role the event needs. */
    public record StaffSlot(@NotNull(message = "{legalAid.role.required}") StaffRole role,
                            @Min(value = 1, message = "{shift.capacity.range}") @Max(value = 1000, message = "{shift.capacity.range}") int count) {
    }
}
