// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonreader.h"

#include "app/core/import/datasetbuilder.h"
#include "app/core/import/importlimit.h"
#include "app/core/import/json/jsonpieces.h"
#include "app/core/import/json/jsonrecord.h"
#include "app/core/import/json/jsonsyntax.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/prefault.h"
#include "app/core/import/textposition.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <atomic>
#include <memory>

// How this reader is fast (1M events, about 300 MB, in well under a second) and still says exactly what the
// slow, obvious one (tests/import/reference) says:
// - The document is read in pieces (json/jsonpieces.h), one batch of array elements at a time.
// - Keys are compared as bytes against the fields of each record (import/datasetformat.h); values stay
//   std::string_view into the batch until they are stored; text goes from UTF-8 straight into the dataset's
//   pool. No QString, QHash or path string is made unless there is an error to report.
// - Ids are collected in the same pass that reads the records, except for entities, which refer to each
//   other. The errors of each step go to their own list, and the lists are joined in the order the step
//   by step reader produced them, so the messages and their order are the same.

namespace at {

namespace {

using simdjson::dom::element;
namespace top = format::top;
using format::Table;

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetReader)
};

Table tableOf(int topKey)
{
    return Table(topKey - top::Sources);
}

class JsonDatasetReader {
public:
    JsonDatasetReader(JsonChecker &c, JsonPieces &doc, LoadProgress *progress)
        : m_c(c), m_doc(doc), m_progress(progress)
    {}

    bool cancelled() const { return m_cancelled; }

    std::shared_ptr<Dataset> read()
    {
        m_c.setTarget(&m_top);
        if (!topFields())
            return nullptr;
        // The header's values are read one at a time: each is valid until the next piece is parsed.
        for (const int k : {top::Format, top::Version}) {
            if (m_topIndex[size_t(k)] < 0)
                continue;
            const auto v = m_doc.value(size_t(m_topIndex[size_t(k)]));
            if (!v)
                return nullptr;
            m_doc.markValueChecked(size_t(m_topIndex[size_t(k)]));
            const JsonFields f = single(k, *v);
            JsonRecord header(m_c, f, m_root);
            m_builder.header(header);
        }
        if (!m_top.errors.isEmpty())
            return nullptr;
        m_c.setVersion(m_builder.version());

        // Entities refer to each other, so their ids come first; every other array's ids are collected
        // while its records are read, which is enough because records only refer to earlier arrays.
        entityIdPass();
        recordPass(top::Sources, format::sourceFields(),
                   [this](JsonRecord &r, int i) { m_builder.source(r, i); });
        recordPass(top::Entities, format::entityFields(),
                   [this](JsonRecord &r, int i) { m_builder.entity(r, i); });
        recordPass(top::Events, format::eventFields(),
                   [this](JsonRecord &r, int i) { m_builder.event(r, i); });
        recordPass(top::Series, format::seriesFields(),
                   [this](JsonRecord &r, int i) { m_builder.series(r, i); });
        recordPass(top::Markets, format::marketFields(),
                   [this](JsonRecord &r, int i) { m_builder.market(r, i); });
        recordPass(top::Quotes, format::quoteFields(),
                   [this](JsonRecord &r, int i) { m_builder.quote(r, i); });
        if (m_doc.failed() || m_cancelled || anyErrors())
            return nullptr;
        m_c.setTarget(&m_records);
        const JsonPath entities = m_root.field(format::tableKey(Table::Entities));
        m_builder.checkEntityParents([&](int entity, const QString &message) {
            m_c.error(entities.item(entity).field(format::entityFields()[format::entity::Parent].name),
                      message);
        });
        if (!m_records.errors.isEmpty())
            return nullptr;
        return m_builder.finish();
    }

    // The errors in the order the step by step reader reported them: the top level, the duplicate ids of
    // each array, then the problems of the records; at most maxErrors.
    QList<LoadError> errors() const
    {
        QList<LoadError> all = m_top.errors;
        for (const JsonErrorList &ids : m_idErrors)
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
        for (const JsonErrorList &ids : m_idErrors) {
            if (!ids.errors.isEmpty())
                return true;
        }
        return false;
    }

    // Whether the errors reported so far already decide the whole list, so that reading on could only
    // find errors beyond the limit.
    bool errorsDecided() const
    {
        qsizetype total = m_top.errors.size();
        for (const JsonErrorList &ids : m_idErrors) {
            total += ids.errors.size();
            if (total >= m_c.maxErrors())
                return true;
            if (!ids.complete)
                return false;
        }
        return total + m_records.errors.size() >= m_c.maxErrors();
    }

    JsonFields single(int k, element value) const
    {
        JsonFields f;
        f.schema = format::topFields();
        f.values[size_t(k)] = value;
        f.present = 1u << k;
        return f;
    }

