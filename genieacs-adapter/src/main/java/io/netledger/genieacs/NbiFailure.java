package io.netledger.genieacs;

/**
 * The NBI could not do what was asked: unreachable ({@link #status()} 0), refused (4xx: a wrong key, a bad
 * query, no such device) or failed (5xx). The message names the call and the ACS's reason, never the API key.
 */
public class NbiFailure extends RuntimeException {

    private final int status;

    public NbiFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    public NbiFailure(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the NBI answered, 0 when it did not answer. */
    public int status() {
        return status;
    }

    public boolean unreachable() {
        return status == 0 || status >= 500;
    }
}
