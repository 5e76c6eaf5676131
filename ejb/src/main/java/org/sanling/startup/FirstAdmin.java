package org.sanling.startup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.AccountService;
import org.sanling.account.PasswordHasher;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.platform.Settings;

import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * On a fresh installation without demo data: creates the district at the root of the area tree
 * ({@code SANLING_DISTRICT_CODE}, {@code SANLING_DISTRICT_NAME}; 410702 红旗区 by default) and an
 * {@code admin} account with a random password that is printed once, to the server log.
 */
@Stateless
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AreaService areas;

    @Inject
    private PasswordHasher hasher;

    public void createIfNoAccounts() {
        if (accounts.anyExists()) {
            return;
        }
        Area district = areas.districtRoot().orElseGet(() -> {
            Area root = Area.district(Settings.get("SANLING_DISTRICT_CODE").orElse("410702"),
                    Settings.get("SANLING_DISTRICT_NAME").orElse("红旗区"));
            em.persist(root);
            return root;
        });
        String password = randomPassword();
        accounts.createInitialAdmin("admin", hasher.hash(password), district);
        LOG.warning(() -> "\n=================================================================\n"
                + " Sanling: first start. Log in as 'admin' with the password\n"
                + "     " + password + "\n"
                + " and change it on the account page. It is not shown again.\n"
                + "=================================================================");
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // The password policy wants a letter and a digit; the alphabet has both, this makes it certain.
        return password.append('7').append('k').toString();
    }
}
