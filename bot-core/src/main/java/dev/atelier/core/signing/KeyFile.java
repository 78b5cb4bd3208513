package dev.atelier.core.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing key's file, {@code credential-signing-key.jwk} (a private JWK): read when present,
 * otherwise generated and written atomically with owner-only permissions (rwx------ for the folder,
 * rw------- for the file) where the file system supports POSIX permissions.
 */
final class KeyFile {

    static final String NAME = "credential-signing-key.jwk";
    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {}

    static ECKey loadOrCreate(Path directory) {
        Path file = directory.resolve(NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            createDirectory(directory);
            ECKey key = generate();
            Path temp = directory.resolve(NAME + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, ownerOnly(directory, "rw-------"));
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return read(file);
            }
            log.info(
                    "Created a new credential signing key (key id {}) in {}",
                    key.getKeyID(),
                    directory.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read or create the credential signing key in " + directory.toAbsolutePath() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** Makes {@code key} the current key, atomically, with the same owner-only permissions. */
    static void replace(Path directory, ECKey key) throws IOException {
        createDirectory(directory);
        Path temp = directory.resolve(NAME + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, ownerOnly(directory, "rw-------"));
        Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temp, directory.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    private static ECKey read(Path file) throws IOException {
        try {
            ECKey key = ECKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("The credential signing key in " + file + " has no private part.");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("The credential signing key in " + file + " is not a valid EC JWK.");
        }
    }

    private static void createDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(
                    directory, ownerOnly(directory.toAbsolutePath().getParent(), "rwx------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path near, String permissions) {
        Path probe = near == null ? Path.of(".") : near;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        boolean posix = probe != null
                && probe.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
                }
                : new FileAttribute<?>[0];
    }
}
