package app.emailrouting.genesys.control;

/**
 * Where the client finds the Genesys connection in effect. Connection administration provides it,
 * so that this layer depends on nothing but its own types.
 */
public interface ConnectionSource {

  /**
   * The connection in effect now.
   *
   * @throws SecretUnreadableException when this instance cannot decrypt the stored secret
   */
  GenesysConnection current();
}
