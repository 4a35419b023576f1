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
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
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
                .containsExactly("ServiceRequest", "Task", "Consent", "Patient");
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

    @Test
    void thePatientIsMadeOfWhatWasSharedAndTheDiagnosisIsTheReason() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Response created = api.post("/api/referrals", token(TestUser.SAM), ReferralSharingIntegrationTests
                .sharing(caseId, ReferralSharingIntegrationTests.everything(), "IDENTITY", "CONTACT", "CLINICAL"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Bundle bundle = exported(UUID.fromString(created.json().get("id").asString()), TestUser.HANA);

        ServiceRequest request = resource(bundle, ServiceRequest.class);
        Task task = resource(bundle, Task.class);
        Patient patient = resource(bundle, Patient.class);
        Condition condition = resource(bundle, Condition.class);
        String patientUrl = fullUrl(bundle, patient);
        assertThat(request.getSubject().getReference()).isEqualTo(patientUrl);
        assertThat(task.getFor().getReference()).isEqualTo(patientUrl);
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Rosa");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Delgado");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-05-02");
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("+1 555 0101");
        assertThat(patient.getAddressFirstRep().getText()).isEqualTo("12 Elm Street, Springfield");
        assertThat(patient.getContactFirstRep().getName().getText()).isEqualTo("Ana Delgado");
        assertThat(patient.getContactFirstRep().getRelationshipFirstRep().getText()).isEqualTo("daughter");
        assertThat(patient.getContactFirstRep().getTelecomFirstRep().getValue()).isEqualTo("+1 555 0102");
        assertThat(condition.getCode().getText()).isEqualTo("Pancreatic cancer");
        assertThat(condition.getStageFirstRep().getSummary().getText()).isEqualTo("IV");
        assertThat(condition.getSubject().getReference()).isEqualTo(patientUrl);
        assertThat(request.getReasonReferenceFirstRep().getReference()).isEqualTo(fullUrl(bundle, condition));
    }

    @Test
    void identityAloneExportsNoTelecomAddressContactOrCondition() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Response created = api.post("/api/referrals", token(TestUser.SAM), ReferralSharingIntegrationTests.sharing(
                caseId, java.util.Map.of("patient", java.util.Map.of("givenName", "Rosa", "familyName", "Delgado",
                        "dateOfBirth", "1948-05-02")), "IDENTITY"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Response response = api.get("/api/referrals/" + created.json().get("id").asString() + "/fhir",
                token(TestUser.HANA));
        Bundle bundle = exported(UUID.fromString(created.json().get("id").asString()), TestUser.HANA);

        Patient patient = resource(bundle, Patient.class);
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Delgado");
        assertThat(patient.hasTelecom()).isFalse();
        assertThat(patient.hasAddress()).isFalse();
        assertThat(patient.hasContact()).isFalse();
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactly("ServiceRequest", "Task", "Consent", "Patient");
        // a phone number as the tests write them ("+1 555 …"): random ids in the bundle may hold the digits 555
        assertThat(response.body()).doesNotContain("+1 555").doesNotContain("Elm Street").doesNotContain("Ana");
    }

    private static <R extends Resource> R resource(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    private static String fullUrl(Bundle bundle, Resource resource) {
        return bundle.getEntry().stream().filter(e -> e.getResource() == resource).findFirst().orElseThrow()
                .getFullUrl();
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
