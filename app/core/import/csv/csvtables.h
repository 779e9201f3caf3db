// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/csv/csvparser.h"
#include "app/core/import/datasetformat.h"

#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace at {

// The tables analysts keep in spreadsheets, one CSV file each (resources/csv/README.md): which one a
// file is follows from its header row.
enum class CsvTable { Sources, Entities, Events, Series, Quotes };

// A column of a table: a field of the format's record (import/datasetformat.h), or one part of one (an
// entity's name is two columns).
struct CsvColumn {
    std::string_view name;
    bool required;
    int field;
    int part = -1; // format::name::En or Zh, or -1 for the whole field
    int since = 1; // the format versions that have the column (format::Field)
    int until = 0;
    bool chinese = false; // the Chinese of a localized field ("title_zh")
    std::string_view instead{};
};

struct CsvTableSpec {
    CsvTable table;
    std::vector<CsvColumn> columns;
    // The column of each field (and of each part of a field with parts), or -1.
    std::array<int, 16> columnOfField;
    std::array<int, 2> columnOfPart;
    std::array<int, 16> chineseColumnOfField; // the "_zh" column of each localized field, or -1
};

// A table's format version follows from its header: version 2 when it has a column that only version 2
// has ("citations", a "_zh" column, ...), else version 1.
bool csvColumnInVersion(const CsvColumn &column, int version);

// The five tables, their columns in the order the README lists them.
std::span<const CsvTableSpec> csvTables();
// The table a header names: the one with which it shares most column names; none on a tie.
const CsvTableSpec *csvTableOf(const std::vector<CsvParser::Field> &header);

// The table a header row names, if any (the file's first line).
std::optional<CsvTable> csvTableOfHeader(QByteArrayView bytes);
// "events", "series", ... as in the file names of resources/csv/.
QString csvTableName(CsvTable table);
format::Table formatTable(CsvTable table);

// Text without the spaces and tabs around it: how ids, dates, numbers and words are read from a cell.
std::string_view csvTrimmed(std::string_view s);
// Text without a UTF-8 byte order mark.
std::string_view csvWithoutBom(std::string_view s);

} // namespace at
