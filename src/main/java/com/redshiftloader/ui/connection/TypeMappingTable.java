package com.redshiftloader.ui.connection;

import com.redshiftloader.domain.profile.ProfileKey;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;

/** Mage's type_mapping as an editable table: the kind of value, and the Redshift type it becomes. */
final class TypeMappingTable extends TableView<ProfileKey> {

    TypeMappingTable(ProfileFormViewModel form) {
        setId("typeMappingTable");
        setEditable(true);
        setPrefHeight(260);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProfileKey, String> category = new TableColumn<>("Values that are");
        category.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().leafName()));
        category.setEditable(false);
        TableColumn<ProfileKey, String> type = new TableColumn<>("Load as (Redshift type; empty = inferred)");
        type.setCellValueFactory(cell -> form.text(cell.getValue()));
        type.setCellFactory(TextFieldTableCell.forTableColumn());
        type.setOnEditCommit(edit -> form.text(edit.getRowValue()).set(edit.getNewValue()));
        getColumns().setAll(category, type);
        getItems()
                .setAll(Arrays.stream(ProfileKey.values())
                        .filter(key -> key.section() == ProfileKey.Section.TYPE_MAPPING)
                        .toList());
    }
}
