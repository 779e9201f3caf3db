// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QStringList>

namespace at {

// Everything in a dataset, one fact per line, ids instead of indexes: two datasets read from the same
// file by different readers must describe alike (tst_readerequivalence, the fuzz targets).
QStringList describe(const Dataset &d);

} // namespace at
