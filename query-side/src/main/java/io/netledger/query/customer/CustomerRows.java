package io.netledger.query.customer;

import io.netledger.query.ProjectedRows;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerRows extends ProjectedRows<CustomerRow>, JpaSpecificationExecutor<CustomerRow> {
}
