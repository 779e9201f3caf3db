// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/datasetreader.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace at {

// The tables analysts keep in spreadsheets, one CSV file each (resources/csv/README.md): which one a
// file is follows from its header row.
enum class CsvTable { Sources, Entities, Events, Series, Quotes };

struct CsvInput {
    QString fileName;     // used in messages
    QByteArrayView bytes; // UTF-8; a UTF-8 byte order mark at the start is skipped
};

// Reads a set of CSV tables into one dataset: `base` (may be null) and the new records after it. Records
// may refer to records of `base` and of any table in the set; no id may be in `base` already. Either the
// whole set is good and the result holds base + new, or the result lists the problems ("FILE:LINE:COLUMN:
// error: COLUMN: PROBLEM"), up to options.maxErrors, and no dataset.
// `clashes`, when given, is set to how many of the errors are ids that `base` has already. `loaded` is what
// the application had before this import (null: all of `base`): an id that `base` has only from another
// file of the same import is reported as such, since "Replace" would not help there.
LoadResult readCsvTables(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options = {},
                         int *clashes = nullptr, const Dataset *loaded = nullptr);

// The table a header row names, if any (the file's first line).
std::optional<CsvTable> csvTableOfHeader(QByteArrayView bytes);
// "events", "series", ... as in the file names of resources/csv/.
QString csvTableName(CsvTable table);

} // namespace at
