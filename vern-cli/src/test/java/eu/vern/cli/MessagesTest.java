package eu.vern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message a user reads exists in Swedish, Norwegian Bokmål and English. */
class MessagesTest {

  static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
      assertThat(in).as("messages%s.properties", suffix).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_sv", "_nb"})
  void everyEnglishMessageIsTranslatedAndNothingElse(String suffix) throws IOException {
    assertThat(bundle(suffix).stringPropertyNames()).isEqualTo(bundle("").stringPropertyNames());
  }
}
