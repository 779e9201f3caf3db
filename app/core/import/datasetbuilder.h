// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/import/datasetformat.h"
#include "app/core/import/idindex.h"
#include "app/core/import/prefault.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace at {

// The rules of the dataset format (resources/README.md), written once for every reader, and the dataset
// they build. A reader parses its syntax and hands the builder one record at a time through an input
// object `R` that answers, for a field number of datasetformat.h:
//
//   int version() const                     the format version of the record's file (JSON) or table (CSV)
//   bool has(int f)                         the field is there (JSON: the key; CSV: the column)
//   bool isNull(int f)                      it holds nothing (JSON null; an empty CSV cell)
//   optional<string_view> text(int f)       free text as written; "" for an optional field left out
//   optional<Local> local(int f)            version 2: a localized text (JSON: a string or {"en", "zh"};
//                                           CSV: the column and its "_zh" column)
//   void localError(int f, TextLanguage, QString)  a problem with one language of a localized text
//   optional<string_view> word(int f)       an id, date, reference or vocabulary word (CSV: trimmed)
//   optional<Whole> whole(int f)            a whole number
//   optional<double> number(int f)          a finite number
//   optional<bool> boolean(int f)
//   bool forEachItem(int f, each)           the items of a list of ids: each(optional<string_view>, int i);
//                                           false when the field is not a list
//   bool forEachWhole(int f, each)          the items of a list of whole numbers: each(optional<Whole>, i)
//   void nested(int f, fields, each)        an object inside the record: each(R2 &)
//   optional<int> forEachRecord(int f, fields, each)  an array of objects: each(R2 &) for each object
//                                           (CSV: a cell of citations, "SOURCE:P1,P2;SOURCE2:P3"); the
//                                           number of items, objects or not; nullopt when not a list
//   void error(int f, QString)              a problem with the field (wholeRecord: with the record)
//   void itemError(int f, int i, QString)   a problem with item i of a list
//   void clash(int f, QString)              an id that is loaded already
//   bool failed() const                     the dataset will not be built: storing can stop
//
// Each of the first seven reports what is wrong with the syntax itself (a JSON string where a number
// belongs, a CSV cell that is no number) and then answers nullopt; the builder asks for the fields in the
// order of the rules, so that the problems of a record come in that order too. Everything else is the
// builder's: ids, references, dates, vocabularies, limits, citations, ranges, repeats, parent chains.
class DatasetBuilder {
public:
    // A few messages name the syntax of the reader's layout.
    enum class Layout : quint8 { Json, Csv };

    // A whole number as a reader found it; `spelling` is how the file wrote it, when it has one.
    struct Whole {
        bool negative = false;
        quint64 magnitude = 0;
        bool tooBig = false; // beyond 64 bits
        std::string_view spelling;
    };
    // A localized text as a reader found it: either may be empty. `object`: written as {"en", "zh"}.
    struct Local {
        std::string_view en;
        std::string_view zh;
        bool object = false;
    };

    // `base` (may be null) is what is loaded already: the new records may refer to its records, may not
    // take its ids, and follow them in the dataset built.
    // `loaded` is what the application had before this import (null: all of `base`): an id that `base` has
    // only from another file of the same import is reported as such, since "Replace" would not help there.
    explicit DatasetBuilder(Layout layout, const Dataset *base = nullptr, const Dataset *loaded = nullptr);

    Dataset &dataset() { return *m_d; }
    // Sorts and indexes the dataset (Dataset::finish()) and hands it over.
    std::shared_ptr<Dataset> finish();

    // Room for `events` events and the text decoded from `textUtf8Bytes` bytes of UTF-8, mapped in before
    // they are written (import/prefault.h).
    void reserve(std::size_t events, std::size_t textUtf8Bytes);
    // Maps in all the room reserve() made for events now (WriteAhead::mapAll), rather than just ahead of
    // each event written: for a reader whose later events come in one go from a range (appendEvents()),
    // which would otherwise wait for the kernel to clear their pages when every other step is done.
    void mapAllEventRoom() { m_eventsAhead.mapAll(); }

    // ---- a range of events on another thread -----------------------------------------------------------

    // A builder for a range of the events, run on another thread while `whole` reads the range before it.
    // It finds sources, entities and loaded ids in `whole`, which must not add any meanwhile, and keeps
    // the events it builds, their text and their ids to itself until whole.appendEvents() takes them.
    // Room for `events` events and their text, as reserve().
    DatasetBuilder(const DatasetBuilder &whole, std::size_t events, std::size_t textUtf8Bytes);
    // Appends the events `range` built after this builder's own, as if this one had read them: the same
    // pool, parties, side tables and pending ids, in the same order. Their ids are resolved with this
    // builder's at the next resolveIds(). `indexShift` is added to the indexes the range gave its events
    // (0 when the reader knew their place in the table; CSV counts rows only as it reads them).
    void appendEvents(DatasetBuilder &&range, int indexShift = 0);

