package org.sanling.web.area;

import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;

import java.io.Serializable;

/** An area as the API shows it. */
public record AreaNode(String code, String name, AreaLevel level, AreaKind kind) implements Serializable {

    public static AreaNode of(Area area) {
        return new AreaNode(area.getCode(), area.getName(), area.getLevel(), area.getKind());
    }
}
