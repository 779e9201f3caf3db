// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonpieces.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace at {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// The whole-document parser allows 1024 levels; a piece is parsed one level down from the root object.
constexpr size_t pieceMaxDepth = simdjson::DEFAULT_MAX_DEPTH - 1;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A 64-byte block as bit masks, bit k for byte k: quotes, backslashes, and the brackets and commas.
struct BlockMasks {
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t structural = 0; // { } [ ] ,
    std::uint64_t open = 0;       // { [
    std::uint64_t comma = 0;
};
BlockMasks blockMasks(const char *p)
{
    BlockMasks m;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i curly = _mm_set1_epi8(0x20); // '[' | 0x20 is '{', ']' | 0x20 is '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    const __m128i comma = _mm_set1_epi8(',');
    for (int part = 0; part < 4; ++part) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * part));
        const __m128i folded = _mm_or_si128(v, curly);
        const auto bits = [](__m128i x) { return std::uint64_t(unsigned(_mm_movemask_epi8(x))); };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote)) << (16 * part);
        m.backslash |= bits(_mm_cmpeq_epi8(v, backslash)) << (16 * part);
        const __m128i opening = _mm_cmpeq_epi8(folded, open);
        const __m128i commas = _mm_cmpeq_epi8(v, comma);
        m.structural |= bits(_mm_or_si128(_mm_or_si128(opening, _mm_cmpeq_epi8(folded, close)), commas))
                        << (16 * part);
        m.open |= bits(opening) << (16 * part);
        m.comma |= bits(commas) << (16 * part);
    }
#else
    for (int k = 0; k < 64; ++k) {
        const char c = p[k];
        m.quote |= std::uint64_t(c == '"') << k;
        m.backslash |= std::uint64_t(c == '\\') << k;
        m.structural |= std::uint64_t(c == '{' || c == '}' || c == '[' || c == ']' || c == ',') << k;
        m.open |= std::uint64_t(c == '{' || c == '[') << k;
        m.comma |= std::uint64_t(c == ',') << k;
    }
#endif
    return m;
}
struct Sse2Masks {
    static BlockMasks of(const char *p) { return blockMasks(p); }
};

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define AT_JSON_SCAN_AVX2 1
bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return has;
}

struct Avx2Masks {
    __attribute__((target("avx2"))) static BlockMasks of(const char *p)
    {
        BlockMasks m;
        const __m256i quote = _mm256_set1_epi8('"');
        const __m256i backslash = _mm256_set1_epi8('\\');
        const __m256i curly = _mm256_set1_epi8(0x20); // '[' | 0x20 is '{', ']' | 0x20 is '}'
        const __m256i open = _mm256_set1_epi8('{');
        const __m256i close = _mm256_set1_epi8('}');
        const __m256i comma = _mm256_set1_epi8(',');
        for (int part = 0; part < 2; ++part) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * part));
            const __m256i folded = _mm256_or_si256(v, curly);
            // (No helper lambda: it would not have this function's target, and the intrinsics need it.)
            const int shift = 32 * part;
            const __m256i opening = _mm256_cmpeq_epi8(folded, open);
            const __m256i commas = _mm256_cmpeq_epi8(v, comma);
            const __m256i closing = _mm256_cmpeq_epi8(folded, close);
            const __m256i structural = _mm256_or_si256(_mm256_or_si256(opening, closing), commas);
            m.quote |= std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))) << shift;
            m.backslash |= std::uint64_t(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, backslash))))
                           << shift;
            m.structural |= std::uint64_t(unsigned(_mm256_movemask_epi8(structural))) << shift;
            m.open |= std::uint64_t(unsigned(_mm256_movemask_epi8(opening))) << shift;
            m.comma |= std::uint64_t(unsigned(_mm256_movemask_epi8(commas))) << shift;
        }
        return m;
    }
};
#else
#define AT_JSON_SCAN_AVX2 0
bool hasAvx2()
{
    return false;
}
#endif

// Bit k set when an odd number of bits at or below k are: with quotes, "inside a string".
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace

