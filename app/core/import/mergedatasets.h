// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/loadresult.h"

namespace at {

// `base` followed by `addition` as one new dataset, or, when an id of `addition` is in `base` already (or
// the result would hold more than this program can index), the list of those problems and no dataset.
// Pure: neither input changes. Both inputs are complete datasets (references inside each resolve).
// `loaded` is what the application had before this import (null: all of `base`): an id that `base` has only
// from another file of the same import is reported as such.
LoadResult mergeDatasets(const Dataset &base, const Dataset &addition, const QString &additionFile = {},
                         int maxErrors = 100, const Dataset *loaded = nullptr);

} // namespace at
