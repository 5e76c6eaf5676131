package org.sanling.account.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The part of {@link Password} that refuses {@link CommonPasswords}; blank and short ones are left to the rest. */
public class NotCommonPasswordValidator implements ConstraintValidator<Password, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return !CommonPasswords.contains(password);
    }
}
