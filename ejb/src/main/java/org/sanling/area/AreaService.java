package org.sanling.area;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;
import org.sanling.platform.OutOfScopeException;

import java.util.List;
import java.util.Optional;

/**
 * Reads and edits the area tree within the caller's scope (see {@link AreaScope}).
 * Finders never return {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class AreaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AreaScope scope;

    @Inject
    private AuditService audit;

    /**
     * The top of what the caller may browse: the district for most people, the home area for leaders
     * and handlers.
     */
    public Area scopeRoot() {
        Area root = districtRoot().orElseThrow(() -> new AreaNotFoundException(null, "-"));
        return scope.canBrowse(root.getPath()) ? root : byCode(scope.homeAreaCode());
    }

    /** The node with the given code, if the caller may browse it. */
    public Area get(String code) {
        Area area = byCode(code);
        requireBrowsable(area);
        return area;
    }

    /** The children of the given node, ordered by code. */
    public List<Area> children(String parentCode) {
        Area parent = get(parentCode);
        return em.createQuery("select a from Area a where a.parent = :p order by a.code", Area.class)
                .setParameter("p", parent)
                .getResultList();
    }

    /** The ancestors of the given node that the caller may browse, root first, the node itself last. */
    public List<Area> breadcrumb(String code) {
        Area area = get(code);
        return em.createQuery("select a from Area a where a.code in :codes order by a.path", Area.class)
                .setParameter("codes", area.lineage())
                .getResultStream()
                .filter(a -> scope.canBrowse(a.getPath()))
                .toList();
    }

    /**
     * Up to {@code max} nodes the caller may browse whose name contains the text or whose code starts
     * with it, higher levels first: for picking a home area or a grid.
     */
    public List<Area> search(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String needle = text.strip().replace("\\", "").replace("%", "").replace("_", "");
        return em.createQuery("""
                        select a from Area a where a.path like :scope and (a.name like :name or a.code like :code)
                        order by length(a.code), a.code""", Area.class)
                .setParameter("scope", scopeRoot().getPath() + "%")
                .setParameter("name", "%" + needle + "%")
                .setParameter("code", needle + "%")
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultList();
    }

    /** How many nodes of each level lie strictly below the given node. */
    public java.util.Map<AreaLevel, Long> census(String code) {
        Area area = get(code);
        var counts = new java.util.EnumMap<AreaLevel, Long>(AreaLevel.class);
        em.createQuery("select a.kind, count(a) from Area a where a.path like :p and a.id <> :id group by a.kind",
                        Object[].class)
                .setParameter("p", area.getPath() + "%")
                .setParameter("id", area.getId())
                .getResultList()
                .forEach(row -> counts.merge(((AreaKind) row[0]).level(), (Long) row[1], Long::sum));
        return counts;
    }

    /**
     * Adds a child under the given node, numbered after its last sibling.
     *
     * @throws AreaNotFoundException    if there is no such parent
     * @throws AreaKindMismatchException if the kind does not belong one level below the parent
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Area addChild(@NotBlank String parentCode,
                         @NotBlank(message = "{area.name.required}") @Size(max = 100, message = "{area.name.size}") String name,
                         @NotNull(message = "{area.kind.required}") AreaKind kind) {
        Area parent = em.find(Area.class, byCode(parentCode).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (parent.getLevel().below().map(level -> level != kind.level()).orElse(true)) {
            throw new AreaKindMismatchException(kind, parent.getKind());
        }
        int last = em.createQuery("select count(a) from Area a where a.parent = :p", Long.class)
                .setParameter("p", parent).getSingleResult().intValue();
        Area child = parent.newChild(last + 1, name.strip(), kind);
        em.persist(child);
        audit.record("AREA_ADDED", "area", child.getCode(), child.getName() + " (" + kind + ")");
        return child;
    }

    /** Renames a node; its code and path stay. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Area rename(@NotBlank String code,
                       @NotBlank(message = "{area.name.required}") @Size(max = 100, message = "{area.name.size}") String name) {
        Area area = byCode(code);
        String before = area.getName();
        area.rename(name.strip());
        audit.record("AREA_RENAMED", "area", code, before + " → " + area.getName());
        return area;
    }

    /**
     * The area with this code, which the caller governs (see {@link AreaScope#governs}): where a service narrows
     * what it reads or counts to an area the caller names.
     *
     * @throws AreaNotFoundException if the code is unknown (parameter {@code areaCode})
     * @throws OutOfScopeException   if the caller does not govern it
     */
    @PermitAll
    public Area governed(String code) {
        Area area = find(code).orElseThrow(() -> new AreaNotFoundException("areaCode", code));
        if (!scope.governs(area.getPath())) {
            throw new OutOfScopeException();
        }
        return area;
    }

    /** Looks a node up without scope rules, for other services that check scope themselves. */
    @PermitAll
    public Optional<Area> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Area a where a.code = :c", Area.class)
                .setParameter("c", code.strip())
                .getResultStream().findFirst();
    }

    /**
     * The children of the district or of a street, for people not logged in yet (registration): streets
     * and communities are public knowledge; grids are not offered.
     */
    @PermitAll
    public List<Area> publicChildren(String parentCode) {
        return find(parentCode)
                .filter(parent -> parent.getLevel() == AreaLevel.DISTRICT || parent.getLevel() == AreaLevel.STREET)
                .map(parent -> em.createQuery("select a from Area a where a.parent = :p order by a.code", Area.class)
                        .setParameter("p", parent).getResultList())
                .orElse(List.of());
    }

    /** The district at the root of the tree, if the tree has been created. */
    @PermitAll
    public Optional<Area> districtRoot() {
        return em.createQuery("select a from Area a where a.parent is null order by a.code", Area.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Area byCode(String code) {
        return find(code).orElseThrow(() -> new AreaNotFoundException(null, code));
    }

    private void requireBrowsable(Area area) {
        if (!scope.canBrowse(area.getPath())) {
            throw new OutOfScopeException();
        }
    }
}