    // ---- ids ---------------------------------------------------------------------------------------------

    // Adds an id before its record is read (entities refer to each other): valid ids that are not loaded
    // already; the record's own check reports the others.
    void collectId(format::Table table, std::string_view id, int index);
    // The ids added since the last call that a record before them had already: `report(repeat, message)`,
    // in the order added. After this, references find the ids.
    template <typename Report> void resolveIds(format::Table table, Report report);
    // "duplicate id "x" (also events[3])": `also` says where the first one is.
    static QString duplicateIdMessage(std::string_view id, const QString &also);

    // ---- records -----------------------------------------------------------------------------------------

    // The top of a JSON dataset: its format name and version (format::top fields, either or both).
    template <typename R> void header(R &r);
    // The version the header gave (1 until then).
    int version() const { return m_version; }

    // `index` is the record's number in its table, counted the way the reader says where records are.
    template <typename R> void source(R &r, int index);
    template <typename R> void entity(R &r, int index); // ids collected beforehand
    template <typename R> void event(R &r, int index);
    template <typename R> void series(R &r, int index);
    template <typename R> void market(R &r, int index);
    template <typename R> void quote(R &r, int index);
    // A record that is not one at all (not an object, a row with the wrong number of fields): it keeps its
    // place in the tables that are referred to by number.
    void placeholder(format::Table table);

    // CSV's layout of series: one point per row, with its series' id, entity, metric and unit. `row` is the
    // row's number in the table; `placeText(row, from)` says where a row is, seen from another ("line 4").
    // Rows may come in any order:
    // finishPointRows() puts the points in date order, reports `report(row, field, message)` for two points
    // of a series at one date, and makes the series.
    template <typename R, typename PlaceText> void pointRow(R &r, int row, PlaceText placeText);
    template <typename Report, typename PlaceText> void finishPointRows(Report report, PlaceText placeText);

    // After every entity is read: `report(entity, message)` for each new entity whose parent chain loops.
    template <typename Report> void checkEntityParents(Report report);

    // How many ids were found loaded already.
    int clashes() const { return m_clashes; }

    // Why a store whose text the pool cannot hold (over TextPool::maxBytes, or a text over maxLength), or
    // that takes more than `maxBytes`, must be refused; empty when its text fits.
    static QString textRefusal(const Dataset &d, quint64 maxBytes);

private:
    struct Text {
        Q_DECLARE_TR_FUNCTIONS(at::DatasetReader)
    };

    // ---- values ------------------------------------------------------------------------------------------
    template <typename R>
    std::optional<std::string_view> id(R &r, int f, format::Table table, int index, bool collect);
    template <typename R> std::optional<std::string_view> nonEmpty(R &r, int f);
    template <typename R> std::optional<FuzzyDate> date(R &r, int f, bool nullable = false);
    template <typename E, typename R> std::optional<E> word(R &r, int f);
    template <typename R> std::optional<int> whole(R &r, int f, int min, int max);
    template <typename R> int reference(R &r, int f, format::Table table);
    // A list of references: the indexes of the records found.
    template <typename R> QList<int> references(R &r, int f, format::Table table);
    template <typename R> int referenceItem(R &r, int f, int item, std::string_view id, format::Table table);
    template <typename R>
    bool citation(R &r, int sourceField, int paragraphField, int &source, int &paragraph);
    // A record's citations into m_citations: version 1's source and paragraph, or version 2's list.
    template <typename R> bool cite(R &r, int sourceField, int paragraphField, int citationsField);
    template <typename R> bool citationList(R &r, int f);
    // A localized text (version 1: a string, English); `required`: not blank in both languages.
    template <typename R> std::optional<Local> local(R &r, int f, bool required);
    // At most `max` characters in each language.
    template <typename R> void checkLength(R &r, int f, const Local &text, qsizetype max);
    static LocalText localText(const std::optional<Local> &text);
    TextRef addText(const Local &text);
    template <typename R> bool pointValues(R &r, Unit unit, SeriesPoint &point);

    // The record a reference names, as an index into the dataset, or -1.
    int find(format::Table table, std::string_view id) const;
    static QString unknownMessage(format::Table table, std::string_view id);
    static QString notADateMessage(std::string_view text);
    static QString notOneOfMessage(std::string_view text, const QString &names);
    static QString notBetweenMessage(const Whole &value, int min, int max);
    QString clashMessage(format::Table table, std::string_view id) const;
    TextRef addText(std::string_view s);