JsonPieces::Split JsonPieces::split()
{
    if (scanTop() && unescapeKeys())
        return Split::Pieces;
    m_members.clear();
    return Split::NotPieces;
}

simdjson::error_code JsonPieces::parseWhole()
{
    m_whole = true;
    m_members.clear();
    m_wholeText = simdjson::padded_string(m_s, m_n);
    const auto code = m_wholeParser.parse(m_wholeText).get(m_root);
    if (code)
        return code;
    object obj;
    if (!m_root.get_object().get(obj)) {
        for (auto field : obj) {
            Member m;
            m.key = std::string(field.key);
            m.value = field.value;
            m.array = field.value.is_array();
            m_members.push_back(std::move(m));
        }
    }
    return simdjson::SUCCESS;
}

std::optional<element> JsonPieces::value(size_t member)
{
    const Member &m = m_members[member];
    if (m_whole)
        return m.value;
    return parse(m.begin, m.end, false);
}

JsonPieces::Rest JsonPieces::validateRest(const std::function<bool(qint64 bytes)> &afterBatch)
{
    if (m_whole)
        return Rest::Valid;
    for (size_t i = 0; i < m_members.size() && !m_failed; ++i) {
        const Member &m = m_members[i];
        if (!m.array) {
            if (!m_valueChecked[i] && !parse(m.begin, m.end, false))
                return Rest::Invalid;
            m_valueChecked[i] = true;
            continue;
        }
        for (size_t b = m_parsedBatches[i]; b < m.batches.size(); ++b) {
            if (!parse(m.batches[b].begin, m.batches[b].end, true))
                return Rest::Invalid;
            m_parsedBatches[i] = b + 1;
            if (!afterBatch(qint64(m.batches[b].end - m.batches[b].begin)))
                return Rest::Stopped;
        }
    }
    return m_failed ? Rest::Invalid : Rest::Valid;
}

void JsonPieces::markValueChecked(size_t member)
{
    if (member < m_valueChecked.size())
        m_valueChecked[member] = true;
}

std::optional<element> JsonPieces::parse(size_t begin, size_t end, bool wrap)
{
    if (m_failed)
        return std::nullopt;
    auto e = parseInto(m_single, begin, end, wrap);
    if (!e)
        m_failed = true;
    return e;
}

std::optional<element> JsonPieces::parseInto(Slot &slot, size_t begin, size_t end, bool wrap) const
{
    if (!slot.ready) {
        // Sized for one batch; simdjson grows it for a bigger element and keeps the depth limit.
        if (slot.parser.allocate(batchBytes + 4096, pieceMaxDepth))
            return std::nullopt;
        slot.ready = true;
    }
    const size_t length = end - begin + (wrap ? 2 : 0);
    if (slot.buffer.size() < length + simdjson::SIMDJSON_PADDING)
        slot.buffer.resize(length + simdjson::SIMDJSON_PADDING);
    char *to = slot.buffer.data();
    if (wrap)
        *to++ = '[';
    std::memcpy(to, m_s + begin, end - begin);
    if (wrap)
        to[end - begin] = ']';
    element e;
    if (slot.parser.parse(slot.buffer.data(), length, false).get(e))
        return std::nullopt;
    return e;
}

void JsonPieces::skipSpace(size_t &i) const
{
    while (i < m_n && isJsonSpace(m_s[i]))
        ++i;
}

// i at an opening quote; leaves i after the closing one.
bool JsonPieces::skipString(size_t &i) const
{
    ++i;
    for (;;) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (i + 16 <= m_n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_s + i));
            const int mask =
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask) {
                i += size_t(__builtin_ctz(unsigned(mask)));
                break;
            }
            i += 16;
        }
#endif
        while (i < m_n && m_s[i] != '"' && m_s[i] != '\\')
            ++i;
        if (i >= m_n)
            return false;
        if (m_s[i] == '"') {
            ++i;
            return true;
        }
        i += 2; // a backslash and the character it escapes
        if (i > m_n)
            return false;
    }
}

