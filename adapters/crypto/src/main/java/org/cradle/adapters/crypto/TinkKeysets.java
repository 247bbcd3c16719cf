package org.cradle.adapters.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;
import java.util.Objects;

/** Tink's registration, done once per class loader, and the parsing of cleartext master keysets. */
final class TinkKeysets {

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD and streaming AEAD key managers could not be registered", e);
        }
    }

    private TinkKeysets() {}

    /** Does nothing but make sure that the registration above has run. */
    static void ensureRegistered() {
        // The static initializer does the work.
    }

    /**
     * Parses a cleartext Tink JSON keyset and checks that it is an AEAD keyset. The parser's own message is
     * left out of the exception, since it may quote the input, which is key material.
     */
    static KeysetHandle parseAeadKeyset(String keysetJson, String what) {
        Objects.requireNonNull(keysetJson, "keysetJson");
        KeysetHandle handle;
        try {
            handle = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException(what + " is not a readable cleartext Tink JSON keyset ("
                    + e.getClass().getName() + ")");
        }
        try {
            handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(what + " is not a Tink AEAD keyset (AES256_GCM keys expected)", e);
        }
        return handle;
    }
}