    Layout m_layout;
    std::shared_ptr<Dataset> m_d;
    const Dataset *m_base;
    const Dataset *m_loaded;
    std::array<qsizetype, format::tableCount> m_baseCount{};
    std::array<IdIndex, format::tableCount> m_ids;     // this read's
    std::array<IdIndex, format::tableCount> m_baseIds; // the base's
    const DatasetBuilder *m_whole = nullptr;           // a range's: where it finds what it refers to
    const IdIndex &baseIds(format::Table table) const
    {
        return (m_whole ? m_whole->m_baseIds : m_baseIds)[size_t(table)];
    }
    std::vector<int> m_paragraphCounts; // of every source, the base's first
    std::vector<quint32> m_partyStamp;  // which entities the current event named
    std::vector<Citation> m_citations;  // the current record's
    std::vector<quint32> m_sourceStamp; // which sources the current record cited
    quint32 m_stamp = 0;
    int m_clashes = 0;
    int m_version = 1;
    WriteAhead m_textAhead;
    const char *m_textBase = nullptr; // where the pool's offset m_textStart was when the room was reserved
    std::size_t m_textStart = 0;
    std::size_t m_textRoom = 0; // bytes reserved from m_textStart
    WriteAhead m_eventsAhead;
    std::size_t m_eventsStart = 0;

    // CSV point rows until finishPointRows().
    struct NewSeries {
        QString id;
        int entity;
        Metric metric;
        Unit unit;
        int row; // where it was first given
    };
    struct PointRow {
        int series;
        int row;
        SeriesPoint point;
    };
    std::vector<NewSeries> m_newSeries;
    std::vector<PointRow> m_pointRows;
};

// ---- templates -------------------------------------------------------------------------------------------

template <typename Report> void DatasetBuilder::resolveIds(format::Table table, Report report)
{
    for (const IdIndex::Repeat &r : m_ids[size_t(table)].resolve())
        report(r, r.firstValue);
}

template <typename R>
std::optional<std::string_view> DatasetBuilder::id(R &r, int f, format::Table table, int index, bool collect)
{
    const auto v = r.word(f);
    if (!v)
        return v;
    if (v->empty()) {
        r.error(f, Text::tr("must not be empty"));
        return std::nullopt;
    }
    if (!text::validId(*v)) {
        r.error(f, Text::tr("%1 is not a valid id (lower-case letters, digits and '-', at most 64)")
                       .arg(text::quoted(*v)));
        return std::nullopt;
    }
    if (baseIds(table).find(*v) >= 0) {
        ++m_clashes;
        r.clash(f, clashMessage(table, *v));
        return std::nullopt;
    }
    if (collect)
        m_ids[size_t(table)].add(*v, index);
    return v;
}

template <typename R> std::optional<std::string_view> DatasetBuilder::nonEmpty(R &r, int f)
{
    const auto v = r.text(f);
    if (v && text::isBlank(*v)) {
        r.error(f, Text::tr("must not be empty"));
        return std::nullopt;
    }
    return v;
}

template <typename R> std::optional<FuzzyDate> DatasetBuilder::date(R &r, int f, bool nullable)
{
    if (nullable && r.has(f) && r.isNull(f))
        return FuzzyDate{};
    const auto v = r.word(f);
    if (!v)
        return std::nullopt;
    if (v->empty()) {
        r.error(f, Text::tr("must not be empty"));
        return std::nullopt;
    }
    const auto d = text::parseDate(*v);
    if (!d)
        r.error(f, notADateMessage(*v));
    return d;
}

template <typename E, typename R> std::optional<E> DatasetBuilder::word(R &r, int f)
{
    const auto v = r.word(f);
    if (!v)
        return std::nullopt;
    const auto e = text::parseWord<E>(*v);
    if (!e)
        r.error(f, notOneOfMessage(*v, allJsonNames<E>()));
    return e;
}

template <typename R> std::optional<int> DatasetBuilder::whole(R &r, int f, int min, int max)
{
    const std::optional<Whole> v = r.whole(f);
    if (!v)
        return std::nullopt;
    if (v->negative || v->tooBig || v->magnitude < quint64(min) || v->magnitude > quint64(max)) {
        r.error(f, notBetweenMessage(*v, min, max));
        return std::nullopt;
    }
    return int(v->magnitude);
}

template <typename R>
int DatasetBuilder::referenceItem(R &r, int f, int item, std::string_view id, format::Table table)
{
    if (id.empty()) {
        r.itemError(f, item, Text::tr("must not be empty"));
        return -1;
    }
    const int index = find(table, id);
    if (index < 0)
        r.itemError(f, item, unknownMessage(table, id));
    return index;
}

template <typename R> int DatasetBuilder::reference(R &r, int f, format::Table table)
{
    const auto v = r.word(f);
    return v ? referenceItem(r, f, -1, *v, table) : -1;
}

template <typename R> QList<int> DatasetBuilder::references(R &r, int f, format::Table table)
{
    QList<int> found;
    r.forEachItem(f, [&](std::optional<std::string_view> id, int i) {
        if (!id)
            return;
        if (const int k = referenceItem(r, f, i, *id, table); k >= 0)
            found.append(k);
    });
    return found;
}

