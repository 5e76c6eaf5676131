package org.sanling.web.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.area.AreaService;

import java.util.List;

/**
 * The areas offered while a person types into an area field, for any form:
 * <pre>{@code <p:autoComplete value="#{view.area}" completeMethod="#{areaCompletion.complete}" var="a"
 *                 itemValue="#{a}" itemLabel="#{a.name()}"/>}</pre>
 * The service decides which areas the caller may pick.
 */
@Named
@ApplicationScoped
public class AreaCompletion {

    private static final int OFFERED = 20;

    @Inject
    private AreaService areas;

    public List<AreaNode> complete(String query) {
        return areas.search(query, OFFERED).stream().map(AreaNode::of).toList();
    }
}
