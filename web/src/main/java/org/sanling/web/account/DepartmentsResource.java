package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.account.Department;
import org.sanling.account.DepartmentService;

import java.util.List;

/** Functional departments (an extension of docs/api.md): list; admins create them and appoint handlers. */
@Path("departments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentsResource {

    /** A department and the area it serves. */
    public record DepartmentItem(String id, String name, String areaCode, String areaName) {

        static DepartmentItem of(Department d) {
            return new DepartmentItem(String.valueOf(d.getId()), d.getName(), d.getArea().getCode(), d.getArea().getName());
        }
    }

    /** What an admin gives to create a department. */
    public record NewDepartment(String name, String areaCode) {
    }

    @Inject
    private DepartmentService departments;

    @GET
    public List<DepartmentItem> all() {
        return departments.all().stream().map(DepartmentItem::of).toList();
    }

    @APIResponse(responseCode = "201", description = "The new department.",
            content = @Content(schema = @Schema(implementation = DepartmentItem.class)))
    @POST
    public Response add(NewDepartment department) {
        var added = DepartmentItem.of(departments.add(department.name(), department.areaCode()));
        return Response.status(201).entity(added).build();
    }

    /** Makes the handler a member of the department. */
    @APIResponse(responseCode = "204", description = "The person is a member.")
    @PUT
    @Path("{id}/members/{username}")
    public Response join(@PathParam("id") long id, @PathParam("username") String username) {
        departments.appoint(username, id);
        return Response.noContent().build();
    }

    /** Takes the handler out of any department. */
    @APIResponse(responseCode = "204", description = "The person is no longer a member.")
    @DELETE
    @Path("{id}/members/{username}")
    public Response leave(@PathParam("id") long id, @PathParam("username") String username) {
        departments.appoint(username, null);
        return Response.noContent().build();
    }
}
