package org.sanling.account;

import jakarta.validation.constraints.NotBlank;
import org.sanling.account.validation.Password;

/** A person changing their own password; the current one proves it is them. */
public record PasswordChange(
        @NotBlank(message = "{account.currentPassword.required}") String currentPassword,
        @Password String newPassword) {
}
