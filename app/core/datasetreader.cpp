// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/datasetreader.h"

#include "app/core/import/idindex.h"
#include "app/core/import/jsonsyntax.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/prefault.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// How this reader is fast (1M events, about 250 MB, in about a second) and still says exactly what the
// slow, obvious one said:
// - The file is never parsed whole. A quick scan (JsonPieces) finds the top-level members and cuts the big
//   arrays into batches of about 256 KB at element boundaries; simdjson parses one batch at a time into the
//   same, already-mapped buffers. Parsing the whole document would need tape and string buffers about three
//   times its size, and fresh memory is the expensive part here (see import/prefault.h).
// - Keys are compared as bytes against a fixed table per record; values stay std::string_view into the
//   batch until they are stored; text goes from UTF-8 straight into the dataset's pool. No QString, QHash
//   or path string is made unless there is an error to report.
// - Ids are collected in the same pass that reads the records, except for entities, which refer to each
//   other. The errors of each step go to their own list, and the lists are joined in the order the step
//   by step reader produced them, so the messages and their order are unchanged.
// Anything the scan does not understand, or any batch that does not parse, sends the file through one
// whole-document parse: the reference behaviour, used for syntax errors and odd files only.

namespace at {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

constexpr int formatVersion = 1;
constexpr qsizetype maxTitleLength = 120;
// AT_JSON_BATCH_BYTES: the fuzz build (tests/fuzz/build.sh) makes batches tiny, so that inputs of a few
// hundred bytes are read in many of them.
#ifndef AT_JSON_BATCH_BYTES
#define AT_JSON_BATCH_BYTES (256 * 1024)
#endif
constexpr size_t batchBytes = AT_JSON_BATCH_BYTES;
// The whole-document parser allows 1024 levels; a piece is parsed one level down from the root object.
constexpr size_t pieceMaxDepth = simdjson::DEFAULT_MAX_DEPTH - 1;
// Event::source, SeriesPoint::source and the party list are 16-bit indexes.
constexpr int maxSources = 65536;
constexpr int maxEntities = 65536;

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetReader)
};

