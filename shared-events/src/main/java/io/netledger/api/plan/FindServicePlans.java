package io.netledger.api.plan;

import io.netledger.api.PageSpec;

/** Answers a page of {@link ServicePlanView}; {@code active} null means all plans. */
public record FindServicePlans(Boolean active, PageSpec page) {
}
