package se.samverkan.funding.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.devtools.ConsumerContract;

/** funding-service reads project-service: what its client uses must be in project-service's committed contract. */
class ProjectApiContractTest {

    private static final Path PROVIDER = Path.of("..", "project-service", "openapi.yaml");

    @Test
    void everyCallAndFieldTheClientUsesIsInProjectServicesContract() {
        assertEquals(List.of(), ConsumerContract.of(PROVIDER).mismatches(ProjectApi.class));
    }

    @Test
    void everyCallAndFieldTheExportsClientUsesIsInProjectServicesContract() {
        assertEquals(List.of(), ConsumerContract.of(PROVIDER).mismatches(ProjectExportApi.class));
    }

    @Test
    void aRenamedFieldWouldBeCaught() {
        record RenamedProject(java.util.UUID id, java.time.LocalDate beginsOn) {
        }
        List<String> problems = ConsumerContract.of(PROVIDER)
                .mismatches("GET", "/projects/{id}", List.of(), 200, RenamedProject.class, false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("beginsOn")), problems.toString());
    }
}
