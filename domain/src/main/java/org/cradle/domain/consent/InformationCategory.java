package org.cradle.domain.consent;

/**
 * Kinds of information about a person. The sensitive ones are special-category or otherwise highly
 * personal data, which may only be shared on explicit consent (or a lawful basis other than consent).
 */
public enum InformationCategory {
    BASIC_DETAILS(false),
    DEVELOPMENT_AND_HEALTH(false),
    MENTAL_HEALTH(true),
    SUBSTANCE_USE(true),
    DOMESTIC_ABUSE(true),
    OFFENDING_HISTORY(true),
    SEXUAL_HEALTH(true);

    private final boolean sensitive;

    InformationCategory(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean isSensitive() {
        return sensitive;
    }
}
