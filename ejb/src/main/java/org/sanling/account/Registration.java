package org.sanling.account;

import jakarta.validation.constraints.NotBlank;
import org.sanling.account.validation.DisplayName;
import org.sanling.account.validation.MobilePhone;
import org.sanling.account.validation.Password;
import org.sanling.account.validation.Username;

/** What a person gives to register themselves as a volunteer. */
public record Registration(
        @Username String username,
        @Password String password,
        @DisplayName String displayName,
        @NotBlank(message = "{account.phone.required}") @MobilePhone String phone,
        @NotBlank(message = "{account.areaCode.required}") String areaCode) {
}
