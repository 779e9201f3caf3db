// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csvreader.h"

#include "app/core/import/csvparser.h"
#include "app/core/import/idindex.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/prefault.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>
#include <simdjson.h>

// One pass per file (two for entities, which refer to each other), each row checked and stored as it is
// read, text going from the file's UTF-8 straight into the dataset's pool. Ids of events, the table that
// runs to millions of rows, are checked for repeats in one go after the file (import/idindex.h). Every
// message says file, line, column and the column's name, in the order of the file.

namespace at {

using text::fromUtf8;
using text::quoted;

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::CsvReader)
};

constexpr int maxSources = 65536; // Event::source and SeriesPoint::source are 16-bit
constexpr int maxEntities = 65536;
constexpr qsizetype maxTitleLength = 120;

struct ColumnSpec {
    std::string_view name;
    bool required;
};

namespace srcCol {
enum { Id, Title, Publisher, Author, Published, Paragraphs, PublishedNote, Count };
constexpr ColumnSpec columns[]{
    {"id", true},        {"title", true},      {"publisher", true},     {"author", true},
    {"published", true}, {"paragraphs", true}, {"publishedNote", false}};
} // namespace srcCol
namespace entCol {
enum { Id, NameEn, NameZh, Parent, Sector, Note, Count };
constexpr ColumnSpec columns[]{{"id", true},     {"nameEn", true}, {"nameZh", true},
                               {"parent", true}, {"sector", true}, {"note", false}};
} // namespace entCol
namespace evCol {
enum { Id, Start, End, Kind, Status, Parties, Title, Summary, Source, Paragraph, DateNote, Count };
constexpr ColumnSpec columns[]{{"id", true},     {"start", true},     {"end", true},      {"kind", true},
                               {"status", true}, {"parties", true},   {"title", true},    {"summary", true},
                               {"source", true}, {"paragraph", true}, {"dateNote", false}};
} // namespace evCol
namespace ptCol {
enum { Series, Entity, Metric, Unit, Date, Value, Qualifier, Source, Paragraph, Claim, DateNote, Count };
constexpr ColumnSpec columns[]{{"series", true},    {"entity", true}, {"metric", true},    {"unit", true},
                               {"date", true},      {"value", true},  {"qualifier", true}, {"source", true},
                               {"paragraph", true}, {"claim", true},  {"dateNote", false}};
} // namespace ptCol
namespace qtCol {
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
    DateNote,
    Count
};
constexpr ColumnSpec columns[]{{"id", true},           {"speaker", true},  {"role", true},
                               {"organisation", true}, {"text", true},     {"paraphrase", true},
                               {"date", true},         {"source", true},   {"paragraph", true},
                               {"events", true},       {"entities", true}, {"dateNote", false}};
} // namespace qtCol

struct TableSpec {
    CsvTable table;
    const ColumnSpec *columns;
    int count;
};
constexpr std::array<TableSpec, 5> tables{
    TableSpec{CsvTable::Sources, srcCol::columns, srcCol::Count},
    TableSpec{CsvTable::Entities, entCol::columns, entCol::Count},
    TableSpec{CsvTable::Events, evCol::columns, evCol::Count},
    TableSpec{CsvTable::Series, ptCol::columns, ptCol::Count},
    TableSpec{CsvTable::Quotes, qtCol::columns, qtCol::Count},
};
constexpr int maxColumns = 12;

