package io.netledger.query.user;

import io.netledger.query.ProjectedRows;

interface ProfileRows extends ProjectedRows<ProfileRow> {
}
