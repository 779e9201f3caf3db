// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The dataset reader as the project's lead first wrote it (commit 04659fa), kept as it was but for its
// namespace, two fixes (fromUtf8() below, and a place for the syntax errors that Qt's parser lets pass) and
// the changes the format's rules made since, each marked "Since": the straightforward, slow reader whose
// messages the fast one (app/core/import/json/) must reproduce exactly. tst_readerequivalence and the fuzz
// targets in tests/fuzz/ compare the two.
#include "tests/import/reference/referencereader.h"

#include "app/core/import/json/jsonsyntax.h"
#include "app/core/import/textposition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <cmath>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace at::reference {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

constexpr int formatVersion = 1;
constexpr qsizetype maxTitleLength = 120;
constexpr qsizetype maxIdLength = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("at::DatasetReader", text);
}

// The one change since 04659fa: QString::fromUtf8() drops a U+FEFF at the start of a string, so this
// reader took the id "\uFEFFs1" for a valid "s1" (and the key "\uFEFFformat" for "format"). A JSON string's
// characters are all kept.
QString fromUtf8(std::string_view s)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(s.data(), qsizetype(s.size())));
}

QString typeName(element_type t)
{
    switch (t) {
    case element_type::ARRAY:
        return tr("an array");
    case element_type::OBJECT:
        return tr("an object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return tr("a number");
    case element_type::STRING:
        return tr("a string");
    case element_type::BOOL:
        return tr("a boolean");
    case element_type::NULL_VALUE:
        return tr("null");
    }
    return {};
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > maxIdLength)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && !(i > 0 && c == u'-'))
            return false;
    }
    return true;
}

// "events[3].start"; since the readers share their rules, "version" rather than ".version" at the top.
QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Walks the parsed document, checking every value and collecting errors with their JSON paths.
class Checker {
public:
    Checker(QString file, int maxErrors) : m_file(std::move(file)), m_maxErrors(maxErrors) {}

    QList<LoadError> errors;
    bool full() const { return errors.size() >= m_maxErrors; }

    void error(const QString &path, const QString &message)
    {
        if (!full())
            errors.append(LoadError{m_file, path, message});
    }

    // An object's keys: reports duplicates, unknown and missing keys. Returns the values by key.
    struct Fields {
        QHash<QString, element> values;
        bool has(const QString &key) const { return values.contains(key); }
    };
    std::optional<Fields> fields(element e, const QString &path,
                                 std::initializer_list<const char16_t *> required,
                                 std::initializer_list<const char16_t *> optional)
    {
        object obj;
        if (e.get_object().get(obj)) {
            error(path, tr("expected an object, found %1").arg(typeName(e.type())));
            return std::nullopt;
        }
        Fields f;
        for (auto field : obj) {
            const QString key = fromUtf8(field.key);
            bool known = false;
            for (auto *k : required)
                known = known || key == QStringView(k);
            for (auto *k : optional)
                known = known || key == QStringView(k);
            if (f.values.contains(key))
                error(path, tr("duplicate key %1").arg(quoted(key)));
            else if (!known)
                error(path, tr("unknown key %1").arg(quoted(key)));
            else
                f.values.insert(key, field.value);
        }
        for (auto *k : required) {
            if (!f.values.contains(QString::fromUtf16(k)))
                error(path, tr("missing key %1").arg(quoted(QString::fromUtf16(k))));
        }
        return f;
    }

