package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;

/** Writes values one after the other with an H2 data type, as a page holds them, and reads them back. */
final class DataTypeRoundTrip {

    private DataTypeRoundTrip() {}

    /** What {@code type} reads back from {@code values} written in a row; fails when bytes are left over. */
    static <T> List<T> readBack(DataType<T> type, List<T> values) {
        WriteBuffer buffer = new WriteBuffer();
        values.forEach(value -> type.write(buffer, value));
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        List<T> read = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            read.add(type.read(written));
        }
        assertThat(written.hasRemaining()).isFalse();
        return read;
    }
}
