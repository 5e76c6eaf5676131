package org.sanling.web.supervision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.supervision.PhotoRejectedException;
import org.sanling.supervision.SubmissionNotFoundException;
import org.sanling.supervision.SubmissionPhotos;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Photos of a submission (an extension of docs/api.md): {@code POST} the image itself as the body with
 * {@code ?clientId=UUID} (a retry with the same UUID, even one racing the first upload, returns the first
 * photo, 200); {@code GET} the list, a photo, or its thumbnail ({@code ?size=thumb}), both as the portal
 * keeps them: upright and without metadata (see SubmissionPhotos).
 */
@Path("submissions/{id}/photos")
public class PhotosResource {

    @Inject
    private SubmissionPhotos photos;

    @APIResponse(responseCode = "201", description = "The photo, stored and attached.",
            content = @Content(schema = @Schema(implementation = PhotoInfo.class)))
    @APIResponse(responseCode = "200", description = "The photo filed before under this clientId, as it was first answered.",
            content = @Content(schema = @Schema(implementation = PhotoInfo.class)))
    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String id, @QueryParam("clientId") UUID clientId, InputStream body)
            throws IOException {
        long submissionId = parse(id);
        // Read one byte past the limit: enough to know a file is too large without holding all of it.
        byte[] content = body.readNBytes((int) SubmissionPhotos.MAX_BYTES + 1);
        if (content.length > SubmissionPhotos.MAX_BYTES) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.SIZE);
        }
        var attached = photos.attach(submissionId, clientId == null ? UUID.randomUUID() : clientId, content);
        return Response.status(attached.created() ? 201 : 200).entity(PhotoInfo.of(submissionId, attached.photo())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PhotoInfo> list(@PathParam("id") String id) {
        long submissionId = parse(id);
        return photos.list(submissionId).stream().map(p -> PhotoInfo.of(submissionId, p)).toList();
    }

    @APIResponse(responseCode = "200", description = "The photo (JPEG, PNG or WebP as stored; a JPEG thumbnail with size=thumb).",
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{photoId}")
    public Response photo(@PathParam("id") String id, @PathParam("photoId") String photoId, @QueryParam("size") String size) {
        var content = photos.read(parse(id), parse(photoId), "thumb".equals(size));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(content.bytes(), content.contentType()).cacheControl(cache).build();
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new SubmissionNotFoundException(id);
        }
    }
}
