package app.emailrouting.connection.control;

import app.emailrouting.database.control.OwnerOnlyFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest with AES-256-GCM (the JDK's). The key comes from {@code SECRET_KEY}
 * (Base64, 32 bytes; the same on every instance of one database), or is generated once into {@code
 * DATA_DIR/secret.key}, readable by its owner only.
 */
@ApplicationScoped
public class SecretCipher {

  static final String KEY_FILE = "secret.key";
  private static final String FORMAT = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "secret.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "data.dir", defaultValue = "./data")
  String dataDir;

  private SecretKey key;

  @PostConstruct
  void loadKey() {
    key = configuredKey.map(SecretCipher::decodeKey).orElseGet(() -> fileKey(Path.of(dataDir)));
  }

  public String encrypt(String secret) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return FORMAT
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The secret could not be encrypted", e);
    }
  }

  public String decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The stored client secret cannot be decrypted with this key (SECRET_KEY or "
              + KEY_FILE
              + "): set the secret again",
          e);
    }
  }

  static SecretKey decodeKey(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("SECRET_KEY must be 32 bytes in Base64");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  /** The key in the data directory, made once with owner-only permissions. */
  static SecretKey fileKey(Path directory) {
    Path file = directory.resolve(KEY_FILE);
    try {
      if (Files.exists(file)) {
        return decodeKey(Files.readString(file));
      }
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      SecretKey generated = generator.generateKey();
      OwnerOnlyFile.write(file, Base64.getEncoder().encodeToString(generated.getEncoded()));
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("The secret key file " + file + " cannot be used", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
