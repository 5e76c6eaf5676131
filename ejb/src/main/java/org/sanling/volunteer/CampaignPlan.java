package org.sanling.volunteer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A campaign as a leader writes it, with its shifts: the body of {@code POST /api/v1/campaigns} and of
 * editing. Without an area the leader's home area is used.
 *
 * @param category the category's id, or its Chinese or English name
 */
public record CampaignPlan(
        @NotBlank(message = "{campaign.title.required}") @Size(max = 80, message = "{campaign.title.size}") String title,
        @Size(max = 4000, message = "{campaign.description.size}") String description,
        @NotBlank(message = "{campaign.category.required}") String category,
        String areaCode,
        @Size(max = 10, message = "{skills.size}") List<@NotBlank(message = "{skills.blank}") @Size(max = 20, message = "{skills.skillSize}") String> skills,
        @NotNull(message = "{campaign.shifts.required}") @Size(min = 1, max = 50, message = "{campaign.shifts.size}") List<@NotNull(message = "{campaign.shifts.required}") @Valid ShiftPlan> shifts) {

    public CampaignPlan {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
