package org.cradle.contracts;

import java.util.Comparator;
import java.util.UUID;

/** UUIDs in PostgreSQL's order (byte by byte, unsigned), which {@link UUID#compareTo} (signed) is not. */
public final class Uuids {

    public static final Comparator<UUID> ORDER = Comparator.comparing(UUID::toString);

    private Uuids() {}
}