    // The root object's keys, as jsonFields() checks a record's.
    bool topFields()
    {
        m_topIndex.fill(-1);
        if (m_doc.whole()) {
            simdjson::dom::object obj;
            if (m_doc.root().get_object().get(obj)) {
                m_c.error(
                    m_root,
                    ReaderText::tr("expected an object, found %1").arg(jsonTypeName(m_doc.root().type())));
                return false;
            }
        }
        const auto schema = format::topFields();
        const auto &members = m_doc.members();
        for (size_t i = 0; i < members.size(); ++i) {
            const std::string &key = members[i].key;
            int k = -1;
            for (size_t s = 0; s < schema.size(); ++s)
                k = schema[s].name == key ? int(s) : k;
            if (k >= 0 && m_topIndex[size_t(k)] >= 0)
                m_c.error(m_root, ReaderText::tr("duplicate key %1").arg(text::quoted(key)));
            else if (k < 0)
                m_c.error(m_root, ReaderText::tr("unknown key %1").arg(text::quoted(key)));
            else
                m_topIndex[size_t(k)] = int(i);
        }
        for (size_t k = 0; k < schema.size(); ++k) {
            if (m_topIndex[k] < 0)
                m_c.error(m_root, ReaderText::tr("missing key %1").arg(text::quoted(schema[k].name)));
        }
        return true;
    }

    // Reports a top-level member that should be an array and is not; true when it is one.
    bool topArrayOrError(int k, JsonErrorList &list)
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
        m_c.error(m_root.field(format::topFields()[size_t(k)].name),
                  ReaderText::tr("expected an array, found %1").arg(jsonTypeName(v->type())));
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

    JsonErrorList &idErrors(int k) { return m_idErrors[size_t(k - top::Sources)]; }

    // A record's id, whatever else is wrong with it, for the ids' own pass.
    static std::optional<std::string_view> rawId(element e)
    {
        simdjson::dom::object obj;
        std::string_view sv;
        if (!e.get_object().get(obj) && !obj[std::string_view("id")].get_string().get(sv))
            return sv;
        return std::nullopt;
    }

    // Reports the repeated ids of an array once it has been read.
    void resolveIds(int k, JsonErrorList &list)
    {
        m_c.setTarget(&list);
        const JsonPath arrayPath = m_root.field(format::topFields()[size_t(k)].name);
        m_builder.resolveIds(tableOf(k), [&](const IdIndex::Repeat &r, int first) {
            const QString also = QString(QLatin1StringView(format::topFields()[size_t(k)].name)) + u'[' +
                                 QString::number(first) + u']';
            m_c.error(arrayPath.item(r.value).field("id"), DatasetBuilder::duplicateIdMessage(r.id, also));
        });
        list.complete = true;
    }

    void entityIdPass()
    {
        JsonErrorList &list = idErrors(top::Entities);
        if (!topArrayOrError(top::Entities, list) || m_cancelled || m_doc.failed()) {
            list.complete = true;
            return;
        }
        m_doc.forEach(
            size_t(m_topIndex[top::Entities]),
            [&](element e, qsizetype i) {
                if (const auto id = rawId(e))
                    m_builder.collectId(Table::Entities, *id, int(i));
            },
            [this](qint64) { return !m_doc.failed(); });
        resolveIds(top::Entities, list);
    }

    // One array: its records, which collect their ids unless the entities' pass has.
    template <typename F> void recordPass(int k, std::span<const format::Field> schema, F record)
    {
        const bool collects = k != top::Entities;
        JsonErrorList &idList = idErrors(k);
        const int member = m_topIndex[size_t(k)];
        if (m_cancelled || m_doc.failed())
            return;
        if (collects) {
            if (!topArrayOrError(k, idList)) {
                idList.complete = true;
                topArrayOrError(k, m_records);
                return;
            }
        } else if (!topArrayOrError(k, m_records)) {
            return;
        }
        if (k == top::Events)
            prepareEvents(m_doc.members()[size_t(member)]);
        const JsonPath arrayPath = m_root.field(format::tableKey(tableOf(k)));
        bool decided = errorsDecided();
        const JsonPieces::Member &array = m_doc.members()[size_t(member)];
        // Events are most of a dataset: the second half of their batches is read on the other core.
        size_t split = array.batches.size();
        std::unique_ptr<EventRange> range;
        std::atomic<bool> stopRange{false};
        if (k == top::Events && !m_doc.whole() && !decided && split >= minBatchesForTwoRanges) {
            split /= 2;
            const JsonPieces::Batch &from = array.batches[split];
            // The text of the series points will follow the range's in its buffer (appendEvents()).
            range =
                std::make_unique<EventRange>(m_builder, m_c, array.count - std::min(array.count, from.first),
                                             array.end - from.begin + seriesBytes());
            m_rangeWorker.start(
                [&, member] { readEvents(*range, size_t(member), split, arrayPath, stopRange); });
            m_builder.mapAllEventRoom();
        }
        qsizetype next = 0; // the index after the last element handed out
        m_doc.forEach(
            size_t(member),
            [&](element e, qsizetype i) {
                next = i + 1;
                if (decided)
                    return; // only the syntax of the rest still matters
                m_c.setTarget(&m_records);
                const std::optional<Table> collect = collects ? std::optional(tableOf(k)) : std::nullopt;
                if (!readElement(m_c, m_builder, e, i, arrayPath, schema, collect, record) &&
                    k == top::Entities)
                    m_builder.placeholder(Table::Entities); // entities are referred to by number
            },
            [&](qint64 bytes) {
                decided = decided || errorsDecided();
                return afterBatch(bytes);
            },
            split);
        if (range)
            joinEvents(*range, size_t(member), split, next, stopRange);
        if (collects)
            resolveIds(k, idList);
    }

