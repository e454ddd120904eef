package app.emailrouting.database.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file in the data directory that only its owner may read (the secret key, the initial admin
 * password): created with those permissions, never readable by others even for a moment.
 */
public final class OwnerOnlyFile {

  private OwnerOnlyFile() {}

  /** Writes a new file, or replaces the content of one, readable and writable by its owner only. */
  public static void write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      create(file);
      Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("The file " + file + " cannot be written", e);
    }
  }

  private static void create(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException exists) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }
}
