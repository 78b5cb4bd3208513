package dev.atelier.core.workspace;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;

/**
 * Outbound port, for notifiers that can send files: a message with a file in a member's DMs.
 * Unlike a notification, the caller needs to know whether it arrived (the data export falls back
 * to a download link), so it answers instead of logging and moving on.
 */
public interface FileSender {

    Platform platform();

    /** Returns whether the file reached the member's DMs; false when DMs are closed or the upload failed. */
    boolean sendFile(CommunityRef community, String memberId, Message message, FileAttachment file);
}
