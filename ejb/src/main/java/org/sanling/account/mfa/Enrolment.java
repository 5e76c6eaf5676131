package org.sanling.account.mfa;

import java.io.Serializable;

/** A started enrolment: the secret, for typing into an app, and the otpauth URI its QR code carries. */
public record Enrolment(String secret, String otpauthUri) implements Serializable {
}
