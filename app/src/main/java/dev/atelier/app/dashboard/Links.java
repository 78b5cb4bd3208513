package dev.atelier.app.dashboard;

import org.springframework.web.util.UriUtils;

/** Dashboard addresses; cohort names are encoded as one path segment. */
final class Links {

    private Links() {}

    static String cohort(String name) {
        return "/dashboard/cohorts/" + UriUtils.encodePathSegment(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String pair(long number) {
        return "/dashboard/pairs/" + number;
    }
}