std::string_view stripBom(std::string_view s)
{
    return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Which table a header names: the one with which it shares most column names.
const TableSpec *tableOf(const std::vector<CsvParser::Field> &header)
{
    const TableSpec *best = nullptr;
    int bestShared = 0;
    bool tie = false;
    for (const TableSpec &t : tables) {
        int shared = 0;
        for (int c = 0; c < t.count; ++c) {
            for (const auto &f : header)
                shared += trimmed(f.value) == t.columns[c].name;
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

// The ';'-separated ids of a list column ("sina; weibo"), trimmed, empty items skipped.
template <typename F> void forEachListItem(std::string_view list, F each)
{
    while (!list.empty()) {
        const size_t semi = list.find(';');
        const std::string_view item = trimmed(list.substr(0, semi));
        if (!item.empty())
            each(item);
        if (semi == std::string_view::npos)
            break;
        list.remove_prefix(semi + 1);
    }
}

struct FileState {
    QString name;
    std::string_view text; // without a byte order mark
    const TableSpec *spec = nullptr;
    std::array<int, maxColumns> fieldOf{}; // column -> field index, -1 when the column is absent
    int headerFields = 0;
    QList<LoadError> errors;
    bool rowsRead = false; // the errors of every row are in (or beyond the cap)
};

// Where an entity's parent was given, to say so if the parents loop.
struct ParentCell {
    int file;
    int line;
    int column;
};

class CsvReader {
public:
    CsvReader(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options,
              const Dataset *loaded)
        : m_inputs(inputs), m_base(base), m_loaded(loaded ? loaded : base), m_options(options)
    {
        if (m_base) {
            m_baseCount.sources = m_base->sources.size();
            m_baseCount.entities = m_base->entities.size();
            m_baseCount.events = qsizetype(m_base->events.size());
        }
    }

    int clashes() const { return m_clashes; }

    LoadResult read()
    {
        LoadResult result;
        m_out = m_base ? std::make_shared<Dataset>(*m_base) : std::make_shared<Dataset>();
        m_files.resize(size_t(m_inputs.size()));
        for (qsizetype i = 0; i < m_inputs.size(); ++i)
            prepare(int(i));
        if (!errorsCapped()) {
            indexBase();
            reserve();
            runTable(CsvTable::Sources, [&](Row &r) { sourceRow(r); });
            entityIds();
            runTable(CsvTable::Entities, [&](Row &r) { entityRow(r); });
            runTable(CsvTable::Events, [&](Row &r) { eventRow(r); });
            resolveEventIds();
            runTable(CsvTable::Series, [&](Row &r) { pointRow(r); });
            finishSeries();
            runTable(CsvTable::Quotes, [&](Row &r) { quoteRow(r); });
            if (!anyErrors())
                checkParents();
        }
        if (m_cancelled) {
            result.errors.append(LoadError{m_inputs.isEmpty() ? QString() : m_inputs.first().fileName,
                                           QString(), CsvReaderText::tr("the import was cancelled")});
            return result;
        }
        result.errors = allErrors();
        if (result.errors.isEmpty()) {
            m_out->finish();
            result.dataset = std::move(m_out);
        }
        return result;
    }

private:
private:
    // ---- errors ----------------------------------------------------------------------------------------

    bool anyErrors() const
    {
        for (const FileState &f : m_files) {
            if (!f.errors.isEmpty())
                return true;
        }
        return false;
    }

    // Whether enough errors are in to fill the list: later files cannot add to it.
    bool errorsCapped() const
    {
        qsizetype total = 0;
        for (const FileState &f : m_files) {
            total += f.errors.size();
            if (total >= m_options.maxErrors)
                return true;
            if (!f.rowsRead && f.spec)
                return false;
        }
        return false;
    }

    // The files in the order given, each file's errors in line order.
    QList<LoadError> allErrors()
    {
        QList<LoadError> all;
        for (FileState &f : m_files) {
            std::stable_sort(f.errors.begin(), f.errors.end(), [](const LoadError &a, const LoadError &b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
            all += f.errors;
        }
        if (all.size() > m_options.maxErrors)
            all.resize(m_options.maxErrors);
        return all;
    }

    void fileError(int file, const QString &message, int line = 0, int column = 0)
    {
        m_files[size_t(file)].errors.append(
            LoadError{m_files[size_t(file)].name, QString(), message, line, column});
    }

    // ---- files and headers -------------------------------------------------------------------------------

    void prepare(int index)
    {
        FileState &f = m_files[size_t(index)];
        const CsvInput &in = m_inputs[index];
        f.name = in.fileName;
        f.rowsRead = true;
        if (in.bytes.size() > m_options.maxBytes) {
            fileError(index, CsvReaderText::tr("the file is %1 bytes, over the limit of %2 bytes")
                                 .arg(in.bytes.size())
                                 .arg(m_options.maxBytes));
            return;
        }
        f.text = stripBom(std::string_view(in.bytes.data(), size_t(in.bytes.size())));
        if (f.text.empty()) {
            fileError(index, CsvReaderText::tr("the file is empty"));
            return;
        }
        if (!simdjson::validate_utf8(f.text.data(), f.text.size())) {
            const TextPosition bad =
                firstInvalidUtf8(QByteArrayView(f.text.data(), qsizetype(f.text.size())));
            fileError(
                index,
                CsvReaderText::tr(
                    "invalid UTF-8; save the file as UTF-8 (GBK, Big5 and other encodings are not read)"),
                bad.line, bad.column);
            return;
        }
        CsvParser parser(f.text);
        std::vector<CsvParser::Field> header;
        if (parser.next(header) != CsvParser::Status::Record) {
            fileError(index, parser.errorMessage(), parser.errorLine(),
                      parser.columnOf(parser.errorOffset()));
            return;
        }
        f.spec = tableOf(header);
        if (!f.spec) {
            fileError(index,
                      CsvReaderText::tr(
                          "the first line names no table this program reads: it should be the header of "
                          "events, series, quotes, entities or sources (see resources/csv/README.md)"),
                      1, 1);
            return;
        }
        f.fieldOf.fill(-1);
        f.headerFields = int(header.size());
        for (size_t i = 0; i < header.size(); ++i) {
            const std::string_view name = trimmed(header[i].value);
            int column = -1;
            for (int c = 0; c < f.spec->count; ++c) {
                if (f.spec->columns[c].name == name)
                    column = c;
            }
            const int col = parser.columnOf(header[i].offset);
            if (column < 0)
                fileError(index,
                          CsvReaderText::tr("unknown column %1 in a table of %2")
                              .arg(quoted(name), csvTableName(f.spec->table)),
                          1, col);
            else if (f.fieldOf[size_t(column)] >= 0)
                fileError(index, CsvReaderText::tr("the column %1 appears twice").arg(quoted(name)), 1, col);
            else
                f.fieldOf[size_t(column)] = int(i);
        }
        for (int c = 0; c < f.spec->count; ++c) {
            if (f.spec->columns[c].required && f.fieldOf[size_t(c)] < 0)
                fileError(index,
                          CsvReaderText::tr("missing column %1 of a table of %2")
                              .arg(quoted(QString(QLatin1StringView(f.spec->columns[c].name))),
                                   csvTableName(f.spec->table)),
                          1, 1);
        }
        if (!f.errors.isEmpty())
            f.spec = nullptr; // its rows cannot be read
        f.rowsRead = f.spec == nullptr;
    }

    // Ids of what is loaded already, as bytes, so that rows are checked against them without a QString.
    void indexBase()
    {
        if (!m_base)
            return;
        auto index = [](IdIndex &ids, const auto &list) {
            ids.reserve(size_t(list.size()));
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QByteArray id = list[i].id.toUtf8();
                ids.insert(std::string_view(id.data(), size_t(id.size())), int(i));
            }
        };
        index(m_baseSources, m_base->sources);
        index(m_baseEntities, m_base->entities);
        index(m_baseSeries, m_base->series);
        index(m_baseQuotes, m_base->quotes);
        m_baseEvents.reserve(m_base->events.size());
        for (size_t i = 0; i < m_base->events.size(); ++i) {
            const QByteArray id = m_base->view(m_base->events[i].id).toUtf8();
            m_baseEvents.add(std::string_view(id.data(), size_t(id.size())), int(i));
        }
        m_baseEvents.resolve();
    }

    // Room for every row of the big tables, mapped in before it is written (import/prefault.h).
    void reserve()
    {
        size_t eventRows = 0;
        size_t textBytes = 0;
        for (const FileState &f : m_files) {
            if (!f.spec)
                continue;
            if (f.spec->table == CsvTable::Events)
                eventRows += CsvParser::countLines(f.text);
            if (f.spec->table == CsvTable::Events || f.spec->table == CsvTable::Series)
                textBytes += f.text.size();
        }
        std::vector<Event> &events = m_out->events;
        events.reserve(events.size() + eventRows);
        prefaultForWriting(events.data() + events.size(), eventRows * sizeof(Event));
        m_eventIds.reserve(eventRows);
        m_rowPlaces[size_t(CsvTable::Events)].reserve(eventRows);
        prefaultForWriting(m_rowPlaces[size_t(CsvTable::Events)].data(), eventRows * sizeof(Place));
        // Every string is shorter in UTF-16 units than in bytes.
        const qsizetype used = m_out->text.size();
        m_out->text.reserve(used + qsizetype(textBytes));
        m_textAhead = WriteAhead(m_out->text.view(TextRef{}).data() + used, textBytes * sizeof(char16_t));
        m_textStart = size_t(used);
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    struct Row {
        int file;
        FileState &state;
        const CsvParser &parser;
        const std::vector<CsvParser::Field> &fields;
        int line;
        qsizetype errorsBefore; // the file's errors when the row began
        bool bad = false;       // a problem was reported for this row

        bool has(int column) const { return state.fieldOf[size_t(column)] >= 0; }
        const CsvParser::Field &field(int column) const
        {
            return fields[size_t(state.fieldOf[size_t(column)])];
        }
        std::string_view raw(int column) const
        {
            return has(column) ? field(column).value : std::string_view();
        }
        std::string_view value(int column) const { return trimmed(raw(column)); }
    };

    // A file's errors must be the first maxErrors of it in line order, whatever the limit. Rows are read
    // in order, so once a file has that many, later rows only add errors further down; but a row's own
    // errors are not found in the order of its columns, so a row that starts below the limit keeps all
    // of them (a dozen at most) and allErrors() sorts. What the entities' id pass finds waits for the
    // record pass to reach its row.
    void error(Row &r, int column, const QString &message)
    {
        r.bad = true;
        if (!m_idPass && r.errorsBefore >= m_options.maxErrors)
            return;
        const CsvParser::Field &f = r.field(column);
        LoadError e{r.state.name, QString(QLatin1StringView(r.state.spec->columns[column].name)), message,
                    f.line, r.parser.columnOf(f.offset)};
        if (!m_idPass) {
            r.state.errors.append(std::move(e));
        } else if (m_pendingIdErrors.size() < size_t(m_options.maxErrors)) { // later ones come after these
            m_pendingIdErrors.push_back(PendingError{m_rowSerial[size_t(r.state.spec->table)], std::move(e)});
        }
    }

    // The id pass's errors for the row the record pass is at.
    void takePendingIdErrors(FileState &f, int serial)
    {
        while (m_nextPending < m_pendingIdErrors.size() &&
               m_pendingIdErrors[m_nextPending].serial <= serial) {
            if (m_pendingIdErrors[m_nextPending].serial == serial)
                f.errors.append(m_pendingIdErrors[m_nextPending].error);
            ++m_nextPending;
        }
    }

    template <typename F> void runTable(CsvTable table, F rowFunction)
    {
        for (size_t i = 0; i < m_files.size() && !m_cancelled; ++i) {
            if (m_files[i].spec && m_files[i].spec->table == table)
                readRows(int(i), rowFunction);
        }
    }

    template <typename F> void readRows(int file, F rowFunction)
    {
        FileState &f = m_files[size_t(file)];
        // The entities' id pass does not count as reading a file's rows: its record pass is still to come,
        // and errorsCapped() must not take the file as done.
        if (errorsCapped()) {
            f.rowsRead = !m_idPass;
            return;
        }
        CsvParser parser(f.text);
        std::vector<CsvParser::Field> fields;
        parser.next(fields); // the header, checked already
        size_t reported = parser.offset();
        for (;;) {
            const CsvParser::Status status = parser.next(fields);
            if (status == CsvParser::Status::End)
                break;
            if (status == CsvParser::Status::Error) {
                if (!m_idPass && f.errors.size() < m_options.maxErrors)
                    f.errors.append(LoadError{f.name, QString(), parser.errorMessage(), parser.errorLine(),
                                              parser.columnOf(parser.errorOffset())});
                break;
            }
            if (fields.size() == 1 && fields[0].value.empty() && fields[0].offset < f.text.size() &&
                f.text[fields[0].offset] != '"')
                continue; // a blank line
            const auto table = size_t(f.spec->table);
            Row row{file, f, parser, fields, fields.front().line, f.errors.size()};
            // Where each row of a table is, by its number in the table, for messages about repeats.
            if (m_rowPlaces[table].size() == size_t(m_rowSerial[table])) {
                const int idField = f.fieldOf[0]; // every table's first column is its id
                const size_t idOffset = idField >= 0 && size_t(idField) < fields.size()
                                            ? fields[size_t(idField)].offset
                                            : fields.front().offset;
                m_rowPlaces[table].push_back(Place{file, row.line, idOffset});
            }
            if (int(fields.size()) != f.headerFields) {
                if (!m_idPass) { // reported once, in the pass that reads the records
                    const size_t at = fields.size() > size_t(f.headerFields)
                                          ? fields[size_t(f.headerFields)].offset
                                          : fields.front().offset;
                    if (f.errors.size() < m_options.maxErrors)
                        f.errors.append(
                            LoadError{f.name, QString(),
                                      CsvReaderText::tr("the row has %1 fields; the header has %2")
                                          .arg(fields.size())
                                          .arg(f.headerFields),
                                      row.line, parser.columnOf(at)});
                    // Keep the numbering of the table's records.
                    if (f.spec->table == CsvTable::Entities) {
                        m_out->entities.append(Entity{});
                        m_parentCells.push_back(ParentCell{file, row.line, 1});
                    }
                    if (f.spec->table == CsvTable::Sources) {
                        m_out->sources.append(Source{});
                        m_paragraphCounts.push_back(0);
                    }
                    if (f.spec->table == CsvTable::Entities)
                        takePendingIdErrors(f, m_rowSerial[table]);
                }
                ++m_rowSerial[table];
                if (f.errors.size() >= m_options.maxErrors && errorsCapped())
                    break;
                continue;
            }
            rowFunction(row);
            ++m_rowSerial[table];
            // Only once every file listed before this one is read: a later row may still define what
            // they refer to.
            if (f.errors.size() >= m_options.maxErrors && errorsCapped())
                break;
            if (parser.offset() - reported >= 256 * 1024) {
                if (!advance(parser.offset() - reported))
                    break;
                reported = parser.offset();
                if (errorsCapped())
                    break;
            }
        }
        advance(parser.offset() - reported);
        f.rowsRead = !m_idPass;
    }

    bool advance(size_t bytes)
    {
        if (m_options.progress) {
            m_options.progress->advance(qint64(bytes));
            m_cancelled = m_cancelled || m_options.progress->cancelled();
        }
        return !m_cancelled;
    }

    // ---- values -------------------------------------------------------------------------------------------

    std::optional<std::string_view> nonEmpty(Row &r, int column)
    {
        const std::string_view v = r.raw(column);
        if (text::isBlank(v)) {
            error(r, column, CsvReaderText::tr("must not be empty"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<std::string_view> id(Row &r, int column)
    {
        const std::string_view v = r.value(column);
        if (!text::validId(v)) {
            error(r, column,
                  v.empty() ? CsvReaderText::tr("must not be empty")
                            : CsvReaderText::tr(
                                  "%1 is not a valid id (lower-case letters, digits and '-', at most 64)")
                                  .arg(quoted(v)));
            return std::nullopt;
        }
        return v;
    }

    std::optional<FuzzyDate> date(Row &r, int column, bool optional = false)
    {
        const std::string_view v = r.value(column);
        if (v.empty()) {
            if (optional)
                return FuzzyDate{};
            error(r, column, CsvReaderText::tr("must not be empty"));
            return std::nullopt;
        }
        const auto d = text::parseDate(v);
        if (!d)
            error(r, column,
                  CsvReaderText::tr(
                      "%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)")
                      .arg(quoted(v)));
        return d;
    }

    template <typename E> std::optional<E> word(Row &r, int column)
    {
        const std::string_view v = r.value(column);
        const auto e = text::parseWord<E>(v);
        if (!e)
            error(r, column, CsvReaderText::tr("%1 is not one of %2").arg(quoted(v), allJsonNames<E>()));
        return e;
    }

    std::optional<int> integer(Row &r, int column, int min, int max)
    {
        const std::string_view v = r.value(column);
        long long n = 0;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (v.empty() || ec == std::errc::invalid_argument || end != v.data() + v.size()) {
            error(r, column, CsvReaderText::tr("expected a whole number, found %1").arg(quoted(v)));
            return std::nullopt;
        }
        if (ec == std::errc::result_out_of_range || n < min || n > max) {
            error(r, column,
                  CsvReaderText::tr("%1 is not between %2 and %3").arg(fromUtf8(v)).arg(min).arg(max));
            return std::nullopt;
        }
        return int(n);
    }

    std::optional<double> number(Row &r, int column)
    {
        const std::string_view v = r.value(column);
        double d = 0;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
        if (v.empty() || ec == std::errc::invalid_argument || end != v.data() + v.size()) {
            error(r, column, CsvReaderText::tr("expected a number, found %1").arg(quoted(v)));
            return std::nullopt;
        }
        if (ec == std::errc::result_out_of_range) {
            error(r, column, CsvReaderText::tr("%1 is out of range").arg(fromUtf8(v)));
            return std::nullopt;
        }
        if (!std::isfinite(d)) {
            error(r, column, CsvReaderText::tr("is not a finite number"));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(Row &r, int column)
    {
        const QString v = fromUtf8(r.value(column)).toLower();
        if (v == u"true")
            return true;
        if (v == u"false")
            return false;
        error(r, column, CsvReaderText::tr("%1 is not true or false").arg(quoted(r.value(column))));
        return std::nullopt;
    }

    // A reference to a record of the set or of what is loaded: its index in the output, or -1.
    int reference(Row &r, int column, std::string_view id, const IdIndex &fresh, int freshOffset,
                  const IdIndex &loaded, const char *what)
    {
        if (const int k = fresh.find(id); k >= 0)
            return freshOffset + k;
        if (const int k = loaded.find(id); k >= 0)
            return k;
        error(r, column, CsvReaderText::tr("unknown %1 %2").arg(CsvReaderText::tr(what), quoted(id)));
        return -1;
    }
    int sourceRef(Row &r, int column)
    {
        const std::string_view v = r.value(column);
        if (v.empty()) {
            error(r, column, CsvReaderText::tr("must not be empty"));
            return -1;
        }
        return reference(r, column, v, m_sourceIds, int(m_baseCount.sources), m_baseSources,
                         QT_TRANSLATE_NOOP("at::CsvReader", "source"));
    }
    int entityRef(Row &r, int column, std::string_view id)
    {
        return reference(r, column, id, m_entityIds, int(m_baseCount.entities), m_baseEntities,
                         QT_TRANSLATE_NOOP("at::CsvReader", "entity"));
    }

    // The paragraph of a citation, checked against the length of its source.
    std::optional<int> paragraph(Row &r, int column, int source)
    {
        const auto p = integer(r, column, 1, 65535);
        if (!p || source < 0)
            return p;
        const int count = source < m_baseCount.sources
                              ? m_base->sources[source].paragraphs
                              : m_paragraphCounts[size_t(source - m_baseCount.sources)];
        if (*p > count) {
            const QString sourceId =
                source < m_baseCount.sources ? m_base->sources[source].id : m_out->sources.value(source).id;
            error(r, column,
                  CsvReaderText::tr("%1 is beyond the %2 paragraphs of source %3")
                      .arg(*p)
                      .arg(count)
                      .arg(quoted(sourceId)));
            return std::nullopt;
        }
        return p;
    }

    // An id the base has already: loaded before this import, or from another of its files.
    QString clashMessage(CsvTable table, std::string_view id) const
    {
        const QString key = QString::fromUtf8(id.data(), qsizetype(id.size()));
        auto in = [&key](const auto &list) {
            return std::any_of(list.begin(), list.end(),
                               [&key](const auto &record) { return record.id == key; });
        };
        bool before = m_loaded != nullptr;
        if (m_loaded && m_loaded != m_base) {
            before = table == CsvTable::Events     ? m_loaded->eventIndex(key) >= 0
                     : table == CsvTable::Sources  ? in(m_loaded->sources)
                     : table == CsvTable::Entities ? in(m_loaded->entities)
                     : table == CsvTable::Series   ? in(m_loaded->series)
                                                   : in(m_loaded->quotes);
        }
        if (before)
            return CsvReaderText::tr("%1 is already loaded; import with \"Replace\" or give it another id")
                .arg(quoted(id));
        return CsvReaderText::tr("%1 is also in another file of this import; give one of them another id")
            .arg(quoted(id));
    }

    // A new id: valid, not used in the set before (first one wins) and not loaded already.
    std::optional<std::string_view> newId(Row &r, int column, IdIndex &ids, const IdIndex &loaded)
    {
        const auto v = id(r, column);
        if (!v)
            return v;
        const int serial = m_rowSerial[size_t(r.state.spec->table)];
        if (loaded.find(*v) >= 0) {
            ++m_clashes;
            error(r, column, clashMessage(r.state.spec->table, *v));
            return std::nullopt;
        }
        if (const int first = ids.insert(*v, serial); first >= 0) {
            error(r, column,
                  duplicateMessage(*v, m_rowPlaces[size_t(r.state.spec->table)][size_t(first)], r.file));
            return std::nullopt;
        }
        return v;
    }

    struct Place {
        int file;
        int line;
        size_t idOffset; // where its id is
    };
    QString duplicateMessage(std::string_view id, Place first, int file) const
    {
        if (first.file == file)
            return CsvReaderText::tr("duplicate id %1 (also line %2)").arg(quoted(id)).arg(first.line);
        return CsvReaderText::tr("duplicate id %1 (also %2:%3)")
            .arg(quoted(id), m_files[size_t(first.file)].name)
            .arg(first.line);
    }

    TextRef addText(std::string_view s)
    {
        const TextRef ref = text::addUtf8(m_out->text, s);
        m_textAhead.advance((size_t(m_out->text.size()) - m_textStart) * sizeof(char16_t));
        return ref;
    }

    // ---- the tables ---------------------------------------------------------------------------------------

    void sourceRow(Row &r)
    {
        const auto id = newId(r, srcCol::Id, m_sourceIds, m_baseSources);
        const auto title = nonEmpty(r, srcCol::Title);
        const auto published = date(r, srcCol::Published);
        const auto paragraphs = integer(r, srcCol::Paragraphs, 1, 65535);
        m_paragraphCounts.push_back(paragraphs.value_or(0));
        if (m_out->sources.size() >= maxSources)
            error(r, srcCol::Id,
                  CsvReaderText::tr("more than %1 sources; this program reads at most %1").arg(maxSources));
        Source s;
        if (id && title && published && paragraphs) {
            s = Source{fromUtf8(*id),
                       fromUtf8(*title),
                       fromUtf8(r.raw(srcCol::Publisher)),
                       fromUtf8(r.raw(srcCol::Author)),
                       *published,
                       fromUtf8(r.raw(srcCol::PublishedNote)),
                       *paragraphs};
        }
        m_out->sources.append(s);
    }

    // Entities refer to each other: all their ids come first.
    void entityIds()
    {
        const auto before = m_rowSerial;
        m_idPass = true;
        runTable(CsvTable::Entities, [&](Row &r) { newId(r, entCol::Id, m_entityIds, m_baseEntities); });
        m_idPass = false;
        m_rowSerial = before; // the record pass numbers the rows again
        for (FileState &f : m_files) {
            if (f.spec && f.spec->table == CsvTable::Entities)
                f.rowsRead = false;
        }
    }

    void entityRow(Row &r)
    {
        takePendingIdErrors(r.state, m_rowSerial[size_t(CsvTable::Entities)]);
        const auto nameEn = nonEmpty(r, entCol::NameEn);
        const auto nameZh = nonEmpty(r, entCol::NameZh);
        int parent = -1;
        if (const std::string_view p = r.value(entCol::Parent); !p.empty())
            parent = entityRef(r, entCol::Parent, p);
        const auto sector = word<Sector>(r, entCol::Sector);
        if (m_out->entities.size() >= maxEntities)
            error(r, entCol::Id,
                  CsvReaderText::tr("more than %1 entities; this program reads at most %1").arg(maxEntities));
        const std::string_view id = r.value(entCol::Id);
        Entity e;
        if (nameEn && nameZh && sector && text::validId(id))
            e = Entity{fromUtf8(id), fromUtf8(*nameEn), fromUtf8(*nameZh),
                       parent,       *sector,           fromUtf8(r.raw(entCol::Note))};
        m_parentCells.push_back(
            ParentCell{r.file, r.line, r.parser.columnOf(r.field(entCol::Parent).offset)});
        m_out->entities.append(e);
    }

    void eventRow(Row &r)
    {
        const int serial = m_rowSerial[size_t(CsvTable::Events)];
        const auto id = this->id(r, evCol::Id);
        if (id) {
            if (m_baseEvents.find(*id) >= 0 && ++m_clashes)
                error(r, evCol::Id, clashMessage(CsvTable::Events, *id));
            else
                m_eventIds.add(*id, serial); // repeats are found after the file, in one go
        }
        const auto start = date(r, evCol::Start);
        const auto end = date(r, evCol::End, true);
        if (start && end && !end->isNull() && end->last() < start->first)
            error(
                r, evCol::End,
                CsvReaderText::tr("%1 is before the start %2").arg(end->toIsoString(), start->toIsoString()));
        const auto kind = word<Kind>(r, evCol::Kind);
        const auto status = word<Status>(r, evCol::Status);
        const quint32 partiesBegin = quint32(m_out->parties.size());
        if (m_partyStamp.size() < m_out->entities.size() + size_t(1))
            m_partyStamp.resize(size_t(m_out->entities.size()) + 1, 0);
        ++m_stamp;
        qsizetype count = 0;
        forEachListItem(r.raw(evCol::Parties), [&](std::string_view party) {
            const int e = entityRef(r, evCol::Parties, party);
            if (e < 0)
                return;
            if (m_partyStamp[size_t(e)] == m_stamp) {
                error(r, evCol::Parties, CsvReaderText::tr("%1 is listed twice").arg(quoted(party)));
                return;
            }
            m_partyStamp[size_t(e)] = m_stamp;
            m_out->parties.push_back(quint16(e));
            ++count;
        });
        if (count == 0 && !r.bad)
            error(r, evCol::Parties,
                  CsvReaderText::tr("must name at least one entity (ids separated by ';')"));
        const auto title = nonEmpty(r, evCol::Title);
        if (title && title->size() > size_t(maxTitleLength)) {
            if (const qsizetype length = text::utf16Length(*title); length > maxTitleLength)
                error(r, evCol::Title,
                      CsvReaderText::tr("is %1 characters long; at most %2").arg(length).arg(maxTitleLength));
        }
        const int source = sourceRef(r, evCol::Source);
        const auto par = paragraph(r, evCol::Paragraph, source);
        if (r.bad || anyErrors()) {
            m_out->parties.resize(partiesBegin);
            return; // nothing will be built; don't bother storing it
        }
        Event e;
        e.start = *start;
        e.end = *end;
        e.id = addText(*id);
        e.title = addText(*title);
        e.summary = addText(r.raw(evCol::Summary));
        e.dateNote = addText(r.raw(evCol::DateNote));
        e.partiesBegin = partiesBegin;
        e.partyCount = quint16(count);
        e.source = quint16(source);
        e.paragraph = quint16(*par);
        e.kind = *kind;
        e.status = *status;
        m_out->events.push_back(e);
    }

    void resolveEventIds()
    {
        const auto &places = m_rowPlaces[size_t(CsvTable::Events)];
        // The repeats come in row order, so past maxErrors of them in a file the rest come after its list;
        // the reading may have stopped at a row with earlier ones, which allErrors() sorts in.
        std::vector<int> repeats(m_files.size(), 0);
        for (const IdIndex::Repeat &rep : m_eventIds.resolve()) {
            const Place at = places[size_t(rep.value)];
            FileState &f = m_files[size_t(at.file)];
            if (repeats[size_t(at.file)]++ >= m_options.maxErrors)
                continue;
            f.errors.append(LoadError{f.name, QStringLiteral("id"),
                                      duplicateMessage(rep.id, places[size_t(rep.firstValue)], at.file),
                                      at.line, CsvParser(f.text).columnOf(at.idOffset)});
        }
    }

    struct PointRow {
        int series;
        SeriesPoint point;
        int file;
        int line;
        int dateColumn;
    };
    struct NewSeries {
        QString id;
        int entity;
        Metric metric;
        Unit unit;
        int line;
        int file;
    };

    void pointRow(Row &r)
    {
        const std::string_view sid = r.value(ptCol::Series);
        int series = -1;
        if (!text::validId(sid)) {
            id(r, ptCol::Series); // says why
        } else if (m_baseSeries.find(sid) >= 0) {
            ++m_clashes;
            error(r, ptCol::Series,
                  CsvReaderText::tr("%1 is already loaded; import with \"Replace\" or give it another id")
                      .arg(quoted(sid)));
        } else {
            series = m_seriesIds.find(sid);
        }
        const std::string_view entityId = r.value(ptCol::Entity);
        const int entity = entityId.empty() ? -1 : entityRef(r, ptCol::Entity, entityId);
        if (entityId.empty())
            error(r, ptCol::Entity, CsvReaderText::tr("must not be empty"));
        const auto metric = word<Metric>(r, ptCol::Metric);
        const auto unit = word<Unit>(r, ptCol::Unit);
        if (series < 0 && text::validId(sid) && m_baseSeries.find(sid) < 0 && entity >= 0 && metric && unit) {
            series = int(m_newSeries.size());
            m_seriesIds.insert(sid, series);
            m_newSeries.push_back(NewSeries{fromUtf8(sid), entity, *metric, *unit, r.line, r.file});
        } else if (series >= 0) {
            // A series is one entity and one metric: every row of it says the same.
            const NewSeries &s = m_newSeries[size_t(series)];
            const QString where =
                s.file == r.file ? CsvReaderText::tr("line %1").arg(s.line)
                                 : CsvReaderText::tr("%1:%2").arg(m_files[size_t(s.file)].name).arg(s.line);
            if (entity >= 0 && entity != s.entity)
                error(r, ptCol::Entity,
                      CsvReaderText::tr("series %1 is of entity %2 (%3)")
                          .arg(quoted(s.id), quoted(entityIdAt(s.entity)), where));
            if (metric && *metric != s.metric)
                error(r, ptCol::Metric,
                      CsvReaderText::tr("series %1 is of metric %2 (%3)")
                          .arg(quoted(s.id), jsonName(s.metric), where));
            if (unit && *unit != s.unit)
                error(
                    r, ptCol::Unit,
                    CsvReaderText::tr("series %1 is in %2 (%3)").arg(quoted(s.id), jsonName(s.unit), where));
        }
        const auto d = date(r, ptCol::Date);
        const auto value = number(r, ptCol::Value);
        if (value && *value < 0)
            error(r, ptCol::Value, CsvReaderText::tr("%1 is negative").arg(*value));
        const Unit seriesUnit = series >= 0 ? m_newSeries[size_t(series)].unit : unit.value_or(Unit::Count);
        if (value && seriesUnit == Unit::Percent && *value > 100)
            error(r, ptCol::Value, CsvReaderText::tr("%1 is over 100 percent").arg(*value));
        const auto qualifier = word<Qualifier>(r, ptCol::Qualifier);
        const int source = sourceRef(r, ptCol::Source);
        const auto par = paragraph(r, ptCol::Paragraph, source);
        const auto claim = nonEmpty(r, ptCol::Claim);
        if (r.bad || anyErrors())
            return;
        SeriesPoint p;
        p.date = *d;
        p.value = *value;
        p.qualifier = *qualifier;
        p.source = quint16(source);
        p.paragraph = quint16(*par);
        p.claim = addText(*claim);
        p.dateNote = addText(r.raw(ptCol::DateNote));
        m_points.push_back(
            PointRow{series, p, r.file, r.line, r.parser.columnOf(r.field(ptCol::Date).offset)});
    }

    QString entityIdAt(int index) const { return m_out->entities.value(index).id; }

    // Points in date order within each series; two at the same date are an error.
    void finishSeries()
    {
        std::stable_sort(m_points.begin(), m_points.end(), [](const PointRow &a, const PointRow &b) {
            if (a.series != b.series)
                return a.series < b.series;
            return a.point.date.middle() < b.point.date.middle();
        });
        std::vector<quint32> begins(m_newSeries.size(), quint32(m_out->points.size()));
        std::vector<quint32> counts(m_newSeries.size(), 0);
        // Repeated dates come in series order; they are reported in line order, the first maxErrors of
        // each file, like every other error.
        struct Repeat {
            size_t point;
            size_t previous;
        };
        std::vector<Repeat> repeats;
        for (size_t i = 0; i < m_points.size(); ++i) {
            const PointRow &p = m_points[i];
            if (i > 0 && m_points[i - 1].series == p.series &&
                m_points[i - 1].point.date.middle() == p.point.date.middle()) {
                repeats.push_back(Repeat{i, i - 1});
                continue;
            }
            if (counts[size_t(p.series)] == 0)
                begins[size_t(p.series)] = quint32(m_out->points.size());
            ++counts[size_t(p.series)];
            m_out->points.push_back(p.point);
        }
        std::stable_sort(repeats.begin(), repeats.end(), [this](const Repeat &a, const Repeat &b) {
            const PointRow &pa = m_points[a.point];
            const PointRow &pb = m_points[b.point];
            return pa.file != pb.file ? pa.file < pb.file : pa.line < pb.line;
        });
        std::vector<int> reported(m_files.size(), 0);
        for (const Repeat &r : repeats) {
            const PointRow &p = m_points[r.point];
            const PointRow &q = m_points[r.previous];
            if (reported[size_t(p.file)]++ >= m_options.maxErrors)
                continue;
            const QString where =
                q.file == p.file ? CsvReaderText::tr("line %1").arg(q.line)
                                 : CsvReaderText::tr("%1:%2").arg(m_files[size_t(q.file)].name).arg(q.line);
            m_files[size_t(p.file)].errors.append(LoadError{
                m_files[size_t(p.file)].name, QStringLiteral("date"),
                CsvReaderText::tr("series %1 has a point at %2 already (%3)")
                    .arg(quoted(m_newSeries[size_t(p.series)].id), q.point.date.toIsoString(), where),
                p.line, p.dateColumn});
        }
        for (size_t s = 0; s < m_newSeries.size(); ++s) {
            const NewSeries &n = m_newSeries[s];
            Series series;
            series.id = n.id;
            series.entity = n.entity;
            series.metric = n.metric;
            series.unit = n.unit;
            series.pointsBegin = begins[s];
            series.pointCount = counts[s];
            m_out->series.append(series);
        }
        m_points.clear();
        m_points.shrink_to_fit();
    }

    void quoteRow(Row &r)
    {
        const auto id = newId(r, qtCol::Id, m_quoteIds, m_baseQuotes);
        const auto speaker = nonEmpty(r, qtCol::Speaker);
        const auto quoteText = nonEmpty(r, qtCol::Text);
        const auto paraphrase = boolean(r, qtCol::Paraphrase);
        const auto d = date(r, qtCol::Date);
        const int source = sourceRef(r, qtCol::Source);
        const auto par = paragraph(r, qtCol::Paragraph, source);
        Quote q;
        forEachListItem(r.raw(qtCol::Events), [&](std::string_view e) {
            if (const int k = m_eventIds.find(e); k >= 0) {
                q.events.append(int(m_baseCount.events) + k);
            } else if (const int b = m_baseEvents.find(e); b >= 0) {
                q.events.append(b);
            } else {
                error(r, qtCol::Events, CsvReaderText::tr("unknown event %1").arg(quoted(e)));
            }
        });
        forEachListItem(r.raw(qtCol::Entities), [&](std::string_view e) {
            if (const int k = entityRef(r, qtCol::Entities, e); k >= 0)
                q.entities.append(k);
        });
        if (r.bad || !id || !speaker || !quoteText || !paraphrase || !d || !par)
            return;
        q.id = fromUtf8(*id);
        q.speaker = fromUtf8(*speaker);
        q.role = fromUtf8(r.raw(qtCol::Role));
        q.organisation = fromUtf8(r.raw(qtCol::Organisation));
        q.text = fromUtf8(*quoteText);
        q.paraphrase = *paraphrase;
        q.date = *d;
        q.dateNote = fromUtf8(r.raw(qtCol::DateNote));
        q.source = source;
        q.paragraph = *par;
        m_out->quotes.append(q);
    }

    // A parent chain of the new entities must end (the loaded ones were checked when they were loaded,
    // and cannot lead back to new ones). Each entity is walked once.
    void checkParents()
    {
        const qsizetype first = m_baseCount.entities;
        const auto n = size_t(m_out->entities.size() - first);
        enum : quint8 { Unknown, Walking, Ends, Loops };
        std::vector<quint8> state(n, Unknown);
        std::vector<size_t> walk;
        for (size_t i = 0; i < n; ++i) {
            walk.clear();
            qsizetype at = qsizetype(i) + first;
            quint8 result = Ends;
            while (at >= first) {
                const auto k = size_t(at - first);
                if (state[k] == Ends || state[k] == Loops) {
                    result = state[k];
                    break;
                }
                if (state[k] == Walking) {
                    result = Loops;
                    break;
                }
                state[k] = Walking;
                walk.push_back(k);
                at = m_out->entities[at].parent;
            }
            for (size_t w : walk)
                state[w] = result;
        }
        for (size_t i = 0; i < n; ++i) {
            if (state[i] != Loops)
                continue;
            const ParentCell &cell = m_parentCells[i];
            FileState &f = m_files[size_t(cell.file)];
            if (f.errors.size() < m_options.maxErrors)
                f.errors.append(LoadError{f.name, QStringLiteral("parent"),
                                          CsvReaderText::tr("the parent chain loops back to %1")
                                              .arg(quoted(m_out->entities[qsizetype(i) + first].id)),
                                          cell.line, cell.column});
        }
    }

    const QList<CsvInput> &m_inputs;
    const Dataset *m_base;
    const Dataset *m_loaded; // what the application had before this import: m_base, or the start of it
    LoadOptions m_options;
    std::shared_ptr<Dataset> m_out;
    std::vector<FileState> m_files;
    bool m_cancelled = false;
    int m_clashes = 0;
    bool m_idPass = false; // reading the entities' ids only
    struct {
        qsizetype sources = 0, entities = 0, events = 0;
    } m_baseCount;
    IdIndex m_baseSources, m_baseEntities, m_baseEvents, m_baseSeries, m_baseQuotes;
    IdIndex m_sourceIds, m_entityIds, m_eventIds, m_seriesIds, m_quoteIds;
    std::array<int, 5> m_rowSerial{};
    std::array<std::vector<Place>, 5> m_rowPlaces;
    std::vector<int> m_paragraphCounts;
    std::vector<ParentCell> m_parentCells;
    struct PendingError {
        int serial; // the entity row it is about
        LoadError error;
    };
    std::vector<PendingError> m_pendingIdErrors;
    size_t m_nextPending = 0;
    std::vector<quint32> m_partyStamp;
    quint32 m_stamp = 0;
    std::vector<NewSeries> m_newSeries;
    std::vector<PointRow> m_points;
    WriteAhead m_textAhead;
    size_t m_textStart = 0;
};

} // namespace

QString csvTableName(CsvTable table)
{
    switch (table) {
    case CsvTable::Sources:
        return QStringLiteral("sources");
    case CsvTable::Entities:
        return QStringLiteral("entities");
    case CsvTable::Events:
        return QStringLiteral("events");
    case CsvTable::Series:
        return QStringLiteral("series");
    case CsvTable::Quotes:
        return QStringLiteral("quotes");
    }
    return {};
}

std::optional<CsvTable> csvTableOfHeader(QByteArrayView bytes)
{
    const std::string_view text = stripBom(std::string_view(bytes.data(), size_t(bytes.size())));
    if (!simdjson::validate_utf8(text.data(), text.size()))
        return std::nullopt;
    CsvParser parser(text);
    std::vector<CsvParser::Field> header;
    if (parser.next(header) != CsvParser::Status::Record)
        return std::nullopt;
    const TableSpec *spec = tableOf(header);
    return spec ? std::optional<CsvTable>(spec->table) : std::nullopt;
}

LoadResult readCsvTables(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options,
                         int *clashes, const Dataset *loaded)
{
    CsvReader reader(inputs, base, options, loaded);
    LoadResult result = reader.read();
    if (clashes)
        *clashes = reader.clashes();
    return result;
}

} // namespace at
