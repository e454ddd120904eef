package app.emailrouting.security.control;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A user name and password, with the address they came from (failed logins count per address). */
public class ClientPasswordCredential extends UsernamePasswordCredential {

  private final String address;

  public ClientPasswordCredential(String name, String password, String address) {
    super(name, password);
    this.address = address;
  }

  public String address() {
    return address;
  }
}
