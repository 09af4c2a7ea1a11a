package com.redshiftloader.ui.shell;

import com.redshiftloader.ui.wizard.WizardStep;
import com.redshiftloader.ui.wizard.WizardViewModel;
import java.util.Map;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** Binds the main window (step header, step pages, Back/Next, status bar) to the {@link MainViewModel}. */
public final class MainViewController {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final MainViewModel viewModel;

    /** Whether the key press being handled closed a combo's popup (see {@link #ignoreTheEnterThatClosesAPopup}). */
    private boolean enterClosedAPopup;

    @FXML
    private BorderPane mainView;

    @FXML
    private Button connectionStepButton;

    @FXML
    private Button sourceStepButton;

    @FXML
    private Button columnsStepButton;

    @FXML
    private Button targetStepButton;

    @FXML
    private Button loadStepButton;

    @FXML
    private Node connectionStep;

    @FXML
    private Node sourceStep;

    @FXML
    private Node columnsStep;

    @FXML
    private Node targetStep;

    @FXML
    private Node loadStep;

    @FXML
    private Button backButton;

    @FXML
    private Button nextButton;

    @FXML
    private Label statusLabel;

    @FXML
    private ComboBox<ThemeMode> themeChoice;

    @FXML
    private Label versionLabel;

    public MainViewController(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        WizardViewModel wizard = viewModel.wizard();
        Map<WizardStep, Button> headers = Map.of(
                WizardStep.CONNECTION, connectionStepButton,
                WizardStep.SOURCE, sourceStepButton,
                WizardStep.COLUMNS, columnsStepButton,
                WizardStep.TARGET, targetStepButton,
                WizardStep.LOAD, loadStepButton);
        Map<WizardStep, Node> pages = Map.of(
                WizardStep.CONNECTION, connectionStep,
                WizardStep.SOURCE, sourceStep,
                WizardStep.COLUMNS, columnsStep,
                WizardStep.TARGET, targetStep,
                WizardStep.LOAD, loadStep);
        headers.forEach((step, button) -> bindHeader(wizard, step, button));
        pages.forEach((step, page) -> {
            page.visibleProperty().bind(wizard.currentStepProperty().isEqualTo(step));
            page.managedProperty().bind(page.visibleProperty());
        });
        // After a step change the focus goes to the new step's first field, not to whatever keeps it (the theme).
        wizard.currentStepProperty()
                .addListener((observable, before, after) ->
                        Platform.runLater(() -> firstFocusable(pages.get(after)).ifPresent(Node::requestFocus)));
        backButton.disableProperty().bind(wizard.canGoBackProperty().not());
        backButton.setOnAction(event -> wizard.back());
        nextButton.disableProperty().bind(wizard.canGoNextProperty().not());
        nextButton.setOnAction(event -> {
            if (!enterClosedAPopup) {
                wizard.next();
            }
        });
        ignoreTheEnterThatClosesAPopup();
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        themeChoice.getItems().setAll(ThemeMode.values());
        themeChoice.valueProperty().bindBidirectional(viewModel.theme().modeProperty());
        holdForTheWindowsLife(viewModel);
        versionLabel.setText(viewModel.versionText());
    }

    /**
     * Enter in an open combo popup chooses its item; with some window systems the same key press also reaches the
     * scene's default button (Next). The filter sees the press first and marks it, so that Next ignores it.
     */
    private void ignoreTheEnterThatClosesAPopup() {
        mainView.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && mainView.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBoxBase<?> combo
                    && combo.isShowing()) {
                enterClosedAPopup = true;
                Platform.runLater(() -> enterClosedAPopup = false);
            }
        });
    }

    /** The first control of a page, in focus order, that can take the focus now. */
    static java.util.Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return java.util.Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return java.util.Optional.of(node);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Bidirectional bindings hold both sides only weakly, and nothing else from the window reaches the theme
     * ViewModel with its saving and applying listeners: without this a garbage collection cuts the theme combo off.
     */
    private void holdForTheWindowsLife(MainViewModel model) {
        mainView.getProperties().put(MainViewModel.class, model);
    }

    private static void bindHeader(WizardViewModel wizard, WizardStep step, Button button) {
        button.setText(step.number() + "  " + step.title());
        button.disableProperty().bind(wizard.canGoToProperty(step).not());
        button.setOnAction(event -> wizard.goTo(step));
        Runnable refresh = () -> {
            button.pseudoClassStateChanged(CURRENT, wizard.currentStep() == step);
            button.pseudoClassStateChanged(DONE, wizard.currentStep().compareTo(step) > 0);
        };
        wizard.currentStepProperty().addListener((observable, before, after) -> refresh.run());
        refresh.run();
    }
}
