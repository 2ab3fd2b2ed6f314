package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import java.time.Duration;
import java.util.Objects;

/** Something going wrong on the router instead of, or before, its normal answer to a command. */
public sealed interface Fault {

    /** The command fails: {@code !trap =category= =message=}, then {@code !done}; nothing changes. */
    record Trap(String message, int category) implements Fault {
        public Trap {
            Objects.requireNonNull(message, "message");
            if (category < 0 || category > 7) {
                throw new IllegalArgumentException("RouterOS trap categories are 0-7, not " + category);
            }
        }
    }

    /** {@code !fatal} with the reason, then the router closes the connection. */
    record Fatal(String message) implements Fault {
        public Fatal {
            Sentence.fatal(message); // refuses a reason that would not read back as one
        }
    }

    /** The connection closes without an answer, as when the router reboots or a link drops. */
    record DropConnection() implements Fault {
    }

    /** The command is read and never answered; the connection stays open and serves later commands. */
    record NoAnswer() implements Fault {
    }

    /** The command is answered normally after the delay. */
    record Delay(Duration delay) implements Fault {
        public Delay {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("a delay is zero or more, not " + delay);
            }
        }
    }
}
