package org.sanling.web.supervision;

import org.sanling.account.PhoneMask;

/** Masks a citizen's contact for people who may not see it: 张三丰 → 张**, 13812345678 → 138****5678. */
final class CitizenMask {

    private CitizenMask() {
    }

    static String name(String name, boolean visible) {
        if (visible || name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    static String phone(String phone, boolean visible) {
        return visible ? phone : PhoneMask.mask(phone);
    }
}
