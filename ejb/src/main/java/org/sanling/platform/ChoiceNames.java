package org.sanling.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The names of an entry of a list admins keep, as typed: Chinese and English; surrounding blanks do not count. */
public record ChoiceNames(
        @NotBlank(message = "{category.name.required}") @Size(max = 40, message = "{category.name.size}") String name,
        @NotBlank(message = "{category.nameEn.required}") @Size(max = 60, message = "{category.nameEn.size}") String nameEn) {
}
