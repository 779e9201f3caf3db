// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <cstdint>
#include <optional>
#include <simdjson.h>
#include <string>
#include <vector>

namespace at {

// A JSON document in pieces: its top-level members and, for arrays, batches of whole elements of about
// batchBytes. The file is never parsed whole: a quick scan finds the members and cuts the arrays at element
// boundaries, and simdjson parses one piece at a time into the same, already-mapped buffers. Parsing the
// whole document would need tape and string buffers about three times its size, and fresh memory is the
// expensive part here (see import/prefault.h).
//
// When the scan fails, or a piece does not parse, the document is parsed whole instead (whole mode), which
// gives the same elements: the reference behaviour, used for syntax errors and odd files only.
class JsonPieces {
public:
    // AT_JSON_BATCH_BYTES: the fuzz build (tests/fuzz/build.sh) makes batches tiny, so that inputs of a few
    // hundred bytes are read in many of them.
#ifndef AT_JSON_BATCH_BYTES
#define AT_JSON_BATCH_BYTES (256 * 1024)
#endif
    static constexpr size_t batchBytes = AT_JSON_BATCH_BYTES;

    struct Batch {
        size_t begin;
        size_t end;
    };
    struct Member {
        std::string key;
        size_t keyBegin = 0; // the key's bytes, quotes included (pieces only)
        size_t keyEnd = 0;
        size_t begin = 0; // the value's bytes
        size_t end = 0;
        bool array = false;
        size_t count = 0; // elements, when an array (as scanned: a hint for reserving)
        std::vector<Batch> batches;
        simdjson::dom::element value; // whole mode only
    };

    explicit JsonPieces(QByteArrayView bytes) : m_s(bytes.data()), m_n(size_t(bytes.size())) {}

    enum class Split { Pieces, NotPieces };
    Split split();

    // Whole mode: parses the document at once. Returns the error code (SUCCESS when it parsed).
    simdjson::error_code parseWhole();
    bool whole() const
    {
        return m_whole;
    }
    simdjson::dom::element root() const
    {
        return m_root;
    }

    const std::vector<Member> &members() const
    {
        return m_members;
    }
    // A piece did not parse: the document is not valid JSON (or the scan was wrong).
    bool failed() const
    {
        return m_failed;
    }

    // The value of a member that is not an array, valid until the next piece is parsed.
    std::optional<simdjson::dom::element> value(size_t member);

    // Calls each(element, index) for the elements of an array member, a batch at a time, and
    // afterBatch(bytes) after each batch; stops when afterBatch returns false or a batch does not parse.
    template <typename F, typename G> void forEach(size_t member, F each, G afterBatch)
    {
        const Member &m = m_members[member];
        qsizetype index = 0;
        if (m_whole) {
            simdjson::dom::array arr;
            if (m.value.get_array().get(arr))
                return;
            for (simdjson::dom::element item : arr)
                each(item, index++);
            afterBatch(qint64(0));
            return;
        }
        for (size_t b = 0; b < m.batches.size(); ++b) {
            const auto batch = parse(m.batches[b].begin, m.batches[b].end, true);
            if (!batch)
                return;
            m_parsedBatches[member] = std::max(m_parsedBatches[member], b + 1);
            simdjson::dom::array arr;
            if (batch->get_array().get(arr)) {
                m_failed = true;
                return;
            }
            for (simdjson::dom::element item : arr)
                each(item, index++);
            if (!afterBatch(qint64(m.batches[b].end - m.batches[b].begin)))
                return;
        }
    }

    // Parses whatever has not been parsed yet, so that a syntax error anywhere wins over other errors.
    bool validateRest();
    void markValueChecked(size_t member);

private:
    std::optional<simdjson::dom::element> parse(size_t begin, size_t end, bool wrap);

    void skipSpace(size_t &i) const;
    bool skipString(size_t &i) const;
    bool skipValue(size_t &i) const;
    bool scanArray(size_t &i, Member &m) const;
    bool scanTop();
    bool unescapeKeys();

    const char *m_s;
    size_t m_n;
    std::vector<Member> m_members;
    std::vector<size_t> m_parsedBatches;
    std::vector<bool> m_valueChecked;
    simdjson::dom::parser m_pieceParser;
    bool m_pieceParserReady = false;
    std::vector<char> m_buffer;
    bool m_failed = false;
    bool m_whole = false;
    simdjson::dom::parser m_wholeParser;
    simdjson::padded_string m_wholeText;
    simdjson::dom::element m_root;
};

} // namespace at