template <typename R>
bool DatasetBuilder::citation(R &r, int sourceField, int paragraphField, int &source, int &paragraph)
{
    source = reference(r, sourceField, format::Table::Sources);
    const auto p = whole(r, paragraphField, 1, format::maxParagraph);
    if (source < 0 || !p)
        return false;
    paragraph = *p;
    const int count = size_t(source) < m_paragraphCounts.size() ? m_paragraphCounts[size_t(source)] : 0;
    if (paragraph > count) {
        r.error(paragraphField, Text::tr("%1 is beyond the %2 paragraphs of source %3")
                                    .arg(paragraph)
                                    .arg(count)
                                    .arg(text::quoted(m_d->sources.value(source).id)));
        return false;
    }
    return true;
}

template <typename R> bool DatasetBuilder::cite(R &r, int sourceField, int paragraphField, int citationsField)
{
    m_citations.clear();
    if (r.version() >= 2)
        return citationList(r, citationsField);
    int source = -1, paragraph = 0;
    if (!citation(r, sourceField, paragraphField, source, paragraph))
        return false;
    m_citations.push_back(Citation{quint16(source), quint16(paragraph)});
    return true;
}

template <typename R> bool DatasetBuilder::citationList(R &r, int f)
{
    namespace c = format::citation;
    bool good = true;
    int records = 0;
    ++m_stamp;
    const std::optional<int> items = r.forEachRecord(f, format::citationFields(), [&](auto &item) {
        ++records;
        const int source = reference(item, c::Source, format::Table::Sources);
        if (source < 0)
            good = false;
        if (source >= 0) {
            if (m_sourceStamp.size() <= size_t(source))
                m_sourceStamp.resize(size_t(source) + 1, 0);
            if (m_sourceStamp[size_t(source)] == m_stamp) {
                item.error(c::Source, Text::tr("source %1 is cited twice; list its paragraphs once")
                                          .arg(text::quoted(m_d->sources.value(source).id)));
                good = false;
            }
            m_sourceStamp[size_t(source)] = m_stamp;
        }
        const int count = source >= 0 && size_t(source) < m_paragraphCounts.size()
                              ? m_paragraphCounts[size_t(source)]
                              : format::maxParagraph;
        int previous = 0;
        int paragraphs = 0;
        const bool list = item.forEachWhole(c::Paragraphs, [&](std::optional<Whole> w, int i) {
            ++paragraphs;
            if (!w) {
                good = false;
                return;
            }
            if (w->negative || w->tooBig || w->magnitude < 1 ||
                w->magnitude > quint64(format::maxParagraph)) {
                item.itemError(c::Paragraphs, i, notBetweenMessage(*w, 1, format::maxParagraph));
                good = false;
                return;
            }
            const int p = int(w->magnitude);
            if (p > count) {
                item.itemError(c::Paragraphs, i,
                               Text::tr("%1 is beyond the %2 paragraphs of source %3")
                                   .arg(p)
                                   .arg(count)
                                   .arg(text::quoted(m_d->sources.value(source).id)));
                good = false;
            } else if (p <= previous) {
                item.itemError(c::Paragraphs, i,
                               Text::tr("%1 is not after the paragraph before it, %2").arg(p).arg(previous));
                good = false;
            }
            previous = std::max(previous, p);
            if (source >= 0)
                m_citations.push_back(Citation{quint16(source), quint16(p)});
        });
        if (list && paragraphs == 0) {
            item.error(c::Paragraphs, Text::tr("must name at least one paragraph"));
            good = false;
        }
        if (!list)
            good = false;
    });
    // A list of things that are not citations has had its items reported; an empty list has not.
    if (items == 0) {
        r.error(f, Text::tr("must cite at least one source"));
        good = false;
    }
    return good && items.value_or(0) > 0 && records == *items;
}

template <typename R> std::optional<DatasetBuilder::Local> DatasetBuilder::local(R &r, int f, bool required)
{
    if (r.version() < 2) {
        const auto v = required ? nonEmpty(r, f) : r.text(f);
        return v ? std::optional<Local>(Local{*v, {}, false}) : std::nullopt;
    }
    const auto v = r.local(f);
    if (!v)
        return v;
    if (text::isBlank(v->en) && text::isBlank(v->zh) && (required || v->object)) {
        r.error(f, v->object ? Text::tr("must have \"en\" or \"zh\" text") : Text::tr("must not be empty"));
        return std::nullopt;
    }
    return v;
}

template <typename R> void DatasetBuilder::checkLength(R &r, int f, const Local &text, qsizetype max)
{
    for (const TextLanguage language : {TextLanguage::English, TextLanguage::Chinese}) {
        const std::string_view s = language == TextLanguage::English ? text.en : text.zh;
        if (s.size() <= size_t(max))
            continue; // UTF-8 is never shorter than UTF-16
        if (const qsizetype length = text::utf16Length(s); length > max)
            r.localError(f, language, Text::tr("is %1 characters long; at most %2").arg(length).arg(max));
    }
}

