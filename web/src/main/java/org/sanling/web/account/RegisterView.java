package org.sanling.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.AccountService;
import org.sanling.account.Registration;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.io.Serializable;
import java.util.List;

/**
 * Self-registration of a volunteer, with the home area picked street first, then community; throttled
 * per client ({@link ThrottleRule#REGISTRATION}).
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private AreaService areas;

    @Inject
    private Throttle throttle;

    private String username;
    private String password;
    private String displayName;
    private String phone;
    private String streetCode;
    private String communityCode;
    private boolean registered;

    private List<Area> streets = List.of();
    private List<Area> communities = List.of();

    @PostConstruct
    void init() {
        streets = areas.districtRoot().map(d -> areas.publicChildren(d.getCode())).orElse(List.of());
    }

    public void streetChanged() {
        communityCode = null;
        communities = streetCode == null ? List.of() : areas.publicChildren(streetCode);
    }

    public void register() {
        String areaCode = communityCode != null && !communityCode.isBlank() ? communityCode : streetCode;
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        registered = FormFeedback.succeeds("form", () -> {
            throttle.attempt(ThrottleRule.REGISTRATION, null, request);
            accounts.register(new Registration(trim(username), password, displayName, trim(phone), areaCode));
        });
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    public boolean isRegistered() {
        return registered;
    }

    public List<Area> getStreets() {
        return streets;
    }

    public List<Area> getCommunities() {
        return communities;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }
}
