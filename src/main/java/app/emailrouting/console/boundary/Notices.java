package app.emailrouting.console.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages that outlive the redirect after a change (POST-redirect-GET): queued in the session,
 * shown once by the next page the template renders.
 */
@Named
@SessionScoped
public class Notices implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<FacesMessage> pending = new ArrayList<>();

  synchronized void add(FacesMessage message) {
    pending.add(message);
  }

  /** Shows the queued messages on this page (a preRenderView listener of the template). */
  public synchronized void show() {
    var faces = FacesContext.getCurrentInstance();
    pending.forEach(message -> faces.addMessage(null, message));
    pending.clear();
  }
}
