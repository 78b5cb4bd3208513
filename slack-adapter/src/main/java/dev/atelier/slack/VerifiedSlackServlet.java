package dev.atelier.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.atelier.core.delivery.Deliveries;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}, verified before it is read: a body over the size cap is refused with
 * 413 (by its declared length, and by counting while reading at most cap + 1 bytes); the signature
 * and the timestamp are checked on the raw bytes ({@link RequestSignature}) and a request that fails
 * gets 401 without being parsed or logged; a signed request seen before (a replay: same timestamp and
 * signature) is acknowledged with an empty 200 and not acted on; a signed body Bolt cannot make sense
 * of gets 400. Only then does Bolt see the request, from the bytes already read.
 */
final class VerifiedSlackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(VerifiedSlackServlet.class);
    /** Signed requests are remembered across workspaces: a signature is unique to its body and time. */
    private static final String REQUESTS = "slack-requests";
    /** A timestamp may lie five minutes ahead, so a request stays acceptable up to ten minutes from now. */
    private static final Duration REMEMBERED = RequestSignature.WINDOW.multipliedBy(2);

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient RequestSignature signature;
    private final transient Supplier<Deliveries> deliveries;
    private final long maxBodyBytes;

    VerifiedSlackServlet(App app, RequestSignature signature, Supplier<Deliveries> deliveries, long maxBodyBytes) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.deliveries = deliveries;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getContentLengthLong() > maxBodyBytes) {
            tooLarge(resp);
            return;
        }
        Optional<byte[]> body = BoundedBody.read(req.getInputStream(), maxBodyBytes);
        if (body.isEmpty()) {
            tooLarge(resp);
            return;
        }
        String timestamp = req.getHeader("X-Slack-Request-Timestamp");
        String signed = req.getHeader("X-Slack-Signature");
        if (!signature.isValid(timestamp, signed, body.get())) {
            write(resp, 401, "application/json", "{\"error\":\"invalid request\"}");
            return;
        }
        if (!deliveries.get().firstTime(REQUESTS, "request:" + timestamp.strip() + ":" + signed, REMEMBERED)) {
            write(resp, 200, "text/plain", "");
            return;
        }
        Request<?> slackRequest = parse(req, new String(body.get(), StandardCharsets.UTF_8));
        if (slackRequest == null) {
            write(resp, 400, "text/plain", "Invalid Request");
            return;
        }
        try {
            ServletAdapterOps.writeResponse(resp, app.run(slackRequest));
        } catch (Exception e) {
            log.error("Slack {} request failed: {}", slackRequest.getRequestType(), LogSafe.text(e.toString()));
            write(resp, 500, "application/json", "{\"error\":\"Something is wrong\"}");
        }
    }

    private Request<?> parse(HttpServletRequest req, String body) {
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(req.getRequestURI())
                    .queryString(QueryStringParser.toMap(req.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
                    .requestBody(body)
                    .remoteAddress(req.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            // a signed body that is not the JSON or form Slack sends (gson and Bolt throw on those)
            return null;
        }
    }

    private static void tooLarge(HttpServletResponse resp) throws IOException {
        resp.setHeader("Connection", "close");
        write(resp, 413, "text/plain", "Request too large");
    }

    private static void write(HttpServletResponse resp, int status, String contentType, String body)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.getWriter().write(body);
    }
}
