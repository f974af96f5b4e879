package se.samverkan.project.domain;

public enum ServiceSolutionCategory {
    SERVICE_POINT, GROCERY_STORE, FUEL, PARCEL_AND_MAIL, PHARMACY_AGENT, PUBLIC_TRANSPORT, DIGITAL_SERVICES,
    HEALTH_CARE, OTHER
}
