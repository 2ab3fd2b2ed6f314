package io.netledger.app.projection;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processing groups whose read models are being rebuilt, with their latest progress: what
 * {@link RebuildGuard} asks on every query. Kept apart from {@link Rebuilds} because the guard is made
 * while Axon is being configured, before any processor exists.
 */
final class RebuildingGroups {

    private final Map<String, RebuildProgress> rebuilding = new ConcurrentHashMap<>();

    Optional<RebuildProgress> of(String group) {
        return Optional.ofNullable(rebuilding.get(group));
    }

    void rebuilding(RebuildProgress progress) {
        rebuilding.put(progress.processor(), progress);
    }

    void done(String group) {
        rebuilding.remove(group);
    }
}