    // One element of an array, for either range: its record, or only its id once the error list is full
    // (repeated ids are listed before the records' problems). False when it is not an object of the
    // schema's keys, which has been reported.
    template <typename F>
    static bool readElement(JsonChecker &c, DatasetBuilder &builder, element e, qsizetype i,
                            const JsonPath &arrayPath, std::span<const format::Field> schema,
                            std::optional<Table> collect, F record)
    {
        if (c.full()) {
            if (const auto id = rawId(e); id && collect)
                builder.collectId(*collect, *id, int(i));
            return true;
        }
        const JsonPath path = arrayPath.item(i);
        const auto f = jsonFields(c, e, path, schema);
        if (!f)
            return false;
        JsonRecord r(c, *f, path);
        record(r, int(i));
        return true;
    }

    // Arrays of events of at least this many batches are read in two ranges. In the fuzz build, whose
    // batches are 64 bytes, small inputs take this path too.
    static constexpr size_t minBatchesForTwoRanges = 4;

    // The events of the batches from a split point on, read on another thread while this one reads those
    // before it: with a copy of the checker, an error list and a builder of their own
    // (DatasetBuilder's range constructor), appended once both are done. The list is then the one a
    // single walk makes: the first range's problems, then the second's, up to the limit; and the
    // dataset is the same, text for text.
    struct EventRange {
        EventRange(const DatasetBuilder &whole, const JsonChecker &c, size_t events, size_t textUtf8Bytes)
            : checker(c), builder(whole, events, textUtf8Bytes)
        {
            checker.setTarget(&records);
        }
        JsonChecker checker;
        JsonErrorList records;
        DatasetBuilder builder;
        JsonPieces::RangeParser parser;
        JsonPieces::Walk walk = JsonPieces::Walk::Stopped;
    };

    // On the other thread: touches only `r`, the document's batches, the progress and the builder's
    // tables of sources and entities, which nothing changes while events are read.
    void readEvents(EventRange &r, size_t member, size_t first, const JsonPath &arrayPath,
                    const std::atomic<bool> &stop) const
    {
        const auto schema = format::eventFields();
        r.walk = m_doc.forEachInRange(
            member, first, m_doc.members()[member].batches.size(), r.parser,
            [&](element e, qsizetype i) {
                readElement(r.checker, r.builder, e, i, arrayPath, schema, Table::Events,
                            [&r](JsonRecord &record, int index) { r.builder.event(record, index); });
            },
            [&](qint64 bytes) {
                if (m_progress) {
                    m_progress->advance(bytes);
                    if (m_progress->cancelled())
                        return false;
                }
                return !stop.load(std::memory_order_relaxed);
            });
    }

    // After this thread has walked the batches before `split` (`next`: the index after the last element
    // it was given): waits for the other range and takes what it read, or sees why it did not finish.
    void joinEvents(EventRange &r, size_t member, size_t split, qsizetype next, std::atomic<bool> &stop)
    {
        const JsonPieces::Member &array = m_doc.members()[member];
        const bool firstDone = !m_cancelled && !m_doc.failed();
        if (!firstDone)
            stop.store(true, std::memory_order_relaxed); // the walk ended here; the rest is not needed
        m_rangeWorker.wait();
        if (!firstDone)
            return;
        if (size_t(next) != array.batches[split].first || r.walk == JsonPieces::Walk::Failed) {
            // A batch did not parse, or the scan miscounted the elements and so their indexes: the
            // document is read whole instead, as when a batch of a single walk does not parse.
            m_doc.rangeFailed();
            return;
        }
        if (r.walk == JsonPieces::Walk::Stopped) {
            m_cancelled = true;
            return;
        }
        m_doc.rangeWalked(member, array.batches.size());
        m_c.append(r.checker, r.records);
        m_builder.appendEvents(std::move(r.builder));
    }

