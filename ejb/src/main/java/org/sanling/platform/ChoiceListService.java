package org.sanling.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.audit.AuditService;

import java.util.List;

/**
 * The lists admins keep (submission and campaign categories, legal topics), whichever {@link ChoiceList}
 * a call names: admins add entries at the end of a list, rename them and switch them on and off; an
 * entry is never deleted, so whatever uses it keeps it. Chinese names are unique within a list. Every
 * change is audited under the list's key. Finders return empty lists, never null. Thread-safe (a
 * stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed(Role.ADMIN_NAME)
public class ChoiceListService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    /** The entries offered on forms: the active ones, in their order. */
    @PermitAll
    public <T extends NamedChoice> List<T> active(ChoiceList<T> list) {
        return em.createQuery("select c from " + entity(list) + " c where c.active = true order by c.position, c.id", list.type())
                .getResultList();
    }

    /** Every entry, active or not, in their order. */
    public <T extends NamedChoice> List<T> all(ChoiceList<T> list) {
        return em.createQuery("select c from " + entity(list) + " c order by c.position, c.id", list.type()).getResultList();
    }

    /** Adds an active entry at the end of the list. */
    public <T extends NamedChoice> T add(ChoiceList<T> list, @NotNull @Valid ChoiceNames names) {
        String name = names.name().strip();
        requireFreeName(list, name, null);
        int position = em.createQuery("select coalesce(max(c.position), 0) from " + entity(list) + " c", Integer.class)
                .getSingleResult() + 1;
        T added = list.newEntry().make(name, names.nameEn().strip(), position);
        em.persist(added);
        audit.record(list.auditPrefix() + "_ADDED", list.key(), name, added.getNameEn());
        return added;
    }

    /** Renames an entry; whatever uses it shows the new names. Unchanged names are no change. */
    public <T extends NamedChoice> T rename(ChoiceList<T> list, long id, @NotNull @Valid ChoiceNames names) {
        T entry = byId(list, id);
        String name = names.name().strip();
        String nameEn = names.nameEn().strip();
        if (!name.equals(entry.getName()) || !nameEn.equals(entry.getNameEn())) {
            requireFreeName(list, name, id);
            String before = entry.getName() + " / " + entry.getNameEn();
            entry.rename(name, nameEn);
            audit.record(list.auditPrefix() + "_RENAMED", list.key(), name, before + " → " + name + " / " + nameEn);
        }
        return entry;
    }

    /**
     * Renames an entry and, when {@code active} is given, switches it, in one transaction: both happen or
     * neither (a name taken leaves the switch undone too).
     */
    public <T extends NamedChoice> T change(ChoiceList<T> list, long id, @NotNull @Valid ChoiceNames names, Boolean active) {
        T entry = rename(list, id, names);
        return active == null ? entry : setActive(list, id, active);
    }

    /** Offers an entry on the forms again, or no longer (it stays where it is used). */
    public <T extends NamedChoice> T setActive(ChoiceList<T> list, long id, boolean active) {
        T entry = byId(list, id);
        if (entry.isActive() != active) {
            entry.setActive(active);
            audit.record(list.auditPrefix() + (active ? "_ACTIVATED" : "_DEACTIVATED"), list.key(), entry.getName(), null);
        }
        return entry;
    }

    private void requireFreeName(ChoiceList<?> list, String name, Long exceptId) {
        boolean taken = em.createQuery("select c from " + entity(list) + " c where c.name = :n", list.type())
                .setParameter("n", name).getResultStream().anyMatch(c -> !c.getId().equals(exceptId));
        if (taken) {
            throw new ChoiceNameTakenException(list, name);
        }
    }

    private <T extends NamedChoice> T byId(ChoiceList<T> list, long id) {
        T entry = em.find(list.type(), id);
        if (entry == null) {
            throw new ChoiceNotFoundException(String.valueOf(id));
        }
        return entry;
    }

    /** The list's entity name for JPQL; it comes from the entity class, never from input. */
    private String entity(ChoiceList<?> list) {
        return em.getMetamodel().entity(list.type()).getName();
    }
}
