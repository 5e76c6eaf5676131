package org.sanling.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanling.account.Qualification;

import java.time.Instant;
import java.util.List;

/**
 * A shift as a leader plans it: time window, meeting point, capacity, skills it needs. The window follows
 * the {@link ShiftWindow} rules (checked by {@link CampaignService}).
 *
 * @param id            the shift this plan changes when editing a campaign; null for a new shift
 * @param qualification who may take its places: holders of this qualification only, or anyone when null
 */
public record ShiftPlan(
        Long id,
        @NotNull(message = "{shift.startsAt.required}") Instant startsAt,
        @NotNull(message = "{shift.endsAt.required}") Instant endsAt,
        @NotBlank(message = "{shift.place.required}") @Size(max = 200, message = "{shift.place.size}") String place,
        @Min(value = 1, message = "{shift.capacity.range}") @Max(value = 1000, message = "{shift.capacity.range}") int capacity,
        @Size(max = 10, message = "{skills.size}") List<@NotBlank(message = "{skills.blank}") @Size(max = 20, message = "{skills.skillSize}") String> skills,
        Qualification qualification) {

    public ShiftPlan {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
