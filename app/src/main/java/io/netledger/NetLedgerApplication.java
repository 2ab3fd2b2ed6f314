package io.netledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Assembles every module of NetLedger. It sits in the root package so that component,
 * entity and repository scanning cover all of them.
 */
@SpringBootApplication
@EnableScheduling
public class NetLedgerApplication {

    public static void main(String[] args) {
        // Axon's update checker calls the internet at start-up and reads only this JVM property (STACK.md, trap 4).
        System.setProperty("axoniq.update-checker.disabled",
                System.getenv().getOrDefault("AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
        SpringApplication.run(NetLedgerApplication.class, args);
    }
}