bool JsonPieces::skipValue(size_t &i) const
{
    if (i >= m_n)
        return false;
    const char c = m_s[i];
    if (c == '"')
        return skipString(i);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < m_n) {
            const char d = m_s[i];
            if (d == '"') {
                if (!skipString(i))
                    return false;
                continue;
            }
            if (d == '{' || d == '[') {
                ++depth;
            } else if (d == '}' || d == ']') {
                if (--depth == 0) {
                    ++i;
                    return true;
                }
            }
            ++i;
        }
        return false;
    }
    const size_t start = i;
    while (i < m_n) {
        const char d = m_s[i];
        if (isJsonSpace(d) || d == ',' || d == ']' || d == '}' || d == ':' || d == '[' || d == '{' ||
            d == '"')
            break;
        ++i;
    }
    return i > start;
}

// An array from its '[' at i: cuts it into batches of whole elements at its top-level commas and
// counts them, 64 bytes at a time (a block with a backslash in it goes byte by byte). Leaves i after
// the ']'. Only the brackets are followed; simdjson checks the rest when it parses the batches, and a
// batch that does not parse sends the file through the whole-document parse.
//
// With much of the file ahead, the scan is done in two parts at once: the worker thread scans from an
// element start guessed near the middle (secondPartStart()) to the array's end, while this thread scans
// from the '[' to that guess. A scan from the middle cannot know whether it begins inside a string or
// deeper in the array, so it assumes it begins between two elements; this thread, arriving there, knows
// and takes the second part only if the assumption holds (joinParts()). From a true element start, the
// worker's scan is the one this thread would have made, cut into batches from another place. Otherwise
// this thread goes on alone, as without the guess.
bool JsonPieces::scanArray(size_t &i, Member &m)
{
    ++i; // '['
    skipSpace(i);
    if (i < m_n && m_s[i] == ']') {
        ++i;
        return true;
    }
    ElementScan first;
    first.pos = first.batchBegin = i;
    ScanEnd end = ScanEnd::Paused;
    const size_t guess = m_n - i >= m_twoPartsFrom ? secondPartStart(i) : m_n;
    if (guess < m_n) {
        ElementScan second;
        second.pos = second.batchBegin = guess;
        ScanEnd secondEnd = ScanEnd::Stopped;
        std::atomic<bool> stop{false};
        m_worker.start([&] { secondEnd = scanElements(second, m_n, &stop); });
        end = scanElements(first, guess, nullptr);
        const bool joinable = end == ScanEnd::Paused && first.depth == 1 && !first.inString;
        if (!joinable)
            stop.store(true, std::memory_order_relaxed);
        m_worker.wait();
        if (joinable && secondEnd == ScanEnd::Closed) {
            joinParts(first, second, guess);
            m.inTwoParts = true;
            end = ScanEnd::Closed;
        } else if (joinable && secondEnd == ScanEnd::Broken) {
            // From a true element start the second scan is this thread's own, cut elsewhere: going on here
            // would break the same way or give a batch that does not parse. Either way the document is
            // parsed whole.
            return false;
        }
    }
    if (end == ScanEnd::Paused)
        end = scanElements(first, m_n, nullptr);
    if (end != ScanEnd::Closed)
        return false;
    i = first.pos;
    m.count = first.count;
    m.batches = std::move(first.batches);
    return true;
}

// The first '{' after the middle of what is left of the file from `arrayBegin` that looks like an element
// of an array of objects: '}' ',' '{' with only whitespace between; m_n (no guess) when there is none
// within 1 MiB. The middle of the rest of the file, not of the array, whose end is not known yet: for the
// events, most of a dataset, that is inside them; for an array that ends before it, the guess is wasted
// (the worker stops when told) and the array is scanned in one part.
size_t JsonPieces::secondPartStart(size_t arrayBegin) const
{
    constexpr size_t reach = 1024 * 1024;
    const size_t from = arrayBegin + (m_n - arrayBegin) / 2;
    const size_t to = std::min(m_n, from + reach);
    for (size_t c = from; c < to; ++c) {
        const void *comma = std::memchr(m_s + c, ',', to - c);
        if (!comma)
            break;
        c = size_t(static_cast<const char *>(comma) - m_s);
        size_t before = c;
        while (before > arrayBegin && isJsonSpace(m_s[before - 1]))
            --before;
        size_t after = c + 1;
        while (after < m_n && isJsonSpace(m_s[after]))
            ++after;
        if (before > arrayBegin && m_s[before - 1] == '}' && after < m_n && m_s[after] == '{')
            return after;
    }
    return m_n;
}

