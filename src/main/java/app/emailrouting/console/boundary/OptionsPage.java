package app.emailrouting.console.boundary;

import app.emailrouting.options.boundary.RetrievalView;
import app.emailrouting.options.boundary.RoutingOptionsView.Item;
import app.emailrouting.options.control.OptionFilter;
import app.emailrouting.options.control.OptionsRetrievalStore;
import app.emailrouting.options.control.RetrieveOptions;
import app.emailrouting.options.control.RoutingOptionStore;
import app.emailrouting.options.entity.OptionType;
import app.emailrouting.options.entity.RetrievalState;
import app.emailrouting.problems.control.InvalidInputException;
import app.emailrouting.problems.control.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Routing options: the last Retrieve Options (state, progress, counts, warnings, the failure of a
 * failed one), Retrieve Options for admins with its progress polled on the page, and the retrieved
 * options filtered by type and name (bookmarkable view parameters). The same services and views as
 * {@code /api/routing-options}.
 */
@Named
@ReadersOnly
@ViewScoped
public class OptionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingOptionStore options;
  @Inject OptionsRetrievalStore retrievals;
  @Inject RetrieveOptions retrieveOptions;
  @Inject CurrentUser currentUser;
  @Inject Preferences preferences;

  private String type;
  private String name;
  private boolean running;
  private transient RetrievalView retrieval;
  private transient List<Item> rows;

  /** Loads the last retrieval and the options the view parameters ask for (a viewAction). */
  public void load() {
    loadRetrieval();
    loadRows();
  }

  /** Shows the options of the type and name chosen (a GET, so that it can be bookmarked). */
  public String search() {
    return "/options.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** Starts Retrieve Options (admins only); the page then polls its progress. */
  public String retrieve() {
    currentUser.requireAdmin();
    try {
      retrieveOptions.start();
      Messages.info("options.started");
      return "/options.xhtml?faces-redirect=true&includeViewParams=true";
    } catch (Refusal.Conflict running) {
      loadRetrieval();
      Messages.error("options.alreadyRunning", preferences.when(retrieval.startedAt()));
      return null;
    } catch (Refusal e) {
      loadRetrieval();
      Messages.error("options.notStarted", Messages.refusal(e));
      return null;
    }
  }

  /**
   * Reads the retrieval's progress again (the poll's listener); once it has finished, the summary
   * and the list are shown again too.
   */
  public void refresh() {
    boolean wasRunning = running;
    loadRetrieval();
    if (wasRunning && !running) {
      loadRows();
      PrimeFaces.current().ajax().update("retrieval:summary", "list");
    }
  }

  private void loadRetrieval() {
    var current = retrievals.current();
    retrieval = RetrievalView.of(current);
    running = retrievals.isRunning(current);
  }

  private void loadRows() {
    rows = options.list(filter()).stream().map(Item::of).toList();
  }

  /** The filter of the view parameters; an unknown type is said and every type listed. */
  private OptionFilter filter() {
    try {
      return OptionFilter.of(type, name);
    } catch (InvalidInputException unknownType) {
      Messages.error("options.unknownType", type);
      type = null;
      return OptionFilter.of(null, name);
    }
  }

  /** Whether the last retrieval is RUNNING but was abandoned by an instance that stopped. */
  public boolean isAbandoned() {
    return !running && getRetrieval().state() == RetrievalState.RUNNING;
  }

  public long count(OptionType optionType) {
    return getRetrieval().counts().getOrDefault(optionType, 0L);
  }

  public List<OptionType> getTypes() {
    return List.of(OptionType.values());
  }

  public RetrievalView getRetrieval() {
    if (retrieval == null) {
      loadRetrieval();
    }
    return retrieval;
  }

  public List<Item> getRows() {
    if (rows == null) {
      loadRows();
    }
    return rows;
  }

  public boolean isRunning() {
    return running;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
