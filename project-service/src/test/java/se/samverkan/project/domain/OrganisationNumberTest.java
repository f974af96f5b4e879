package se.samverkan.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void acceptsARealOrganisationNumberWithOrWithoutHyphen() {
        assertEquals("2120003005", OrganisationNumber.parse("212000-3005").digits());
        assertEquals("2120003005", OrganisationNumber.parse("2120003005").digits());
    }

    @Test
    void showsItWrittenAndAsOrgId() {
        OrganisationNumber number = OrganisationNumber.parse("2120003005");
        assertEquals("212000-3005", number.formatted());
        assertEquals("SE-ON-2120003005", number.orgId());
    }

    @Test
    void refusesAChangedCheckDigit() {
        assertTrue(OrganisationNumber.problemIn("212000-3006").orElseThrow().contains("check digit"));
        assertThrows(IllegalArgumentException.class, () -> OrganisationNumber.parse("212000-3004"));
    }

    @Test
    void refusesAPersonalIdentityNumberShape() {
        // digits 3-4 below 20 are a month: that is a person, not an organisation (check digit is valid here)
        assertTrue(OrganisationNumber.problemIn("811218-9876").orElseThrow().contains("at least 20"));
    }

    @Test
    void refusesWrongLengthsAndLetters() {
        assertTrue(OrganisationNumber.problemIn("21200-3005").isPresent());
        assertTrue(OrganisationNumber.problemIn("212000-300").isPresent());
        assertTrue(OrganisationNumber.problemIn("21200A-3005").isPresent());
        assertTrue(OrganisationNumber.problemIn("2120-003005").isPresent());
        assertTrue(OrganisationNumber.problemIn("").isPresent());
    }

    @Test
    void computesTheLuhnCheckDigit() {
        assertEquals(5, OrganisationNumber.luhnCheckDigit("212000300"));
        assertEquals(3, OrganisationNumber.luhnCheckDigit("556036079"));
        assertEquals(0, OrganisationNumber.luhnCheckDigit("000000000"));
    }
}