    std::optional<QString> string(const Fields &f, const char16_t *key, const QString &path,
                                  bool nonEmpty = false)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return std::nullopt;
        const QString p = joined(path, it.key());
        std::string_view sv;
        if (it->get_string().get(sv)) {
            error(p, tr("expected a string, found %1").arg(typeName(it->type())));
            return std::nullopt;
        }
        QString s = fromUtf8(sv);
        if (nonEmpty && s.trimmed().isEmpty()) {
            error(p, tr("must not be empty"));
            return std::nullopt;
        }
        return s;
    }

    // A string or null. Returns nullopt on a type error; an empty optional string (isNull) for null.
    std::optional<QString> stringOrNull(const Fields &f, const char16_t *key, const QString &path)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend() || it->is_null())
            return QString();
        return string(f, key, path);
    }

    std::optional<QString> id(const Fields &f, const QString &path)
    {
        auto s = string(f, u"id", path);
        // Since the readers share their rules: an empty id, date or reference must not be empty.
        if (s && s->isEmpty()) {
            error(path + QStringLiteral(".id"), tr("must not be empty"));
            return std::nullopt;
        }
        if (s && !validId(*s)) {
            error(
                path + QStringLiteral(".id"),
                tr("%1 is not a valid id (lower-case letters, digits and '-', at most 64)").arg(quoted(*s)));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const Fields &f, const char16_t *key, const QString &path)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return std::nullopt;
        const QString p = joined(path, it.key());
        const element_type t = it->type();
        if (t != element_type::INT64 && t != element_type::UINT64 && t != element_type::DOUBLE) {
            error(p, tr("expected a number, found %1").arg(typeName(t)));
            return std::nullopt;
        }
        double v = 0;
        if (it->get_double().get(v) != simdjson::SUCCESS)
            v = 0; // converts integers too; the type was checked above
        if (!std::isfinite(v)) {
            error(p, tr("is not a finite number"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<int> integer(const Fields &f, const char16_t *key, const QString &path, int min, int max)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return std::nullopt;
        const QString p = joined(path, it.key());
        const element_type t = it->type();
        if (t != element_type::INT64 && t != element_type::UINT64) {
            error(p, tr("expected a whole number, found %1").arg(typeName(t)));
            return std::nullopt;
        }
        int64_t signedValue = 0;
        uint64_t magnitude = 0;
        if (t == element_type::INT64)
            signedValue = it->get_int64().value_unsafe();
        else
            magnitude = it->get_uint64().value_unsafe();
        const bool negative = signedValue < 0;
        if (t == element_type::INT64 && !negative)
            magnitude = uint64_t(signedValue);
        if (negative || magnitude < uint64_t(min) || magnitude > uint64_t(max)) {
            const QString shown = negative ? QString::number(signedValue) : QString::number(magnitude);
            error(p, tr("%1 is not between %2 and %3").arg(shown).arg(min).arg(max));
            return std::nullopt;
        }
        return int(magnitude);
    }

    std::optional<bool> boolean(const Fields &f, const char16_t *key, const QString &path)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return std::nullopt;
        bool b = false;
        if (it->get_bool().get(b)) {
            error(joined(path, it.key()), tr("expected true or false, found %1").arg(typeName(it->type())));
            return std::nullopt;
        }
        return b;
    }

    std::optional<FuzzyDate> date(const Fields &f, const char16_t *key, const QString &path,
                                  bool nullable = false)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return std::nullopt;
        if (nullable && it->is_null())
            return FuzzyDate{};
        const auto s = string(f, key, path);
        if (!s)
            return std::nullopt;
        if (s->isEmpty()) {
            error(joined(path, it.key()), tr("must not be empty"));
            return std::nullopt;
        }
        const auto d = FuzzyDate::parse(*s);
        // Since the readers share their rules: the message says which forms a date may take.
        if (!d)
            error(joined(path, it.key()),
                  tr("%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)")
                      .arg(quoted(*s)));
        return d;
    }

    template <typename E>
    std::optional<E> vocabulary(const Fields &f, const char16_t *key, const QString &path)
    {
        const auto s = string(f, key, path);
        if (!s)
            return std::nullopt;
        const auto v = parse<E>(*s);
        if (!v)
            error(joined(path, QString::fromUtf16(key)),
                  tr("%1 is not one of %2").arg(quoted(*s), allJsonNames<E>()));
        return v;
    }

    // An array field; calls `each(element, path)` for every item.
    template <typename F> bool array(const Fields &f, const char16_t *key, const QString &path, F each)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return false;
        const QString p = joined(path, it.key());
        simdjson::dom::array arr;
        if (it->get_array().get(arr)) {
            error(p, tr("expected an array, found %1").arg(typeName(it->type())));
            return false;
        }
        qsizetype i = 0;
        for (element item : arr) {
            if (full())
                break;
            each(item, p + u'[' + QString::number(i) + u']');
            ++i;
        }
        return true;
    }

    // A reference by id to a record of another array.
    int reference(element e, const QString &path, const QHash<QString, int> &ids, const QString &what)
    {
        std::string_view sv;
        if (e.get_string().get(sv)) {
            error(path, tr("expected a string, found %1").arg(typeName(e.type())));
            return -1;
        }
        const QString id = fromUtf8(sv);
        if (id.isEmpty()) {
            error(path, tr("must not be empty"));
            return -1;
        }
        const int index = ids.value(id, -1);
        if (index < 0)
            error(path, tr("unknown %1 %2").arg(what, quoted(id)));
        return index;
    }
    int reference(const Fields &f, const char16_t *key, const QString &path, const QHash<QString, int> &ids,
                  const QString &what)
    {
        const auto it = f.values.constFind(QString::fromUtf16(key));
        if (it == f.values.cend())
            return -1;
        return reference(*it, joined(path, it.key()), ids, what);
    }

