package dev.atelier.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path temp;

    @Test
    void the_key_is_created_once_owner_only_and_survives_a_restart() throws Exception {
        Path keys = temp.resolve("data").resolve("keys");
        JoseCredentialSigner first = JoseCredentialSigner.fromDirectory(keys);
        String token = first.sign(Map.of("iss", "https://example.org", "jti", "https://example.org/credentials/1",
                "nbf", 1_800_000_000L, "name", "Test"));

        JoseCredentialSigner restarted = JoseCredentialSigner.fromDirectory(keys);

        assertThat(restarted.keyId()).isEqualTo(first.keyId());
        assertThat(restarted.check(token).valid()).isTrue();
        assertThat(restarted.check(token).claims()).containsEntry("name", "Test");
        assertThat(restarted.publicKeySet()).doesNotContain("\"d\"");
        assertThat(JoseCredentialSigner.ephemeral().check(token).valid()).as("another key").isFalse();
        assertThat(restarted.check("garbage").problem()).contains("not a well-formed");
        Path file = keys.resolve(KeyFile.NAME);
        assertThat(Files.readString(file)).contains("\"d\"");
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }
}
