// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/csv/csvtables.h"
#include "app/core/import/loadresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace at {

struct CsvInput {
    QString fileName;     // used in messages
    QByteArrayView bytes; // UTF-8; a UTF-8 byte order mark at the start is skipped
};

// Reads a set of CSV tables into one dataset: `base` (may be null) and the new records after it. Records
// may refer to records of `base` and of any table in the set; no id may be in `base` already. Either the
// whole set is good and the result holds base + new, or the result lists the problems ("FILE:LINE:COLUMN:
// error: COLUMN: PROBLEM"), up to options.maxErrors, and no dataset; LoadError::idClash marks the ids that
// `base` has already. `loaded` is what the application had before this import (null: all of `base`): an id
// that `base` has only from another file of the same import is reported as such, since "Replace" would not
// help there.
LoadResult readCsvTables(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options = {},
                         const Dataset *loaded = nullptr);

} // namespace at
