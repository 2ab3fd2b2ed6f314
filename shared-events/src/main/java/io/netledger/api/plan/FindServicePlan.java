package io.netledger.api.plan;

/** Answers a {@link ServicePlanView}, or nothing when no plan has this id. */
public record FindServicePlan(long planId) {
}
