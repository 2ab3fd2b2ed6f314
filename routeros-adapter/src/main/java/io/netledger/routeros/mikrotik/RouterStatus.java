package io.netledger.routeros.mikrotik;

import io.netledger.routeros.InterfaceTraffic;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterInterface;
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.SystemResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Readings for monitoring: {@code /system/resource}, {@code /interface}. */
final class RouterStatus {

    private RouterStatus() {
    }

    static SystemResource resource(RouterSession session) throws RouterFailure {
        Map<String, String> row = session.rows(RouterCommand.to("/system/resource/print")).stream().findFirst()
                .orElseThrow(() -> new RouterRejected(session.router() + " printed no system resource"));
        return new SystemResource(
                (int) RouterValues.number(row.get("cpu-load")),
                RouterValues.number(row.get("free-memory")),
                RouterValues.number(row.get("total-memory")),
                RouterValues.duration(row.get("uptime")),
                row.get("version"),
                row.get("board-name"));
    }

    static List<RouterInterface> interfaces(RouterSession session) throws RouterFailure {
        List<RouterInterface> interfaces = new ArrayList<>();
        for (Map<String, String> row : new RouterMenu("/interface").print(session, Map.of(),
                List.of("name", "type", "running", "rx-byte", "tx-byte"))) {
            interfaces.add(new RouterInterface(row.get("name"), row.get("type"), RouterValues.flag(row.get("running")),
                    RouterValues.number(row.get("rx-byte")), RouterValues.number(row.get("tx-byte"))));
        }
        return interfaces;
    }

    static InterfaceTraffic traffic(RouterSession session, String interfaceName) throws RouterFailure {
        RouterCommand monitor = RouterCommand.to("/interface/monitor-traffic").with("interface", interfaceName).with("once");
        Map<String, String> row = session.rows(monitor).stream().findFirst()
                .orElseThrow(() -> new RouterRejected(session.router() + " sampled no traffic on " + interfaceName));
        return new InterfaceTraffic(interfaceName, RouterValues.number(row.get("rx-bits-per-second")),
                RouterValues.number(row.get("tx-bits-per-second")));
    }
}
