package io.netledger.api.genieacs;

import static io.netledger.api.RuleViolation.check;

import java.util.List;
import java.util.Locale;

/**
 * An integration's {@code configuration}: how its devices are linked to subscriptions, how often they are
 * synchronised, when a device counts as online, what a suspension or a termination does to the device, and the
 * extra parameters read on every sync. Absent settings take the defaults of {@link #DEFAULTS}.
 *
 * @param onlineWithinMinutes a device that informed less long ago than this is online (GenieACS's periodic
 *                            inform interval, plus a margin)
 * @param readParameters      parameter paths read on a sync and kept with the device; never a password or key
 */
public record GenieAcsConfiguration(
        CpeLinkRule linkBy,
        String tagPrefix,
        Integer syncIntervalMinutes,
        Integer onlineWithinMinutes,
        Boolean disableWanOnSuspension,
        Boolean removeTagsOnTermination,
        List<String> readParameters) {

    public static final GenieAcsConfiguration DEFAULTS = new GenieAcsConfiguration(CpeLinkRule.PPPOE_USERNAME,
            "netledger-", 15, 10, false, false, List.of());
    public static final int MAX_READ_PARAMETERS = 32;
    private static final List<String> SECRET_WORDS = List.of("password", "passphrase", "presharedkey", "wepkey",
            "secret");

    public GenieAcsConfiguration {
        linkBy = linkBy == null ? CpeLinkRule.PPPOE_USERNAME : linkBy;
        tagPrefix = tagPrefix == null ? "netledger-" : tagPrefix;
        syncIntervalMinutes = syncIntervalMinutes == null ? 15 : syncIntervalMinutes;
        onlineWithinMinutes = onlineWithinMinutes == null ? 10 : onlineWithinMinutes;
        disableWanOnSuspension = disableWanOnSuspension != null && disableWanOnSuspension;
        removeTagsOnTermination = removeTagsOnTermination != null && removeTagsOnTermination;
        readParameters = readParameters == null ? List.of() : List.copyOf(readParameters);
    }

    /** Refuses settings GenieACS or the sync could not work with, each with the field's name. */
    public GenieAcsConfiguration checked() {
        check(tagPrefix.matches("[a-zA-Z0-9_\\-]{0,40}"),
                "configuration.tagPrefix is letters, digits, '-' and '_' (a GenieACS tag), at most 40");
        check(syncIntervalMinutes >= 1 && syncIntervalMinutes <= 1440,
                "configuration.syncIntervalMinutes must be between 1 and 1440");
        check(onlineWithinMinutes >= 1 && onlineWithinMinutes <= 10_080,
                "configuration.onlineWithinMinutes must be between 1 and 10080");
        check(readParameters.size() <= MAX_READ_PARAMETERS,
                "configuration.readParameters holds at most " + MAX_READ_PARAMETERS + " paths");
        for (String path : readParameters) {
            check(path != null && path.matches("(InternetGatewayDevice|Device)(\\.[A-Za-z0-9_\\-]+){1,15}"),
                    "configuration.readParameters holds parameter paths such as Device.DeviceInfo.UpTime: " + path);
            String lower = path.toLowerCase(Locale.ROOT);
            check(SECRET_WORDS.stream().noneMatch(lower::contains),
                    "configuration.readParameters must not read a password or key: " + path);
        }
        return this;
    }
}
