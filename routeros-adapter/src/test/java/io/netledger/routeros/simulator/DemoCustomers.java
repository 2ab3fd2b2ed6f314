package io.netledger.routeros.simulator;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * For a demo of monitoring ({@code --online budi,sari}): the named PPPoE users are online, each downloading a
 * few hundred kilobytes and uploading a few tens every second, and one who was kicked (NetLedger applied a new
 * profile) dials in again a few seconds later, as a customer's router does.
 */
final class DemoCustomers {

    private DemoCustomers() {
    }

    static ScheduledExecutorService start(RouterOsSimulator simulator, List<String> users) {
        RouterActivity activity = RouterActivity.on(simulator);
        ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "routeros-simulator-demo-customers");
            thread.setDaemon(true);
            return thread;
        });
        traffic.scheduleAtFixedRate(() -> {
            List<String> online = activity.online();
            for (int i = 0; i < users.size(); i++) {
                String user = users.get(i);
                if (!online.contains(user)) {
                    activity.pppLogin(user, "10.99.0." + (i + 2), "02:00:00:00:%02X:%02X".formatted(i / 256, i % 256));
                }
                ThreadLocalRandom random = ThreadLocalRandom.current();
                activity.transfer(user, random.nextLong(100_000, 600_000), random.nextLong(10_000, 60_000));
            }
        }, 0, 1, TimeUnit.SECONDS);
        return traffic;
    }
}
