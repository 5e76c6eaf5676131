package org.sanling.legalaid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A consultation as staff log it in booth mode. The client UUID makes logging idempotent (it is sent
 * again after a lost answer, or from the offline outbox). The citizen stays anonymous unless they
 * consent to leave a name or phone.
 *
 * @param topic the topic's id, or its Chinese or English name; one of the event's topics
 */
public record NewConsultation(
        @NotNull(message = "{consultation.clientId.required}") UUID clientId,
        @NotBlank(message = "{consultation.topic.required}") String topic,
        @Size(max = 200, message = "{consultation.summary.size}") String summary,
        @NotNull(message = "{consultation.outcome.required}") Outcome outcome,
        @Size(max = 50, message = "{submission.citizenName.size}") String citizenName,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{submission.citizenPhone.invalid}") String citizenPhone,
        boolean citizenConsent) {
}
