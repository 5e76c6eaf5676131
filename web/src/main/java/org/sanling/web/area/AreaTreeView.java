package org.sanling.web.area;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.area.AreaService;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.List;

/**
 * The area tree page: browse the caller's subtree, loading children when a node opens (the district has
 * about a thousand nodes); admins add children and rename.
 */
@Named
@ViewScoped
public class AreaTreeView implements Serializable {

    /** Stands in for the children of a node not opened yet, so the tree shows it as expandable. */
    private static final String NOT_LOADED = "not-loaded";

    @Inject
    private AreaService areas;

    private TreeNode<Object> root;
    private TreeNode<Object> selected;

    private String newName;
    private AreaKind newKind;
    private String rename;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>("root", null);
        TreeNode<Object> top = node(AreaNode.of(areas.scopeRoot()), root);
        top.setExpanded(true);
        loadChildren(top);
    }

    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<Object> node = event.getTreeNode();
        loadChildren(node);
    }

    public void onSelect() {
        rename = selectedArea() == null ? null : selectedArea().name();
        newName = null;
        newKind = kindsForNewChild().stream().findFirst().orElse(null);
    }

    public void addChild() {
        AreaNode parent = selectedArea();
        if (parent != null && FormFeedback.succeeds("editor", () -> areas.addChild(parent.code(), newName, newKind))) {
            FormFeedback.info("areas.added", newName);
            selected.setExpanded(true);
            loadChildren(selected);
            newName = null;
        }
    }

    public void renameSelected() {
        AreaNode area = selectedArea();
        if (area != null && FormFeedback.succeeds("editor", () -> areas.rename(area.code(), rename))) {
            ((DefaultTreeNode<Object>) selected).setData(AreaNode.of(areas.get(area.code())));
            FormFeedback.info("areas.renamed", rename);
        }
    }

    /** The kinds a child of the selected node may have. */
    public List<AreaKind> kindsForNewChild() {
        AreaNode area = selectedArea();
        return area == null ? List.of() : area.level().below().map(AreaKind::of).orElse(List.of());
    }

    private void loadChildren(TreeNode<Object> parent) {
        parent.getChildren().clear();
        AreaNode area = (AreaNode) parent.getData();
        areas.children(area.code()).forEach(child -> node(AreaNode.of(child), parent));
    }

    private static TreeNode<Object> node(AreaNode area, TreeNode<Object> parent) {
        TreeNode<Object> node = new DefaultTreeNode<>(area.level().name(), area, parent);
        if (area.level() != AreaLevel.GRID) {
            new DefaultTreeNode<>(NOT_LOADED, node);
        }
        return node;
    }

    public AreaNode selectedArea() {
        return selected != null && selected.getData() instanceof AreaNode area ? area : null;
    }

    public TreeNode<Object> getRoot() {
        return root;
    }

    public TreeNode<Object> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<Object> selected) {
        this.selected = selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public AreaKind getNewKind() {
        return newKind;
    }

    public void setNewKind(AreaKind newKind) {
        this.newKind = newKind;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }
}
