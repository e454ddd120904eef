package app.emailrouting.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The service's own WAR, as {@code mvn package} built it: the tests run what users run. Deployed as
 * ROOT.war, at {@code /} like the run command, where the gateway finds the sandbox.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive service() {
    File war = new File(System.getProperty("routing.war", "target/email-routing.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