private:
    QString m_file;
    int m_maxErrors;
};

class Builder {
public:
    Builder(Checker &c) : m_c(c) {}

    std::shared_ptr<Dataset> build(element root)
    {
        auto top = m_c.fields(
            root, QString(),
            {u"format", u"version", u"sources", u"entities", u"events", u"series", u"markets", u"quotes"},
            {});
        if (!top)
            return nullptr;
        const auto format = m_c.string(*top, u"format", QString());
        if (format && *format != QStringLiteral("alliance-timeline-dataset"))
            m_c.error(QStringLiteral("format"),
                      tr("%1 is not \"alliance-timeline-dataset\"").arg(quoted(*format)));
        if (const auto version = m_c.integer(*top, u"version", QString(), 1, 1000000);
            version && *version > formatVersion)
            m_c.error(QStringLiteral("version"),
                      tr("%1 is newer than this program reads (%2)").arg(*version).arg(formatVersion));
        if (!m_c.errors.isEmpty())
            return nullptr;

        // First the ids, so that records may refer to ones that come later in the file.
        collectIds(*top, u"sources", m_sourceIds);
        collectIds(*top, u"entities", m_entityIds);
        collectIds(*top, u"events", m_eventIds);
        collectIds(*top, u"series", m_seriesIds);
        collectIds(*top, u"markets", m_marketIds);
        collectIds(*top, u"quotes", m_quoteIds);

        m_c.array(*top, u"sources", {}, [this](element e, const QString &p) { source(e, p); });
        m_c.array(*top, u"entities", {}, [this](element e, const QString &p) { entity(e, p); });
        m_c.array(*top, u"events", {}, [this](element e, const QString &p) { event(e, p); });
        m_c.array(*top, u"series", {}, [this](element e, const QString &p) { series(e, p); });
        m_c.array(*top, u"markets", {}, [this](element e, const QString &p) { market(e, p); });
        m_c.array(*top, u"quotes", {}, [this](element e, const QString &p) { quote(e, p); });
        if (!m_c.errors.isEmpty())
            return nullptr;
        checkEntityParents();
        if (!m_c.errors.isEmpty())
            return nullptr;
        m_d->finish();
        return m_d;
    }

private:
    void collectIds(const Checker::Fields &top, const char16_t *key, QHash<QString, int> &ids)
    {
        int index = 0;
        m_c.array(top, key, {}, [&](element e, const QString &p) {
            object obj;
            std::string_view sv;
            // Since the readers share their rules: only valid ids are collected (an invalid one is reported
            // with its record).
            if (!e.get_object().get(obj) && !obj[std::string_view("id")].get_string().get(sv) &&
                validId(fromUtf8(sv))) {
                const QString id = fromUtf8(sv);
                const auto prev = ids.constFind(id);
                if (prev != ids.cend())
                    m_c.error(p + QStringLiteral(".id"), tr("duplicate id %1 (also %2[%3])")
                                                             .arg(quoted(id), QString::fromUtf16(key))
                                                             .arg(*prev));
                else
                    ids.insert(id, index);
            }
            ++index;
        });
    }

