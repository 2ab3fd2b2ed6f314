package io.netledger.query.invoice;

import io.netledger.query.ProjectedRows;

interface CreditRows extends ProjectedRows<CreditRow> {
}
