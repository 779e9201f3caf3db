// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/json/jsonreader.h"
#include "app/core/import/textposition.h"

namespace at::reference {

// The original, whole-document reader (see referencereader.cpp). Same contract as at::readDatasetJson.
LoadResult readDatasetJson(QByteArrayView bytes, const QString &fileName, const LoadOptions &options = {});
TextPosition positionOfOffset(QByteArrayView bytes, qsizetype offset);
TextPosition firstInvalidUtf8(QByteArrayView bytes);

} // namespace at::reference
