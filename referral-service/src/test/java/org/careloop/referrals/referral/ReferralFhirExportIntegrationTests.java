package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralFhirExportIntegrationTests extends ReferralServiceIntegrationTest {

    FhirContext fhir;
    FhirValidator validator;

    @BeforeAll
    void validatorWithTheR4BaseResources() {
        fhir = FhirContext.forR4Cached();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void aRequestedReferralExportsAValidBundle() {
        UUID id = referralToSunrise();

        Bundle bundle = exported(id, TestUser.SAM);

        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(0).getResource();
        Task task = (Task) bundle.getEntry().get(1).getResource();
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactly("ServiceRequest", "Task", "Consent");
        assertThat(request.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(request.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(task.getFocus().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());
        assertThat(task.getFor().getIdentifier().getValue()).isEqualTo(samsActiveCase().toString());
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo(SUNRISE_HOSPICE.toString());
        assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo("sam");
        assertThat(task.getAuthoredOn()).isNotNull();
    }

    @Test
    void aCompletedReferralCarriesItsOutcomeAndIsValidForTheReceiverToo() {
        UUID id = referralToSunrise();
        setStatus(TestUser.HANA, id, "accepted", null, null);
        setStatus(TestUser.HANA, id, "completed", null, "got-help");

        Bundle bundle = exported(id, TestUser.HANA);

        Task task = (Task) bundle.getEntry().get(1).getResource();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(((CodeableConcept) task.getOutputFirstRep().getValue()).getCodingFirstRep().getCode())
                .isEqualTo("got-help");
        assertThat(((ServiceRequest) bundle.getEntry().get(0).getResource()).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
    }

    private Bundle exported(UUID id, TestUser user) {
        Response response = api.get("/api/referrals/" + id + "/fhir", token(user));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        ValidationResult result = validator.validateWithResult(response.body());
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        assertThat(errors).as("validation errors: %s", errors).isEmpty();
        return fhir.newJsonParser().parseResource(Bundle.class, response.body());
    }
}