    // Room for every event and its text, mapped in before it is written (import/prefault.h).
    void prepareEvents(const JsonPieces::Member &m)
    {
        // Every stored string comes from the bytes of the array that holds it (or of the series).
        m_builder.reserve(m.count, m.end - m.begin + seriesBytes());
    }

    size_t seriesBytes() const
    {
        const int s = m_topIndex[top::Series];
        return s >= 0 ? m_doc.members()[size_t(s)].end - m_doc.members()[size_t(s)].begin : 0;
    }

    const JsonPath m_root = JsonPath::root(); // paths below it point at it, so it lives as long as they do
    JsonChecker &m_c;
    JsonPieces &m_doc;
    LoadProgress *m_progress;
    bool m_cancelled = false;
    DatasetBuilder m_builder{DatasetBuilder::Layout::Json};
    AheadWorker m_rangeWorker; // reads the second range of events (EventRange)
    std::array<int, top::Count> m_topIndex{};
    JsonErrorList m_top;
    std::array<JsonErrorList, format::tableCount> m_idErrors;
    JsonErrorList m_records;
};

} // namespace

LoadResult readDatasetJson(QByteArrayView bytes, const QString &fileName, const LoadOptions &options)
{
    auto fail = [&](const QString &message, TextPosition pos = {}) -> LoadResult {
        return Unexpected(QList<LoadError>{LoadError{fileName, QString(), message, pos.line, pos.column}});
    };
    if (bytes.size() > options.maxBytes)
        return fail(ImportLimit::given(options.maxBytes).refusal(bytes.size()));
    if (bytes.isEmpty())
        return fail(ReaderText::tr("the file is empty"));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return fail(ReaderText::tr("the file starts with a byte order mark; save it as UTF-8 without one"),
                    {1, 1});
    // UTF-8 is not checked here: simdjson checks it in every piece it parses, and every byte of the file is
    // in a piece or is JSON whitespace or punctuation that the scan checked. A file with invalid UTF-8
    // therefore always ends in jsonSyntaxError(), which says where, before any other problem.

    JsonPieces doc(bytes);
    bool whole = doc.split() == JsonPieces::Split::NotPieces;
    for (;;) {
        if (whole) {
            if (const auto code = doc.parseWhole())
                return Unexpected(QList<LoadError>{jsonSyntaxError(bytes, fileName, code)});
        }
        JsonChecker checker(fileName, options.maxErrors);
        JsonDatasetReader reader(checker, doc, options.progress);
        auto dataset = reader.read();
        const auto cancelled = [&] { return fail(ReaderText::tr("the import was cancelled")); };
        if (reader.cancelled())
            return cancelled();
        // A syntax error anywhere in the file wins over every other problem, as when it is parsed whole.
        bool valid = !doc.failed();
        if (valid && !dataset) {
            const JsonPieces::Rest rest = doc.validateRest([&options](qint64 bytes) {
                if (!options.progress)
                    return true;
                options.progress->advance(bytes);
                return !options.progress->cancelled();
            });
            if (rest == JsonPieces::Rest::Stopped)
                return cancelled();
            valid = rest == JsonPieces::Rest::Valid;
        }
        if (valid) {
            QList<LoadError> errors = reader.errors();
            if (errors.isEmpty() && dataset) {
                if (const QString refusal = DatasetBuilder::textRefusal(*dataset, options.maxTextBytes);
                    !refusal.isEmpty())
                    return fail(refusal);
                return std::shared_ptr<const Dataset>(std::move(dataset));
            }
            if (!errors.isEmpty())
                return Unexpected(std::move(errors));
            break;
        }
        if (whole)
            break; // cannot happen: a whole document that parsed has no pieces to fail
        whole = true;
    }
    return fail(jsonParserMessage(simdjson::UNEXPECTED_ERROR));
}

LoadResult readDatasetFile(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &message) -> LoadResult {
        return Unexpected(QList<LoadError>{LoadError{path, QString(), message}});
    };
    if (!info.exists())
        return fail(ReaderText::tr("no such file"));
    if (info.isDir())
        return fail(ReaderText::tr("is a folder, not a file"));
    if (info.size() > options.maxBytes)
        return fail(ImportLimit::given(options.maxBytes).refusal(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ReaderText::tr("cannot be read: %1").arg(file.errorString()));
    // Mapped, not read: the pages are the file cache's own, so a 300 MB file costs no copy and no fresh
    // memory (import/prefault.h says why that matters). The mapping lives as long as `file`.
    if (!file.isSequential() && file.size() > 0 && file.size() == info.size()) {
        if (const uchar *mapped = file.map(0, file.size())) {
            const ReadAhead ahead(mapped, size_t(file.size()));
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
