package dev.atelier.slack;

import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the parameters of a Web API call, form-encoded or JSON, the way {@link FakeSlack} records them. */
final class FakeSlackForms {

    private FakeSlackForms() {}

    static Map<String, String> parse(String contentType, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (contentType != null && contentType.startsWith("application/json")) {
            JsonParser.parseString(body)
                    .getAsJsonObject()
                    .entrySet()
                    .forEach(e -> params.put(
                            e.getKey(),
                            e.getValue().isJsonPrimitive()
                                    ? e.getValue().getAsString()
                                    : e.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, readable(value));
        }
        return params;
    }

    /** JSON parameters (blocks, view) re-serialised without Gson's HTML escaping, so tests read {@code <} as {@code <}. */
    private static String readable(String value) {
        if (!value.startsWith("[") && !value.startsWith("{")) {
            return value;
        }
        try {
            return JsonParser.parseString(value).toString();
        } catch (RuntimeException e) {
            return value;
        }
    }
}
