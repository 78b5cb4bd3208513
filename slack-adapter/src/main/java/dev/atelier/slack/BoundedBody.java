package dev.atelier.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body but never more than a cap: at most {@code cap + 1} bytes are taken from the
 * stream, so a body that claims no length (chunked) or lies about it cannot make the server hold
 * more than the cap in memory.
 */
final class BoundedBody {

    private BoundedBody() {}

    /** The whole body, or empty when it is longer than {@code cap} bytes. */
    static Optional<byte[]> read(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 8192));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - total))) > 0) {
            total += n;
            if (total > cap) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
