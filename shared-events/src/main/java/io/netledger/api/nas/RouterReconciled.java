package io.netledger.api.nas;

import io.netledger.api.AuditAction;
import io.netledger.api.AuditModel;
import java.util.List;

/**
 * A reconciliation run on the NAS: {@code drifts} empty when router and books agree. Published on its own,
 * not by the NAS aggregate, so that a check every few minutes does not move the NAS's version (its ETag).
 */
@AuditAction("reconcile")
@AuditModel(type = "RouterReconciliation", idField = "nasId")
public record RouterReconciled(long nasId, int accountsChecked, List<RouterDrift> drifts, boolean repairing) {
}
