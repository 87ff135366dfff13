package dev.anchorgraph.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    static final String KEY = "ag_example-key";

    @Test
    void theHashIsTheSha256OfTheKeysUtf8BytesAsSha256sumPrintsIt() {
        // printf %s ag_example-key | sha256sum
        assertThat(ApiKeys.sha256(KEY)).isEqualTo("84f64ab6bb624d8fbc275cbfb064334946545d95bf5013dba06a20d1594a5440");
    }

    @Test
    void aConfiguredKeyIsFoundByTheKeyAndCarriesItsRoleAndName() {
        var keys = ApiKeys.of(List.of(ApiKeys.sha256(KEY) + ":risk-reader:loan-system"), null, Optional.empty());
        var found = keys.find(KEY).orElseThrow();
        assertThat(found.role()).isEqualTo(Role.RISK_READER);
        assertThat(found.name()).isEqualTo("loan-system");
        assertThat(keys.find("ag_other")).isEmpty();
        assertThat(keys.find(ApiKeys.sha256(KEY))).as("the hash is not a key").isEmpty();
    }

    @Test
    void upperCaseHexAndSurroundingSpaceAreAccepted() {
        var keys = ApiKeys.of(
                List.of("  " + ApiKeys.sha256(KEY).toUpperCase() + " : analyst : ops "), null, Optional.empty());
        assertThat(keys.find(KEY)).isPresent();
    }

    @Test
    void keysAreReadFromAFileSkippingCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        var file = dir.resolve("api-keys");
        Files.writeString(file, "# issued 2026-11-30\n\n" + ApiKeys.sha256(KEY) + ":prospector:crm\n");
        var keys = ApiKeys.of(List.of(), file, Optional.empty());
        assertThat(keys.find(KEY).orElseThrow().role()).isEqualTo(Role.PROSPECTOR);
        assertThat(keys.size()).isOne();
    }

    @Test
    void theDemoKeyIsAnAdminKey() {
        var demo = new DemoKey(ApiKeys.generate());
        var keys = ApiKeys.of(List.of(), null, Optional.of(demo));
        assertThat(keys.find(demo.key()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(demo.toString()).doesNotContain(demo.key());
    }

    @Test
    void noKeysIsEmpty() {
        assertThat(ApiKeys.of(List.of("", " "), null, Optional.empty()).isEmpty())
                .isTrue();
    }

    @Test
    void generatedKeysAreLongRandomAndUrlSafe() {
        var a = ApiKeys.generate();
        assertThat(a).startsWith("ag_").hasSize(46).matches("ag_[A-Za-z0-9_-]+");
        assertThat(ApiKeys.generate()).isNotEqualTo(a);
    }

    @Test
    void aKeyPastedInsteadOfItsHashIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ApiKeys.of(List.of(KEY + ":admin:ops"), null, Optional.empty()))
                .hasMessageContaining("SHA-256")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(() -> ApiKeys.of(List.of(ApiKeys.sha256(KEY) + ":root:ops"), null, Optional.empty()))
                .hasMessageContaining("unknown role 'root'");
    }

    @Test
    void anEntryWithoutANameIsRefused() {
        assertThatThrownBy(() -> ApiKeys.of(List.of(ApiKeys.sha256(KEY) + ":admin"), null, Optional.empty()))
                .hasMessageContaining("sha256:role:name");
        assertThatThrownBy(() -> ApiKeys.of(List.of(ApiKeys.sha256(KEY) + ":admin:a b"), null, Optional.empty()))
                .hasMessageContaining("name");
    }

    @Test
    void theSameKeyTwiceIsRefused() {
        var entry = ApiKeys.sha256(KEY) + ":admin:ops";
        assertThatThrownBy(() -> ApiKeys.of(List.of(entry, entry), null, Optional.empty()))
                .hasMessageContaining("configured twice");
    }
}
