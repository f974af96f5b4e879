package se.samverkan.platform.events;

import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.SortNatural;

import se.samverkan.platform.audit.AuditedEntity;

/** A partner system's wish to be told about events: where to post them, which types, the secret to sign with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    public String url;

    public String description;

    @Column(nullable = false, updatable = false)
    public String secret;

    /** The event types wanted; empty means all. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_subscription_event_type", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type", nullable = false)
    @SortNatural
    public SortedSet<String> eventTypes = new TreeSet<>();

    public boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }
}