QString typeName(element_type t)
{
    switch (t) {
    case element_type::ARRAY:
        return ReaderText::tr("an array");
    case element_type::OBJECT:
        return ReaderText::tr("an object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return ReaderText::tr("a number");
    case element_type::STRING:
        return ReaderText::tr("a string");
    case element_type::BOOL:
        return ReaderText::tr("a boolean");
    case element_type::NULL_VALUE:
        return ReaderText::tr("null");
    }
    return {};
}

using text::fromUtf8;
using text::isBlank;
using text::parseDate;
using text::parseWord;
using text::quoted;
using text::utf16Length;
using text::validId;

// ---- JSON paths, built only when an error needs one ----------------------------------------------------

class Path {
public:
    static Path root() { return Path(nullptr, Kind::Root, {}, 0); }
    // "events[3]"
    Path item(qsizetype index) const { return Path(this, Kind::Item, {}, index); }
    // ".start" after the parent, even at the root (".format"), as the step by step reader wrote it.
    Path field(std::string_view key) const { return Path(this, Kind::Field, key, 0); }
    // An array member: "events" at the root, "series[0].points" below it.
    Path arrayField(std::string_view key) const { return Path(this, Kind::ArrayField, key, 0); }

    QString toString() const
    {
        switch (m_kind) {
        case Kind::Root:
            return {};
        case Kind::Item:
            return m_parent->toString() + u'[' + QString::number(m_index) + u']';
        case Kind::Field:
            return m_parent->toString() + u'.' + QLatin1StringView(m_key);
        case Kind::ArrayField: {
            const QString p = m_parent->toString();
            return p.isEmpty() ? QString(QLatin1StringView(m_key)) : p + u'.' + QLatin1StringView(m_key);
        }
        }
        return {};
    }

private:
    enum class Kind : quint8 { Root, Item, Field, ArrayField };
    Path(const Path *parent, Kind kind, std::string_view key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index), m_kind(kind)
    {}
    const Path *m_parent;
    std::string_view m_key;
    qsizetype m_index;
    Kind m_kind;
};

// ---- the keys of each record ---------------------------------------------------------------------------

struct Schema {
    const std::string_view *keys;
    int count;
    int required; // the first `required` keys must be present
    int find(std::string_view key) const
    {
        for (int i = 0; i < count; ++i) {
            if (keys[i] == key)
                return i;
        }
        return -1;
    }
};

namespace top {
enum { Format, Version, Sources, Entities, Events, Series, Markets, Quotes };
constexpr std::string_view keys[]{"format", "version", "sources", "entities",
                                  "events", "series",  "markets", "quotes"};
constexpr Schema schema{keys, 8, 8};
} // namespace top
namespace src {
enum { Id, Title, Publisher, Author, Published, Paragraphs, PublishedNote };
constexpr std::string_view keys[]{"id",        "title",      "publisher",    "author",
                                  "published", "paragraphs", "publishedNote"};
constexpr Schema schema{keys, 7, 6};
} // namespace src
namespace ent {
enum { Id, Name, Parent, Sector, Note };
constexpr std::string_view keys[]{"id", "name", "parent", "sector", "note"};
constexpr Schema schema{keys, 5, 4};
} // namespace ent
namespace names {
enum { En, Zh };
constexpr std::string_view keys[]{"en", "zh"};
constexpr Schema schema{keys, 2, 2};
} // namespace names
namespace ev {
enum { Id, Start, End, Kind, Status, Parties, Title, Summary, Source, Paragraph, DateNote };
constexpr std::string_view keys[]{"id",    "start",   "end",    "kind",      "status",  "parties",
                                  "title", "summary", "source", "paragraph", "dateNote"};
constexpr Schema schema{keys, 11, 10};
} // namespace ev
namespace ser {
enum { Id, Entity, Metric, Unit, Points };
constexpr std::string_view keys[]{"id", "entity", "metric", "unit", "points"};
constexpr Schema schema{keys, 5, 5};
} // namespace ser
namespace pt {
enum { Date, Value, Qualifier, Source, Paragraph, Claim, DateNote };
constexpr std::string_view keys[]{"date", "value", "qualifier", "source", "paragraph", "claim", "dateNote"};
constexpr Schema schema{keys, 7, 6};
} // namespace pt
namespace mk {
enum { Id, Sector, Name, Metric, Date, Total, TotalQualifier, Source, Paragraph, Members, OtherIncludes };
constexpr std::string_view keys[]{"id",        "sector",  "name",           "metric",
                                  "date",      "total",   "totalQualifier", "source",
                                  "paragraph", "members", "otherIncludes"};
constexpr Schema schema{keys, 11, 11};
} // namespace mk
namespace qt {
enum {
    Id,
    Speaker,
    Role,
    Organisation,
    Text,
    Paraphrase,
    Date,
    Source,
    Paragraph,
    Events,
    Entities,
    DateNote
};
constexpr std::string_view keys[]{"id",   "speaker", "role",      "organisation", "text",     "paraphrase",
                                  "date", "source",  "paragraph", "events",       "entities", "dateNote"};
constexpr Schema schema{keys, 12, 11};
} // namespace qt

struct Fields {
    std::array<element, 12> values{};
    quint32 present = 0;
    const Schema *schema = nullptr;
    bool has(int k) const { return present & (1u << k); }
    element operator[](int k) const { return values[size_t(k)]; }
    std::string_view key(int k) const { return schema->keys[k]; }
};

// ---- errors --------------------------------------------------------------------------------------------

struct ErrorList {
    QList<LoadError> errors;
    bool complete = false; // every error this step can produce is in (or beyond the cap)
};

// Checks values and reports what is wrong with them, with their JSON paths, to the current error list.
class Checker {
public:
    Checker(QString file, int maxErrors) : m_file(std::move(file)), m_maxErrors(maxErrors) {}

    int maxErrors() const { return m_maxErrors; }
    void setTarget(ErrorList *list) { m_target = list; }
    bool full() const { return m_target->errors.size() >= m_maxErrors; }

    void error(const Path &path, const QString &message) { error(path.toString(), message); }
    void error(const QString &path, const QString &message)
    {
        if (!full())
            m_target->errors.append(LoadError{m_file, path, message});
    }

    // An object's keys: reports duplicates, unknown and missing keys.
    std::optional<Fields> fields(element e, const Path &path, const Schema &schema)
    {
        object obj;
        if (e.get_object().get(obj)) {
            error(path, ReaderText::tr("expected an object, found %1").arg(typeName(e.type())));
            return std::nullopt;
        }
        Fields f;
        f.schema = &schema;
        for (auto field : obj) {
            const int k = schema.find(field.key);
            if (k >= 0 && f.has(k)) {
                error(path, ReaderText::tr("duplicate key %1").arg(quoted(fromUtf8(field.key))));
            } else if (k < 0) {
                error(path, ReaderText::tr("unknown key %1").arg(quoted(fromUtf8(field.key))));
            } else {
                f.values[size_t(k)] = field.value;
                f.present |= 1u << k;
            }
        }
        for (int k = 0; k < schema.required; ++k) {
            if (!f.has(k))
                error(
                    path,
                    ReaderText::tr("missing key %1").arg(quoted(QString(QLatin1StringView(schema.keys[k])))));
        }
        return f;
    }

    std::optional<std::string_view> string(const Fields &f, int k, const Path &path, bool nonEmpty = false)
    {
        if (!f.has(k))
            return std::nullopt;
        std::string_view sv;
        if (f[k].get_string().get(sv)) {
            error(path.field(f.key(k)),
                  ReaderText::tr("expected a string, found %1").arg(typeName(f[k].type())));
            return std::nullopt;
        }
        if (nonEmpty && isBlank(sv)) {
            error(path.field(f.key(k)), ReaderText::tr("must not be empty"));
            return std::nullopt;
        }
        return sv;
    }

    // An optional text field: empty when absent.
    std::optional<std::string_view> optionalString(const Fields &f, int k, const Path &path)
    {
        return f.has(k) ? string(f, k, path) : std::string_view();
    }

    std::optional<std::string_view> id(const Fields &f, int k, const Path &path)
    {
        auto s = string(f, k, path);
        if (s && !validId(*s)) {
            error(path.field("id"),
                  ReaderText::tr("%1 is not a valid id (lower-case letters, digits and '-', at most 64)")
                      .arg(quoted(fromUtf8(*s))));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const Fields &f, int k, const Path &path)
    {
        if (!f.has(k))
            return std::nullopt;
        const element e = f[k];
        const element_type t = e.type();
        if (t != element_type::INT64 && t != element_type::UINT64 && t != element_type::DOUBLE) {
            error(path.field(f.key(k)), ReaderText::tr("expected a number, found %1").arg(typeName(t)));
            return std::nullopt;
        }
        double v = 0;
        if (e.get_double().get(v) != simdjson::SUCCESS)
            v = 0; // converts integers too; the type was checked above
        if (!std::isfinite(v)) {
            error(path.field(f.key(k)), ReaderText::tr("is not a finite number"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<int> integer(const Fields &f, int k, const Path &path, int min, int max)
    {
        if (!f.has(k))
            return std::nullopt;
        const element e = f[k];
        const element_type t = e.type();
        if (t != element_type::INT64 && t != element_type::UINT64) {
            error(path.field(f.key(k)), ReaderText::tr("expected a whole number, found %1").arg(typeName(t)));
            return std::nullopt;
        }
        int64_t signedValue = 0;
        uint64_t magnitude = 0;
        if (t == element_type::INT64)
            signedValue = e.get_int64().value_unsafe();
        else
            magnitude = e.get_uint64().value_unsafe();
        const bool negative = signedValue < 0;
        if (t == element_type::INT64 && !negative)
            magnitude = uint64_t(signedValue);
        if (negative || magnitude < uint64_t(min) || magnitude > uint64_t(max)) {
            const QString shown = negative ? QString::number(signedValue) : QString::number(magnitude);
            error(path.field(f.key(k)),
                  ReaderText::tr("%1 is not between %2 and %3").arg(shown).arg(min).arg(max));
            return std::nullopt;
        }
        return int(magnitude);
    }

    std::optional<bool> boolean(const Fields &f, int k, const Path &path)
    {
        if (!f.has(k))
            return std::nullopt;
        bool b = false;
        if (f[k].get_bool().get(b)) {
            error(path.field(f.key(k)),
                  ReaderText::tr("expected true or false, found %1").arg(typeName(f[k].type())));
            return std::nullopt;
        }
        return b;
    }

    std::optional<FuzzyDate> date(const Fields &f, int k, const Path &path, bool nullable = false)
    {
        if (!f.has(k))
            return std::nullopt;
        if (nullable && f[k].is_null())
            return FuzzyDate{};
        const auto s = string(f, k, path);
        if (!s)
            return std::nullopt;
        const auto d = parseDate(*s);
        if (!d)
            error(path.field(f.key(k)), ReaderText::tr("%1 is not a date").arg(quoted(fromUtf8(*s))));
        return d;
    }

    template <typename E> std::optional<E> vocabulary(const Fields &f, int k, const Path &path)
    {
        const auto s = string(f, k, path);
        if (!s)
            return std::nullopt;
        const auto v = parseWord<E>(*s);
        if (!v)
            error(path.field(f.key(k)),
                  ReaderText::tr("%1 is not one of %2").arg(quoted(fromUtf8(*s)), allJsonNames<E>()));
        return v;
    }

    // An array field below a record; calls `each(element, path)` for every item.
    template <typename F> bool array(const Fields &f, int k, const Path &path, F each)
    {
        if (!f.has(k))
            return false;
        const Path p = path.arrayField(f.key(k));
        simdjson::dom::array arr;
        if (f[k].get_array().get(arr)) {
            error(p, ReaderText::tr("expected an array, found %1").arg(typeName(f[k].type())));
            return false;
        }
        qsizetype i = 0;
        for (element item : arr) {
            if (full())
                break;
            each(item, p.item(i));
            ++i;
        }
        return true;
    }

    // A reference by id to a record of another array. `what` is translated only for a message.
    int reference(element e, const Path &path, const IdIndex &ids, const char *what)
    {
        std::string_view sv;
        if (e.get_string().get(sv)) {
            error(path, ReaderText::tr("expected a string, found %1").arg(typeName(e.type())));
            return -1;
        }
        const int index = ids.find(sv);
        if (index < 0)
            error(path, ReaderText::tr("unknown %1 %2").arg(ReaderText::tr(what), quoted(fromUtf8(sv))));
        return index;
    }
    int reference(const Fields &f, int k, const Path &path, const IdIndex &ids, const char *what)
    {
        if (!f.has(k))
            return -1;
        return reference(f[k], path.field(f.key(k)), ids, what);
    }

private:
    QString m_file;
    int m_maxErrors;
    ErrorList *m_target = nullptr;
};

// ---- the document, in pieces ---------------------------------------------------------------------------

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The top-level members of the document and, for arrays, batches of whole elements. Pieces are parsed one
// at a time with one parser whose buffers are reused. When the scan fails, or a piece does not parse, the
// document is parsed whole instead (whole mode), which gives the same elements.
class JsonPieces {
public:
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
        element value; // whole mode only
    };

    explicit JsonPieces(QByteArrayView bytes) : m_s(bytes.data()), m_n(size_t(bytes.size())) {}

    enum class Split { Pieces, NotPieces };
    Split split()
    {
        if (scanTop() && unescapeKeys())
            return Split::Pieces;
        m_members.clear();
        return Split::NotPieces;
    }

    // Whole mode: parses the document at once. Returns the error code (SUCCESS when it parsed).
    simdjson::error_code parseWhole()
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
    bool whole() const { return m_whole; }
    element root() const { return m_root; }

    const std::vector<Member> &members() const { return m_members; }
    // A piece did not parse: the document is not valid JSON (or the scan was wrong).
    bool failed() const { return m_failed; }

    // The value of a member that is not an array, valid until the next piece is parsed.
    std::optional<element> value(size_t member)
    {
        const Member &m = m_members[member];
        if (m_whole)
            return m.value;
        return parse(m.begin, m.end, false);
    }

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
            for (element item : arr)
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
            for (element item : arr)
                each(item, index++);
            if (!afterBatch(qint64(m.batches[b].end - m.batches[b].begin)))
                return;
        }
    }

    // Parses whatever has not been parsed yet, so that a syntax error anywhere wins over other errors.
    bool validateRest()
    {
        if (m_whole)
            return true;
        for (size_t i = 0; i < m_members.size() && !m_failed; ++i) {
            const Member &m = m_members[i];
            if (!m.array) {
                if (!m_valueChecked[i] && !parse(m.begin, m.end, false))
                    return false;
                m_valueChecked[i] = true;
                continue;
            }
            for (size_t b = m_parsedBatches[i]; b < m.batches.size(); ++b) {
                if (!parse(m.batches[b].begin, m.batches[b].end, true))
                    return false;
                m_parsedBatches[i] = b + 1;
            }
        }
        return !m_failed;
    }
    void markValueChecked(size_t member)
    {
        if (member < m_valueChecked.size())
            m_valueChecked[member] = true;
    }

private:
    std::optional<element> parse(size_t begin, size_t end, bool wrap)
    {
        if (m_failed)
            return std::nullopt;
        if (!m_pieceParserReady) {
            // Sized for one batch; simdjson grows it for a bigger element and keeps the depth limit.
            if (m_pieceParser.allocate(batchBytes + 4096, pieceMaxDepth)) {
                m_failed = true;
                return std::nullopt;
            }
            m_pieceParserReady = true;
        }
        const size_t length = end - begin + (wrap ? 2 : 0);
        if (m_buffer.size() < length + simdjson::SIMDJSON_PADDING)
            m_buffer.resize(length + simdjson::SIMDJSON_PADDING);
        char *to = m_buffer.data();
        if (wrap)
            *to++ = '[';
        std::memcpy(to, m_s + begin, end - begin);
        if (wrap)
            to[end - begin] = ']';
        element e;
        if (m_pieceParser.parse(m_buffer.data(), length, false).get(e)) {
            m_failed = true;
            return std::nullopt;
        }
        return e;
    }

    void skipSpace(size_t &i) const
    {
        while (i < m_n && isJsonSpace(m_s[i]))
            ++i;
    }

    // i at an opening quote; leaves i after the closing one.
    bool skipString(size_t &i) const
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

    bool skipValue(size_t &i) const
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

    // A 64-byte block as bit masks, bit k for byte k: quotes, backslashes, and the brackets and commas.
    struct BlockMasks {
        std::uint64_t quote = 0;
        std::uint64_t backslash = 0;
        std::uint64_t structural = 0; // { } [ ] ,
    };
    static BlockMasks blockMasks(const char *p)
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
            m.structural |=
                bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)),
                                  _mm_cmpeq_epi8(v, comma)))
                << (16 * part);
        }
