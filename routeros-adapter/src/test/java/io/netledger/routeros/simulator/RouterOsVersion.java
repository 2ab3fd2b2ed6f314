package io.netledger.routeros.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RouterOS version being emulated, as written on the router ({@code 6.42}, {@code 6.49.10},
 * {@code 7.18.2}). It decides the behaviours that changed between releases.
 */
record RouterOsVersion(String text, int major, int minor) {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+)?(rc\\d+|beta\\d+)?");

    static RouterOsVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a RouterOS version like 6.42 or 7.16.1: '" + text + "'");
        }
        return new RouterOsVersion(matcher.group(), Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)));
    }

    /** Before 6.43 the password never crosses the wire: {@code /login} answers an MD5 challenge. */
    boolean usesChallengeLogin() {
        return !atLeast(6, 43);
    }

    /** 7.18 added {@code !empty} for a command that finds nothing. */
    boolean answersEmpty() {
        return atLeast(7, 18);
    }

    /** What {@code /system/resource} shows as {@code version}. */
    String releaseName() {
        return text + (text.contains("rc") || text.contains("beta") ? " (testing)" : " (stable)");
    }

    private boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || major == wantedMajor && minor >= wantedMinor;
    }
}
