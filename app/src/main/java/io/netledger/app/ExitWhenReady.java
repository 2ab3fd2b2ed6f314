package io.netledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With {@code netledger.exit-when-ready=true} the application stops the moment it is ready, closing its context as
 * a SIGTERM would (processors, pool, then the embedded database): the training run in which {@code bin/netledger}
 * records the classes a start loads for class-data sharing. Spring's {@code spring.context.exit=onRefresh} exits
 * before the processors start and without closing the context, which leaves the embedded PostgreSQL running.
 */
@Component
@ConditionalOnBooleanProperty("netledger.exit-when-ready")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        // Off the main thread: System.exit waits for the shutdown hooks, which wait for the context.
        Thread exit = new Thread(() -> System.exit(SpringApplication.exit(ready.getApplicationContext())),
                "exit-when-ready");
        exit.start();
    }
}
