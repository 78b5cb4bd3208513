package dev.atelier.app.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a form post comes from this site: browsers send {@code Origin} with every POST; it must be
 * the address the request came to or the configured public URL. (A post without it is a non-browser client.)
 */
final class SameOrigin {

    private SameOrigin() {}

    static boolean allows(HttpServletRequest request, String publicUrl) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String served = request.getScheme() + "://" + request.getServerName()
                + port(request.getScheme(), request.getServerPort());
        return origin.equals(served) || origin.equals(originOf(publicUrl));
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + port(uri.getScheme(), uri.getPort());
    }

    private static String port(String scheme, int port) {
        boolean standard =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return standard ? "" : ":" + port;
    }
}
