package org.sanling.account.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A password good enough for an account that can see citizens' data: 8 to 128 characters, with at least
 * one letter and one digit, and not one of the {@link CommonPasswords} (whose message is this
 * constraint's own).
 */
@NotBlank(message = "{account.password.required}")
@Size(min = 8, max = 128, message = "{account.password.size}")
@Pattern(regexp = "(?s)(?=.*\\p{L})(?=.*\\d).*", message = "{account.password.weak}")
@Documented
@Constraint(validatedBy = NotCommonPasswordValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Password {
    String message() default "{account.password.common}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