// `first` paused at `at` outside any string and between the array's elements, and `at` follows a comma
// (secondPartStart()): that comma was one of the array's, so `at` is an element's start and `second`,
// scanned from there to the array's end, is valid. Makes `first` the whole scan.
void JsonPieces::joinParts(ElementScan &first, const ElementScan &second, size_t at) const
{
    size_t comma = at;
    while (isJsonSpace(m_s[comma - 1]))
        --comma;
    --comma;
    Q_ASSERT(m_s[comma] == ','); // as secondPartStart() chose `at`
    // The comma ended an element (first counted it) and perhaps a batch; what is left of the current
    // batch ends with that element.
    size_t end = comma;
    while (end > first.batchBegin && isJsonSpace(m_s[end - 1]))
        --end;
    if (end > first.batchBegin)
        first.batches.push_back(Batch{first.batchBegin, end, first.batchFirst});
    for (const Batch &b : second.batches)
        first.batches.push_back(Batch{b.begin, b.end, b.first + first.count});
    first.count += second.count;
    first.pos = second.pos;
}

JsonPieces::ScanEnd JsonPieces::scanElements(ElementScan &s, size_t limit,
                                             const std::atomic<bool> *stop) const
{
    if (m_scan == Scan::Fastest && hasAvx2())
        return scanElementsAvx2(s, limit, stop);
    return scanElementsWith<Sse2Masks>(s, limit, stop);
}

#if AT_JSON_SCAN_AVX2
// The same scan with 32-byte loads and one instruction per count. `flatten` brings the template and its
// helpers into this function, where the target allows AVX2 and POPCNT.
__attribute__((target("avx2,popcnt"), flatten)) JsonPieces::ScanEnd
JsonPieces::scanElementsAvx2(ElementScan &s, size_t limit, const std::atomic<bool> *stop) const
{
    return scanElementsWith<Avx2Masks>(s, limit, stop);
}
#else
JsonPieces::ScanEnd JsonPieces::scanElementsAvx2(ElementScan &s, size_t limit,
                                                 const std::atomic<bool> *stop) const
{
    return scanElementsWith<Sse2Masks>(s, limit, stop);
}
#endif

