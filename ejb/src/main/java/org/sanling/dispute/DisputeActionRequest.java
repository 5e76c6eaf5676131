package org.sanling.dispute;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * An action on a dispute. Each action uses the fields it needs and ignores the others.
 *
 * @param note       a session's notes (MEDIATE), the reason (FAIL), what the return visit found (FOLLOW_UP), a remark
 * @param mediator   username of the mediator (ASSIGN)
 * @param agreement  the mediation agreement (RESOLVE)
 * @param referredTo where a failed dispute goes (REFER)
 * @param heldAt     when the session was held (MEDIATE; now when left out)
 * @param place      where the session was held (MEDIATE)
 * @param attendees  who attended the session (MEDIATE)
 */
public record DisputeActionRequest(
        @NotNull(message = "{dispute.action.required}") DisputeAction action,
        @Size(max = 2000, message = "{dispute.note.size}") @Schema(examples = "双方到场，初步同意由502承担维修费用。") String note,
        @Schema(examples = "mediator-01") String mediator,
        @Size(max = 8000, message = "{dispute.agreement.size}") @Schema(examples = "502住户于7日内修复防水层并赔偿402住户2000元。")
        String agreement,
        ReferralTarget referredTo,
        Instant heldAt,
        @Size(max = 200, message = "{dispute.place.size}") @Schema(examples = "梦萦小区人民调解室") String place,
        @Size(max = 500, message = "{dispute.attendees.size}") @Schema(examples = "李建国、王芳、调解员张明") String attendees) {

    public static DisputeActionRequest of(DisputeAction action, String note) {
        return new DisputeActionRequest(action, note, null, null, null, null, null, null);
    }
}
