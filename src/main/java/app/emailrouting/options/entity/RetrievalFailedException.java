package app.emailrouting.options.entity;

/**
 * Retrieve Options could not read a list from Genesys Cloud; the message is what the admin needs to
 * fix it (Genesys' answer, such as the missing permission), never a secret.
 */
public class RetrievalFailedException extends RuntimeException {

  public RetrievalFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
