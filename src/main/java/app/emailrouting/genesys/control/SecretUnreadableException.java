package app.emailrouting.genesys.control;

/**
 * The stored client secret cannot be decrypted on this instance: its {@code SECRET_KEY} (or its
 * generated {@code DATA_DIR/secret.key}) is not the one the secret was stored with. A fault of this
 * instance, not of the connection: it neither fails requests nor pauses routing for the others.
 */
public class SecretUnreadableException extends RuntimeException {

  public SecretUnreadableException(Throwable cause) {
    super(
        "This instance cannot decrypt the stored Genesys client secret: its SECRET_KEY differs from"
            + " the one the secret was stored with. Give every instance of one database the same"
            + " SECRET_KEY, or set the client secret again.",
        cause);
  }
}
