package org.sanling.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records' constraints, each field with its own message key (the texts live in the web bundle). */
class AccountRecordsValidationTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static Map<String, Set<String>> keysByField(Object record) {
        return VALIDATOR.validate(record).stream().collect(Collectors.groupingBy(
                v -> v.getPropertyPath().toString(), TreeMap::new,
                Collectors.mapping(ConstraintViolation::getMessageTemplate, Collectors.toSet())));
    }

    @Test
    void aGoodRegistrationIsValid() {
        assertTrue(keysByField(new Registration("volunteer.zhang", "Hong9qi-lu", "张三", "13812345678", "410702001001")).isEmpty());
    }

    @Test
    void everyBadFieldOfARegistrationIsNamed() {
        var errors = keysByField(new Registration("Zhang San", "password", " ", "1234", ""));
        assertEquals(Set.of("username", "password", "displayName", "phone", "areaCode"), errors.keySet());
        assertEquals(Set.of("{account.username.invalid}"), errors.get("username"));
        assertEquals(Set.of("{account.password.weak}", "{account.password.common}"), errors.get("password"));
        assertEquals(Set.of("{account.phone.invalid}"), errors.get("phone"));
    }

    @Test
    void passwordsNeedEightCharactersWithLettersAndDigits() {
        assertEquals(Set.of("{account.password.size}"),
                keysByField(new PasswordChange("old", "abc123")).get("newPassword"));
        assertTrue(keysByField(new PasswordChange("old", "中文密码abc12")).isEmpty());
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Set.of("{account.password.common}"), keysByField(new PasswordChange("old", "Password1")).get("newPassword"));
        assertEquals(Set.of("{account.password.common}"), keysByField(new PasswordChange("old", "1QAZ2WSX3EDC")).get("newPassword"));
        assertTrue(keysByField(new PasswordChange("old", "Hong9qi-lu")).isEmpty());
    }

    @Test
    void anAppointmentNeedsARole() {
        var errors = keysByField(new Appointment("handler-b", "Hong9qi-lu", "李四", null, "410702002", Set.of()));
        assertEquals(Set.of("roles"), errors.keySet());
    }
}
