// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

class QSqlQuery;

namespace at::annotationrow {

// An annotation as a row of the `annotation` table, the same in the SQLite file and on a PostgreSQL
// server: every value is text (times ISO 8601 in UTC with milliseconds, which sort as text; days
// YYYY-MM-DD; tags a JSON array of strings), so that both read and write it with the same code.

// The columns, in the order bind() and read() use: "uuid, target, event_id, ...".
QString columns();
inline constexpr int columnCount = 15;
// "?, ?, ..." for columns(), each NOT NULL text column guarded with coalesce() (a null QString binds as
// SQL NULL).
QString placeholders();
// "uuid = ?, target = ?, ..." for an UPDATE.
QString assignments();
// Binds the annotation's values in column order (addBindValue).
void bind(QSqlQuery &query, const Annotation &a);
// Reads an annotation from the current row, its columns from `first` on in column order.
Annotation read(const QSqlQuery &query, int first = 0);

} // namespace at::annotationrow