    // The source reference and paragraph number of a record, checked against the source's length.
    bool citation(const Checker::Fields &f, const QString &path, int &source, int &paragraph)
    {
        source = m_c.reference(f, u"source", path, m_sourceIds, tr("source"));
        const auto par = m_c.integer(f, u"paragraph", path, 1, 65535);
        if (source < 0 || !par)
            return false;
        paragraph = *par;
        const int count = m_paragraphCounts.value(source, 0);
        if (paragraph > count) {
            m_c.error(path + QStringLiteral(".paragraph"), tr("%1 is beyond the %2 paragraphs of source %3")
                                                               .arg(paragraph)
                                                               .arg(count)
                                                               .arg(quoted(m_d->sources.value(source).id)));
            return false;
        }
        return true;
    }

    void source(element e, const QString &p)
    {
        auto f = m_c.fields(e, p, {u"id", u"title", u"publisher", u"author", u"published", u"paragraphs"},
                            {u"publishedNote"});
        if (!f)
            return;
        Source s;
        const auto id = m_c.id(*f, p);
        const auto title = m_c.string(*f, u"title", p, true);
        const auto publisher = m_c.string(*f, u"publisher", p);
        const auto author = m_c.string(*f, u"author", p);
        const auto published = m_c.date(*f, u"published", p);
        const auto note =
            f->has(QStringLiteral("publishedNote")) ? m_c.string(*f, u"publishedNote", p) : QString();
        const auto paragraphs = m_c.integer(*f, u"paragraphs", p, 1, 65535);
        // Keep the index aligned with the file even when a record is bad, so later messages stay right.
        m_paragraphCounts.insert(int(m_d->sources.size()), paragraphs.value_or(0));
        if (id && title && publisher && author && published && note && paragraphs)
            s = Source{*id, *title, *publisher, *author, *published, *note, *paragraphs};
        m_d->sources.append(s);
    }

    void entity(element e, const QString &p)
    {
        auto f = m_c.fields(e, p, {u"id", u"name", u"parent", u"sector"}, {u"note"});
        Entity en;
        if (f) {
            const auto id = m_c.id(*f, p);
            std::optional<QString> nameEn, nameZh;
            if (f->has(QStringLiteral("name"))) {
                auto names = m_c.fields(f->values.value(QStringLiteral("name")), p + QStringLiteral(".name"),
                                        {u"en", u"zh"}, {});
                if (names) {
                    nameEn = m_c.string(*names, u"en", p + QStringLiteral(".name"), true);
                    nameZh = m_c.string(*names, u"zh", p + QStringLiteral(".name"), true);
                }
            }
            int parent = -1;
            if (f->has(QStringLiteral("parent")) && !f->values.value(QStringLiteral("parent")).is_null())
                parent = m_c.reference(*f, u"parent", p, m_entityIds, tr("entity"));
            const auto sector = m_c.vocabulary<Sector>(*f, u"sector", p);
            const auto note = f->has(QStringLiteral("note")) ? m_c.string(*f, u"note", p) : QString();
            if (id && nameEn && nameZh && sector && note)
                en = Entity{*id, *nameEn, *nameZh, parent, *sector, *note};
        }
        m_d->entities.append(en);
    }

