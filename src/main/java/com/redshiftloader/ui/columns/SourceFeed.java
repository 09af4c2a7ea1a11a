package com.redshiftloader.ui.columns;

import com.redshiftloader.domain.source.SourceSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the Columns step reads from the Source step when it checks values or names the table: the file and the
 * settings it is read with, each empty until the Source step has them. The columns found in the file arrive through
 * {@link ColumnsStepViewModel#columnsFound}.
 */
public record SourceFeed(Optional<Path> file, Optional<SourceSettings> settings) {}
