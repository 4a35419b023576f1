package org.careloop.system;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import tools.jackson.databind.JsonNode;

/** FHIR R4 bundles as a receiving system would check them: HAPI's validator against the R4 base resources. */
final class FhirBundles {

    private static FhirValidator validator;

    private FhirBundles() {
    }

    /** The validator's errors (and fatal findings) for a bundle in JSON; empty when it is valid R4. */
    static List<String> errorsOf(String bundleJson) {
        FhirContext fhir = FhirContext.forR4Cached();
        return validator(fhir).validateWithResult(bundleJson).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    /** The first resource of that type in the bundle, or a missing node. */
    static JsonNode resource(JsonNode bundle, String resourceType) {
        for (JsonNode entry : bundle.get("entry")) {
            if (resourceType.equals(entry.get("resource").get("resourceType").asString())) {
                return entry.get("resource");
            }
        }
        throw new AssertionError("no " + resourceType + " in the bundle: " + bundle);
    }

    private static synchronized FhirValidator validator(FhirContext fhir) {
        if (validator == null) {
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                    new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
            validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }
}
