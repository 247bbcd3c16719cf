package org.cradle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Last: after everything the suite sent, no log line of either instance holds a token, an NHS number,
 * a name or a secret.
 */
@Order(9)
@ExtendWith(Deployment.Extension.class)
class LogScanIT {

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    @Test
    void the_logs_of_both_instances_hold_no_personal_data_and_no_credentials() throws Exception {
        List<String> personalData = TestData.handedOut();
        assertThat(personalData).as("the suite sent personal data to scan for").hasSizeGreaterThan(10);

        List<String> secrets = List.of(
                "eyJ", // how every JWT starts
                KeycloakServer.PASSWORD,
                KeycloakServer.INTEGRATOR_SECRET,
                PostgresServer.PASSWORD);

        for (CradleInstance instance : List.of(deployment.first, deployment.second)) {
            List<String> lines = instance.rawLog().lines().toList();
            assertThat(lines).as(instance.name + " log").hasSizeGreaterThan(20);
            for (String forbidden :
                    Stream.concat(personalData.stream(), secrets.stream()).toList()) {
                assertThat(lines)
                        .as("%s log lines holding '%s'", instance.name, forbidden)
                        .filteredOn(line -> line.contains(forbidden))
                        .isEmpty();
            }
        }
    }
}
