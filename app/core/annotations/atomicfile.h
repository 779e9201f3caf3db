// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArrayView>
#include <QString>

namespace at {

// Replaces `path` with `bytes` atomically through QSaveFile: write, flush() and check it (commit() alone
// reports success after a buffered write failed with ENOSPC, QTBUG-75077), then commit() and check it.
// Returns why it failed, or an empty string; on failure the previous file is untouched.
QString saveFileAtomically(const QString &path, QByteArrayView bytes);

} // namespace at
