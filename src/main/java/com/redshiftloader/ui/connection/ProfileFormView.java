package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.domain.profile.ProfileKey.Section;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The profile editor, built in code from {@link ProfileKey}: one group per section (Connection, Authentication
 * with a Password/IAM switch, Destination, Load options, S3 staging, Type mapping as a table). Each field binds to
 * the form ViewModel and shows that key's problem as a validation decoration.
 */
public final class ProfileFormView extends VBox {

    private final ProfileFormViewModel form;
    private final ValidationSupport validation = new ValidationSupport();
    private final BooleanBinding iam;

    public ProfileFormView(ProfileFormViewModel form) {
        this.form = form;
        validation.setValidationDecorator(new FieldProblemDecoration());
        this.iam = Bindings.createBooleanBinding(
                () -> "iam".equals(form.text(ProfileKey.AUTH).get()), form.text(ProfileKey.AUTH));
        createView();
        form.problems().addListener((MapChangeListener<String, String>) change -> validation.revalidate());
    }

    private void createView() {
        setId("profileForm");
        setSpacing(8);
        for (Section section : Section.values()) {
            Node content = section == Section.TYPE_MAPPING ? new TypeMappingTable(form) : grid(section);
            TitledPane pane = new TitledPane(title(section), content);
            pane.setId("section-" + section.name().toLowerCase(java.util.Locale.ROOT));
            pane.setExpanded(section != Section.TYPE_MAPPING && section != Section.S3);
            getChildren().add(pane);
        }
    }

    private GridPane grid(Section section) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(); // as wide as the longest label: none is cut
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        if (section == Section.AUTHENTICATION) {
            grid.addRow(row++, new Label("Login"), loginSwitch());
        }
        for (ProfileKey key : keys(section)) {
            Label label = new Label(FieldLabels.label(key));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Node field = field(key);
            label.setLabelFor(field);
            visibleFor(key, label, field);
            grid.addRow(row++, label, field);
        }
        return grid;
    }

    private static List<ProfileKey> keys(Section section) {
        return Arrays.stream(ProfileKey.values())
                .filter(key -> key.section() == section && key != ProfileKey.AUTH)
                .toList();
    }

    private HBox loginSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton password = new ToggleButton("Password");
        ToggleButton iamLogin = new ToggleButton("IAM");
        password.setId("loginPassword");
        iamLogin.setId("loginIam");
        password.setToggleGroup(group);
        iamLogin.setToggleGroup(group);
        password.getStyleClass().add("left-pill");
        iamLogin.getStyleClass().add("right-pill");
        Runnable sync = () -> group.selectToggle(iam.get() ? iamLogin : password);
        iam.addListener((observable, before, after) -> sync.run());
        sync.run();
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                group.selectToggle(before);
            } else {
                form.setLogin(after == iamLogin ? ProfileKey.Login.IAM : ProfileKey.Login.PASSWORD);
            }
        });
        return new HBox(password, iamLogin);
    }

    private Node field(ProfileKey key) {
        String id = FieldLabels.id(key);
        return switch (key.kind()) {
            case BOOLEAN -> decorate(key, checkBox(key, id));
            case SECRET -> {
                SecretField secret = new SecretField(id, form.text(key), FieldLabels.prompt(key));
                decorate(key, secret.maskedField());
                yield secret;
            }
            default ->
                switch (key) {
                    case ENGINE -> decorate(key, choice(key, id, "redshift", "postgres"));
                    case SSL_MODE -> decorate(key, choice(key, id, "disable", "require", "verify-ca", "verify-full"));
                    default -> decorate(key, textField(key, id));
                };
        };
    }

    private CheckBox checkBox(ProfileKey key, String id) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.selectedProperty().bindBidirectional(form.flag(key));
        return box;
    }

    private ComboBox<String> choice(ProfileKey key, String id, String... values) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(form.text(key));
        return box;
    }

    private TextField textField(ProfileKey key, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(FieldLabels.prompt(key));
        field.textProperty().bindBidirectional(form.text(key));
        return field;
    }

    private <C extends Control> C decorate(ProfileKey key, C control) {
        validation.registerValidator(
                control,
                false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(
                        c,
                        FieldLabels.hint(key, form.problems().getOrDefault(key.path(), "")),
                        form.problems().containsKey(key.path())));
        return control;
    }

    private void visibleFor(ProfileKey key, Node label, Node field) {
        BooleanBinding shown = key.login()
                .map(login -> login == ProfileKey.Login.IAM ? iam : iam.not())
                .orElse(null);
        if (shown != null) {
            for (Node node : List.of(label, field)) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
        }
    }

    private static String title(Section section) {
        return switch (section) {
            case CONNECTION -> "Connection";
            case AUTHENTICATION -> "Authentication";
            case DESTINATION -> "Destination";
            case LOAD -> "Load options";
            case S3 -> "S3 staging";
            case TYPE_MAPPING -> "Type mapping";
        };
    }
}
