package com.redshiftloader.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main view into the primary stage: title, icons, remembered size and position. */
public final class MainWindow {

    public static final String TITLE = "Redshift Loader";
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private MainWindow() {}

    /** Shows the view in the stage, restoring the bounds saved in the preferences and saving them on close. */
    public static void show(Stage stage, Parent view, UiPreferences preferences) {
        stage.setTitle(TITLE);
        stage.getIcons().setAll(icons());
        stage.setScene(new Scene(view));
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        preferences
                .windowBounds()
                .filter(bounds -> bounds.isReachableOn(screens))
                .ifPresentOrElse(
                        bounds -> {
                            stage.setX(bounds.x());
                            stage.setY(bounds.y());
                            stage.setWidth(bounds.width());
                            stage.setHeight(bounds.height());
                            stage.setMaximized(bounds.maximized());
                        },
                        stage::centerOnScreen);
        stage.setOnHiding(event -> preferences.saveWindowBounds(boundsOf(stage)));
        stage.show();
    }

    static WindowBounds boundsOf(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** The application icon at every size the platforms ask for. */
    public static List<Image> icons() {
        return ICON_SIZES.stream()
                .map(size -> MainWindow.class.getResource("/com/redshiftloader/icons/redshift-loader-" + size + ".png"))
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }
}
