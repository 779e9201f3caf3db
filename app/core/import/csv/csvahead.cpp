// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvahead.h"

#include <algorithm>
#include <cstdint>

namespace at {

CsvAhead::CsvAhead(std::string_view text, std::size_t from, int line, bool ahead)
    : m_text(text), m_parser(text, from, line), m_positions(text),
      m_ahead(ahead && text.size() - std::min(from, text.size()) >= aheadBytes), m_offset(from)
{
    if (m_ahead) {
        fill(m_current);
        if (m_current.after == CsvParser::Status::Record)
            m_worker.start([this] { fill(m_next); });
    }
}

CsvAhead::~CsvAhead() = default; // the worker's destructor waits for the chunk being cut

void CsvAhead::fill(Chunk &chunk)
{
    chunk.fields.clear();
    chunk.records.clear();
    chunk.unescaped.clear();
    // Where each unescaped value went into chunk.unescaped; the views are made once the chunk is complete,
    // because the string may move while it grows.
    struct Moved {
        std::size_t field;
        std::size_t begin;
    };
    std::vector<Moved> moved;
    const auto textBegin = reinterpret_cast<std::uintptr_t>(m_text.data());
    const auto textEnd = textBegin + m_text.size();
    while (chunk.records.size() < chunkRecords) {
        const CsvParser::Status status = m_parser.next(m_scratch);
        if (status != CsvParser::Status::Record) {
            chunk.after = status;
            break;
        }
        for (const CsvParser::Field &f : m_scratch) {
            const auto at = reinterpret_cast<std::uintptr_t>(f.value.data());
            if (!f.value.empty() && (at < textBegin || at >= textEnd)) {
                moved.push_back(Moved{chunk.fields.size(), chunk.unescaped.size()});
                chunk.unescaped.insert(chunk.unescaped.end(), f.value.begin(), f.value.end());
            }
            chunk.fields.push_back(f);
        }
        chunk.records.push_back(Record{chunk.fields.size(), m_parser.offset()});
    }
    if (chunk.records.size() == chunkRecords)
        chunk.after = CsvParser::Status::Record;
    for (const Moved &m : moved) {
        CsvParser::Field &f = chunk.fields[m.field];
        f.value = std::string_view(chunk.unescaped.data() + m.begin, f.value.size());
    }
}

bool CsvAhead::advanceChunk()
{
    if (m_current.after != CsvParser::Status::Record)
        return false;
    m_worker.wait();
    std::swap(m_current, m_next);
    m_record = 0;
    if (m_current.after == CsvParser::Status::Record)
        m_worker.start([this] { fill(m_next); });
    return true;
}

CsvParser::Status CsvAhead::next(std::vector<CsvParser::Field> &fields)
{
    if (!m_ahead) {
        const CsvParser::Status status = m_parser.next(fields);
        m_offset = m_parser.offset();
        if (status == CsvParser::Status::Error) {
            m_error = m_parser.errorMessage();
            m_errorOffset = m_parser.errorOffset();
            m_errorLine = m_parser.errorLine();
        }
        return status;
    }
    fields.clear();
    while (m_record == m_current.records.size()) {
        if (!advanceChunk()) {
            // The parser stopped: its state is final and the worker is idle.
            m_offset = m_parser.offset();
            if (m_current.after == CsvParser::Status::Error) {
                m_error = m_parser.errorMessage();
                m_errorOffset = m_parser.errorOffset();
                m_errorLine = m_parser.errorLine();
            }
            return m_current.after;
        }
    }
    const std::size_t begin = m_record == 0 ? 0 : m_current.records[m_record - 1].fieldsEnd;
    const Record &r = m_current.records[m_record++];
    fields.assign(m_current.fields.begin() + std::ptrdiff_t(begin),
                  m_current.fields.begin() + std::ptrdiff_t(r.fieldsEnd));
    m_offset = r.offsetAfter;
    return CsvParser::Status::Record;
}

} // namespace at
