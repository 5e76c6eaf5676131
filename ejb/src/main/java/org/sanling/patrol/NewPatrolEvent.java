package org.sanling.patrol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanling.supervision.SubmissionType;

import java.util.UUID;

/**
 * An event met on a patrol. It becomes a submission in the patrol's grid filed under the same client UUID, so a
 * replay finds it again.
 *
 * @param category      the category's id, or its Chinese or English name (as for a submission)
 * @param type          what the event is; a hazard (隐患) when not given
 * @param handledOnSpot whether the handler dealt with it there and then: the submission is resolved at once with the
 *                      description as what was done; otherwise it waits in the grid's queue
 */
public record NewPatrolEvent(
        @NotNull(message = "{submission.clientId.required}") UUID clientId,
        @NotBlank(message = "{submission.category.required}") @Schema(examples = "消防安全") String category,
        SubmissionType type,
        @NotBlank(message = "{submission.title.required}") @Size(max = 120, message = "{submission.title.size}")
        @Schema(examples = "电动车楼道充电") String title,
        @NotBlank(message = "{submission.content.required}") @Size(max = 8000, message = "{submission.content.size}")
        @Schema(examples = "3号楼一单元楼道内电动车充电，已劝离并拔除插线板。") String description,
        @Size(max = 200, message = "{submission.place.size}") @Schema(examples = "梦萦小区3号楼一单元") String place,
        boolean handledOnSpot) {

    /** The type the submission is filed with. */
    public SubmissionType typeOrHazard() {
        return type == null ? SubmissionType.HAZARD : type;
    }
}
