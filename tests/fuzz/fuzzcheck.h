// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/json/jsonreader.h"
#include "tests/import/reference/datasetdescription.h"

#include <QByteArrayView>
#include <QStringList>

// What the fuzz targets check besides "does not crash".
namespace at::fuzz {

// Prints `what` on stderr and aborts, so that libFuzzer saves the input as a crash.
[[noreturn]] void fail(const QString &what);
inline void check(bool condition, const QString &what)
{
    if (!condition)
        fail(what);
}

// The promises every Dataset that a reader returns keeps: indexes in range, events and quotes in order,
// every id found again by its lookup, parent chains that end, citations within their sources.
void checkDataset(const Dataset &d);

// A LoadResult is a dataset or errors, never both or neither; every error names the file.
void checkResult(const LoadResult &r, const QStringList &fileNames);

// The fast reader and the reference reader on the same bytes: same errors, same dataset.
void compareJsonReaders(QByteArrayView bytes, int maxErrors);

} // namespace at::fuzz