template <typename R> void DatasetBuilder::header(R &r)
{
    namespace f = format::top;
    if (r.has(f::Format)) {
        if (const auto name = r.text(f::Format); name && *name != format::formatName)
            r.error(f::Format, Text::tr("%1 is not \"alliance-timeline-dataset\"").arg(text::quoted(*name)));
    }
    if (r.has(f::Version)) {
        const auto version = whole(r, f::Version, 1, 1000000);
        if (version && *version > format::newestVersion)
            r.error(f::Version, Text::tr("%1 is newer than this program reads (%2)")
                                    .arg(*version)
                                    .arg(format::newestVersion));
        else if (version)
            m_version = *version;
    }
}

template <typename R> void DatasetBuilder::source(R &r, int index)
{
    namespace f = format::source;
    const auto id = this->id(r, f::Id, format::Table::Sources, index, true);
    const auto title = local(r, f::Title, true);
    const auto publisher = local(r, f::Publisher, false);
    const auto author = local(r, f::Author, false);
    const auto published = date(r, f::Published);
    const auto note = local(r, f::PublishedNote, false);
    const auto paragraphs = whole(r, f::Paragraphs, 1, format::maxParagraph);
    const auto sourceNote = r.version() >= 2 ? local(r, f::Note, false) : std::optional<Local>(Local{});
    // The index stays aligned with the file even when a record is bad, so later messages stay right.
    m_paragraphCounts.push_back(paragraphs.value_or(0));
    if (m_d->sources.size() == format::maxSources)
        r.error(format::wholeRecord,
                Text::tr("more than %1 sources; this program reads at most %1").arg(format::maxSources));
    Source s;
    if (id && title && publisher && author && published && note && paragraphs && sourceNote)
        s = Source{text::fromUtf8(*id), localText(title), localText(publisher), localText(author),
                   *published,          localText(note),  *paragraphs,          localText(sourceNote)};
    m_d->sources.append(s);
}

template <typename R> void DatasetBuilder::entity(R &r, int index)
{
    namespace f = format::entity;
    const auto id = this->id(r, f::Id, format::Table::Entities, index, false);
    std::optional<std::string_view> nameEn, nameZh;
    r.nested(f::Name, format::nameFields(), [&](auto &names) {
        nameEn = nonEmpty(names, format::name::En);
        nameZh = nonEmpty(names, format::name::Zh);
    });
    int parent = -1;
    if (r.has(f::Parent) && !r.isNull(f::Parent))
        parent = reference(r, f::Parent, format::Table::Entities);
    const auto sector = word<Sector>(r, f::Sector);
    const auto note = local(r, f::Note, false);
    if (m_d->entities.size() == format::maxEntities)
        r.error(format::wholeRecord,
                Text::tr("more than %1 entities; this program reads at most %1").arg(format::maxEntities));
    Entity e;
    if (id && nameEn && nameZh && sector && note)
        e = Entity{text::fromUtf8(*id), text::fromUtf8(*nameEn), text::fromUtf8(*nameZh), parent, *sector,
                   localText(note)};
    m_d->entities.append(e);
}

template <typename R> void DatasetBuilder::event(R &r, int index)
{
    namespace f = format::event;
    const auto id = this->id(r, f::Id, format::Table::Events, index, true);
    const auto start = date(r, f::Start);
    const auto end = date(r, f::End, true);
    const auto kind = word<Kind>(r, f::Kind);
    const auto status = word<Status>(r, f::Status);
    const auto title = local(r, f::Title, true);
    const auto summary = local(r, f::Summary, false);
    const auto note = local(r, f::DateNote, false);
    const bool cited = cite(r, f::Source, f::Paragraph, f::Citations);
    if (title)
        checkLength(r, f::Title, *title, format::maxTitleLength);
    if (start && end && !end->isNull() && end->last() < start->first)
        r.error(f::End, Text::tr("%1 is before the start %2").arg(end->toIsoString(), start->toIsoString()));

    const quint32 partiesBegin = quint32(m_d->parties.size());
    // Which entities this event has named so far: a stamp per entity instead of a search per party.
    if (m_partyStamp.size() < size_t(m_d->entities.size()))
        m_partyStamp.resize(size_t(m_d->entities.size()), 0);
    ++m_stamp;
    int items = 0;
    qsizetype named = 0;
    const bool list = r.forEachItem(f::Parties, [&](std::optional<std::string_view> party, int i) {
        ++items;
        if (!party)
            return;
        const int e = referenceItem(r, f::Parties, i, *party, format::Table::Entities);
        if (e < 0)
            return;
        if (size_t(e) >= m_partyStamp.size())
            m_partyStamp.resize(size_t(e) + 1, 0);
        if (m_partyStamp[size_t(e)] == m_stamp)
            r.itemError(f::Parties, i, Text::tr("%1 is listed twice").arg(text::quoted(*party)));
        m_partyStamp[size_t(e)] = m_stamp;
        ++named;
        m_d->parties.push_back(quint16(e));
    });
    if (list && items == 0)
        r.error(f::Parties, m_layout == Layout::Csv
                                ? Text::tr("must name at least one entity (ids separated by ';')")
                                : Text::tr("must name at least one entity"));
    if (named > format::maxPartiesPerEvent)
        r.error(f::Parties, Text::tr("names more than %1 entities").arg(format::maxPartiesPerEvent));
    if (!(id && start && end && kind && status && title && summary && note && cited) || r.failed()) {
        m_d->parties.resize(partiesBegin);
        return; // the dataset will not be built; don't bother storing it
    }
    Event e;
    e.start = *start;
    e.end = *end;
    e.id = addText(*id);
    e.title = addText(*title);
    e.summary = addText(*summary);
    e.dateNote = addText(*note);
    e.partiesBegin = partiesBegin;
    e.partyCount = quint16(named);
    e.source = m_citations.front().source;
    e.paragraph = m_citations.front().paragraph;
    m_d->addCitations(e.id, m_citations);
    e.kind = *kind;
    e.status = *status;
    m_d->events.push_back(e);
    m_eventsAhead.advance((m_d->events.size() - m_eventsStart) * sizeof(Event));
}

