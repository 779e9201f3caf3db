// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/aheadworker.h"

#include <QByteArrayView>
#include <QtGlobal>
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
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
    // AT_JSON_TWO_PARTS_BYTES: an array scan that starts with at least this much of the file ahead is done
    // in two parts, the second on the worker thread (scanArray()). The fuzz build tries it on every array.
#ifndef AT_JSON_TWO_PARTS_BYTES
#define AT_JSON_TWO_PARTS_BYTES (16 * 1024 * 1024)
#endif
    static constexpr size_t twoPartsBytes = AT_JSON_TWO_PARTS_BYTES;

    struct Batch {
        size_t begin;
        size_t end;
        size_t first; // the index of its first element, as scanned
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
        bool inTwoParts = false;      // scanned in two parts at once (scanArray()), for tests and benchmarks
        simdjson::dom::element value; // whole mode only
    };

    // The array scan reads 64 bytes at a time with SSE2, Debian's x86-64 baseline, or where the processor
    // has them with AVX2 and POPCNT (without POPCNT every std::popcount is a call into libgcc): the same
    // scan compiled twice, chosen at run time. Tests ask for the baseline to compare the two.
    enum class Scan { Fastest, Baseline };
    // `twoPartsFrom`: scanArray()'s threshold; tests give 0 (always try) or never.
    static constexpr size_t never = size_t(-1);
    explicit JsonPieces(QByteArrayView bytes, Scan scan = Scan::Fastest, size_t twoPartsFrom = twoPartsBytes)
        : m_s(bytes.data()), m_n(size_t(bytes.size())), m_scan(scan), m_twoPartsFrom(twoPartsFrom)
    {}

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
    // Pieces only: `endBatch` ends the walk before that batch, where forEachInRange() takes over.
    template <typename F, typename G>
    void forEach(size_t member, F each, G afterBatch, size_t endBatch = size_t(-1))
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
        // Each batch is parsed on the worker thread while the elements of the one before it are handed
        // out here; a batch that does not parse stops the walk when its turn comes, as before.
        const size_t batches = std::min(m.batches.size(), endBatch);
        if (batches == 0 || m_failed)
            return;
        Slot *current = &m_ahead[0];
        Slot *next = &m_ahead[1];
        std::optional<simdjson::dom::element> parsed = parseInto(*current, m.batches[0], true);
        for (size_t b = 0; b < batches; ++b) {
            std::optional<simdjson::dom::element> nextParsed;
            const bool ahead = b + 1 < batches && parsed;
            if (ahead)
                m_worker.start([this, next, &nextParsed, batch = m.batches[b + 1]] {
                    nextParsed = parseInto(*next, batch, true);
                });
            const bool goOn = handOut(member, b, parsed, index, each, afterBatch);
            if (ahead)
                m_worker.wait();
            if (!goOn)
                return;
            parsed = nextParsed;
            std::swap(current, next);
        }
    }

    class RangeParser;
    // How a walk of a range ended.
    enum class Walk { Done, Stopped, Failed };
    // Calls each(element, index) for the elements of batches [first, end) of an array member and
    // afterBatch(bytes) after each batch, parsing them with `parser` on the calling thread. It touches
    // nothing of the document's own, so another thread may walk one range while the reading thread walks
    // the one before it with forEach(). Failed: a batch did not parse, or not into the elements the scan
    // counted (the scan was wrong, and the indexes would be). Stopped: afterBatch returned false.
    // After Done, rangeWalked() says so; after Failed, rangeFailed().
    template <typename F, typename G>
    Walk forEachInRange(size_t member, size_t first, size_t end, RangeParser &parser, F each,
                        G afterBatch) const
    {
        const Member &m = m_members[member];
        for (size_t b = first; b < end; ++b) {
            const Batch &batch = m.batches[b];
            const std::optional<simdjson::dom::element> parsed = parseRange(parser, batch);
            simdjson::dom::array arr;
            if (!parsed || parsed->get_array().get(arr))
                return Walk::Failed;
            const size_t next = b + 1 < m.batches.size() ? m.batches[b + 1].first : m.count;
            if (arr.size() != next - batch.first)
                return Walk::Failed;
            auto index = qsizetype(batch.first);
            for (simdjson::dom::element item : arr)
                each(item, index++);
            if (!afterBatch(qint64(batch.end - batch.begin)))
                return Walk::Stopped;
        }
        return Walk::Done;
    }
    void rangeWalked(size_t member, size_t end)
    {
        m_parsedBatches[member] = std::max(m_parsedBatches[member], end);
    }
    void rangeFailed()
    {
        m_failed = true;
    }

    // Parses whatever has not been parsed yet, so that a syntax error anywhere wins over other errors.
    // `afterBatch` is told each array batch's bytes and stops the walk by returning false (a cancel: a
    // header that stopped the reader early leaves every batch of a large file to this walk).
    enum class Rest { Valid, Invalid, Stopped };
    Rest validateRest(const std::function<bool(qint64 bytes)> &afterBatch);
    void markValueChecked(size_t member);

