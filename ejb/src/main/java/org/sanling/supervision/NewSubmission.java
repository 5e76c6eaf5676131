package org.sanling.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * What a person files. The client UUID makes filing idempotent: the same UUID from the same person
 * returns the first submission. Without an area the submitter's home area is used. A citizen's name or
 * phone may be given only with their consent.
 *
 * @param category the category's id, or its Chinese or English name
 */
public record NewSubmission(
        @NotNull(message = "{submission.clientId.required}") UUID clientId,
        @NotNull(message = "{submission.type.required}") SubmissionType type,
        @NotBlank(message = "{submission.category.required}") @Schema(examples = "消防安全") String category,
        @Schema(examples = "410702001001001") String areaCode,
        @Size(max = 200, message = "{submission.place.size}") @Schema(examples = "梦萦小区3号楼二单元") String place,
        @NotBlank(message = "{submission.title.required}") @Size(max = 120, message = "{submission.title.size}")
        @Schema(examples = "楼道堆物堵塞消防通道") String title,
        @NotBlank(message = "{submission.content.required}") @Size(max = 8000, message = "{submission.content.size}")
        @Schema(examples = "楼道内堆放大量纸箱和电动车，堵塞消防通道，存在火灾隐患。") String content,
        @NotNull(message = "{submission.urgency.required}") Urgency urgency,
        SanlingDimension dimension,
        Instant occurredAt,
        @Size(max = 50, message = "{submission.citizenName.size}") @Schema(examples = "王大妈") String citizenName,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{submission.citizenPhone.invalid}") String citizenPhone,
        boolean citizenConsent) {
}
