// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/expected.h"
#include "app/core/loaderror.h"

#include <QList>
#include <cstddef>
#include <memory>

namespace at {

struct LoadProgress; // import/loadprogress.h

struct LoadOptions {
    qint64 maxBytes = qint64(256) * 1024 * 1024; // files over this are refused before they are read
    int maxErrors = 100;                         // collect this many, then stop
    // When set, the reader adds the bytes it has read to it and stops early (with one "cancelled" error)
    // once it is cancelled. Not owned.
    LoadProgress *progress = nullptr;
    // A CSV events table of at least this many bytes is read in two ranges, one on each core
    // (csv/csvreader.cpp). The result is the same either way: tests and the fuzz target read with 0 (every
    // table of two rows or more) and with never, and compare.
    static constexpr std::size_t never = std::size_t(-1);
    std::size_t csvTwoRangesBytes = std::size_t(1) << 20;
    // A read whose text takes more bytes than this in the store is refused (DatasetBuilder::textRefusal):
    // a store holds at most TextPool::maxBytes. Tests lower it to see the refusal.
    quint64 maxTextBytes = TextPool::maxBytes;
};

// What reading a dataset gives: either a complete, valid dataset or the list of everything wrong with the
// input (never empty); never half of one.
using LoadResult = Expected<std::shared_ptr<const Dataset>, QList<LoadError>>;

// The problems of a result: none when it has a dataset.
inline QList<LoadError> errorsOf(const LoadResult &result)
{
    return result ? QList<LoadError>() : result.error();
}

} // namespace at