template <typename Masks>
JsonPieces::ScanEnd JsonPieces::scanElementsWith(ElementScan &s, size_t limit,
                                                 const std::atomic<bool> *stop) const
{
    // Brackets and commas outside strings, in order: Closed when the array has ended, Broken when it
    // cannot be cut, Paused to go on.
    auto structural = [&](size_t at, char c) {
        if (c == '{' || c == '[') {
            ++s.depth;
            return ScanEnd::Paused;
        }
        if ((c == '}' || c == ']') && --s.depth > 0)
            return ScanEnd::Paused;
        if (c == '}')
            return ScanEnd::Broken;
        if (c == ',' && s.depth > 1)
            return ScanEnd::Paused;
        size_t end = at; // the element ends before the comma or the ']', less whitespace
        while (end > s.batchBegin && isJsonSpace(m_s[end - 1]))
            --end;
        if (end == s.batchBegin)
            return ScanEnd::Broken; // nothing before "," or "]": "[1,]" would parse as "[1]" in a batch
        ++s.count;
        if (c == ']') {
            s.batches.push_back(Batch{s.batchBegin, end, s.batchFirst});
            s.pos = at + 1;
            return ScanEnd::Closed;
        }
        if (end - s.batchBegin >= batchBytes) {
            s.batches.push_back(Batch{s.batchBegin, end, s.batchFirst});
            s.batchBegin = at + 1;
            s.batchFirst = s.count;
        }
        return ScanEnd::Paused;
    };
    // The other thread's part looks at `stop` about once a megabyte.
    constexpr unsigned blocksPerLook = 16384;
    unsigned blocks = 0;
    size_t pos = s.pos;
    while (pos < limit) {
        if (stop && ++blocks == blocksPerLook) {
            blocks = 0;
            if (stop->load(std::memory_order_relaxed))
                return ScanEnd::Stopped;
        }
        if (!s.escaped && pos + 64 <= limit) {
            const BlockMasks b = Masks::of(m_s + pos);
            if (b.backslash == 0) {
                const std::uint64_t inside = prefixXor(b.quote) ^ (s.inString ? ~std::uint64_t(0) : 0);
                s.inString = inside >> 63;
                const std::uint64_t outside = b.structural & ~inside;
                // Inside an element (depth 2 and more) only the depth matters: when the block's closing
                // brackets cannot bring it back to 1, where the array's commas and its end are, the block
                // is passed over by counting.
                const int opens = std::popcount(outside & b.open);
                const int closes = std::popcount(outside & ~b.open & ~b.comma);
                if (s.depth - closes > 1) {
                    s.depth += opens - closes;
                    pos += 64;
                    continue;
                }
                for (std::uint64_t bits = outside; bits; bits &= bits - 1) {
                    const size_t at = pos + size_t(std::countr_zero(bits));
                    if (const ScanEnd r = structural(at, m_s[at]); r != ScanEnd::Paused)
                        return r;
                }
                pos += 64;
                continue;
            }
        }
        for (const size_t end = std::min(limit, pos + 64); pos < end; ++pos) {
            const char c = m_s[pos];
            if (s.inString) {
                if (s.escaped)
                    s.escaped = false;
                else if (c == '\\')
                    s.escaped = true;
                else if (c == '"')
                    s.inString = false;
            } else if (c == '"') {
                s.inString = true;
            } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',') {
                if (const ScanEnd r = structural(pos, c); r != ScanEnd::Paused)
                    return r;
            }
        }
    }
    s.pos = pos;
    return pos < m_n ? ScanEnd::Paused : ScanEnd::Broken;
}

bool JsonPieces::scanTop()
{
    size_t i = 0;
    skipSpace(i);
    if (i >= m_n || m_s[i] != '{')
        return false;
    ++i;
    skipSpace(i);
    if (i < m_n && m_s[i] == '}') {
        ++i;
    } else {
        for (;;) {
            if (i >= m_n || m_s[i] != '"')
                return false;
            Member m;
            m.keyBegin = i;
            if (!skipString(i))
                return false;
            m.keyEnd = i;
            skipSpace(i);
            if (i >= m_n || m_s[i] != ':')
                return false;
            ++i;
            skipSpace(i);
            if (i >= m_n)
                return false;
            m.begin = i;
            if (m_s[i] == '[') {
                m.array = true;
                if (!scanArray(i, m))
                    return false;
            } else if (!skipValue(i)) {
                return false;
            }
            m.end = i;
            m_members.push_back(std::move(m));
            skipSpace(i);
            if (i < m_n && m_s[i] == ',') {
                ++i;
                skipSpace(i);
                continue;
            }
            if (i < m_n && m_s[i] == '}') {
                ++i;
                break;
            }
            return false;
        }
    }
    skipSpace(i);
    if (i != m_n)
        return false;
    m_parsedBatches.assign(m_members.size(), 0);
    m_valueChecked.assign(m_members.size(), false);
    return true;
}

// The scan kept where each key is; simdjson checks and unescapes it (they are few and short).
bool JsonPieces::unescapeKeys()
{
    for (Member &m : m_members) {
        const auto k = parse(m.keyBegin, m.keyEnd, false);
        std::string_view sv;
        if (!k || k->get_string().get(sv))
            return false;
        m.key = std::string(sv);
    }
    return true;
}

} // namespace at