#else
        for (int k = 0; k < 64; ++k) {
            const char c = p[k];
            m.quote |= std::uint64_t(c == '"') << k;
            m.backslash |= std::uint64_t(c == '\\') << k;
            m.structural |= std::uint64_t(c == '{' || c == '}' || c == '[' || c == ']' || c == ',') << k;
        }
#endif
        return m;
    }
    // Bit k set when an odd number of bits at or below k are: with quotes, "inside a string".
    static std::uint64_t prefixXor(std::uint64_t x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    // An array from its '[' at i: cuts it into batches of whole elements at its top-level commas and
    // counts them, 64 bytes at a time (a block with a backslash in it goes byte by byte). Leaves i after
    // the ']'. Only the brackets are followed; simdjson checks the rest when it parses the batches, and a
    // batch that does not parse sends the file through the whole-document parse.
    bool scanArray(size_t &i, Member &m) const
    {
        ++i; // '['
        skipSpace(i);
        if (i < m_n && m_s[i] == ']') {
            ++i;
            return true;
        }
        size_t batchBegin = i;
        int depth = 1;
        // Brackets and commas outside strings, in order: 1 when the array has ended, -1 when it cannot
        // be cut, 0 to go on.
        auto structural = [&](size_t at, char c) {
            if (c == '{' || c == '[') {
                ++depth;
                return 0;
            }
            if ((c == '}' || c == ']') && --depth > 0)
                return 0;
            if (c == '}')
                return -1;
            if (c == ',' && depth > 1)
                return 0;
            size_t end = at; // the element ends before the comma or the ']', less whitespace
            while (end > batchBegin && isJsonSpace(m_s[end - 1]))
                --end;
            if (end == batchBegin)
                return -1; // nothing before "," or "]": "[1,]" would parse as "[1]" in a batch
            ++m.count;
            if (c == ']') {
                m.batches.push_back(Batch{batchBegin, end});
                i = at + 1;
                return 1;
            }
            if (end - batchBegin >= batchBytes) {
                m.batches.push_back(Batch{batchBegin, end});
                batchBegin = at + 1;
            }
            return 0;
        };
        bool inString = false;
        bool escaped = false; // the next byte is escaped
        size_t pos = i;
        while (pos < m_n) {
            if (!escaped && pos + 64 <= m_n) {
                const BlockMasks b = blockMasks(m_s + pos);
                if (b.backslash == 0) {
                    const std::uint64_t inside = prefixXor(b.quote) ^ (inString ? ~std::uint64_t(0) : 0);
                    inString = inside >> 63;
                    for (std::uint64_t bits = b.structural & ~inside; bits; bits &= bits - 1) {
                        const size_t at = pos + size_t(std::countr_zero(bits));
                        if (const int r = structural(at, m_s[at]))
                            return r > 0;
                    }
                    pos += 64;
                    continue;
                }
            }
            for (const size_t end = std::min(m_n, pos + 64); pos < end; ++pos) {
                const char c = m_s[pos];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"')
                        inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',') {
                    if (const int r = structural(pos, c))
                        return r > 0;
                }
            }
        }
        return false;
    }

    bool scanTop()
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
    bool unescapeKeys()
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
    element m_root;
};

