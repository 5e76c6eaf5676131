package org.sanling.web.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Instants as the API and pages show them: in Asia/Shanghai, with the offset. */
final class Times {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }
}
