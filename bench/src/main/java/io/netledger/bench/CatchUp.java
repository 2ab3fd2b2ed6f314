package io.netledger.bench;

/**
 * How long after a command scenario's last command returned the read side caught up:
 * service_plans holding every plan, and every event processor at the head of the event
 * store. -1 when the timeout passed first.
 */
record CatchUp(int inFlight, long servicePlansNanos, long allProcessorsNanos) {
}