// ---- building the dataset ------------------------------------------------------------------------------

class Builder {
public:
    Builder(Checker &c, JsonPieces &doc, LoadProgress *progress) : m_c(c), m_doc(doc), m_progress(progress) {}

    bool cancelled() const { return m_cancelled; }

    std::shared_ptr<Dataset> build()
    {
        m_c.setTarget(&m_top);
        if (!topFields())
            return nullptr;
        if (m_topIndex[top::Format] >= 0) {
            const auto v = m_doc.value(size_t(m_topIndex[top::Format]));
            if (!v)
                return nullptr;
            m_doc.markValueChecked(size_t(m_topIndex[top::Format]));
            const Fields f = single(top::Format, *v);
            const auto format = m_c.string(f, top::Format, Path::root());
            if (format && *format != "alliance-timeline-dataset")
                m_c.error(
                    QStringLiteral("format"),
                    ReaderText::tr("%1 is not \"alliance-timeline-dataset\"").arg(quoted(fromUtf8(*format))));
        }
        if (m_topIndex[top::Version] >= 0) {
            const auto v = m_doc.value(size_t(m_topIndex[top::Version]));
            if (!v)
                return nullptr;
            m_doc.markValueChecked(size_t(m_topIndex[top::Version]));
            const Fields f = single(top::Version, *v);
            if (const auto version = m_c.integer(f, top::Version, Path::root(), 1, 1000000);
                version && *version > formatVersion)
                m_c.error(QStringLiteral("version"),
                          ReaderText::tr("%1 is newer than this program reads (%2)")
                              .arg(*version)
                              .arg(formatVersion));
        }
        if (!m_top.errors.isEmpty())
            return nullptr;

        // Entities refer to each other, so their ids come first; every other array's ids are collected
        // while its records are read, which is enough because records only refer to earlier arrays.
        idPass(top::Entities, m_entityIds);
        recordPass(top::Sources, &m_sourceIds, [this](element e, const Path &p) { source(e, p); });
        recordPass(top::Entities, nullptr, [this](element e, const Path &p) { entity(e, p); });
        recordPass(top::Events, &m_eventIds, [this](element e, const Path &p) { event(e, p); });
        recordPass(top::Series, &m_seriesIds, [this](element e, const Path &p) { series(e, p); });
        recordPass(top::Markets, &m_marketIds, [this](element e, const Path &p) { market(e, p); });
        recordPass(top::Quotes, &m_quoteIds, [this](element e, const Path &p) { quote(e, p); });
        if (m_doc.failed() || m_cancelled)
            return nullptr;
        if (anyErrors())
            return nullptr;
        m_c.setTarget(&m_records);
        checkEntityParents();
        if (!m_records.errors.isEmpty())
            return nullptr;
        m_d->finish();
        return m_d;
    }

    // The errors in the order the step by step reader reported them: the top level, the duplicate ids of
    // each array, then the problems of the records; at most maxErrors.
    QList<LoadError> errors() const
    {
        QList<LoadError> all = m_top.errors;
        for (const ErrorList &ids : m_idErrors)
            all += ids.errors;
        all += m_records.errors;
        if (all.size() > m_c.maxErrors())
            all.resize(m_c.maxErrors());
        return all;
    }

private:
    bool anyErrors() const
    {
        if (!m_top.errors.isEmpty() || !m_records.errors.isEmpty())
            return true;
        for (const ErrorList &ids : m_idErrors) {
            if (!ids.errors.isEmpty())
                return true;
        }
        return false;
    }

    // Whether the errors reported so far already decide the whole list, so that reading on could only
    // find errors beyond the cap.
    bool errorsDecided() const
    {
        qsizetype total = m_top.errors.size();
        for (const ErrorList &ids : m_idErrors) {
            total += ids.errors.size();
            if (total >= m_c.maxErrors())
                return true;
            if (!ids.complete)
                return false;
        }
        return total + m_records.errors.size() >= m_c.maxErrors();
    }

    Fields single(int k, element value) const
    {
        Fields f;
        f.schema = &top::schema;
        f.values[size_t(k)] = value;
        f.present = 1u << k;
        return f;
    }

    // The root object's keys, as Checker::fields() checks a record's.
    bool topFields()
    {
        m_topIndex.fill(-1);
        if (m_doc.whole()) {
            object obj;
            if (m_doc.root().get_object().get(obj)) {
                m_c.error(Path::root(),
                          ReaderText::tr("expected an object, found %1").arg(typeName(m_doc.root().type())));
                return false;
            }
        }
        const auto &members = m_doc.members();
        for (size_t i = 0; i < members.size(); ++i) {
            const std::string &key = members[i].key;
            const int k = top::schema.find(key);
            if (k >= 0 && m_topIndex[size_t(k)] >= 0)
                m_c.error(Path::root(), ReaderText::tr("duplicate key %1").arg(quoted(fromUtf8(key))));
            else if (k < 0)
                m_c.error(Path::root(), ReaderText::tr("unknown key %1").arg(quoted(fromUtf8(key))));
            else
                m_topIndex[size_t(k)] = int(i);
        }
        for (int k = 0; k < top::schema.required; ++k) {
            if (m_topIndex[size_t(k)] < 0)
                m_c.error(
                    Path::root(),
                    ReaderText::tr("missing key %1").arg(quoted(QString(QLatin1StringView(top::keys[k])))));
        }
        return true;
    }

