package io.netledger.saga;

import io.netledger.api.nas.FindNasEndpoint;
import io.netledger.api.nas.FindNasServer;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.plan.FindServicePlan;
import io.netledger.api.plan.ServicePlanView;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.api.setting.FindSettings;
import io.netledger.api.setting.SettingList;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The catalogue from the read models: NAS servers, service plans and settings. They are written before any
 * subscription uses them, so a NAS or plan not found yet is a read model a moment behind (retry), not an
 * error; a deactivated NAS is refused.
 */
final class QueriedNetworkCatalogue implements NetworkCatalogue {

    static final String MANUAL = "manual";
    static final String AUTOMATIC = "automatic";

    private final QueryGateway queries;
    private final RouterProperties routers;

    QueriedNetworkCatalogue(QueryGateway queries, RouterProperties routers) {
        this.queries = queries;
        this.routers = routers;
    }

    @Override
    public RouterLogin nas(long nasServerId) throws RouterFailure {
        io.netledger.api.nas.NasEndpoint nas = known(() -> queries.query(new FindNasEndpoint(nasServerId),
                        ResponseTypes.optionalInstanceOf(io.netledger.api.nas.NasEndpoint.class)).join())
                .orElseThrow(() -> notYetKnown("NAS server " + nasServerId));
        if (!nas.active()) {
            throw new RouterRejected("NAS server " + nasServerId + " is deactivated");
        }
        return routers.loginTo(nas);
    }

    @Override
    public PlanOnRouter plan(long servicePlanId) throws RouterFailure {
        ServicePlanView plan = known(() -> queries.query(new FindServicePlan(servicePlanId),
                        ResponseTypes.optionalInstanceOf(ServicePlanView.class)).join())
                .orElseThrow(() -> notYetKnown("service plan " + servicePlanId));
        try {
            return PlanOnRouter.of(plan.id(), plan.uploadSpeed(), plan.downloadSpeed(), plan.metadata());
        } catch (IllegalArgumentException unusable) {
            throw new RouterRejected("service plan " + servicePlanId + ": " + unusable.getMessage());
        }
    }

    @Override
    public boolean managesAccounts(long nasServerId) {
        return queries.query(new FindNasServer(nasServerId), ResponseTypes.optionalInstanceOf(NasServerView.class))
                .join().map(NasServerView::configuration)
                .map(configuration -> configuration.get("provisioning"))
                .map(mode -> MANUAL.equals(mode) ? Boolean.FALSE : AUTOMATIC.equals(mode) ? Boolean.TRUE : null)
                .orElse(routers.provisionsByDefault());
    }

    /** One query for all settings: the saga asks before every router write. */
    @Override
    public SuspensionPolicy suspension() {
        Map<String, String> settings = new HashMap<>();
        queries.query(new FindSettings(false, null), ResponseTypes.instanceOf(SettingList.class)).join().content()
                .forEach(setting -> settings.put(setting.key(), setting.value()));
        boolean isolir = Optional.ofNullable(settings.get(DefaultSettings.SUSPENSION_MODE))
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).filter("isolir"::equals).isPresent();
        String list = settings.get(DefaultSettings.ISOLIR_ADDRESS_LIST);
        int grace = Optional.ofNullable(settings.get(DefaultSettings.SUSPENSION_GRACE_DAYS))
                .map(QueriedNetworkCatalogue::days).orElse(SuspensionPolicy.DEFAULT.graceDays());
        return new SuspensionPolicy(isolir, list, grace);
    }

    /**
     * A NAS or plan registered a moment before a subscription was paid may not be in its read model yet (the
     * projections look for new events every half second): asked again for up to a second before the saga
     * falls back to its retry schedule.
     */
    private static <T> Optional<T> known(Supplier<Optional<T>> lookup) {
        for (int attempt = 0; ; attempt++) {
            Optional<T> found = lookup.get();
            if (found.isPresent() || attempt == 10) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    private static RouterUnavailable notYetKnown(String what) {
        return new RouterUnavailable(what + " is not known (yet)", null, RouterFailure.Reason.OTHER);
    }

    private static int days(String value) {
        try {
            return (int) Math.max(0, Math.min(365, Math.round(Double.parseDouble(value.strip()))));
        } catch (NumberFormatException unreadable) {
            return SuspensionPolicy.DEFAULT.graceDays();
        }
    }
}
