package io.netledger.app.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a rebuild has come. Events are counted as positions of the event store from its first event
 * to the head when the rebuild started: the global index is a sequence, so they differ only by the few
 * positions of transactions that rolled back.
 *
 * @param resumed the rebuild was found in the tokens (a restart, or another node started it), not started
 *                here: its start time is when this node first saw it
 */
record RebuildProgress(String processor, boolean finished, boolean resumed, Instant startedAt, Instant finishedAt,
        long eventsDone, long eventsTotal) {

    double eventsPerSecond() {
        Duration elapsed = Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return eventsDone / seconds;
    }

    /** Seconds still needed at the rate so far; null before any event is done. */
    Long secondsLeft() {
        if (finished) {
            return 0L;
        }
        double rate = eventsPerSecond();
        return rate <= 0 ? null : (long) Math.ceil((eventsTotal - eventsDone) / rate);
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("processor", processor);
        view.put("state", finished ? "finished" : "rebuilding");
        view.put("resumed", resumed);
        view.put("startedAt", startedAt.toString());
        view.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
        view.put("eventsDone", eventsDone);
        view.put("eventsTotal", eventsTotal);
        view.put("eventsPerSecond", Math.round(eventsPerSecond()));
        view.put("secondsLeft", secondsLeft());
        return view;
    }
}
