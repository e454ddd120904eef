package app.emailrouting.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every console label exists in English and in French, and every key a page names exists. */
class MessageBundlesTest {

  private static final String BUNDLE = "/app/emailrouting/console/messages";
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([\\w.]+)'\\]");

  @Test
  void english_and_french_have_the_same_keys_and_no_empty_text() {
    var english = load(BUNDLE + ".properties");
    var french = load(BUNDLE + "_fr.properties");

    assertThat(new TreeSet<>(french.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (var bundle : Set.of(english, french)) {
      assertThat(bundle.stringPropertyNames())
          .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void every_key_a_page_names_is_in_the_bundle() throws IOException {
    var english = load(BUNDLE + ".properties");
    var missing = new TreeSet<String>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
        var matcher = PAGE_KEY.matcher(Files.readString(page));
        while (matcher.find()) {
          if (!english.containsKey(matcher.group(1))) {
            missing.add(page.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static Properties load(String resource) {
    var properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
