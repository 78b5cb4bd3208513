package dev.atelier.core.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: {@link #SIZE} bits (16 KiB, the minimum
 * the specification asks for group privacy), index 0 the left-most (most significant) bit of the
 * first byte, a set bit meaning revoked; GZIP-compressed, base64url without padding, with the
 * multibase prefix {@code u}.
 */
public final class BitstringStatusList {

    public static final int SIZE = 131_072;

    private BitstringStatusList() {}

    public static String encode(Collection<Integer> set) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : set) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
