package org.sanling.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A dispute as filed. The client UUID makes filing idempotent: the same UUID from the same person returns the
 * first dispute.
 *
 * @param kind     the kind's id, or its Chinese or English name
 * @param source   how it came (screening when left out)
 * @param sourceId the submission, consultation or patrol it came from; required unless screened
 */
public record NewDispute(
        @NotNull(message = "{dispute.clientId.required}") UUID clientId,
        @NotBlank(message = "{dispute.areaCode.required}") @Schema(examples = "410702001001001") String areaCode,
        @NotBlank(message = "{dispute.title.required}") @Size(max = 120, message = "{dispute.title.size}")
        @Schema(examples = "楼上漏水引发邻里矛盾") String title,
        @NotBlank(message = "{dispute.description.required}") @Size(max = 8000, message = "{dispute.description.size}")
        @Schema(examples = "3号楼502卫生间漏水至402，双方多次争吵，402住户扬言报复。") String description,
        @NotBlank(message = "{dispute.kind.required}") @Schema(examples = "邻里纠纷") String kind,
        @NotNull(message = "{dispute.riskLevel.required}") RiskLevel riskLevel,
        @Size(max = 1000, message = "{dispute.riskReasons.size}") @Schema(examples = "一方扬言报复，情绪激动。") String riskReasons,
        @Size(max = 20, message = "{dispute.parties.size}") List<@NotNull @Valid NewParty> parties,
        DisputeSource source,
        @Schema(examples = "1024") String sourceId) {

    /** The source, screening when none was given. */
    public DisputeSource sourceOrScreening() {
        return source == null ? DisputeSource.SCREENING : source;
    }

    /** The parties, none when left out. */
    public List<NewParty> partiesOrNone() {
        return parties == null ? List.of() : parties;
    }
}
