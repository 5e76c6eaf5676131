package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.sanling.account.validation.DisplayName;
import org.sanling.account.validation.MobilePhone;
import org.sanling.account.validation.Password;
import org.sanling.account.validation.Username;

import java.util.Set;

/**
 * A new account created by a leader or an admin: a supervisor, a handler, a leader. The initial password
 * is handed to the person, who changes it on their account page.
 */
public record Appointment(
        @Username String username,
        @Password String password,
        @DisplayName String displayName,
        @MobilePhone String phone,
        @NotBlank(message = "{account.areaCode.required}") String areaCode,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {
}