private:
    // A parser and the buffer it parses from; the elements it gave are valid until it parses again.
    struct Slot {
        simdjson::dom::parser parser;
        bool ready = false;
        std::vector<char> buffer;
    };

public:
    // A parser for walking a range of batches on another thread (forEachInRange()).
    class RangeParser {
        friend class JsonPieces;
        Slot m_slot;
    };

private:
    std::optional<simdjson::dom::element> parseRange(RangeParser &parser, Batch batch) const
    {
        return parseInto(parser.m_slot, batch, true);
    }
    // Parses bytes [begin, end) of the document (in '[' ']' when `wrap`) with `slot`. Touches nothing
    // else, so the worker thread can run it.
    std::optional<simdjson::dom::element> parseInto(Slot &slot, size_t begin, size_t end, bool wrap) const;
    std::optional<simdjson::dom::element> parseInto(Slot &slot, Batch batch, bool wrap) const
    {
        return parseInto(slot, batch.begin, batch.end, wrap);
    }
    std::optional<simdjson::dom::element> parse(size_t begin, size_t end, bool wrap);
    // One parsed batch's elements to each(); false to stop.
    template <typename F, typename G>
    bool handOut(size_t member, size_t b, const std::optional<simdjson::dom::element> &batch,
                 qsizetype &index, F &each, G &afterBatch)
    {
        if (!batch || m_failed) {
            m_failed = true;
            return false;
        }
        m_parsedBatches[member] = std::max(m_parsedBatches[member], b + 1);
        simdjson::dom::array arr;
        if (batch->get_array().get(arr)) {
            m_failed = true;
            return false;
        }
        for (simdjson::dom::element item : arr)
            each(item, index++);
        const Batch &range = m_members[member].batches[b];
        return afterBatch(qint64(range.end - range.begin));
    }

    // Where the scan of an array's elements stands: all it needs to go on, so that it can pause at a
    // position and resume there, or begin at an element in the middle of the array.
    struct ElementScan {
        size_t pos = 0;
        int depth = 1; // 1 between the array's elements
        bool inString = false;
        bool escaped = false; // the next byte is escaped
        size_t batchBegin = 0;
        size_t batchFirst = 0;
        size_t count = 0; // elements so far
        std::vector<Batch> batches;
    };
    // Closed: the array's ']' was reached, pos is after it. Broken: the array cannot be cut (or does not
    // end). Paused: pos reached the limit. Stopped: `stop` was set.
    enum class ScanEnd { Closed, Broken, Paused, Stopped };
    ScanEnd scanElements(ElementScan &s, size_t limit, const std::atomic<bool> *stop) const;
    template <typename Masks>
    ScanEnd scanElementsWith(ElementScan &s, size_t limit, const std::atomic<bool> *stop) const;
    ScanEnd scanElementsAvx2(ElementScan &s, size_t limit, const std::atomic<bool> *stop) const;
    size_t secondPartStart(size_t arrayBegin) const;
    void joinParts(ElementScan &first, const ElementScan &second, size_t at) const;

    void skipSpace(size_t &i) const;
    bool skipString(size_t &i) const;
    bool skipValue(size_t &i) const;
    bool scanArray(size_t &i, Member &m);
    bool scanTop();
    bool unescapeKeys();

    const char *m_s;
    size_t m_n;
    Scan m_scan;
    size_t m_twoPartsFrom;
    std::vector<Member> m_members;
    std::vector<size_t> m_parsedBatches;
    std::vector<bool> m_valueChecked;
    Slot m_single;               // values, keys, and what is checked after the walk
    std::array<Slot, 2> m_ahead; // the batches of a walk, alternately
    AheadWorker m_worker;
    bool m_failed = false;
    bool m_whole = false;
    simdjson::dom::parser m_wholeParser;
    simdjson::padded_string m_wholeText;
    simdjson::dom::element m_root;
};

} // namespace at
