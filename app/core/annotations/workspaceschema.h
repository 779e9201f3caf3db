// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/storeerror.h"

namespace at {

class SqlConnection;

// The workspace file's layout. PRAGMA user_version is the schema version: 0 is an empty database,
// each migration brings it one version up. PRAGMA application_id marks the file as ours ("ATLW").
namespace workspaceschema {

// 1: events and data points. 2: spans and periods (entity_id, span_from, span_to) and who saved each
// version (edited_by).
inline constexpr int currentVersion = 2;
inline constexpr qint32 applicationId = 0x41544C57;

// Runs the migrations from `fromVersion` up to currentVersion inside the caller's transaction and sets
// user_version and application_id, so that a kill part-way leaves the file at its old version.
Expected<void, StoreError> migrate(const SqlConnection &connection, int fromVersion);

} // namespace workspaceschema
} // namespace at