    // Reports a top-level member that should be an array and is not; true when it is one.
    bool topArrayOrError(int k, ErrorList &list)
    {
        const int member = m_topIndex[size_t(k)];
        if (member < 0)
            return false;
        if (m_doc.members()[size_t(member)].array)
            return true;
        const auto v = m_doc.value(size_t(member));
        if (!v)
            return false;
        m_doc.markValueChecked(size_t(member));
        m_c.setTarget(&list);
        m_c.error(Path::root().arrayField(top::keys[k]),
                  ReaderText::tr("expected an array, found %1").arg(typeName(v->type())));
        return false;
    }

    bool afterBatch(qint64 bytes)
    {
        if (m_progress) {
            m_progress->advance(bytes);
            if (m_progress->cancelled())
                m_cancelled = true;
        }
        return !m_cancelled && !m_doc.failed();
    }

    ErrorList &idErrors(int k) { return m_idErrors[size_t(k - top::Sources)]; }

    // Adds a record's id; repeats are found and reported by resolveIds() when the array has been read.
    void collectId(element e, qsizetype index, IdIndex &ids)
    {
        object obj;
        std::string_view sv;
        if (!e.get_object().get(obj) && !obj[std::string_view("id")].get_string().get(sv))
            ids.add(sv, int(index));
    }

    void resolveIds(int k, IdIndex &ids, ErrorList &list)
    {
        m_c.setTarget(&list);
        const Path arrayPath = m_root.arrayField(top::keys[k]);
        for (const IdIndex::Repeat &r : ids.resolve()) {
            if (m_c.full())
                break;
            m_c.error(arrayPath.item(r.value).field("id"),
                      ReaderText::tr("duplicate id %1 (also %2[%3])")
                          .arg(quoted(fromUtf8(r.id)), QString(QLatin1StringView(top::keys[k])))
                          .arg(r.firstValue));
        }
        list.complete = true;
    }

    void idPass(int k, IdIndex &ids)
    {
        ErrorList &list = idErrors(k);
        if (!topArrayOrError(k, list) || m_cancelled || m_doc.failed()) {
            list.complete = true;
            return;
        }
        ids.reserve(m_doc.members()[size_t(m_topIndex[size_t(k)])].count);
        m_doc.forEach(
            size_t(m_topIndex[size_t(k)]), [&](element e, qsizetype i) { collectId(e, i, ids); },
            [this](qint64) { return !m_doc.failed(); });
        resolveIds(k, ids, list);
    }

    // One array: its ids (unless collected already) and its records.
    template <typename F> void recordPass(int k, IdIndex *ids, F record)
    {
        ErrorList &idList = idErrors(k);
        const int member = m_topIndex[size_t(k)];
        if (m_cancelled || m_doc.failed())
            return;
        if (ids) {
            if (!topArrayOrError(k, idList)) {
                idList.complete = true;
                topArrayOrError(k, m_records);
                return;
            }
        } else if (!topArrayOrError(k, m_records)) {
            return;
        }
        if (ids)
            ids->reserve(m_doc.members()[size_t(member)].count);
        if (k == top::Events)
            prepareEvents(m_doc.members()[size_t(member)]);
        const Path arrayPath = m_root.arrayField(top::keys[k]);
        bool decided = errorsDecided();
        m_doc.forEach(
            size_t(member),
            [&](element e, qsizetype i) {
                if (decided)
                    return; // only the syntax of the rest still matters
                if (ids)
                    collectId(e, i, *ids);
                m_c.setTarget(&m_records);
                if (!m_c.full())
                    record(e, arrayPath.item(i));
            },
            [&](qint64 bytes) {
                decided = decided || errorsDecided();
                return afterBatch(bytes);
            });
        if (ids)
            resolveIds(k, *ids, idList);
    }

    // Room for every event and its text, mapped in before it is written (import/prefault.h).
    void prepareEvents(const JsonPieces::Member &m)
    {
        m_d->events.reserve(m.count);
        prefaultForWriting(m_d->events.data(), m.count * sizeof(Event));
        m_d->parties.reserve(m.count * 2);
        // Every stored string is shorter in UTF-16 units than in the bytes of the array that holds it.
        qsizetype upperBound = qsizetype(m.end - m.begin);
        if (const int s = m_topIndex[top::Series]; s >= 0)
            upperBound += qsizetype(m_doc.members()[size_t(s)].end - m_doc.members()[size_t(s)].begin);
        m_d->text.reserve(m_d->text.size() + upperBound);
        m_textAhead = WriteAhead(m_d->text.view(TextRef{}).data(), size_t(upperBound) * sizeof(char16_t));
    }

    TextRef addText(std::string_view s)
    {
        const TextRef ref = text::addUtf8(m_d->text, s);
        m_textAhead.advance(size_t(m_d->text.size()) * sizeof(char16_t));
        return ref;
    }

    // The source reference and paragraph number of a record, checked against the source's length.
    bool citation(const Fields &f, int sourceKey, int paragraphKey, const Path &path, int &source,
                  int &paragraph)
    {
        source =
            m_c.reference(f, sourceKey, path, m_sourceIds, QT_TRANSLATE_NOOP("at::DatasetReader", "source"));
        const auto par = m_c.integer(f, paragraphKey, path, 1, 65535);
        if (source < 0 || !par)
            return false;
        paragraph = *par;
        const int count = size_t(source) < m_paragraphCounts.size() ? m_paragraphCounts[size_t(source)] : 0;
        if (paragraph > count) {
            m_c.error(path.field("paragraph"), ReaderText::tr("%1 is beyond the %2 paragraphs of source %3")
                                                   .arg(paragraph)
                                                   .arg(count)
                                                   .arg(quoted(m_d->sources.value(source).id)));
            return false;
        }
        return true;
    }

