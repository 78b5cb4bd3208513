package dev.atelier.discord;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The gateway half of {@link DiscordStandIn}: a WebSocket server (RFC 6455, written here on a plain
 * socket) that speaks Discord's gateway protocol as JDA expects it: HELLO (op 10) on connect,
 * heartbeat ACKs (op 11), and dispatches (op 0) with a sequence number. Frames are sent
 * {@code zlib-stream} compressed (one deflater per connection, each payload flushed with
 * {@code SYNC_FLUSH}) when the client asks for it in the URL, as JDA does by default.
 */
final class StandInGateway implements AutoCloseable {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    final List<DataObject> received = new CopyOnWriteArrayList<>();
    final List<String> connectUrls = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Consumer<DataObject> onIdentify;
    /** The Server Members intent's bit (GUILD_MEMBERS, privileged). */
    static final long SERVER_MEMBERS = 1 << 1;

    private final AtomicInteger sequence = new AtomicInteger();
    /** With sharding: the connection of each shard that identified, and the total it gave. */
    private final Map<Integer, Connection> shards = new ConcurrentHashMap<>();

    private volatile int shardTotal = 1;
    /** The intents the client identified with. */
    private volatile long intents;

    private volatile Connection current;
    private volatile boolean closed;

    /** Listens on a free local port; {@code onIdentify} answers an IDENTIFY (with READY and GUILD_CREATE). */
    StandInGateway(Consumer<DataObject> onIdentify) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.onIdentify = onIdentify;
        Thread acceptor = new Thread(this::accept, "stand-in-gateway");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/gateway";
    }

    /**
     * Sends a dispatch (op 0) of event {@code type} to the connected client; as Discord does, member events
     * ({@code GUILD_MEMBER_*}) only to a client that identified with the Server Members intent.
     */
    void dispatch(String type, DataObject data) {
        Connection connection = current;
        if (connection == null) {
            throw new IllegalStateException("no client connected to the gateway");
        }
        if (type.startsWith("GUILD_MEMBER_") && (intents & SERVER_MEMBERS) == 0) {
            return;
        }
        connection.send(DataObject.empty()
                .put("op", 0)
                .put("t", type)
                .put("s", sequence.incrementAndGet())
                .put("d", data));
    }

    /**
     * Sends a dispatch about a guild to the connection of the shard that holds it (Discord's rule: the
     * guild id's timestamp bits modulo the shard count), or to the one connection without sharding.
     */
    void dispatchForGuild(String guildId, String type, DataObject data) {
        Connection connection = shardTotal > 1 ? shards.get(shardOf(guildId, shardTotal)) : current;
        if (connection == null) {
            throw new IllegalStateException("no shard connected for guild " + guildId);
        }
        connection.send(DataObject.empty()
                .put("op", 0)
                .put("t", type)
                .put("s", sequence.incrementAndGet())
                .put("d", data));
    }

    static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >>> 22) % total);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Connection connection = new Connection(socket);
                Thread reader = new Thread(connection::run, "stand-in-gateway-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        Connection connection = current;
        if (connection != null) {
            connection.close();
        }
    }

    /** One client connection: handshake, then frames until it closes. */
    private final class Connection {

        private final Socket socket;
        private OutputStream out;
        private Deflater deflater;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try (socket) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                out = socket.getOutputStream();
                handshake(in);
                current = this;
                send(DataObject.empty()
                        .put("op", 10)
                        .put("s", null)
                        .put("t", null)
                        .put("d", DataObject.empty().put("heartbeat_interval", 41_250)));
                while (!socket.isClosed()) {
                    String text = readMessage(in);
                    if (text == null) {
                        return;
                    }
                    handle(DataObject.fromJson(text));
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private void handle(DataObject payload) {
            received.add(payload);
            switch (payload.getInt("op")) {
                case 1 ->
                    send(DataObject.empty()
                            .put("op", 11)
                            .put("s", null)
                            .put("t", null)
                            .put("d", null));
                case 2 -> {
                    DataObject identify = payload.getObject("d");
                    intents = identify.getLong("intents", 0);
                    identify.optArray("shard").ifPresent(shard -> {
                        shardTotal = shard.getInt(1);
                        shards.put(shard.getInt(0), this);
                    });
                    current = this;
                    onIdentify.accept(identify);
                }
                default -> {}
            }
        }

        private void handshake(DataInputStream in) throws IOException {
            String requestLine = line(in);
            connectUrls.add(requestLine.split(" ", -1)[1]);
            deflater = requestLine.contains("compress=zlib-stream") ? new Deflater() : null;
            String key = null;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = header.substring(header.indexOf(':') + 1).strip();
                }
            }
            String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
            out.write(response.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** One whole message (continuation frames joined); answers pings and close frames. */
        private String readMessage(DataInputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return null;
                }
                int opcode = first & 0x0F;
                byte[] payload = readPayload(in);
                if (opcode == 8) {
                    writeFrame(8, new byte[0]);
                    return null;
                } else if (opcode == 9) {
                    writeFrame(10, payload);
                } else if (opcode <= 2) {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        return message.toString(StandardCharsets.UTF_8);
                    }
                }
            }
        }

        private byte[] readPayload(DataInputStream in) throws IOException {
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((second & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            return payload;
        }

        synchronized void send(DataObject payload) {
            byte[] json = payload.toJson();
            try {
                if (deflater == null) {
                    writeFrame(1, json);
                    return;
                }
                deflater.setInput(json);
                ByteArrayOutputStream compressed = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int count;
                do {
                    count = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    compressed.write(buffer, 0, count);
                } while (count == buffer.length);
                writeFrame(2, compressed.toByteArray());
            } catch (IOException e) {
                throw new IllegalStateException("could not send to the gateway client", e);
            }
        }

        private synchronized void writeFrame(int opcode, byte[] payload) throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x80 | opcode);
            if (payload.length < 126) {
                frame.write(payload.length);
            } else if (payload.length < 65_536) {
                frame.write(126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length & 0xFF);
            } else {
                frame.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >>> shift) & 0xFF);
                }
            }
            frame.write(payload);
            out.write(frame.toByteArray());
            out.flush();
        }

        void close() throws IOException {
            socket.close();
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
