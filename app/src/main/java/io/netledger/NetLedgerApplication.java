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
        SpringApplication.run(NetLedgerApplication.class, args);
    }
}
