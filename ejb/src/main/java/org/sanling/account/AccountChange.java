package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.sanling.account.validation.DisplayName;
import org.sanling.account.validation.MobilePhone;

import java.util.Set;

/** A leader's or admin's change to someone's profile, home area and roles. */
public record AccountChange(
        @DisplayName String displayName,
        @MobilePhone String phone,
        @NotBlank(message = "{account.areaCode.required}") String areaCode,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {
}
