package io.netledger.routeros.simulator;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/** What every connection to one simulator shares. */
record SimulatedRouter(
        SimulatorConfig config,
        RouterOsVersion version,
        RouterState state,
        FaultPlan faults,
        List<String> commandLog,
        MenuCommands commands,
        TrafficMonitor monitor,
        ScheduledExecutorService ticker) {
}
