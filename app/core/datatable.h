// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace at {

// The data a view draws, as a table: what its CSV export writes. Column names are fixed English
// identifiers (docs/CSV-EXPORT.md documents each view's); cells are plain text, numbers and dates in a form
// programs read (no thousands separators, ISO dates).
struct DataTable {
    QStringList columns;
    QList<QStringList> rows;

    // RFC 4180, as the annotations' CSV export writes it: UTF-8 with a byte order mark (so that spreadsheet
    // programs read Chinese right), CRLF line ends, quotes only where a cell needs them, and a cell that a
    // spreadsheet would run as a formula ("=...", "+...", "-...", "@...") prefixed with an apostrophe.
    QByteArray toCsv() const;
};

// One cell as toCsv() writes it.
QString csvCell(const QString &value);

// Whether a spreadsheet would take a cell for a formula, and the cell made safe from that (a leading
// apostrophe, which spreadsheets hide); the annotations' reader takes the apostrophe off again.
bool looksLikeFormula(QStringView cell);
QString neutralizeFormula(const QString &cell);

} // namespace at
