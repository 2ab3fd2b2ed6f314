package io.netledger.api.plan;

import io.netledger.api.PageMetadata;
import java.util.List;

/** One page of service plans. */
public record ServicePlanPage(List<ServicePlanView> content, PageMetadata page) {

    public ServicePlanPage {
        content = List.copyOf(content);
    }
}
