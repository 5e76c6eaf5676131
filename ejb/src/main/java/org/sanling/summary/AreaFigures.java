package org.sanling.summary;

import org.sanling.area.AreaLevel;

import java.io.Serializable;

/** The figures of one area, its own and its subtree's together. */
public record AreaFigures(String areaCode, String areaName, AreaLevel level, Figures figures) implements Serializable {
}
