package org.sanling.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category as an admin defines it: names in both languages and the deadlines of its submissions. */
public record NewCategory(
        @NotBlank(message = "{category.name.required}") @Size(max = 40, message = "{category.name.size}") String name,
        @NotBlank(message = "{category.nameEn.required}") @Size(max = 60, message = "{category.nameEn.size}") String nameEn,
        @Min(value = 1, message = "{category.urgentHours.range}") @Max(value = 720, message = "{category.urgentHours.range}") int urgentHours,
        @Min(value = 1, message = "{category.normalWorkingDays.range}") @Max(value = 60, message = "{category.normalWorkingDays.range}") int normalWorkingDays) {
}