// A point's own fields, as both layouts give them.
template <typename R> bool DatasetBuilder::pointValues(R &r, Unit unit, SeriesPoint &point)
{
    namespace f = format::point;
    const auto date = this->date(r, f::Date);
    const auto value = r.number(f::Value);
    const auto qualifier = word<Qualifier>(r, f::Qualifier);
    const auto claim = local(r, f::Claim, true);
    const auto note = local(r, f::DateNote, false);
    const bool cited = cite(r, f::Source, f::Paragraph, f::Citations);
    if (value && *value < 0)
        r.error(f::Value, Text::tr("%1 is negative").arg(*value));
    if (value && unit == Unit::Percent && *value > 100)
        r.error(f::Value, Text::tr("%1 is over 100 percent").arg(*value));
    if (date)
        point.date = *date;
    // Kept whenever the point itself is good: markets look for their members' points, and the CSV layout
    // finds two points at one date among them.
    if (!(date && value && qualifier && claim && note && cited))
        return false;
    point.value = *value;
    point.qualifier = *qualifier;
    point.claim = addText(*claim);
    point.dateNote = addText(*note);
    point.source = m_citations.front().source;
    point.paragraph = m_citations.front().paragraph;
    m_d->addCitations(point.claim, m_citations);
    return true;
}

template <typename R> void DatasetBuilder::series(R &r, int index)
{
    namespace f = format::series;
    Series s;
    const auto id = this->id(r, f::Id, format::Table::Series, index, true);
    s.entity = reference(r, f::Entity, format::Table::Entities);
    const auto metric = word<Metric>(r, f::Metric);
    const auto unit = word<Unit>(r, f::Unit);
    s.pointsBegin = quint32(m_d->points.size());
    // In JSON a series holds its points, in date order.
    FuzzyDate previous;
    r.forEachRecord(f::Points, format::pointFields(), [&](auto &p) {
        SeriesPoint point;
        const bool good = pointValues(p, unit.value_or(Unit::Count), point);
        if (!point.date.isNull()) {
            if (!previous.isNull() && point.date.middle() <= previous.middle())
                p.error(format::point::Date, Text::tr("%1 is not after the previous point's date %2")
                                                 .arg(point.date.toIsoString(), previous.toIsoString()));
            previous = point.date;
        }
        if (good)
            m_d->points.push_back(point);
    });
    s.pointCount = quint32(m_d->points.size()) - s.pointsBegin;
    if (id && metric && unit) {
        s.id = text::fromUtf8(*id);
        s.metric = *metric;
        s.unit = *unit;
    }
    m_d->series.append(s);
}

