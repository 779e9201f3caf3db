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
    using Local = DatasetBuilder::Local;

    // `cellOfColumn`: for each column of the table, its cell in the row, or -1 when the file has no such
    // column. `version`: the table's format version.
    CsvRow(const CsvTableSpec &spec, const std::vector<int> &cellOfColumn,
           const std::vector<CsvParser::Field> &cells, CsvRowSink &sink, int version)
        : m_spec(spec), m_cellOfColumn(cellOfColumn), m_cells(cells), m_sink(sink), m_version(version)
    {}

    int version() const { return m_version; }
    bool has(int f) const { return cell(f) >= 0 || chineseCell(f) >= 0; }
    bool isNull(int f) const { return word(f)->empty(); }
    std::optional<std::string_view> text(int f) const { return raw(f); }
    std::optional<std::string_view> word(int f) const { return csvTrimmed(raw(f)); }
    // A localized field: its column and its "_zh" column.
    std::optional<Local> local(int f) const
    {
        const int zh = chineseCell(f);
        return Local{raw(f), zh >= 0 ? m_cells[size_t(zh)].value : std::string_view(), false};
    }
    void localError(int f, TextLanguage language, const QString &message)
    {
        if (language == TextLanguage::Chinese && chineseCell(f) >= 0)
            m_sink.report(m_spec.chineseColumnOfField[size_t(f)], message, false);
        else
            error(f, message);
    }

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
    // A cell of citations, "SOURCE:P1,P2;SOURCE2:P3": each(citation) for each item, which reads as a
    // record of format::citation fields.
    template <typename F> std::optional<int> forEachRecord(int f, std::span<const format::Field>, F each);

    // A field with parts is one column per part.
    template <typename F> void nested(int f, std::span<const format::Field>, F each)
    {
        CsvRow parts(*this);
        parts.m_partsOf = f;
        each(parts);
    }

private:
    std::optional<Whole> wholeOf(std::string_view v, int f);
    int chineseCell(int f) const
    {
        if (m_partsOf >= 0 || f < 0)
            return -1;
        const int c = m_spec.chineseColumnOfField[size_t(f)];
        return c >= 0 ? m_cellOfColumn[size_t(c)] : -1;
    }
    int column(int f) const
    {
        if (f == format::wholeRecord)
            return 0; // every table's first column is its id
        if (m_partsOf >= 0)
            return m_spec.columnOfPart[size_t(f)];
        // A field with only a Chinese column (a quote's translation_zh) has its problems there.
        const int c = m_spec.columnOfField[size_t(f)];
        return c >= 0 ? c : m_spec.chineseColumnOfField[size_t(f)];
    }
    int cell(int f) const
    {
        if (f == format::wholeRecord)
            return m_cellOfColumn[0];
        const int c = m_partsOf >= 0 ? m_spec.columnOfPart[size_t(f)] : m_spec.columnOfField[size_t(f)];
        return c >= 0 ? m_cellOfColumn[size_t(c)] : -1;
    }
    std::string_view raw(int f) const
    {
        const int c = cell(f);
        return c >= 0 ? m_cells[size_t(c)].value : std::string_view();
    }
    // The trimmed, non-empty items of a list separated by `separator`.
    static std::vector<std::string_view> csvSplit(std::string_view list, char separator)
    {
        std::vector<std::string_view> items;
        while (!list.empty()) {
            const size_t at = list.find(separator);
            const std::string_view item = csvTrimmed(list.substr(0, at));
            if (!item.empty())
                items.push_back(item);
            if (at == std::string_view::npos)
                break;
            list.remove_prefix(at + 1);
        }
        return items;
    }

    const CsvTableSpec &m_spec;
    const std::vector<int> &m_cellOfColumn;
    const std::vector<CsvParser::Field> &m_cells;
    CsvRowSink &m_sink;
    int m_partsOf = -1; // the field whose parts this row stands for
    int m_version;

    friend class CsvCitation;
};

// One item of a cell of citations, "SOURCE:P1,P2", read as the builder reads a citation
// (format::citation fields). Its problems are the cell's.
class CsvCitation {
public:
    using Whole = DatasetBuilder::Whole;

    CsvCitation(CsvRow &row, int field, std::string_view source, std::string_view paragraphs)
        : m_row(row), m_field(field), m_source(source), m_paragraphs(paragraphs)
    {}
    int version() const { return m_row.version(); }
    bool has(int) const { return true; }
    std::optional<std::string_view> word(int) const { return m_source; }
    template <typename F> bool forEachWhole(int, F each)
    {
        int i = 0;
        for (std::string_view item : CsvRow::csvSplit(m_paragraphs, ','))
            each(m_row.wholeOf(item, m_field), i++);
        return true;
    }
    void error(int, const QString &message) { m_row.error(m_field, message); }
    void itemError(int, int, const QString &message) { m_row.error(m_field, message); }

private:
    CsvRow &m_row;
    int m_field;
    std::string_view m_source;
    std::string_view m_paragraphs;
};

template <typename F> std::optional<int> CsvRow::forEachRecord(int f, std::span<const format::Field>, F each)
{
    if (!has(f))
        return std::nullopt;
    int items = 0;
    for (std::string_view item : csvSplit(raw(f), ';')) {
        ++items;
        const size_t colon = item.find(':');
        CsvCitation citation(*this, f, csvTrimmed(item.substr(0, colon)),
                             colon == std::string_view::npos ? std::string_view() : item.substr(colon + 1));
        each(citation);
    }
    return items;
}

} // namespace at
