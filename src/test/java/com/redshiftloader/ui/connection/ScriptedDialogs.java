package com.redshiftloader.ui.connection;

import com.redshiftloader.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The user's answers to dialogs, given in advance; records what was asked and every error shown. */
final class ScriptedDialogs implements DialogService {

    final Deque<String> names = new ArrayDeque<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    Path importFile;

    @Override
    public Optional<Path> chooseSourceFile() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseProfileToImport() {
        return Optional.ofNullable(importFile);
    }

    @Override
    public Optional<String> askName(String title, String initial) {
        asked.add(title);
        return Optional.ofNullable(names.poll());
    }

    @Override
    public boolean confirmDiscard(String what) {
        asked.add("discard " + what);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public boolean confirm(String title, String question) {
        asked.add(title);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public void showError(String title, List<String> lines) {
        errors.add(title + ": " + String.join(" | ", lines));
    }
}
