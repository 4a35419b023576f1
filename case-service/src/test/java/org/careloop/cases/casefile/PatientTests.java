package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PatientTests {

    @Test
    void searchFormIgnoresCaseAccentsAndExtraSpaces() {
        assertThat(Patient.searchForm("  Zoë   ÑÚÑEZ-García ")).isEqualTo("zoe nunez-garcia");
        assertThat(Patient.searchForm("Åsa Ørsted")).isEqualTo("asa ørsted");
    }

    @Test
    void searchKeyIsGivenThenFamilyName() {
        Patient patient = new Patient("José", "Müller", LocalDate.of(1950, 1, 1), null, null);
        assertThat(patient.searchKey()).isEqualTo("jose muller");
    }
}
