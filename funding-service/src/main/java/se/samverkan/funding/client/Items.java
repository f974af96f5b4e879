package se.samverkan.funding.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The items of one of project-service's lists that are not paged (a bulk read by ids). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Items<T>(List<T> items) {
}
