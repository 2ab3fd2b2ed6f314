package io.netledger.routeros;

/**
 * A plan's speeds as a PPP profile's {@code rate-limit}. RouterOS writes it {@code rx/tx}
 * from the router's side: what it receives is the customer's upload, what it transmits
 * is the customer's download. 10,000 kbps up and 20,000 kbps down is {@code 10M/20M}.
 *
 * @param uploadKbps   the customer's upload in kbps (1 kbps = 1,000 bit/s, as RouterOS counts)
 * @param downloadKbps the customer's download in kbps
 */
public record RateLimit(int uploadKbps, int downloadKbps) {

    public RateLimit {
        if (uploadKbps <= 0) {
            throw new IllegalArgumentException("upload must be a positive number of kbps, not " + uploadKbps);
        }
        if (downloadKbps <= 0) {
            throw new IllegalArgumentException("download must be a positive number of kbps, not " + downloadKbps);
        }
    }

    /** The {@code rx/tx} value, each side in the largest unit that keeps it whole. */
    public String toRouterOs() {
        return speed(uploadKbps) + "/" + speed(downloadKbps);
    }

    private static String speed(int kbps) {
        if (kbps % 1_000_000 == 0) {
            return kbps / 1_000_000 + "G";
        }
        if (kbps % 1_000 == 0) {
            return kbps / 1_000 + "M";
        }
        return kbps + "k";
    }
}
