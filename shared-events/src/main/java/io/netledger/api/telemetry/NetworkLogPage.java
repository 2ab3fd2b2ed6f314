package io.netledger.api.telemetry;

import java.util.List;

/**
 * A page of network logs, newest first.
 *
 * @param next the cursor of the page after this one, to pass back as {@code cursor}; null on the last page
 */
public record NetworkLogPage(List<NetworkLogView> content, String next) {
}
