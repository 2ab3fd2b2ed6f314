package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.Money;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Creates service plans the way the REST API does: a fresh TSID and sendAndWait, which
 * returns once the ServicePlanCreated event is committed to the event store.
 */
final class CreatePlanLoad {

    private final CommandGateway commands;
    private final AtomicLong sent = new AtomicLong();

    CreatePlanLoad(CommandGateway commands) {
        this.commands = commands;
    }

    Operation createPlan() {
        return () -> {
            long n = sent.incrementAndGet();
            commands.sendAndWait(new CreateServicePlan(Ids.next(), terms(n)));
        };
    }

    /** Every command sent so far, warm-up included: what the projection has to catch up with. */
    long sent() {
        return sent.get();
    }

    private static PlanTerms terms(long n) {
        return new PlanTerms("Bench plan " + n, "Created by the NetLedger benchmark", Money.parse("150000"),
                BillingCycle.MONTHLY, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of("bench", true));
    }
}
