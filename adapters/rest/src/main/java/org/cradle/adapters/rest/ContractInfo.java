package org.cradle.adapters.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;

/**
 * What the document says about where it is served and whom to ask, from the deployment's configuration
 * ({@code cradle.openapi.*}, docs/operations.md): each installation has its own address and service
 * desk, which the build cannot know. The server defaults to {@code /}, the host that served the document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractInfo implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String server = config.getOptionalValue("cradle.openapi.server-url", String.class)
                .orElse("/");
        openAPI.setServers(List.of(OASFactory.createServer()
                .url(server)
                .description(config.getOptionalValue("cradle.openapi.server-description", String.class)
                        .orElse("This Cradle installation (production, or the test or staging one that served"
                                + " this document); every path starts /api/v1."))
                // for integrators of partner organisations too, not only this organisation's own staff
                .addExtension("x-internal", false)));
        Info info = openAPI.getInfo();
        info.setContact(OASFactory.createContact()
                .name(value(config, "contact-name"))
                .email(value(config, "contact-email"))
                .url(value(config, "contact-url")));
        info.setLicense(OASFactory.createLicense()
                .name(value(config, "licence-name"))
                .url(config.getOptionalValue("cradle.openapi.licence-url", String.class)
                        .orElse(null)));
    }

    private static String value(Config config, String key) {
        Optional<String> value = config.getOptionalValue("cradle.openapi." + key, String.class);
        return value.orElseThrow(() -> new IllegalStateException("cradle.openapi." + key + " is not configured"));
    }
}
