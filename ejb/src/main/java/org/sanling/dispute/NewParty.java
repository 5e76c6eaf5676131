package org.sanling.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A party to a dispute as filed.
 *
 * @param side which side they are on, in the filer's words (申请方, 被申请方 …); optional
 */
public record NewParty(
        @NotBlank(message = "{dispute.party.name.required}") @Size(max = 50, message = "{dispute.party.name.size}")
        @Schema(examples = "李建国") String name,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{dispute.party.phone.invalid}") @Schema(examples = "13812345678") String phone,
        @Size(max = 40, message = "{dispute.party.side.size}") @Schema(examples = "申请方") String side) {
}
