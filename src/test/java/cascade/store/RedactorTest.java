package cascade.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void yamlSecretsAreBlankedAndEverythingElseIsKept() {
        String yaml = """
                venue: binance
                apiKey: AKIA-12345
                api_secret: "s3cr3t\\"quoted"
                passphrase: 'open sesame'   # from the vault
                password: hunter2 # inline comment stays
                secrets:
                  leverage: 5
                symbols: [BTCUSDT, ETHUSDT]
                """;
        assertThat(Redactor.redact(yaml)).isEqualTo("""
                venue: binance
                apiKey: <redacted>
                api_secret: "<redacted>"
                passphrase: '<redacted>'   # from the vault
                password: <redacted> # inline comment stays
                secrets:
                  leverage: 5
                symbols: [BTCUSDT, ETHUSDT]
                """);
    }

    @Test
    void jsonAndPropertiesSecretsAreBlanked() {
        assertThat(Redactor.redact("{\"venue\":\"okx\",\"API-KEY\":\"k1\",\"secretKey\": \"k2\",\"leverage\":3}"))
                .isEqualTo("{\"venue\":\"okx\",\"API-KEY\":\"<redacted>\",\"secretKey\": \"<redacted>\",\"leverage\":3}");
        assertThat(Redactor.redact("binance.private_key=abc def\nbinance.token = t0k\nbinance.leverage=5"))
                .isEqualTo("binance.private_key=<redacted>\nbinance.token = <redacted>\nbinance.leverage=5");
    }

    @Test
    void textWithoutSecretsAndNullArePassedThrough() {
        String strategy = "cards:\n  imbalance: {weight: 0.4, windows: [1m, 5m]}\n";
        assertThat(Redactor.redact(strategy)).isEqualTo(strategy);
        assertThat(Redactor.redact(null)).isNull();
    }
}
