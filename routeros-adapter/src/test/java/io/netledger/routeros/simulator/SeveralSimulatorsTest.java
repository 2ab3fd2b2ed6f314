package io.netledger.routeros.simulator;

import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.awaitNoConnections;
import static io.netledger.routeros.simulator.MikrotikJavaLoginTest.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.legrange.mikrotik.ApiConnection;
import me.legrange.mikrotik.MikrotikApiException;
import org.junit.jupiter.api.Test;

/** Several routers in one JVM, and several connections to one router, as a multi-NAS back office has. */
class SeveralSimulatorsTest {

    @Test
    void twoSimulatorsOnDifferentPortsKeepTheirOwnVersionAndState() throws Exception {
        try (RouterOsSimulator tower = RouterOsSimulator.start(SimulatorConfig.defaults().withVersion("6.49.10"));
             RouterOsSimulator office = RouterOsSimulator.start(SimulatorConfig.defaults()
                     .withCredentials("netledger", "n3tl3dg3r"));
             ApiConnection towerApi = loggedIn(tower);
             ApiConnection officeApi = MikrotikJavaLoginTest.connect(office)) {
            officeApi.login("netledger", "n3tl3dg3r");

            towerApi.execute("/ppp/secret/add name=alice");
            officeApi.execute("/ppp/secret/add name=bob");

            assertThat(tower.port()).isNotEqualTo(office.port());
            assertThat(towerApi.execute("/ppp/secret/print")).extracting(s -> s.get("name")).containsExactly("alice");
            assertThat(officeApi.execute("/ppp/secret/print")).extracting(s -> s.get("name")).containsExactly("bob");
            assertThat(towerApi.execute("/system/resource/print").get(0)).containsEntry("version", "6.49.10 (stable)");
            assertThat(officeApi.execute("/system/resource/print").get(0)).containsEntry("version", "7.16 (stable)");
        }
    }

    @Test
    void connectionsAtOnceShareOneStateAndOnlyOneOfThemAddsAName() throws Exception {
        int clients = 6;
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = client;
                outcomes.add(pool.submit((Callable<Integer>) () -> {
                    try (ApiConnection api = loggedIn(router)) {
                        for (int i = 0; i < 10; i++) {
                            api.execute("/ppp/secret/add name=client" + number + "-" + i);
                        }
                        try {
                            api.execute("/ppp/secret/add name=contested");
                            return 1;
                        } catch (MikrotikApiException e) {
                            assertThat(e).hasMessage("failure: secret with the same name already exists");
                            return 0;
                        }
                    }
                }));
            }
            int contestedAdds = 0;
            for (Future<Integer> outcome : outcomes) {
                contestedAdds += outcome.get();
            }
            pool.shutdown();

            assertThat(contestedAdds).isEqualTo(1);
            assertThat(router.state().records("/ppp/secret")).hasSize(clients * 10 + 1)
                    .extracting(secret -> secret.get(".id")).doesNotHaveDuplicates();
            awaitNoConnections(router);
        }
    }

    @Test
    void closeEndsEveryConnection() throws Exception {
        RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults());
        try (RawApi first = RawApi.loggedIn(router); RawApi second = RawApi.loggedIn(router)) {
            assertThat(router.openConnections()).isEqualTo(2);

            router.close();

            assertThat(first.closedByRouter()).isTrue();
            assertThat(second.closedByRouter()).isTrue();
            awaitNoConnections(router);
        }
    }
}
