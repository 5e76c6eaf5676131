package org.sanling.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.CurrentCaller;
import org.sanling.area.Area;
import org.sanling.area.AreaLevel;
import org.sanling.area.AreaService;
import org.sanling.web.area.AreaNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The areas a leader may pick on the dashboard and the daily report: their home area and what lies below it
 * down to the communities (grids are too small for figures of their own), in tree order.
 */
@Named
@RequestScoped
public class AreaChoices {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    private List<AreaNode> options;

    public List<AreaNode> getOptions() {
        if (options == null) {
            options = new ArrayList<>();
            areas.find(currentCaller.get().homeAreaCode()).ifPresent(this::addWithChildren);
        }
        return options;
    }

    private void addWithChildren(Area area) {
        options.add(AreaNode.of(area));
        if (area.getLevel().compareTo(AreaLevel.COMMUNITY) < 0) {
            areas.children(area.getCode()).forEach(this::addWithChildren);
        }
    }

    /** An area's name indented by its depth below the caller's home area, for a select list. */
    public String label(AreaNode area) {
        int depth = area.level().ordinal() - getOptions().get(0).level().ordinal();
        return "\u3000".repeat(Math.max(0, depth)) + area.name();
    }
}
