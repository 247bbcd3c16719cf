package org.cradle.adapters.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Where the master keyset comes from: a Tink AEAD keyset (AES256_GCM keys) whose primary key wraps new
 * data keys, and whose every key unwraps the data keys it wrapped. {@link TinkVideoCipher} asks for it on
 * each use, so an implementation may change it at run time (a rotation); returning the same handle while
 * it is unchanged lets the cipher keep its caches.
 */
@FunctionalInterface
public interface MasterKeys {

    /** The Tink key template of every master key. */
    String MASTER_KEY_TEMPLATE = "AES256_GCM";

    /** The master keyset as it is now. */
    KeysetHandle current();

    /** A fixed master keyset, from a cleartext Tink JSON keyset. */
    static MasterKeys fromJson(String keysetJson) {
        KeysetHandle handle = TinkKeysets.parseAeadKeyset(keysetJson, "The master keyset");
        return () -> handle;
    }

    /**
     * The master keyset in a cleartext Tink JSON keyset file, read again whenever the file changes (its
     * modification time, size or identity), so that an operator rotates by replacing the file, without a
     * restart. Replace it atomically (write beside it, then move it over); should a changed file not
     * parse, the keyset last read stays in use until the file is readable again.
     */
    static MasterKeys fromJsonFile(Path file) {
        return new FileMasterKeys(file);
    }

    /** A new cleartext Tink JSON keyset of one AES256_GCM key, for tests, development and first setup. */
    static String generateKeysetJson() {
        TinkKeysets.ensureRegistered();
        try {
            KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get(MASTER_KEY_TEMPLATE));
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A new master keyset could not be generated", e);
        }
    }

    /**
     * The keyset with a new AES256_GCM key added and made primary; its other keys stay, so that the data
     * keys they wrapped can still be unwrapped until every one has been re-wrapped.
     */
    static String rotate(String keysetJson) {
        KeysetHandle handle = TinkKeysets.parseAeadKeyset(keysetJson, "The keyset to rotate");
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(handle)
                    .addEntry(KeysetHandle.generateEntryFromParametersName(MASTER_KEY_TEMPLATE)
                            .withRandomId()
                            .makePrimary())
                    .build();
            return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A new master key could not be added to the keyset", e);
        }
    }
}
