// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/fileerror.h"
#include "ui/export/exportsource.h"

#include <QString>

namespace at {

// Whether a file name asks for the data rather than a picture: it ends in .csv.
bool isDataExportPath(const QString &path);

// Writes what the source shows as CSV (ExportSource::table(), DataTable::toCsv()), atomically: the file
// appears complete or not at all.
Expected<void, FileError> writeDataExport(const ExportSource &source, const ExportRequest &request,
                                          const QString &path);

} // namespace at
