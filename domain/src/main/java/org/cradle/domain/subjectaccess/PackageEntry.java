package org.cradle.domain.subjectaccess;

import java.util.Objects;

/** One entry of a released package: the item as prepared, or a marker where it was withheld. */
public sealed interface PackageEntry {

    ItemKind kind();

    /** The item, disclosed: there was nothing to redact, or a records officer disclosed it after all. */
    record Shown(ExportItem item) implements PackageEntry {
        public Shown {
            Objects.requireNonNull(item, "item");
        }

        public ItemKind kind() {
            return item.kind();
        }
    }

    /** In place of a withheld item: its kind and the marker's reason, never what it says or whom it names. */
    record Withheld(ItemKind kind, String reason) implements PackageEntry {
        public Withheld {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
