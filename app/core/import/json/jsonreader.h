// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/loadresult.h"

#include <QByteArrayView>
#include <QString>

namespace at {

// The project's JSON format (resources/README.md). The whole file is checked before a Dataset exists.
LoadResult readDatasetFile(const QString &path, const LoadOptions &options = {});
// `fileName` is only used in messages.
LoadResult readDatasetJson(QByteArrayView bytes, const QString &fileName, const LoadOptions &options = {});

// The dataset compiled into the binary from resources/data/.
LoadResult readEmbeddedDataset();
inline constexpr auto embeddedDatasetPath = ":/data/alliances-2010-2013.json";

} // namespace at
