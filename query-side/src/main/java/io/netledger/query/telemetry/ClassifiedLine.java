package io.netledger.query.telemetry;

import io.netledger.api.telemetry.NetworkLogType;
import java.util.Map;

/**
 * What a router's log line says, as {@code network_logs} keeps it.
 *
 * @param pppUser   the PPP or hotspot user the line names (login, logout, failure, a {@code <pppoe-user>}
 *                  interface), to find its subscription by; null when it names none
 * @param address   the subscriber-side address the line names (the one a login got, a firewall hit's source),
 *                  to find the subscription by when no user is named; null when none
 * @param details   what else was read out of the line, for {@code additional_data}
 */
record ClassifiedLine(NetworkLogType logType, String message, String sourceIp, String destinationIp, Integer port,
                      String pppUser, String address, Map<String, Object> details) {
}
