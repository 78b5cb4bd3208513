package dev.atelier.core.signing;

import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every signing key this Atelier ever used: the current one (private, {@link KeyFile}) and the
 * retired ones, kept as public keys only in {@code retired/<thumbprint>.jwk} so that every credential
 * ever issued still verifies. Rotating writes the current public key to {@code retired/} first, then
 * replaces the current key atomically; a crash in between leaves the old key current.
 * Without a directory (tests, demos) the ring lives in memory.
 */
final class KeyRing {

    static final String RETIRED = "retired";
    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final Path directory;
    private volatile ECKey current;
    private final Map<String, ECKey> retired = new LinkedHashMap<>();

    private KeyRing(Path directory, ECKey current) {
        this.directory = directory;
        this.current = current;
    }

    static KeyRing inMemory() {
        return new KeyRing(null, KeyFile.generate());
    }

    static KeyRing loadOrCreate(Path directory) {
        KeyRing ring = new KeyRing(directory, KeyFile.loadOrCreate(directory));
        Path folder = directory.resolve(RETIRED);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jwk")) {
                for (Path file : files) {
                    ECKey key = ECKey.parse(Files.readString(file, StandardCharsets.UTF_8))
                            .toPublicJWK();
                    ring.retired.put(key.getKeyID(), key);
                }
            } catch (IOException | ParseException e) {
                throw new IllegalStateException(
                        "Cannot read the retired credential keys in " + folder.toAbsolutePath() + ": "
                                + e.getClass().getSimpleName(),
                        e);
            }
        }
        return ring;
    }

    ECKey current() {
        return current;
    }

    /** The public key with this thumbprint, current or retired. */
    synchronized Optional<ECKey> publicKey(String thumbprint) {
        if (current.getKeyID().equals(thumbprint)) {
            return Optional.of(current.toPublicJWK());
        }
        return Optional.ofNullable(retired.get(thumbprint));
    }

    /** The current public key first, then the retired ones, oldest first. */
    synchronized List<ECKey> publicKeys() {
        List<ECKey> keys = new ArrayList<>();
        keys.add(current.toPublicJWK());
        keys.addAll(retired.values());
        return keys;
    }

    /** Retires the current key (its public part stays published) and makes a new one current. */
    synchronized ECKey rotate() {
        ECKey old = current;
        ECKey next = KeyFile.generate();
        if (directory != null) {
            try {
                Path folder = directory.resolve(RETIRED);
                Files.createDirectories(folder);
                Path retiredFile = folder.resolve(old.getKeyID() + ".jwk");
                Path temp = folder.resolve(old.getKeyID() + ".jwk.tmp");
                Files.writeString(temp, old.toPublicJWK().toJSONString(), StandardCharsets.UTF_8);
                Files.move(temp, retiredFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                KeyFile.replace(directory, next);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Cannot rotate the credential signing key in " + directory.toAbsolutePath() + ": "
                                + e.getClass().getSimpleName(),
                        e);
            }
        }
        retired.put(old.getKeyID(), old.toPublicJWK());
        current = next;
        log.info("Rotated the credential signing key: new key id {}, retired {}", next.getKeyID(), old.getKeyID());
        return next;
    }
}
