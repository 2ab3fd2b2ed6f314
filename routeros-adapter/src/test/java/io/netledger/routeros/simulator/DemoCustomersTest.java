package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    @Test
    void theUsersNamedAreOnlineMovingBytesAndDialInAgainWhenKicked() throws Exception {
        try (RouterOsSimulator simulator = RouterOsSimulator.start(SimulatorConfig.defaults().withPort(0))) {
            ScheduledExecutorService demo = DemoCustomers.start(simulator, List.of("budi", "sari"));
            try {
                RouterActivity activity = RouterActivity.on(simulator);
                await(() -> activity.online().size() == 2);
                await(() -> simulator.state().find("/interface", "name", "<pppoe-budi>")
                        .filter(line -> Long.parseLong(line.get("tx-byte")) > 0).isPresent());

                activity.pppLogout("sari");
                await(() -> activity.online().contains("sari"));
            } finally {
                demo.shutdownNow();
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 5 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void onlineNamesAreRequired() {
        assertThat(RouterOsSimulatorMain.launchFrom("--online", "budi,sari").online()).containsExactly("budi", "sari");
        assertThatThrownBy(() -> RouterOsSimulatorMain.launchFrom("--online", "budi,,sari"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