    void event(element e, const QString &p)
    {
        auto f = m_c.fields(e, p,
                            {u"id", u"start", u"end", u"kind", u"status", u"parties", u"title", u"summary",
                             u"source", u"paragraph"},
                            {u"dateNote"});
        if (!f)
            return;
        const auto id = m_c.id(*f, p);
        const auto start = m_c.date(*f, u"start", p);
        const auto end = m_c.date(*f, u"end", p, true);
        const auto kind = m_c.vocabulary<Kind>(*f, u"kind", p);
        const auto status = m_c.vocabulary<Status>(*f, u"status", p);
        const auto title = m_c.string(*f, u"title", p, true);
        const auto summary = m_c.string(*f, u"summary", p);
        const auto note = f->has(QStringLiteral("dateNote")) ? m_c.string(*f, u"dateNote", p) : QString();
        int source = -1, paragraph = 0;
        const bool cited = citation(*f, p, source, paragraph);
        if (title && title->size() > maxTitleLength)
            m_c.error(p + QStringLiteral(".title"),
                      tr("is %1 characters long; at most %2").arg(title->size()).arg(maxTitleLength));
        if (start && end && !end->isNull() && end->last() < start->first)
            m_c.error(p + QStringLiteral(".end"),
                      tr("%1 is before the start %2").arg(end->toIsoString(), start->toIsoString()));
        const quint32 partiesBegin = quint32(m_d->parties.size());
        QList<int> seen;
        m_c.array(*f, u"parties", p, [&](element party, const QString &pp) {
            const int index = m_c.reference(party, pp, m_entityIds, tr("entity"));
            if (index < 0)
                return;
            if (seen.contains(index))
                m_c.error(pp, tr("%1 is listed twice").arg(quoted(m_entityIdAt(index))));
            seen.append(index);
            m_d->parties.push_back(quint16(index));
        });
        // Since the readers share their rules: only a list without items names no entity (an unknown one is
        // reported as such).
        if (f->has(QStringLiteral("parties")) && f->values.value(QStringLiteral("parties")).is_array() &&
            f->values.value(QStringLiteral("parties")).get_array().size() == 0)
            m_c.error(p + QStringLiteral(".parties"), tr("must name at least one entity"));
        if (!(id && start && end && kind && status && title && summary && note && cited) ||
            !m_c.errors.isEmpty())
            return; // the dataset will not be built; don't bother storing it
        Event ev;
        ev.start = *start;
        ev.end = *end;
        ev.id = m_d->text.add(*id);
        ev.title = m_d->text.add(*title);
        ev.summary = m_d->text.add(*summary);
        ev.dateNote = m_d->text.add(*note);
        ev.partiesBegin = partiesBegin;
        ev.partyCount = quint16(seen.size());
        ev.source = quint16(source);
        ev.paragraph = quint16(paragraph);
        ev.kind = *kind;
        ev.status = *status;
        m_d->events.push_back(ev);
    }

    void series(element e, const QString &p)
    {
        auto f = m_c.fields(e, p, {u"id", u"entity", u"metric", u"unit", u"points"}, {});
        if (!f)
            return;
        Series s;
        const auto id = m_c.id(*f, p);
        s.entity = m_c.reference(*f, u"entity", p, m_entityIds, tr("entity"));
        const auto metric = m_c.vocabulary<Metric>(*f, u"metric", p);
        const auto unit = m_c.vocabulary<Unit>(*f, u"unit", p);
        s.pointsBegin = quint32(m_d->points.size());
        FuzzyDate previous;
        m_c.array(*f, u"points", p, [&](element pe, const QString &pp) {
            auto pf = m_c.fields(pe, pp, {u"date", u"value", u"qualifier", u"source", u"paragraph", u"claim"},
                                 {u"dateNote"});
            if (!pf)
                return;
            const auto date = m_c.date(*pf, u"date", pp);
            const auto value = m_c.number(*pf, u"value", pp);
            const auto qualifier = m_c.vocabulary<Qualifier>(*pf, u"qualifier", pp);
            const auto claim = m_c.string(*pf, u"claim", pp, true);
            const auto note =
                pf->has(QStringLiteral("dateNote")) ? m_c.string(*pf, u"dateNote", pp) : QString();
            int source = -1, paragraph = 0;
            const bool cited = citation(*pf, pp, source, paragraph);
            if (value && *value < 0)
                m_c.error(pp + QStringLiteral(".value"), tr("%1 is negative").arg(*value));
            if (value && unit == Unit::Percent && *value > 100)
                m_c.error(pp + QStringLiteral(".value"), tr("%1 is over 100 percent").arg(*value));
            if (date && !previous.isNull() && date->middle() <= previous.middle())
                m_c.error(pp + QStringLiteral(".date"),
                          tr("%1 is not after the previous point's date %2")
                              .arg(date->toIsoString(), previous.toIsoString()));
            if (date)
                previous = *date;
            if (!(date && value && qualifier && claim && note && cited))
                return;
            SeriesPoint sp;
            sp.date = *date;
            sp.value = *value;
            sp.qualifier = *qualifier;
            sp.claim = m_d->text.add(*claim);
            sp.dateNote = m_d->text.add(*note);
            sp.source = quint16(source);
            sp.paragraph = quint16(paragraph);
            m_d->points.push_back(sp);
        });
        s.pointCount = quint32(m_d->points.size()) - s.pointsBegin;
        if (id && metric && unit) {
            s.id = *id;
            s.metric = *metric;
            s.unit = *unit;
        }
        m_d->series.append(s);
    }

