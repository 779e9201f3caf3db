// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvtables.h"

#include "app/core/import/datasetformat.h"

#include <algorithm>
#include <deque>
#include <simdjson.h>
#include <string>

namespace at {

namespace {

namespace f = format;

// The column names made here ("title_zh"), alive as long as the tables.
std::string_view lasting(std::string name)
{
    static std::deque<std::string> names;
    return names.emplace_back(std::move(name));
}

// The columns of one field: its own, and from version 2 on its Chinese one when it is localized.
void addColumns(CsvTableSpec &spec, const format::Field &field, int number, std::string_view name)
{
    if (!field.chineseOnly)
        spec.columns.push_back(
            CsvColumn{name, field.required, number, -1, field.since, field.until, false, field.instead});
    if (field.localized)
        spec.columns.push_back(
            CsvColumn{lasting(std::string(name) + std::string(format::chineseColumnSuffix)), false, number,
                      -1, std::max(field.since, 2), field.until, true});
}

// A table whose columns are the fields of one record, in their order.
CsvTableSpec plain(CsvTable table, std::span<const format::Field> fields)
{
    CsvTableSpec spec{table, {}, {}, {}, {}};
    for (size_t i = 0; i < fields.size(); ++i)
        addColumns(spec, fields[i], int(i), fields[i].name);
    return spec;
}

CsvTableSpec indexed(CsvTableSpec spec)
{
    spec.columnOfField.fill(-1);
    spec.columnOfPart.fill(-1);
    spec.chineseColumnOfField.fill(-1);
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        const CsvColumn &column = spec.columns[c];
        if (column.chinese)
            spec.chineseColumnOfField[size_t(column.field)] = int(c);
        else if (column.part < 0)
            spec.columnOfField[size_t(column.field)] = int(c);
        else
            spec.columnOfPart[size_t(column.part)] = int(c);
    }
    return spec;
}

// An entity's name {en, zh} is two columns, nameEn and nameZh.
CsvTableSpec entities()
{
    CsvTableSpec spec{CsvTable::Entities, {}, {}, {}, {}};
    const auto fields = f::entityFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (int(i) != f::entity::Name) {
            addColumns(spec, fields[i], int(i), fields[i].name);
            continue;
        }
        spec.columns.push_back(CsvColumn{"nameEn", fields[i].required, int(i), f::name::En});
        spec.columns.push_back(CsvColumn{"nameZh", fields[i].required, int(i), f::name::Zh});
    }
    return spec;
}

// One row per point: the series' id (column "series"), entity, metric and unit, then the point's fields.
CsvTableSpec seriesPoints()
{
    CsvTableSpec spec{CsvTable::Series, {}, {}, {}, {}};
    const auto series = f::seriesFields();
    spec.columns.push_back(CsvColumn{"series", series[f::series::Id].required, f::pointRow::Series});
    spec.columns.push_back(
        CsvColumn{series[f::series::Entity].name, series[f::series::Entity].required, f::pointRow::Entity});
    spec.columns.push_back(
        CsvColumn{series[f::series::Metric].name, series[f::series::Metric].required, f::pointRow::Metric});
    spec.columns.push_back(
        CsvColumn{series[f::series::Unit].name, series[f::series::Unit].required, f::pointRow::Unit});
    const auto points = f::pointFields();
    for (size_t i = 0; i < points.size(); ++i)
        addColumns(spec, points[i], int(i), points[i].name);
    return spec;
}

} // namespace

bool csvColumnInVersion(const CsvColumn &column, int version)
{
    return version >= column.since && (column.until == 0 || version <= column.until);
}

std::span<const CsvTableSpec> csvTables()
{
    static const std::array<CsvTableSpec, 5> tables{
        indexed(plain(CsvTable::Sources, f::sourceFields())), indexed(entities()),
        indexed(plain(CsvTable::Events, f::eventFields())),   indexed(seriesPoints()),
        indexed(plain(CsvTable::Quotes, f::quoteFields())),
    };
    return tables;
}

std::string_view csvTrimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string_view csvWithoutBom(std::string_view s)
{
    return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s;
}

const CsvTableSpec *csvTableOf(const std::vector<CsvParser::Field> &header)
{
    const CsvTableSpec *best = nullptr;
    int bestShared = 0;
    bool tie = false;
    for (const CsvTableSpec &t : csvTables()) {
        int shared = 0;
        for (const CsvColumn &column : t.columns) {
            for (const auto &field : header)
                shared += csvTrimmed(field.value) == column.name;
        }
        if (shared > bestShared) {
            best = &t;
            bestShared = shared;
            tie = false;
        } else if (shared == bestShared && shared > 0) {
            tie = true;
        }
    }
    return tie ? nullptr : best;
}

format::Table formatTable(CsvTable table)
{
    switch (table) {
    case CsvTable::Sources:
        return format::Table::Sources;
    case CsvTable::Entities:
        return format::Table::Entities;
    case CsvTable::Events:
        return format::Table::Events;
    case CsvTable::Series:
        return format::Table::Series;
    case CsvTable::Quotes:
        return format::Table::Quotes;
    }
    return format::Table::Sources;
}

QString csvTableName(CsvTable table)
{
    return QString::fromLatin1(format::tableKey(formatTable(table)));
}

std::optional<CsvTable> csvTableOfHeader(QByteArrayView bytes)
{
    const std::string_view text = csvWithoutBom(std::string_view(bytes.data(), size_t(bytes.size())));
    if (!simdjson::validate_utf8(text.data(), text.size()))
        return std::nullopt;
    CsvParser parser(text);
    std::vector<CsvParser::Field> header;
    if (parser.next(header) != CsvParser::Status::Record)
        return std::nullopt;
    const CsvTableSpec *spec = csvTableOf(header);
    return spec ? std::optional<CsvTable>(spec->table) : std::nullopt;
}

} // namespace at
