package org.cradle.adapters.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.cradle.domain.StaleVersionException;
import org.hibernate.StaleStateException;

/**
 * Optimistic locking for every aggregate: the copy a use case changed must be the version stored,
 * and a concurrent change that lands first turns into the same stale-version refusal.
 */
public final class Versions {

    private Versions() {}

    public static void requireSame(String recordType, Object id, long changedFrom, long stored) {
        if (changedFrom != stored) {
            throw new StaleVersionException(recordType, id, changedFrom, stored);
        }
    }

    /** Writes pending changes now, so that a lost race is reported to the use case, not at commit. */
    public static void flush(EntityManager entityManager, String recordType, Object id) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new StaleVersionException(recordType, id);
        }
    }
}
