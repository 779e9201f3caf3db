// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/csv/csvparser.h"
#include "app/core/import/csv/csvtables.h"
#include "app/core/import/datasetbuilder.h"

#include <QString>
#include <optional>
#include <string_view>
#include <vector>

namespace at {

// The reader's side of a row: where its problems go.
class CsvRowSink {
public:
    // A problem with the cell of a column of the table (an index into CsvTableSpec::columns).
    virtual void report(int column, const QString &message, bool clash) = 0;
    // The dataset will not be built: storing the row can stop.
    virtual bool failed() const = 0;

protected:
    ~CsvRowSink() = default;
};

// One row of a table as the builder reads it (the input object of import/datasetbuilder.h): cells are
// text, so this is where text becomes numbers and lists, and where a cell that is neither says so.
class CsvRow {
public:
    using Whole = DatasetBuilder::Whole;

    // `cellOfColumn`: for each column of the table, its cell in the row, or -1 when the file has no such
    // column.
    CsvRow(const CsvTableSpec &spec, const std::vector<int> &cellOfColumn,
           const std::vector<CsvParser::Field> &cells, CsvRowSink &sink)
        : m_spec(spec), m_cellOfColumn(cellOfColumn), m_cells(cells), m_sink(sink)
    {}

    bool has(int f) const { return cell(f) >= 0; }
    bool isNull(int f) const { return word(f)->empty(); }
    std::optional<std::string_view> text(int f) const { return raw(f); }
    std::optional<std::string_view> word(int f) const { return csvTrimmed(raw(f)); }
    std::optional<Whole> whole(int f);
    std::optional<double> number(int f);
    std::optional<bool> boolean(int f);
    bool failed() const { return m_sink.failed(); }

    void error(int f, const QString &message) { m_sink.report(column(f), message, false); }
    void itemError(int f, int, const QString &message) { error(f, message); }
    void clash(int f, const QString &message) { m_sink.report(column(f), message, true); }

    // The ';'-separated ids of a list cell ("sina; weibo"), trimmed, empty items skipped.
    template <typename F> bool forEachItem(int f, F each)
    {
        if (!has(f))
            return false;
        std::string_view list = raw(f);
        int i = 0;
        while (!list.empty()) {
            const size_t semi = list.find(';');
            const std::string_view item = csvTrimmed(list.substr(0, semi));
            if (!item.empty())
                each(std::optional<std::string_view>(item), i++);
            if (semi == std::string_view::npos)
                break;
            list.remove_prefix(semi + 1);
        }
        return true;
    }
    // A field with parts is one column per part.
    template <typename F> void nested(int f, std::span<const format::Field>, F each)
    {
        CsvRow parts(*this);
        parts.m_partsOf = f;
        each(parts);
    }

private:
    int column(int f) const
    {
        if (f == format::wholeRecord)
            return 0; // every table's first column is its id
        return m_partsOf >= 0 ? m_spec.columnOfPart[size_t(f)] : m_spec.columnOfField[size_t(f)];
    }
    int cell(int f) const
    {
        const int c = column(f);
        return c >= 0 ? m_cellOfColumn[size_t(c)] : -1;
    }
    std::string_view raw(int f) const
    {
        const int c = cell(f);
        return c >= 0 ? m_cells[size_t(c)].value : std::string_view();
    }

    const CsvTableSpec &m_spec;
    const std::vector<int> &m_cellOfColumn;
    const std::vector<CsvParser::Field> &m_cells;
    CsvRowSink &m_sink;
    int m_partsOf = -1; // the field whose parts this row stands for
};

} // namespace at
