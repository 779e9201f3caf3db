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
// names is kept and a file named twice is read once, also through a symbolic link (datasetFileKey()).
Expected<QStringList, QList<LoadError>> datasetFiles(const QStringList &paths);

// What the command line and a file manager name: as datasetFiles(), and a CSV table of one of the tables'
// own names (sources.csv, entities.csv, events.csv, series.csv, quotes.csv) brings the tables of those names
// beside it, so that `--dataset events.csv` opens the set it belongs to, as the folder would; the names'
// case does not matter (Events.csv brings Sources.csv). Only those names: other .csv files beside it may be
// anything. (A dropped table does not: it may be meant to add to what is loaded.)
Expected<QStringList, QList<LoadError>> commandLineDatasetFiles(const QStringList &paths);

// What a file is, whatever path names it: the path with symbolic links resolved (absolute, as named, for a
// file that does not exist).
QString datasetFileKey(const QString &path);

// The file names of a set of CSV tables, in the order the CSV documentation lists them.
QStringList csvTableFileNames();

// Whether a file name says it is a dataset file or table: it ends in .json or .csv.
bool isDatasetFileName(const QString &path);

} // namespace at
