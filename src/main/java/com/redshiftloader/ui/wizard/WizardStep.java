package com.redshiftloader.ui.wizard;

import java.util.Optional;

/** The wizard's steps, in the order the user goes through them. */
public enum WizardStep {
    CONNECTION("Connection", "Choose or create a connection profile"),
    SOURCE("Source", "Pick the file to load"),
    COLUMNS("Columns", "Check the column names and types"),
    TARGET("Target", "Choose the table and map the columns onto it"),
    LOAD("Load", "Review and run the load");

    private final String title;
    private final String hint;

    WizardStep(String title, String hint) {
        this.title = title;
        this.hint = hint;
    }

    public String title() {
        return title;
    }

    /** What the user does on this step, for the status bar. */
    public String hint() {
        return hint;
    }

    /** The status bar's line for this step, with what to do on it: {@code Step 2 of 5 · Source: …}. */
    public String status(String whatToDo) {
        return "Step %d of %d · %s: %s".formatted(number(), values().length, title, whatToDo);
    }

    /** One-based position, for display. */
    public int number() {
        return ordinal() + 1;
    }

    public Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<WizardStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
