package io.netledger.routeros;

import java.util.Optional;

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

    /**
     * The speeds of a {@code rate-limit} a router holds: its leading {@code rx/tx} pair
     * (one value alone limits both ways), bursts and priority ignored. Empty when there is
     * no limit, a side is 0 (unlimited) or the value is not in kbps steps NetLedger can hold.
     */
    public static Optional<RateLimit> fromRouterOs(String rateLimit) {
        if (rateLimit == null || rateLimit.isBlank()) {
            return Optional.empty();
        }
        String[] sides = rateLimit.strip().split("\\s+", 2)[0].split("/", -1);
        if (sides.length > 2) {
            return Optional.empty();
        }
        long upload = kbps(sides[0]);
        long download = sides.length == 2 ? kbps(sides[1]) : upload;
        if (upload <= 0 || download <= 0 || upload > Integer.MAX_VALUE || download > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit((int) upload, (int) download));
    }

    /** kbps of one side such as {@code 20M}, {@code 512k} or {@code 64000} (bit/s); -1 when unreadable. */
    private static long kbps(String side) {
        if (side.isEmpty()) {
            return -1;
        }
        char last = Character.toLowerCase(side.charAt(side.length() - 1));
        long perUnit = switch (last) {
            case 'k' -> 1;
            case 'm' -> 1_000;
            case 'g' -> 1_000_000;
            default -> 0; // plain bit/s
        };
        String digits = perUnit == 0 ? side : side.substring(0, side.length() - 1);
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long number = Long.parseLong(digits);
        if (perUnit == 0) {
            return number % 1_000 == 0 ? number / 1_000 : -1;
        }
        return number * perUnit;
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