    void market(element e, const QString &p)
    {
        auto f = m_c.fields(e, p,
                            {u"id", u"sector", u"name", u"metric", u"date", u"total", u"totalQualifier",
                             u"source", u"paragraph", u"members", u"otherIncludes"},
                            {});
        if (!f)
            return;
        Market m;
        const auto id = m_c.id(*f, p);
        const auto sector = m_c.vocabulary<Sector>(*f, u"sector", p);
        if (sector && *sector != Sector::InstantMessaging && *sector != Sector::Microblog)
            m_c.error(p + QStringLiteral(".sector"), tr("a market is instantMessaging or microblog"));
        if (f->has(QStringLiteral("name"))) {
            auto names = m_c.fields(f->values.value(QStringLiteral("name")), p + QStringLiteral(".name"),
                                    {u"en", u"zh"}, {});
            if (names) {
                m.nameEn = m_c.string(*names, u"en", p + QStringLiteral(".name"), true).value_or(QString());
                m.nameZh = m_c.string(*names, u"zh", p + QStringLiteral(".name"), true).value_or(QString());
            }
        }
        const auto metric = m_c.vocabulary<Metric>(*f, u"metric", p);
        const auto date = m_c.date(*f, u"date", p);
        if (f->has(QStringLiteral("total")) && !f->values.value(QStringLiteral("total")).is_null()) {
            const auto total = m_c.number(*f, u"total", p);
            const auto q = m_c.vocabulary<Qualifier>(*f, u"totalQualifier", p);
            if (total && *total <= 0)
                m_c.error(p + QStringLiteral(".total"), tr("%1 is not positive").arg(*total));
            m.hasTotal = true;
            m.total = total.value_or(0);
            m.totalQualifier = q.value_or(Qualifier::Exact);
        } else if (f->has(QStringLiteral("totalQualifier")) &&
                   !f->values.value(QStringLiteral("totalQualifier")).is_null()) {
            m_c.error(p + QStringLiteral(".totalQualifier"), tr("must be null when total is null"));
        }
        citation(*f, p, m.source, m.paragraph);
        m_c.array(*f, u"members", p, [&](element me, const QString &mp) {
            const int s = m_c.reference(me, mp, m_seriesIds, tr("series"));
            if (s >= 0)
                m.members.append(s);
        });
        m_c.array(*f, u"otherIncludes", p, [&](element oe, const QString &op) {
            const int en = m_c.reference(oe, op, m_entityIds, tr("entity"));
            if (en >= 0)
                m.otherIncludes.append(en);
        });
        // Members must be of the market's metric and report a value at exactly its date.
        if (metric && date) {
            for (int i = 0; i < m.members.size(); ++i) {
                const int si = m.members[i];
                if (si >= m_d->series.size())
                    continue; // series are read before markets; a bad one has already been reported
                const Series &s = m_d->series[si];
                const QString mp = p + QStringLiteral(".members[%1]").arg(i);
                if (s.metric != *metric) {
                    m_c.error(mp, tr("series %1 is %2, not %3")
                                      .arg(quoted(s.id), jsonName(s.metric), jsonName(*metric)));
                    continue;
                }
                bool found = false;
                for (const SeriesPoint &sp : m_d->pointsOf(s))
                    found = found || sp.date == *date;
                if (!found)
                    m_c.error(mp, tr("series %1 has no point at %2").arg(quoted(s.id), date->toIsoString()));
            }
        }
        if (id && sector && metric && date) {
            m.id = *id;
            m.sector = *sector;
            m.metric = *metric;
            m.date = *date;
        }
        m_d->markets.append(m);
    }

