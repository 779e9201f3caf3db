// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/loaderror.h"

#include <QList>
#include <QStringList>

namespace at {

// The files to read for what a user named: a file stays as it is; a folder stands for the dataset files in
// it (.json and .csv, not in subfolders, hidden ones left out, in name order), so that a folder of CSV
// tables opens as one dataset. A folder with no such file is an error that names it. The order of the
// names is kept and a file named twice is read once.
Expected<QStringList, QList<LoadError>> datasetFiles(const QStringList &paths);

// Whether a file name says it is a dataset file or table: it ends in .json or .csv.
bool isDatasetFileName(const QString &path);

} // namespace at
