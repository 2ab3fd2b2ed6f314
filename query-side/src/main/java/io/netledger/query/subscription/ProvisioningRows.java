package io.netledger.query.subscription;

import io.netledger.query.ProjectedRows;

interface ProvisioningRows extends ProjectedRows<ProvisioningRow> {
}
