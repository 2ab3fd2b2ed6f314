package io.netledger.saga;

import io.netledger.api.nas.NasEndpoint;
import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How NetLedger talks to routers ({@code netledger.routers}, environment {@code NETLEDGER_ROUTER_*}): how long
 * it waits to connect and for a command's last reply; how the provisioning saga retries a router that cannot
 * be reached (the first delay, doubled each attempt up to the maximum, for this many attempts in all: the
 * defaults ride out a RouterOS reboot, see {@code RetrySchedule.forRebootingRouter}); whether NetLedger writes
 * routers' accounts ({@code automatic}, the default) or only keeps the books ({@code manual}) for a NAS whose
 * configuration does not say, so that an ISP may start with the books and switch routers over one by one; and
 * how often every active NAS is reconciled.
 */
@ConfigurationProperties("netledger.routers")
public record RouterProperties(Duration connectTimeout, Duration commandTimeout, Duration retryInitialDelay,
                               Duration retryMaxDelay, Integer retryAttempts, String provisioning,
                               Duration reconcileEvery) {

    public RouterProperties {
        if (provisioning != null && !provisioning.isBlank() && !provisioning.equalsIgnoreCase("manual")
                && !provisioning.equalsIgnoreCase("automatic")) {
            throw new IllegalArgumentException("netledger.routers.provisioning must be automatic or manual, not "
                    + provisioning);
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(10) : commandTimeout;
        retryInitialDelay = retryInitialDelay == null ? Duration.ofSeconds(5) : retryInitialDelay;
        retryMaxDelay = retryMaxDelay == null ? Duration.ofMinutes(10) : retryMaxDelay;
        retryAttempts = retryAttempts == null ? 12 : retryAttempts;
        reconcileEvery = reconcileEvery == null ? Duration.ofMinutes(15) : reconcileEvery;
    }

    /** Whether NetLedger writes the accounts of a NAS whose configuration does not say ("automatic"). */
    public boolean provisionsByDefault() {
        return !"manual".equalsIgnoreCase(provisioning);
    }

    /** How to log in to the router of a registered NAS, with these timeouts. */
    public RouterLogin loginTo(NasEndpoint nas) {
        return new RouterLogin(nas.ipAddress(), nas.port(), nas.username(),
                new EncryptedPassword(nas.password().value()), nas.tls(), connectTimeout, commandTimeout);
    }
}
