package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.area.Area;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who logs in.
 * <p>
 * Failed logins are not counted here: throttling per client and account (in the web layer) slows
 * guessing without letting a stranger lock the owner out. A disabled account cannot log in. The
 * security stamp changes when the password does or the account is disabled, which ends every session
 * and token made under the old stamp.
 */
@Entity
@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
public class Account implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(length = 20)
    private String phone;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "home_area_id", nullable = false)
    private Area homeArea;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** What the person can do (急救, 驾驶 …), matched against what volunteer campaigns ask for. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_skill", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "skill", length = 20, nullable = false)
    private Set<String> skills = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_qualification", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "qualification", length = 20, nullable = false)
    private Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String phone, Area homeArea, Set<Role> roles,
                   String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.homeArea = homeArea;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Sets a new password; sessions and tokens made with the old one end. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        securityStamp++;
    }

    /** Keeps the person from logging in and ends their sessions and tokens, for good. */
    public void disable() {
        if (enabled) {
            enabled = false;
            securityStamp++;
        }
    }

    /** Lets the person log in again (with new sessions and tokens: the old ones stay ended). */
    public void enable() {
        enabled = true;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Changes whenever the sessions and tokens of the account must end. */
    public int getSecurityStamp() {
        return securityStamp;
    }

    public void changeQualifications(Set<Qualification> newQualifications) {
        this.qualifications = newQualifications.isEmpty() ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(newQualifications);
    }

    public Set<Qualification> getQualifications() {
        return Set.copyOf(qualifications);
    }

    public boolean isQualifiedAs(Qualification qualification) {
        return qualifications.contains(qualification);
    }

    public void changeSkills(Set<String> newSkills) {
        this.skills = new TreeSet<>(newSkills);
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }

    public void changeProfile(String newDisplayName, String newPhone) {
        this.displayName = newDisplayName;
        this.phone = newPhone;
    }

    public void appoint(Area newHomeArea, Set<Role> newRoles) {
        this.homeArea = newHomeArea;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    /** Makes the person a member of the department, or of none ({@code null}). */
    public void joinDepartment(Department newDepartment) {
        this.department = newDepartment;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The full phone number: show {@link PhoneMask#mask(String)} of it unless the viewer needs it. */
    public String getPhone() {
        return phone;
    }

    public Area getHomeArea() {
        return homeArea;
    }

    /** The department the person works for, or null. */
    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
