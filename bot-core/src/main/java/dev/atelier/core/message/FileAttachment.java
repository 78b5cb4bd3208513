package dev.atelier.core.message;

import java.util.Objects;

/**
 * A file sent with a message (a member's data export): its name as people see it, its media type
 * and its bytes. Adapters upload it natively (a Discord attachment, a Slack file).
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes are copied in and out, so no caller shares the array
public record FileAttachment(String fileName, String mediaType, byte[] content) {

    public FileAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
