package org.parallax.model;

/** What kind of thing a named entity is. Capitals and seats of government that act stand for their COUNTRY. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION
}
