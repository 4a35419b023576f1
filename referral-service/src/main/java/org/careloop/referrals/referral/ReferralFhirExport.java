package org.careloop.referrals.referral;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * A referral as FHIR R4, for systems that speak it: a Bundle with the ServiceRequest (what is asked), the Task
 * that tracks the closed loop (with the SDOH Clinical Care statuses), the Consent to share, and the Patient the
 * request is for. The Patient is made of what the social worker shared under the consent's scope and nothing else
 * (name and birth date for IDENTITY; phone, address and the primary contact for CONTACT), with the CareLoop case as
 * its identifier; a shared diagnosis (CLINICAL) is a Condition, the request's reason. Nothing of the case that was
 * not shared leaves through this export.
 */
@Component
class ReferralFhirExport {

    static final String SYSTEM = "https://careloop.dev/fhir/";

    private final Clock clock;

    ReferralFhirExport(Clock clock) {
        this.clock = clock;
    }

    String bundle(Referral referral) {
        UUID serviceRequestId = referral.id();
        UUID taskId = derived("task", referral.id());
        UUID consentId = derived("consent", referral.id());
        UUID patientId = derived("patient", referral.id());
        SharedSummary shared = referral.shared();
        Reference patient = new Reference("urn:uuid:" + patientId)
                .setType("Patient")
                .setIdentifier(new Identifier().setSystem(SYSTEM + "case").setValue(referral.caseId().toString()))
                .setDisplay("Patient of a CareLoop case");
        Reference requester = new Reference()
                .setType("Practitioner")
                .setIdentifier(new Identifier().setSystem(SYSTEM + "user").setValue(referral.requestedBy()));
        Reference owner = new Reference()
                .setType("Organization")
                .setIdentifier(new Identifier().setSystem(SYSTEM + "organization")
                        .setValue(referral.organizationId().toString()));

        Consent consent = new Consent();
        consent.setId(consentId.toString());
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy",
                "Privacy Consent"));
        consent.addCategory(concept("http://loinc.org", "59284-0", "Patient Consent"));
        consent.setPatient(patient);
        consent.setDateTime(date(referral.consent().obtainedOn()));
        consent.addPerformer(new Reference().setDisplay(referral.consent().obtainedFrom()));
        consent.addPolicy().setUri(SYSTEM + "policy/share-with-receiving-organization");
        consent.setProvision(new Consent.ProvisionComponent().setType(Consent.ConsentProvisionType.PERMIT));

        ServiceRequest request = new ServiceRequest();
        request.setId(serviceRequestId.toString());
        request.addIdentifier().setSystem(SYSTEM + "referral").setValue(referral.id().toString());
        request.setStatus(requestStatus(referral.status()));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(referral.priority().code()));
        request.setCode(concept(SYSTEM + "CodeSystem/service-category", referral.category().code(), null)
                .setText(referral.category().code()));
        request.setSubject(patient);
        request.setAuthoredOn(Date.from(referral.createdAt()));
        request.setRequester(requester);
        request.addPerformer(owner);
        request.addReasonCode().setText(referral.reason());
        request.addSupportingInfo(new Reference("urn:uuid:" + consentId));
        Condition condition = shared == null || shared.diagnosis() == null ? null
                : condition(derived("condition", referral.id()), shared.diagnosis(), patient);
        if (condition != null) {
            request.addReasonReference(new Reference("urn:uuid:" + condition.getIdElement().getIdPart())
                    .setType("Condition"));
        }

        Task task = new Task();
        task.setId(taskId.toString());
        task.setStatus(Task.TaskStatus.fromCode(referral.status().code()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(Task.TaskPriority.fromCode(referral.priority().code()));
        task.setCode(concept("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request"));
        task.setFocus(new Reference("urn:uuid:" + serviceRequestId));
        task.setFor(patient);
        task.setAuthoredOn(Date.from(referral.createdAt()));
        task.setLastModified(Date.from(referral.updatedAt()));
        task.setRequester(requester);
        task.setOwner(owner);
        StatusChange last = referral.history().getLast();
        if (last.reason() != null) {
            task.setStatusReason(new CodeableConcept().setText(last.reason()));
        }
        if (referral.outcome() != null) {
            task.addOutput()
                    .setType(new CodeableConcept().setText("outcome"))
                    .setValue(concept(SYSTEM + "CodeSystem/referral-outcome", referral.outcome().code(), null));
        }

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(clock.instant()));
        bundle.setIdentifier(new Identifier().setSystem(SYSTEM + "referral-export")
                .setValue(referral.id() + "-" + referral.version()));
        add(bundle, request);
        add(bundle, task);
        add(bundle, consent);
        add(bundle, patient(patientId, referral, shared));
        if (condition != null) {
            add(bundle, condition);
        }
        return Fhir.CONTEXT.newJsonParser().encodeResourceToString(bundle);
    }

    /** The patient as shared: identity and contact only, and only what the summary holds. */
    private static Patient patient(UUID id, Referral referral, SharedSummary shared) {
        Patient patient = new Patient();
        patient.setId(id.toString());
        patient.addIdentifier().setSystem(SYSTEM + "case").setValue(referral.caseId().toString());
        SharedSummary.Patient who = shared == null ? null : shared.patient();
        if (who != null) {
            if (who.givenName() != null || who.familyName() != null) {
                HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(who.familyName());
                if (who.givenName() != null) {
                    name.addGiven(who.givenName());
                }
            }
            if (who.dateOfBirth() != null) {
                patient.setBirthDateElement(new DateType(who.dateOfBirth().toString()));
            }
            if (who.phone() != null) {
                patient.addTelecom(phone(who.phone()));
            }
            if (who.address() != null) {
                patient.addAddress(new Address().setText(who.address()));
            }
        }
        SharedSummary.PrimaryContact contact = shared == null ? null : shared.primaryContact();
        if (contact != null) {
            Patient.ContactComponent component = patient.addContact()
                    .setName(new HumanName().setText(contact.name()));
            component.addRelationship().setText(contact.relationship());
            if (contact.phone() != null) {
                component.addTelecom(phone(contact.phone()));
            }
        }
        return patient;
    }

    private static Condition condition(UUID id, SharedSummary.Diagnosis diagnosis, Reference patient) {
        Condition condition = new Condition();
        condition.setId(id.toString());
        condition.setSubject(patient);
        condition.setCode(new CodeableConcept().setText(diagnosis.condition()));
        if (diagnosis.stage() != null) {
            condition.addStage().setSummary(new CodeableConcept().setText(diagnosis.stage()));
        }
        return condition;
    }

    private static ContactPoint phone(String number) {
        return new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(number);
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
    }

    private static ServiceRequest.ServiceRequestStatus requestStatus(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
            case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case ON_HOLD -> ServiceRequest.ServiceRequestStatus.ONHOLD;
            case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case REJECTED, CANCELLED, FAILED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR -> ServiceRequest.ServiceRequestStatus.ENTEREDINERROR;
        };
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    private static Date date(java.time.LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static UUID derived(String kind, UUID referralId) {
        return UUID.nameUUIDFromBytes((kind + ":" + referralId).getBytes(StandardCharsets.UTF_8));
    }

    /** The R4 context is costly to build (about a second): built once, on the first export. */
    private static final class Fhir {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }
}