    void source(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, src::schema);
        if (!f)
            return;
        Source s;
        const auto id = m_c.id(*f, src::Id, p);
        const auto title = m_c.string(*f, src::Title, p, true);
        const auto publisher = m_c.string(*f, src::Publisher, p);
        const auto author = m_c.string(*f, src::Author, p);
        const auto published = m_c.date(*f, src::Published, p);
        const auto note = m_c.optionalString(*f, src::PublishedNote, p);
        const auto paragraphs = m_c.integer(*f, src::Paragraphs, p, 1, 65535);
        // Keep the index aligned with the file even when a record is bad, so later messages stay right.
        const size_t at = size_t(m_d->sources.size());
        if (m_paragraphCounts.size() <= at)
            m_paragraphCounts.resize(at + 1, 0);
        m_paragraphCounts[at] = paragraphs.value_or(0);
        if (at == size_t(maxSources))
            m_c.error(p,
                      ReaderText::tr("more than %1 sources; this program reads at most %1").arg(maxSources));
        if (id && title && publisher && author && published && note && paragraphs)
            s = Source{fromUtf8(*id), fromUtf8(*title), fromUtf8(*publisher), fromUtf8(*author),
                       *published,    fromUtf8(*note),  *paragraphs};
        m_d->sources.append(s);
    }

    void entity(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, ent::schema);
        Entity en;
        if (f) {
            const auto id = m_c.id(*f, ent::Id, p);
            std::optional<std::string_view> nameEn, nameZh;
            if (f->has(ent::Name)) {
                const Path np = p.field("name");
                auto names = m_c.fields((*f)[ent::Name], np, names::schema);
                if (names) {
                    nameEn = m_c.string(*names, names::En, np, true);
                    nameZh = m_c.string(*names, names::Zh, np, true);
                }
            }
            int parent = -1;
            if (f->has(ent::Parent) && !(*f)[ent::Parent].is_null())
                parent = m_c.reference(*f, ent::Parent, p, m_entityIds,
                                       QT_TRANSLATE_NOOP("at::DatasetReader", "entity"));
            const auto sector = m_c.vocabulary<Sector>(*f, ent::Sector, p);
            const auto note = m_c.optionalString(*f, ent::Note, p);
            if (id && nameEn && nameZh && sector && note)
                en = Entity{fromUtf8(*id), fromUtf8(*nameEn), fromUtf8(*nameZh),
                            parent,        *sector,           fromUtf8(*note)};
        }
        if (m_d->entities.size() == maxEntities)
            m_c.error(
                p, ReaderText::tr("more than %1 entities; this program reads at most %1").arg(maxEntities));
        m_d->entities.append(en);
    }

    void event(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, ev::schema);
        if (!f)
            return;
        const auto id = m_c.id(*f, ev::Id, p);
        const auto start = m_c.date(*f, ev::Start, p);
        const auto end = m_c.date(*f, ev::End, p, true);
        const auto kind = m_c.vocabulary<Kind>(*f, ev::Kind, p);
        const auto status = m_c.vocabulary<Status>(*f, ev::Status, p);
        const auto title = m_c.string(*f, ev::Title, p, true);
        const auto summary = m_c.string(*f, ev::Summary, p);
        const auto note = m_c.optionalString(*f, ev::DateNote, p);
        int source = -1, paragraph = 0;
        const bool cited = citation(*f, ev::Source, ev::Paragraph, p, source, paragraph);
        if (title && title->size() > size_t(maxTitleLength)) {
            const qsizetype length = utf16Length(*title);
            if (length > maxTitleLength)
                m_c.error(
                    p.field("title"),
                    ReaderText::tr("is %1 characters long; at most %2").arg(length).arg(maxTitleLength));
        }
        if (start && end && !end->isNull() && end->last() < start->first)
            m_c.error(
                p.field("end"),
                ReaderText::tr("%1 is before the start %2").arg(end->toIsoString(), start->toIsoString()));
        const quint32 partiesBegin = quint32(m_d->parties.size());
        // Which entities this event has named so far: a stamp per entity instead of a search per party.
        if (m_partyStamp.size() < size_t(m_entityIds.size()))
            m_partyStamp.resize(size_t(m_entityIds.size()), 0);
        ++m_stamp;
        qsizetype seen = 0;
        m_c.array(*f, ev::Parties, p, [&](element party, const Path &pp) {
            const int index =
                m_c.reference(party, pp, m_entityIds, QT_TRANSLATE_NOOP("at::DatasetReader", "entity"));
            if (index < 0)
                return;
            if (size_t(index) >= m_partyStamp.size())
                m_partyStamp.resize(size_t(index) + 1, 0);
            if (m_partyStamp[size_t(index)] == m_stamp)
                m_c.error(
                    pp, ReaderText::tr("%1 is listed twice").arg(quoted(fromUtf8(m_entityIds.keyOf(index)))));
            m_partyStamp[size_t(index)] = m_stamp;
            ++seen;
            m_d->parties.push_back(quint16(index));
        });
        if (f->has(ev::Parties) && seen == 0 && (*f)[ev::Parties].is_array())
            m_c.error(p.field("parties"), ReaderText::tr("must name at least one entity"));
        if (seen > 65535)
            m_c.error(p.field("parties"), ReaderText::tr("names more than 65535 entities"));
        if (!(id && start && end && kind && status && title && summary && note && cited) || anyErrors())
            return; // the dataset will not be built; don't bother storing it
        Event event;
        event.start = *start;
        event.end = *end;
        event.id = addText(*id);
        event.title = addText(*title);
        event.summary = addText(*summary);
        event.dateNote = addText(*note);
        event.partiesBegin = partiesBegin;
        event.partyCount = quint16(seen);
        event.source = quint16(source);
        event.paragraph = quint16(paragraph);
        event.kind = *kind;
        event.status = *status;
        m_d->events.push_back(event);
    }

    void series(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, ser::schema);
        if (!f)
            return;
        Series s;
        const auto id = m_c.id(*f, ser::Id, p);
        s.entity =
            m_c.reference(*f, ser::Entity, p, m_entityIds, QT_TRANSLATE_NOOP("at::DatasetReader", "entity"));
        const auto metric = m_c.vocabulary<Metric>(*f, ser::Metric, p);
        const auto unit = m_c.vocabulary<Unit>(*f, ser::Unit, p);
        s.pointsBegin = quint32(m_d->points.size());
        FuzzyDate previous;
        m_c.array(*f, ser::Points, p, [&](element pe, const Path &pp) {
            auto pf = m_c.fields(pe, pp, pt::schema);
            if (!pf)
                return;
            const auto date = m_c.date(*pf, pt::Date, pp);
            const auto value = m_c.number(*pf, pt::Value, pp);
            const auto qualifier = m_c.vocabulary<Qualifier>(*pf, pt::Qualifier, pp);
            const auto claim = m_c.string(*pf, pt::Claim, pp, true);
            const auto note = m_c.optionalString(*pf, pt::DateNote, pp);
            int source = -1, paragraph = 0;
            const bool cited = citation(*pf, pt::Source, pt::Paragraph, pp, source, paragraph);
            if (value && *value < 0)
                m_c.error(pp.field("value"), ReaderText::tr("%1 is negative").arg(*value));
            if (value && unit == Unit::Percent && *value > 100)
                m_c.error(pp.field("value"), ReaderText::tr("%1 is over 100 percent").arg(*value));
            if (date && !previous.isNull() && date->middle() <= previous.middle())
                m_c.error(pp.field("date"), ReaderText::tr("%1 is not after the previous point's date %2")
                                                .arg(date->toIsoString(), previous.toIsoString()));
            if (date)
                previous = *date;
            if (!(date && value && qualifier && claim && note && cited))
                return;
            SeriesPoint sp;
            sp.date = *date;
            sp.value = *value;
            sp.qualifier = *qualifier;
            sp.claim = addText(*claim);
            sp.dateNote = addText(*note);
            sp.source = quint16(source);
            sp.paragraph = quint16(paragraph);
            m_d->points.push_back(sp);
        });
        s.pointCount = quint32(m_d->points.size()) - s.pointsBegin;
        if (id && metric && unit) {
            s.id = fromUtf8(*id);
            s.metric = *metric;
            s.unit = *unit;
        }
        m_d->series.append(s);
    }

    void market(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, mk::schema);
        if (!f)
            return;
        Market m;
        const auto id = m_c.id(*f, mk::Id, p);
        const auto sector = m_c.vocabulary<Sector>(*f, mk::Sector, p);
        if (sector && *sector != Sector::InstantMessaging && *sector != Sector::Microblog)
            m_c.error(p.field("sector"), ReaderText::tr("a market is instantMessaging or microblog"));
        if (f->has(mk::Name)) {
            const Path np = p.field("name");
            auto names = m_c.fields((*f)[mk::Name], np, names::schema);
            if (names) {
                m.nameEn = fromUtf8(m_c.string(*names, names::En, np, true).value_or(std::string_view()));
                m.nameZh = fromUtf8(m_c.string(*names, names::Zh, np, true).value_or(std::string_view()));
            }
        }
        const auto metric = m_c.vocabulary<Metric>(*f, mk::Metric, p);
        const auto date = m_c.date(*f, mk::Date, p);
        if (f->has(mk::Total) && !(*f)[mk::Total].is_null()) {
            const auto total = m_c.number(*f, mk::Total, p);
            const auto q = m_c.vocabulary<Qualifier>(*f, mk::TotalQualifier, p);
            if (total && *total <= 0)
                m_c.error(p.field("total"), ReaderText::tr("%1 is not positive").arg(*total));
            m.hasTotal = true;
            m.total = total.value_or(0);
            m.totalQualifier = q.value_or(Qualifier::Exact);
        } else if (f->has(mk::TotalQualifier) && !(*f)[mk::TotalQualifier].is_null()) {
            m_c.error(p.field("totalQualifier"), ReaderText::tr("must be null when total is null"));
        }
        citation(*f, mk::Source, mk::Paragraph, p, m.source, m.paragraph);
        m_c.array(*f, mk::Members, p, [&](element me, const Path &mp) {
            const int s =
                m_c.reference(me, mp, m_seriesIds, QT_TRANSLATE_NOOP("at::DatasetReader", "series"));
            if (s >= 0)
                m.members.append(s);
        });
        m_c.array(*f, mk::OtherIncludes, p, [&](element oe, const Path &op) {
            const int en =
                m_c.reference(oe, op, m_entityIds, QT_TRANSLATE_NOOP("at::DatasetReader", "entity"));
            if (en >= 0)
                m.otherIncludes.append(en);
        });
        // Members must be of the market's metric and report a value at exactly its date.
        if (metric && date) {
            const Path membersPath = p.arrayField("members");
            for (int i = 0; i < m.members.size(); ++i) {
                const int si = m.members[i];
                if (si >= m_d->series.size())
                    continue; // series are read before markets; a bad one has already been reported
                const Series &s = m_d->series[si];
                const Path mp = membersPath.item(i);
                if (s.metric != *metric) {
                    m_c.error(mp, ReaderText::tr("series %1 is %2, not %3")
                                      .arg(quoted(s.id), jsonName(s.metric), jsonName(*metric)));
                    continue;
                }
                bool found = false;
                for (const SeriesPoint &sp : m_d->pointsOf(s))
                    found = found || sp.date == *date;
                if (!found)
                    m_c.error(mp, ReaderText::tr("series %1 has no point at %2")
                                      .arg(quoted(s.id), date->toIsoString()));
            }
        }
        if (id && sector && metric && date) {
            m.id = fromUtf8(*id);
            m.sector = *sector;
            m.metric = *metric;
            m.date = *date;
        }
        m_d->markets.append(m);
    }

    void quote(element e, const Path &p)
    {
        auto f = m_c.fields(e, p, qt::schema);
        if (!f)
            return;
        Quote q;
        const auto id = m_c.id(*f, qt::Id, p);
        const auto speaker = m_c.string(*f, qt::Speaker, p, true);
        const auto role = m_c.string(*f, qt::Role, p);
        const auto organisation = m_c.string(*f, qt::Organisation, p);
        const auto text = m_c.string(*f, qt::Text, p, true);
        const auto paraphrase = m_c.boolean(*f, qt::Paraphrase, p);
        const auto date = m_c.date(*f, qt::Date, p);
        const auto note = m_c.optionalString(*f, qt::DateNote, p);
        citation(*f, qt::Source, qt::Paragraph, p, q.source, q.paragraph);
        m_c.array(*f, qt::Events, p, [&](element ee, const Path &ep) {
            const int i = m_c.reference(ee, ep, m_eventIds, QT_TRANSLATE_NOOP("at::DatasetReader", "event"));
            if (i >= 0)
                q.events.append(i);
        });
        m_c.array(*f, qt::Entities, p, [&](element ee, const Path &ep) {
            const int i =
                m_c.reference(ee, ep, m_entityIds, QT_TRANSLATE_NOOP("at::DatasetReader", "entity"));
            if (i >= 0)
                q.entities.append(i);
        });
        if (id && speaker && role && organisation && text && paraphrase && date && note) {
            q.id = fromUtf8(*id);
            q.speaker = fromUtf8(*speaker);
            q.role = fromUtf8(*role);
            q.organisation = fromUtf8(*organisation);
            q.text = fromUtf8(*text);
            q.paraphrase = *paraphrase;
            q.date = *date;
            q.dateNote = fromUtf8(*note);
        }
        m_d->quotes.append(q);
    }

    // A parent chain must end: an entity cannot be its own ancestor, nor descend from a loop. Each entity
    // is walked once, so a long chain costs its length, not its square.
    void checkEntityParents()
    {
        const auto n = size_t(m_d->entities.size());
        enum : quint8 { Unknown, Walking, Ends, Loops };
        std::vector<quint8> state(n, Unknown);
        std::vector<int> walk;
        for (size_t i = 0; i < n; ++i) {
            walk.clear();
            int at = int(i);
            quint8 result = Ends;
            while (at >= 0) {
                if (state[size_t(at)] == Ends || state[size_t(at)] == Loops) {
                    result = state[size_t(at)];
                    break;
                }
                if (state[size_t(at)] == Walking) {
                    result = Loops;
                    break;
                }
                state[size_t(at)] = Walking;
                walk.push_back(at);
                at = m_d->entities[at].parent;
            }
            for (int w : walk)
                state[size_t(w)] = result;
        }
        for (size_t i = 0; i < n; ++i) {
            if (state[i] == Loops)
                m_c.error(Path::root().arrayField("entities").item(qsizetype(i)).field("parent"),
                          ReaderText::tr("the parent chain loops back to %1")
                              .arg(quoted(m_d->entities[qsizetype(i)].id)));
        }
    }

    const Path m_root = Path::root(); // paths below it point at it, so it lives as long as they do
    Checker &m_c;
    JsonPieces &m_doc;
    LoadProgress *m_progress;
    bool m_cancelled = false;
    std::shared_ptr<Dataset> m_d = std::make_shared<Dataset>();
    std::array<int, 8> m_topIndex{};
    ErrorList m_top;
    std::array<ErrorList, 6> m_idErrors; // sources, entities, events, series, markets, quotes
    ErrorList m_records;
    IdIndex m_sourceIds, m_entityIds, m_eventIds, m_seriesIds, m_marketIds, m_quoteIds;
    std::vector<int> m_paragraphCounts;
    std::vector<quint32> m_partyStamp;
    quint32 m_stamp = 0;
    WriteAhead m_textAhead;
};

