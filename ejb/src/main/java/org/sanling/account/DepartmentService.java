package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;

import java.util.List;

/**
 * Functional departments and who works for them. Everybody reads them; admins create them and appoint
 * handlers to them. Finders never return {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class DepartmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AreaService areas;

    @Inject
    private AuditService audit;

    public List<Department> all() {
        return em.createQuery("select d from Department d order by d.name", Department.class).getResultList();
    }

    /** The handlers who work for the department, by username. */
    public List<Account> members(long departmentId) {
        return em.createQuery("select a from Account a where a.department.id = :d order by a.username", Account.class)
                .setParameter("d", departmentId).getResultList();
    }

    /** Creates a department serving the given area's subtree. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Department add(@NotBlank(message = "{department.name.required}") @Size(max = 60, message = "{department.name.size}") String name,
                          @NotBlank(message = "{account.areaCode.required}") String areaCode) {
        Area area = areas.find(areaCode).orElseThrow(() -> new AreaNotFoundException("areaCode", areaCode));
        boolean taken = !em.createQuery("select d from Department d where d.name = :n", Department.class)
                .setParameter("n", name.strip()).getResultList().isEmpty();
        if (taken) {
            throw new DepartmentNameTakenException(name.strip());
        }
        Department department = new Department(name.strip(), area);
        em.persist(department);
        audit.record("DEPARTMENT_ADDED", "department", department.getName(), "serves " + area.getCode());
        return department;
    }

    /**
     * Makes a handler a member of the department, or of none ({@code departmentId} null).
     *
     * @throws NotAHandlerException if the account is not a handler's
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account appoint(String username, Long departmentId) {
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new AccountNotFoundException(username));
        if (!account.has(Role.HANDLER)) {
            throw new NotAHandlerException(username);
        }
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        account.joinDepartment(department);
        audit.record("DEPARTMENT_MEMBER", "account", username, department == null ? "none" : department.getName());
        return account;
    }
}
