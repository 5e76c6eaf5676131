package org.sanling.area;

import jakarta.persistence.Column;
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

import java.io.Serializable;

/**
 * A node of the area tree.
 * <p>
 * The code is stable for the life of the node: renaming changes only the name. A child's code is its
 * parent's code followed by a three-digit sequence number, and its path is the parent's path followed by
 * the child's code and a slash, so the path of the district 410702 is {@code 410702/} and one of its
 * grids has {@code 410702/410702001/410702001001/410702001001001/}.
 */
@Entity
@SequenceGenerator(name = "area_seq", sequenceName = "area_seq", allocationSize = 50)
public class Area implements Serializable {

    public static final String PATH_SEPARATOR = "/";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AreaKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Area parent;

    @Column(nullable = false, unique = true, length = 200, updatable = false)
    private String path;

    @Version
    private long version;

    protected Area() {
        // for JPA
    }

    private Area(String code, String name, AreaKind kind, Area parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.path = (parent == null ? "" : parent.getPath()) + code + PATH_SEPARATOR;
    }

    /** The root of a tree: a district. */
    public static Area district(String code, String name) {
        return new Area(code, name, AreaKind.DISTRICT, null);
    }

    /**
     * A new child of this node with the given sequence number among its siblings (1 to 999).
     *
     * @throws IllegalArgumentException if the kind does not belong one level below this node, or the
     *                                  number is out of range
     */
    public Area newChild(int number, String name, AreaKind kind) {
        if (kind.level() != getLevel().below().orElse(null)) {
            throw new IllegalArgumentException(kind + " cannot be a child of " + this.kind);
        }
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("child number out of range: " + number);
        }
        return new Area(code + "%03d".formatted(number), name, kind, this);
    }

    /** Whether this node is the given node or lies below it. */
    public boolean isWithin(Area other) {
        return isWithin(other.getPath()); // the getter: other may be a lazy proxy
    }

    /** Whether this node lies at or below the node with the given path. */
    public boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }

    /** The codes of the root, …, the parent and this node, in that order. */
    public java.util.List<String> lineage() {
        return java.util.List.of(path.split(PATH_SEPARATOR));
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AreaKind getKind() {
        return kind;
    }

    public AreaLevel getLevel() {
        return kind.level();
    }

    /** The parent, or {@code null} for a district. */
    public Area getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }
}
