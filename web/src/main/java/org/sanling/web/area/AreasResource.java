package org.sanling.web.area;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sanling.area.AreaService;

import java.util.List;

/** The area tree: the children of a node, or without a parent the top of what the caller may browse. */
@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreasResource {

    @Inject
    private AreaService areas;

    @GET
    public List<AreaNode> children(@QueryParam("parent") String parent) {
        if (parent == null || parent.isBlank()) {
            return List.of(AreaNode.of(areas.scopeRoot()));
        }
        return areas.children(parent).stream().map(AreaNode::of).toList();
    }

    @GET
    @Path("{code}")
    public AreaNode get(@PathParam("code") String code) {
        return AreaNode.of(areas.get(code));
    }
}
