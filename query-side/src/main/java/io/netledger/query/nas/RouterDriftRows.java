package io.netledger.query.nas;

import io.netledger.query.ProjectedRows;

interface RouterDriftRows extends ProjectedRows<RouterDriftRow> {
}