template <typename R, typename PlaceText> void DatasetBuilder::pointRow(R &r, int row, PlaceText placeText)
{
    namespace f = format::pointRow;
    int series = -1;
    const auto sid = r.word(f::Series);
    const bool validSeries =
        sid && text::validId(*sid) && m_baseIds[size_t(format::Table::Series)].find(*sid) < 0;
    if (sid && !validSeries)
        id(r, f::Series, format::Table::Series, row, false); // says why
    else if (sid)
        series = m_ids[size_t(format::Table::Series)].find(*sid);
    int entity = -1;
    if (const auto e = r.word(f::Entity))
        entity = referenceItem(r, f::Entity, -1, *e, format::Table::Entities);
    const auto metric = word<Metric>(r, f::Metric);
    const auto unit = word<Unit>(r, f::Unit);
    bool consistent = true;
    if (series < 0 && validSeries && entity >= 0 && metric && unit) {
        series = int(m_newSeries.size());
        m_ids[size_t(format::Table::Series)].insert(*sid, series);
        m_newSeries.push_back(NewSeries{text::fromUtf8(*sid), entity, *metric, *unit, row});
    } else if (series >= 0) {
        // A series is one entity and one metric: every row of it says the same, or is not one of its points.
        const NewSeries &s = m_newSeries[size_t(series)];
        consistent = (entity < 0 || entity == s.entity) && (!metric || *metric == s.metric) &&
                     (!unit || *unit == s.unit);
        if (entity >= 0 && entity != s.entity)
            r.error(f::Entity, Text::tr("series %1 is of entity %2 (%3)")
                                   .arg(text::quoted(s.id), text::quoted(m_d->entities.value(s.entity).id),
                                        placeText(s.row, row)));
        if (metric && *metric != s.metric)
            r.error(f::Metric, Text::tr("series %1 is of metric %2 (%3)")
                                   .arg(text::quoted(s.id), jsonName(s.metric), placeText(s.row, row)));
        if (unit && *unit != s.unit)
            r.error(f::Unit, Text::tr("series %1 is in %2 (%3)")
                                 .arg(text::quoted(s.id), jsonName(s.unit), placeText(s.row, row)));
    }
    const Unit seriesUnit = series >= 0 ? m_newSeries[size_t(series)].unit : unit.value_or(Unit::Count);
    SeriesPoint point;
    if (pointValues(r, seriesUnit, point) && series >= 0 && consistent)
        m_pointRows.push_back(PointRow{series, row, point});
}

template <typename Report, typename PlaceText>
void DatasetBuilder::finishPointRows(Report report, PlaceText placeText)
{
    std::stable_sort(m_pointRows.begin(), m_pointRows.end(), [](const PointRow &a, const PointRow &b) {
        if (a.series != b.series)
            return a.series < b.series;
        return a.point.date.middle() < b.point.date.middle();
    });
    std::vector<quint32> begins(m_newSeries.size(), quint32(m_d->points.size()));
    std::vector<quint32> counts(m_newSeries.size(), 0);
    // Two points of a series at one date are reported in the order of the rows.
    std::vector<std::pair<size_t, size_t>> repeats; // the point, the one before it at that date
    for (size_t i = 0; i < m_pointRows.size(); ++i) {
        const PointRow &p = m_pointRows[i];
        if (i > 0 && m_pointRows[i - 1].series == p.series &&
            m_pointRows[i - 1].point.date.middle() == p.point.date.middle()) {
            repeats.emplace_back(i, i - 1);
            continue;
        }
        if (counts[size_t(p.series)] == 0)
            begins[size_t(p.series)] = quint32(m_d->points.size());
        ++counts[size_t(p.series)];
        m_d->points.push_back(p.point);
    }
    std::stable_sort(repeats.begin(), repeats.end(), [this](const auto &a, const auto &b) {
        return m_pointRows[a.first].row < m_pointRows[b.first].row;
    });
    for (const auto &[point, previous] : repeats) {
        const PointRow &p = m_pointRows[point];
        const PointRow &q = m_pointRows[previous];
        report(p.row, format::point::Date,
               Text::tr("series %1 has a point at %2 already (%3)")
                   .arg(text::quoted(m_newSeries[size_t(p.series)].id), q.point.date.toIsoString(),
                        placeText(q.row, p.row)));
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
        m_d->series.append(series);
    }
    m_pointRows.clear();
    m_pointRows.shrink_to_fit();
}