QString simdjsonMessage(simdjson::error_code code)
{
    switch (code) {
    case simdjson::DEPTH_ERROR:
        return ReaderText::tr("the document is nested too deeply");
    case simdjson::NUMBER_ERROR:
        return ReaderText::tr("a number is out of range");
    case simdjson::EMPTY:
        return ReaderText::tr("the file is empty");
    default:
        return ReaderText::tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

// Where a document that simdjson refused is wrong. simdjson does not say where; Qt's parser does for most
// problems and import/jsonsyntax.h for the rest. This only runs on a broken file.
LoadError syntaxError(QByteArrayView bytes, const QString &fileName, simdjson::error_code code)
{
    if (const TextPosition bad = firstInvalidUtf8(bytes); bad.line > 0)
        return LoadError{fileName, QString(), ReaderText::tr("invalid UTF-8"), bad.line, bad.column};
    QJsonParseError qtError;
    QJsonDocument::fromJson(bytes.toByteArray(), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        const TextPosition pos = positionOfOffset(bytes, qtError.offset);
        return LoadError{fileName, QString(), qtError.errorString(), pos.line, pos.column};
    }
    // Qt accepts some strings and numbers that simdjson (rightly) does not.
    if (const auto problem = findJsonTokenProblem(bytes)) {
        const TextPosition pos = positionOfOffset(bytes, problem->offset);
        return LoadError{fileName, QString(), problem->message, pos.line, pos.column};
    }
    return LoadError{fileName, QString(), simdjsonMessage(code)};
}

} // namespace

TextPosition positionOfOffset(QByteArrayView bytes, qsizetype offset)
{
    TextPosition pos{1, 1};
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        // A line ends at LF, CRLF (once) or a lone CR, as editors count them (and the CSV reader does).
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++pos.line;
            pos.column = 1;
        } else if (c == '\r') {
            // the CR of a CRLF: the LF ends the line
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

TextPosition firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return positionOfOffset(bytes, i);
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return positionOfOffset(bytes, i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return positionOfOffset(bytes, i);
        i += extra + 1;
    }
    return {};
}

LoadResult readDatasetJson(QByteArrayView bytes, const QString &fileName, const LoadOptions &options)
{
    LoadResult result;
    auto fail = [&](const QString &message, TextPosition pos = {}) {
        result.errors.append(LoadError{fileName, QString(), message, pos.line, pos.column});
        return result;
    };
    if (bytes.size() > options.maxBytes)
        return fail(ReaderText::tr("the file is %1 bytes, over the limit of %2 bytes")
                        .arg(bytes.size())
                        .arg(options.maxBytes));
    if (bytes.isEmpty())
        return fail(ReaderText::tr("the file is empty"));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return fail(ReaderText::tr("the file starts with a byte order mark; save it as UTF-8 without one"),
                    {1, 1});
    // UTF-8 is not checked here: simdjson checks it in every piece it parses, and every byte of the file is
    // in a piece or is JSON whitespace or punctuation that the scan checked. A file with invalid UTF-8
    // therefore always ends in syntaxError(), which says where, before any other problem.

    JsonPieces doc(bytes);
    bool whole = doc.split() == JsonPieces::Split::NotPieces;
    for (;;) {
        if (whole) {
            if (const auto code = doc.parseWhole()) {
                result.errors.append(syntaxError(bytes, fileName, code));
                return result;
            }
        }
        Checker checker(fileName, options.maxErrors);
        Builder builder(checker, doc, options.progress);
        auto dataset = builder.build();
        if (builder.cancelled())
            return fail(ReaderText::tr("the import was cancelled"));
        // A syntax error anywhere in the file wins over every other problem, as when it is parsed whole.
        if (!doc.failed() && (dataset || doc.validateRest())) {
            result.errors = builder.errors();
            if (result.errors.isEmpty() && dataset)
                result.dataset = std::move(dataset);
            return result;
        }
        if (whole)
            break; // cannot happen: a whole document that parsed has no pieces to fail
        whole = true;
    }
    return fail(simdjsonMessage(simdjson::UNEXPECTED_ERROR));
}

LoadResult readDatasetFile(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        LoadResult r;
        r.errors.append(LoadError{path, QString(), message});
        return r;
    };
    if (!info.exists())
        return fail(ReaderText::tr("no such file"));
    if (info.isDir())
        return fail(ReaderText::tr("is a folder, not a file"));
    if (info.size() > options.maxBytes)
        return fail(ReaderText::tr("the file is %1 bytes, over the limit of %2 bytes")
                        .arg(info.size())
                        .arg(options.maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ReaderText::tr("cannot be read: %1").arg(file.errorString()));
    // Mapped, not read: the pages are the file cache's own, so a 300 MB file costs no copy and no fresh
    // memory (import/prefault.h says why that matters). The mapping lives as long as `file`.
    if (!file.isSequential() && file.size() > 0 && file.size() == info.size()) {
        if (const uchar *mapped = file.map(0, file.size())) {
            prefaultForReading(mapped, size_t(file.size()));
            return readDatasetJson(QByteArrayView(mapped, file.size()), path, options);
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ReaderText::tr("cannot be read: %1").arg(file.errorString()));
    return readDatasetJson(bytes, path, options);
}

LoadResult readEmbeddedDataset()
{
    return readDatasetFile(QString::fromLatin1(embeddedDatasetPath));
}

} // namespace at
