package org.sanling.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sanling.account.AccountAccessService;
import org.sanling.account.AccountChange;
import org.sanling.account.AccountFilter;
import org.sanling.account.AccountService;
import org.sanling.account.Appointment;
import org.sanling.account.IssuedResetCode;
import org.sanling.account.Qualification;
import org.sanling.platform.Role;
import org.sanling.area.AreaService;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts of the caller's scope for leaders and admins: a lazy, filtered list; appointing a new
 * supervisor, handler or leader; changing roles and home area; disabling and enabling; issuing a
 * one-time password reset code, shown once; for admins, the lawyer's and mediator's qualifications.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private AreaService areas;

    @Inject
    private AccountAccessService access;

    private String text;
    private Role role;
    private boolean disabledOnly;
    /** The reset code just issued, shown once in its dialog; null otherwise. */
    private IssuedResetCode issuedCode;

    /** The account being edited, or null while appointing a new one. */
    private String editing;
    private String username;
    private String password;
    private String displayName;
    private String phone;
    private AreaNode area;
    /** An array, not a list: Faces converts the checkboxes' values to the array's element type. */
    private Role[] roles = {};
    private Qualification[] qualifications = {};

    private final LazyDataModel<AccountSummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) accounts.list(filter(), 0, 1).total();
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return accounts.list(filter(), first, pageSize).items().stream().map(AccountSummary::of).toList();
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return account.username();
        }
    };

    @PostConstruct
    void init() {
        startAppointing();
    }

    private AccountFilter filter() {
        return new AccountFilter(text, null, role, disabledOnly);
    }

    /** Roles the caller may grant, for the role checkboxes. */
    public List<Role> getGrantableRoles() {
        return accounts.grantableRoles().stream().sorted().toList();
    }

    public boolean isQualificationsEditable() {
        return accounts.mayChangeQualifications();
    }

    public List<Qualification> getAllQualifications() {
        return List.of(Qualification.values());
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<AreaNode> completeArea(String query) {
        return areas.search(query, 20).stream().map(AreaNode::of).toList();
    }

    public void startAppointing() {
        editing = null;
        username = null;
        password = null;
        displayName = null;
        phone = null;
        area = null;
        roles = new Role[]{Role.SUPERVISOR};
        qualifications = new Qualification[0];
    }

    /** In one transaction, so the account's qualifications (loaded lazily) can still be read. */
    @Transactional
    public void startEditing(String account) {
        var found = accounts.get(account);
        editing = found.getUsername();
        username = found.getUsername();
        displayName = found.getDisplayName();
        phone = found.getPhone();
        area = AreaNode.of(found.getHomeArea());
        roles = found.getRoles().stream().sorted().toArray(Role[]::new);
        qualifications = found.getQualifications().stream().sorted().toArray(Qualification[]::new);
    }

    public void save() {
        String areaCode = area == null ? null : area.code();
        Set<Role> chosen = roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        boolean saved = editing == null
                ? FormFeedback.succeeds("editor", () -> accounts.appoint(
                        new Appointment(username == null ? null : username.strip(), password, displayName, phone, areaCode, chosen)))
                : FormFeedback.succeeds("editor", () -> accounts.update(editing,
                        new AccountChange(displayName, phone, areaCode, chosen)));
        if (saved && accounts.mayChangeQualifications()) {
            Set<Qualification> held = qualifications.length == 0 ? Set.of() : EnumSet.copyOf(List.of(qualifications));
            saved = FormFeedback.succeeds("editor", () -> accounts.changeQualifications(username.strip(), held));
        }
        if (saved) {
            FormFeedback.info("accounts.saved", username);
        }
    }

    public void disable(String account) {
        if (FormFeedback.succeeds("list", () -> access.disable(account))) {
            FormFeedback.info("accounts.disabled", account);
        }
    }

    public void enable(String account) {
        if (FormFeedback.succeeds("list", () -> access.enable(account))) {
            FormFeedback.info("accounts.enabled", account);
        }
    }

    public void issueResetCode(String account) {
        issuedCode = FormFeedback.outcome("list", () -> access.issueResetCode(account)).orElse(null);
    }

    public IssuedResetCode getIssuedCode() {
        return issuedCode;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public LazyDataModel<AccountSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isDisabledOnly() {
        return disabledOnly;
    }

    public void setDisabledOnly(boolean disabledOnly) {
        this.disabledOnly = disabledOnly;
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

    public AreaNode getArea() {
        return area;
    }

    public void setArea(AreaNode area) {
        this.area = area;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public Qualification[] getQualifications() {
        return qualifications;
    }

    public void setQualifications(Qualification[] qualifications) {
        this.qualifications = qualifications == null ? new Qualification[0] : qualifications;
    }
}
