package org.sanling.account.validation;

import com.nulabinc.zxcvbn.StandardDictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords too common to allow (ASVS 5.0 V6.2.4): the 30,000 most frequent passwords of Mark Burnett's
 * (Xato) corpus of ten million leaked passwords, in the ranked list the zxcvbn4j library ships from
 * Maven Central (MIT licence). The list is lower case, so the comparison ignores case: "Password1" is as
 * common as "password1". Entries shorter than {@link #MIN_LENGTH} are dropped, since {@link Password}
 * refuses those anyway. Loaded once; thread-safe.
 */
public final class CommonPasswords {

    static final int MIN_LENGTH = 8;

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    /** Whether the password is on the list, whatever its case; null is not. */
    public static boolean contains(String password) {
        return password != null && LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords of {@value #MIN_LENGTH} characters or more the list holds. */
    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .filter(p -> p.length() >= MIN_LENGTH)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the common password list of zxcvbn4j could not be read", e);
        }
    }
}
