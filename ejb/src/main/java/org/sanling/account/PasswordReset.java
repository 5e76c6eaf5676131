package org.sanling.account;

import jakarta.validation.constraints.NotBlank;
import org.sanling.account.validation.Password;

/** A person who forgot their password sets a new one with the reset code they were given. */
public record PasswordReset(
        @NotBlank(message = "{account.username.required}") String username,
        @NotBlank(message = "{account.resetCode.required}") String code,
        @Password String newPassword) {
}
