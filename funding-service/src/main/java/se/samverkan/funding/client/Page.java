package se.samverkan.funding.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The items of one of project-service's paged lists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, long totalItems) {
}