    void quote(element e, const QString &p)
    {
        auto f = m_c.fields(e, p,
                            {u"id", u"speaker", u"role", u"organisation", u"text", u"paraphrase", u"date",
                             u"source", u"paragraph", u"events", u"entities"},
                            {u"dateNote"});
        if (!f)
            return;
        Quote q;
        const auto id = m_c.id(*f, p);
        const auto speaker = m_c.string(*f, u"speaker", p, true);
        const auto role = m_c.string(*f, u"role", p);
        const auto organisation = m_c.string(*f, u"organisation", p);
        const auto text = m_c.string(*f, u"text", p, true);
        const auto paraphrase = m_c.boolean(*f, u"paraphrase", p);
        const auto date = m_c.date(*f, u"date", p);
        const auto note = f->has(QStringLiteral("dateNote")) ? m_c.string(*f, u"dateNote", p) : QString();
        citation(*f, p, q.source, q.paragraph);
        m_c.array(*f, u"events", p, [&](element ee, const QString &ep) {
            const int i = m_c.reference(ee, ep, m_eventIds, tr("event"));
            if (i >= 0)
                q.events.append(i);
        });
        m_c.array(*f, u"entities", p, [&](element ee, const QString &ep) {
            const int i = m_c.reference(ee, ep, m_entityIds, tr("entity"));
            if (i >= 0)
                q.entities.append(i);
        });
        if (id && speaker && role && organisation && text && paraphrase && date && note) {
            q.id = *id;
            q.speaker = *speaker;
            q.role = *role;
            q.organisation = *organisation;
            q.text = *text;
            q.paraphrase = *paraphrase;
            q.date = *date;
            q.dateNote = *note;
        }
        m_d->quotes.append(q);
    }

    // A parent chain must end: an entity cannot be its own ancestor.
    void checkEntityParents()
    {
        for (int i = 0; i < m_d->entities.size(); ++i) {
            int at = m_d->entities[i].parent;
            for (int steps = 0; at >= 0; ++steps) {
                if (at == i || steps > m_d->entities.size()) {
                    m_c.error(QStringLiteral("entities[%1].parent").arg(i),
                              tr("the parent chain loops back to %1").arg(quoted(m_d->entities[i].id)));
                    break;
                }
                at = m_d->entities[at].parent;
            }
        }
    }

    QString m_entityIdAt(int index) const { return m_entityIds.key(index); }

    Checker &m_c;
    std::shared_ptr<Dataset> m_d = std::make_shared<Dataset>();
    QHash<QString, int> m_sourceIds, m_entityIds, m_eventIds, m_seriesIds, m_marketIds, m_quoteIds;
    QHash<int, int> m_paragraphCounts;
};

QString simdjsonMessage(simdjson::error_code code)
{
    switch (code) {
    case simdjson::DEPTH_ERROR:
        return tr("the document is nested too deeply");
    case simdjson::NUMBER_ERROR:
        return tr("a number is out of range");
    case simdjson::EMPTY:
        return tr("the file is empty");
    default:
        return tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
    }
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
    auto fail = [&](const QString &message, TextPosition pos = {}) -> LoadResult {
        return Unexpected(QList<LoadError>{LoadError{fileName, QString(), message, pos.line, pos.column}});
    };
    if (bytes.size() > options.maxBytes)
        return fail(
            tr("the file is %1 bytes, over the limit of %2 bytes").arg(bytes.size()).arg(options.maxBytes));
    if (bytes.isEmpty())
        return fail(tr("the file is empty"));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return fail(tr("the file starts with a byte order mark; save it as UTF-8 without one"), {1, 1});
    if (const TextPosition bad = firstInvalidUtf8(bytes); bad.line > 0)
        return fail(tr("invalid UTF-8"), bad);

    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::padded_string padded(bytes.data(), size_t(bytes.size()));
    if (const auto code = parser.parse(padded).get(root)) {
        // simdjson does not say where; Qt's parser does, and this only runs on a broken file.
        QJsonParseError qtError;
        QJsonDocument::fromJson(bytes.toByteArray(), &qtError);
        if (qtError.error != QJsonParseError::NoError)
            return fail(qtError.errorString(), positionOfOffset(bytes, qtError.offset));
        // The second change since 04659fa: Qt accepts some strings and numbers that simdjson does not
        // (an integer beyond 64 bits, "1.e5", a raw tab, "\x", a lone "\ud800"), which were reported
        // without a place.
        if (const auto problem = at::findJsonTokenProblem(bytes))
            return fail(problem->message, positionOfOffset(bytes, problem->offset));
        return fail(simdjsonMessage(code));
    }
    Checker checker(fileName, options.maxErrors);
    Builder builder(checker);
    auto dataset = builder.build(root);
    if (checker.errors.isEmpty() && dataset)
        return std::shared_ptr<const Dataset>(std::move(dataset));
    return Unexpected(checker.errors);
}

} // namespace at::reference
