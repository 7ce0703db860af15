package org.parallax.store;

import org.parallax.model.EntityType;

/** An entity in a listing: how many mentions the store holds of it, in how many articles. */
public record EntitySummary(String id, String name, EntityType type, int mentions, int articles) {
}
