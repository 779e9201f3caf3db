// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/aheadworker.h"
#include "app/core/import/csv/csvparser.h"

#include <string_view>
#include <vector>

namespace at {

// CsvParser's records, split on the worker thread a chunk ahead of the reader: while the reader builds the
// records of one chunk, the next is being cut into fields. The records, their fields, positions and the
// error at the end are exactly CsvParser's (the same parser does the work), so a reader may use this in
// its place. Small texts are split on the calling thread, where a thread would cost more than it saves.
class CsvAhead {
public:
    // AT_CSV_AHEAD_BYTES / AT_CSV_CHUNK_RECORDS: the fuzz build (tests/fuzz/build.sh) uses the worker for
    // texts of any size and chunks of two records, so that small inputs go through the chunking.
#ifndef AT_CSV_AHEAD_BYTES
#define AT_CSV_AHEAD_BYTES (1024 * 1024)
#endif
#ifndef AT_CSV_CHUNK_RECORDS
#define AT_CSV_CHUNK_RECORDS 2048
#endif
    static constexpr std::size_t aheadBytes = AT_CSV_AHEAD_BYTES;
    static constexpr std::size_t chunkRecords = AT_CSV_CHUNK_RECORDS;

    // From `from`, a record's start on line `line` (CsvParser's second constructor). `ahead`: false keeps
    // the work on the calling thread whatever the size, when the other core has work of its own.
    explicit CsvAhead(std::string_view text, std::size_t from = 0, int line = 1, bool ahead = true);
    ~CsvAhead();
    CsvAhead(const CsvAhead &) = delete;
    CsvAhead &operator=(const CsvAhead &) = delete;

    // As CsvParser's.
    CsvParser::Status next(std::vector<CsvParser::Field> &fields);
    const QString &errorMessage() const
    {
        return m_error;
    }
    std::size_t errorOffset() const
    {
        return m_errorOffset;
    }
    int errorLine() const
    {
        return m_errorLine;
    }
    std::size_t offset() const
    {
        return m_offset;
    }
    int columnOf(std::size_t offset) const
    {
        return m_positions.columnOf(offset);
    }

private:
    struct Record {
        std::size_t fieldsEnd;   // into Chunk::fields
        std::size_t offsetAfter; // CsvParser::offset() after the record
    };
    // Records cut ahead, and how the text went on after the last of them.
    struct Chunk {
        std::vector<CsvParser::Field> fields;
        std::vector<Record> records;
        // Values with doubled quotes, which CsvParser keeps only until its next record. A vector, not a
        // string: the chunks are swapped, and a short string's characters live inside the string object
        // (the small-string optimisation), so a swap would leave the fields' views pointing into the chunk
        // the worker is refilling. A vector's swap keeps its buffer where it is.
        std::vector<char> unescaped;
        CsvParser::Status after = CsvParser::Status::Record;
    };
    void fill(Chunk &chunk);
    bool advanceChunk();

    std::string_view m_text;
    CsvParser m_parser;          // cuts the records: on the worker thread while it is busy
    const CsvParser m_positions; // columns for messages, on the reading thread
    const bool m_ahead;
    Chunk m_current;
    Chunk m_next;
    std::size_t m_record = 0; // the next of m_current's records
    std::vector<CsvParser::Field> m_scratch;
    QString m_error;
    std::size_t m_errorOffset = 0;
    int m_errorLine = 0;
    std::size_t m_offset = 0;
    AheadWorker m_worker;
};

} // namespace at
