package org.sanling.account;

/**
 * Masks phone numbers for display: 13812345678 becomes 138****5678. Only people who need to call the
 * person see the full number.
 */
public final class PhoneMask {

    private PhoneMask() {
    }

    /** The masked number; {@code null} or blank stays as it is; short numbers keep only their last two digits. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 7) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }
}
