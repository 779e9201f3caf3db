// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/workspaceschema.h"

#include "app/core/annotations/sqlconnection.h"

#include <array>

namespace at::workspaceschema {

namespace {

// Migration N brings the schema from version N to N + 1. Never edit one that has shipped: add another.
// Targets are ids (event id, or series id and point date) so annotations survive dataset reloads. Tags are
// a JSON array of strings. Times are ISO 8601 UTC with milliseconds, which sort as text.
constexpr const char *toVersion1[] = {
    "CREATE TABLE annotation ("
    " uuid TEXT PRIMARY KEY NOT NULL,"
    " target TEXT NOT NULL CHECK (target IN ('event', 'point')),"
    " event_id TEXT NOT NULL DEFAULT '',"
    " series_id TEXT NOT NULL DEFAULT '',"
    " point_date TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL,"
    " tags TEXT NOT NULL DEFAULT '[]',"
    " importance TEXT NOT NULL CHECK (importance IN ('low', 'normal', 'high')),"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " edited TEXT NOT NULL)",
    "CREATE INDEX annotation_by_event ON annotation (event_id)",
    "CREATE INDEX annotation_by_point ON annotation (series_id, point_date)", nullptr};

// SQLite cannot change a CHECK constraint in place: the table is built anew and the rows copied over.
constexpr const char *toVersion2[] = {
    "CREATE TABLE annotation_v2 ("
    " uuid TEXT PRIMARY KEY NOT NULL,"
    " target TEXT NOT NULL CHECK (target IN ('event', 'point', 'span', 'period')),"
    " event_id TEXT NOT NULL DEFAULT '',"
    " series_id TEXT NOT NULL DEFAULT '',"
    " point_date TEXT NOT NULL DEFAULT '',"
    " entity_id TEXT NOT NULL DEFAULT '',"
    " span_from TEXT NOT NULL DEFAULT '',"
    " span_to TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL,"
    " tags TEXT NOT NULL DEFAULT '[]',"
    " importance TEXT NOT NULL CHECK (importance IN ('low', 'normal', 'high')),"
    " author TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " edited TEXT NOT NULL,"
    " edited_by TEXT NOT NULL DEFAULT '')",
    "INSERT INTO annotation_v2 (uuid, target, event_id, series_id, point_date, text, tags, importance, "
    "author,"
    " created, edited, edited_by) SELECT uuid, target, event_id, series_id, point_date, text, tags, "
    "importance,"
    " author, created, edited, author FROM annotation",
    "DROP TABLE annotation",
    "ALTER TABLE annotation_v2 RENAME TO annotation",
    "CREATE INDEX annotation_by_event ON annotation (event_id)",
    "CREATE INDEX annotation_by_point ON annotation (series_id, point_date)",
    "CREATE INDEX annotation_by_entity ON annotation (entity_id)",
    nullptr};

constexpr std::array<const char *const *, currentVersion> migrations{toVersion1, toVersion2};

} // namespace

Expected<void, StoreError> migrate(const SqlConnection &connection, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion; ++version) {
        for (const char *const *statement = migrations[size_t(version)]; *statement; ++statement)
            if (auto done = connection.exec(QString::fromLatin1(*statement)); !done)
                return done;
    }
    if (auto done = connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !done)
        return done;
    return connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion));
}

} // namespace at::workspaceschema
