package org.sanling.web.account;

import org.sanling.account.IssuedResetCode;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A password reset code as issued: the only time the code itself leaves the server. */
public record ResetCodeJson(String username, String code, OffsetDateTime expiresAt) {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public static ResetCodeJson of(IssuedResetCode issued) {
        return new ResetCodeJson(issued.username(), issued.code(), issued.expiresAt().atZone(SHANGHAI).toOffsetDateTime());
    }
}
