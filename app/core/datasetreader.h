// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/loaderror.h"

#include <QByteArrayView>
#include <memory>

namespace at {

struct LoadProgress; // import/loadprogress.h

struct LoadOptions {
    qint64 maxBytes = qint64(256) * 1024 * 1024; // files over this are refused before they are read
    int maxErrors = 100;                         // collect this many, then stop
    // When set, the reader adds the bytes it has read to it and stops early (with one "cancelled" error)
    // once it is cancelled. Not owned.
    LoadProgress *progress = nullptr;
};

// Either a complete, valid dataset or the list of everything wrong with the input; never half of one.
struct LoadResult {
    std::shared_ptr<const Dataset> dataset;
    QList<LoadError> errors;
    bool ok() const { return dataset != nullptr; }
};

// The project's JSON format (resources/README.md). The whole file is checked before a Dataset exists.
LoadResult readDatasetFile(const QString &path, const LoadOptions &options = {});
// `fileName` is only used in messages.
LoadResult readDatasetJson(QByteArrayView bytes, const QString &fileName, const LoadOptions &options = {});

// The dataset compiled into the binary from resources/data/.
LoadResult readEmbeddedDataset();
inline constexpr auto embeddedDatasetPath = ":/data/alliances-2010-2013.json";

// Where the first invalid UTF-8 sequence starts (1-based line and column), or {0, 0} if there is none.
struct TextPosition {
    int line = 0;
    int column = 0;
};
TextPosition firstInvalidUtf8(QByteArrayView bytes);
TextPosition positionOfOffset(QByteArrayView bytes, qsizetype offset);

} // namespace at
