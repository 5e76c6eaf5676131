package org.sanling.web.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sanling.summary.Periods;
import org.sanling.summary.SummaryService;
import org.sanling.web.summary.SummaryJson.BoardJson;

/**
 * The 三零 board of a month (yyyy-MM, none: this month) below an area (none: the caller's home area): streets and
 * communities, zero or not on each dimension, in rank order (比一比). Leaders and admins within their scope.
 */
@Path("sanling-board")
@Produces(MediaType.APPLICATION_JSON)
public class SanlingBoardResource {

    @Inject
    private SummaryService summaries;

    @GET
    public BoardJson board(@QueryParam("areaCode") String areaCode, @QueryParam("month") String month) {
        return BoardJson.of(summaries.board(areaCode, Periods.month("month", month)));
    }
}