template <typename R> void DatasetBuilder::market(R &r, int index)
{
    namespace f = format::market;
    Market m;
    const auto id = this->id(r, f::Id, format::Table::Markets, index, true);
    const auto sector = word<Sector>(r, f::Sector);
    if (sector && *sector != Sector::InstantMessaging && *sector != Sector::Microblog)
        r.error(f::Sector, Text::tr("a market is instantMessaging or microblog"));
    r.nested(f::Name, format::nameFields(), [&](auto &names) {
        m.nameEn = text::fromUtf8(nonEmpty(names, format::name::En).value_or(std::string_view()));
        m.nameZh = text::fromUtf8(nonEmpty(names, format::name::Zh).value_or(std::string_view()));
    });
    const auto metric = word<Metric>(r, f::Metric);
    const auto date = this->date(r, f::Date);
    if (r.has(f::Total) && !r.isNull(f::Total)) {
        const auto total = r.number(f::Total);
        const auto qualifier = word<Qualifier>(r, f::TotalQualifier);
        if (total && *total <= 0)
            r.error(f::Total, Text::tr("%1 is not positive").arg(*total));
        m.hasTotal = true;
        m.total = total.value_or(0);
        m.totalQualifier = qualifier.value_or(Qualifier::Exact);
    } else if (r.has(f::TotalQualifier) && !r.isNull(f::TotalQualifier)) {
        r.error(f::TotalQualifier, Text::tr("must be null when total is null"));
    }
    if (cite(r, f::Source, f::Paragraph, f::Citations)) {
        m.source = m_citations.front().source;
        m.paragraph = m_citations.front().paragraph;
        m.citations = QList<Citation>(m_citations.begin(), m_citations.end());
    }
    m.members = references(r, f::Members, format::Table::Series);
    m.otherIncludes = references(r, f::OtherIncludes, format::Table::Entities);
    // Members must be of the market's metric and report a value at exactly its date.
    if (metric && date) {
        for (int i = 0; i < m.members.size(); ++i) {
            const int si = m.members[i];
            if (si >= m_d->series.size())
                continue; // series are read before markets; a bad one has already been reported
            const Series &s = m_d->series[si];
            if (s.metric != *metric) {
                r.itemError(f::Members, i,
                            Text::tr("series %1 is %2, not %3")
                                .arg(text::quoted(s.id), jsonName(s.metric), jsonName(*metric)));
                continue;
            }
            bool found = false;
            for (const SeriesPoint &sp : m_d->pointsOf(s))
                found = found || sp.date == *date;
            if (!found)
                r.itemError(
                    f::Members, i,
                    Text::tr("series %1 has no point at %2").arg(text::quoted(s.id), date->toIsoString()));
        }
    }
    if (r.version() >= 2)
        m.note = localText(local(r, f::Note, false));
    if (id && sector && metric && date) {
        m.id = text::fromUtf8(*id);
        m.sector = *sector;
        m.metric = *metric;
        m.date = *date;
    }
    m_d->markets.append(m);
}

template <typename R> void DatasetBuilder::quote(R &r, int index)
{
    namespace f = format::quote;
    Quote q;
    const auto id = this->id(r, f::Id, format::Table::Quotes, index, true);
    const auto speaker = local(r, f::Speaker, true);
    const auto role = local(r, f::Role, false);
    const auto organisation = local(r, f::Organisation, false);
    const auto text = local(r, f::Text, true);
    const auto paraphrase = r.boolean(f::Paraphrase);
    const auto date = this->date(r, f::Date);
    const auto note = local(r, f::DateNote, false);
    const bool cited = cite(r, f::Source, f::Paragraph, f::Citations);
    if (cited) {
        q.source = m_citations.front().source;
        q.paragraph = m_citations.front().paragraph;
        q.citations = QList<Citation>(m_citations.begin(), m_citations.end());
    }
    q.events = references(r, f::Events, format::Table::Events);
    q.entities = references(r, f::Entities, format::Table::Entities);
    // The articles are English: a verbatim quote's text is what was printed, and its Chinese is ours, a
    // translation; a paraphrase is our own wording in either language.
    std::optional<Local> translation = Local{};
    if (r.version() >= 2 && r.has(f::Translation)) {
        translation = local(r, f::Translation, false);
        if (translation && !translation->en.empty()) {
            r.localError(f::Translation, TextLanguage::English,
                         Text::tr("is our Chinese translation: \"zh\" only"));
            translation.reset();
        }
        if (translation && !translation->zh.empty() && paraphrase && *paraphrase) {
            r.error(f::Translation,
                    Text::tr("a paraphrase is our own wording: give its Chinese as its text"));
            translation.reset();
        }
    }
    if (text && paraphrase && !*paraphrase && !text->zh.empty())
        r.localError(
            f::Text, TextLanguage::Chinese,
            Text::tr("a verbatim quote is what the article printed: give our Chinese as its translation"));
    if (id && speaker && role && organisation && text && paraphrase && date && note && cited && translation) {
        q.id = text::fromUtf8(*id);
        q.speaker = localText(speaker);
        q.role = localText(role);
        q.organisation = localText(organisation);
        q.text = localText(text);
        q.translation = text::fromUtf8(translation->zh);
        q.paraphrase = *paraphrase;
        q.date = *date;
        q.dateNote = localText(note);
    }
    m_d->quotes.append(q);
}

template <typename Report> void DatasetBuilder::checkEntityParents(Report report)
{
    // Each entity is walked once, so a long chain costs its length, not its square. The loaded ones were
    // checked when they were loaded and cannot lead back to new ones.
    const qsizetype first = m_baseCount[size_t(format::Table::Entities)];
    const auto n = size_t(m_d->entities.size() - first);
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
            at = m_d->entities[at].parent;
        }
        for (size_t w : walk)
            state[w] = result;
    }
    for (size_t i = 0; i < n; ++i) {
        if (state[i] == Loops)
            report(int(i), Text::tr("the parent chain loops back to %1")
                               .arg(text::quoted(m_d->entities[qsizetype(i) + first].id)));
    }
}

} // namespace at
