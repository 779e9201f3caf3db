// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/loaderror.h"

#include <memory>

namespace at {

// `base` followed by `addition` as one new dataset, or, when an id of `addition` is in `base` already (or
// the result would hold more than this program can index), the list of those clashes and no dataset.
// Pure: neither input changes. Both inputs are complete datasets (references inside each resolve).
struct MergeResult {
    std::shared_ptr<const Dataset> dataset;
    QList<LoadError> errors; // "FILE: error: events: "e1" is already loaded"
    bool ok() const { return dataset != nullptr; }
};
// `loaded` is what the application had before this import (null: all of `base`): an id that `base` has only
// from another file of the same import is reported as such.
MergeResult mergeDatasets(const Dataset &base, const Dataset &addition, const QString &additionFile = {},
                          int maxErrors = 100, const Dataset *loaded = nullptr);

} // namespace at
