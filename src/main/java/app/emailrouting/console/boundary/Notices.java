package app.emailrouting.console.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
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

  /**
   * Shows the queued messages on this page, and says which value of the page's address could not be
   * read (a bookmark with an unknown status, a bad date): a preRenderView listener of the template.
   */
  public synchronized void show() {
    var faces = FacesContext.getCurrentInstance();
    pending.forEach(message -> faces.addMessage(null, message));
    pending.clear();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
      if (!faces.getMessageList(parameter.getClientId(faces)).isEmpty()) {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                Messages.text("error.badAddress", parameter.getName()),
                null));
      }
    }
  }
}
