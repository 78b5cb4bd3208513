package dev.atelier.core.credential;

/** A credential's place in a Bitstring Status List: the list's id and the bit's index in it. */
public record StatusSlot(String listId, int index) {

    public StatusSlot {
        if (index < 0 || index >= BitstringStatusList.SIZE) {
            throw new IllegalArgumentException("a status index lies in [0, " + BitstringStatusList.SIZE + ")");
        }
    }
}
