// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The dataset reader as the project's lead first wrote it (commit 04659fa), kept as it was but for its
// namespace, two fixes (fromUtf8() below, and a place for the syntax errors that Qt's parser lets pass) and
// the changes the format's rules made since, each marked "Since": the straightforward, slow reader whose
// messages the fast one (app/core/import/json/) must reproduce exactly. tst_readerequivalence and the fuzz
// targets in tests/fuzz/ compare the two.
#include "tests/import/reference/referencereader.h"

#include "app/core/import/importlimit.h"
#include "app/core/import/json/jsonsyntax.h"
#include "app/core/import/textposition.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace at::reference {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Since format version 2: text in two languages, several citations (marked "Since version 2").
constexpr int formatVersion = 2;
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
        return fields(e, path, QList<const char16_t *>(required), QList<const char16_t *>(optional), {});
    }
    // Since version 2: keys of another version are named as such (`otherVersion`: key and message).
    std::optional<Fields> fields(element e, const QString &path, const QList<const char16_t *> &required,
                                 const QList<const char16_t *> &optional,
                                 const QList<std::pair<const char16_t *, QString>> &otherVersion)
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
            QString versionMessage;
            for (const auto &[k, message] : otherVersion)
                versionMessage = key == QStringView(k) ? message : versionMessage;
            if (f.values.contains(key))
                error(path, tr("duplicate key %1").arg(quoted(key)));
            else if (!versionMessage.isEmpty())
                error(path, versionMessage);
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
        else if (version)
            m_version = *version;
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

    // Since version 2: the keys of a record that differ between the versions. `v1`: keys only version 1
    // has (the single citation); `v2`: keys only version 2 has.
    std::optional<Checker::Fields> record(element e, const QString &p, QList<const char16_t *> required,
                                          QList<const char16_t *> optional, const QList<const char16_t *> &v1,
                                          const QList<const char16_t *> &v2Required,
                                          const QList<const char16_t *> &v2Optional,
                                          const char16_t *v1After = nullptr)
    {
        QList<std::pair<const char16_t *, QString>> other;
        if (m_version >= 2) {
            required += v2Required;
            optional += v2Optional;
            for (auto *k : v1)
                other.append({k, tr("key %1 is of format version %2; version %3 has %4 instead")
                                     .arg(quoted(QString::fromUtf16(k)))
                                     .arg(1)
                                     .arg(m_version)
                                     .arg(quoted(QStringLiteral("citations")))});
        } else {
            // The single citation has its place among the required keys, after `v1After`.
            QList<const char16_t *> withV1;
            for (auto *k : required) {
                withV1.append(k);
                if (v1After && QStringView(k) == QStringView(v1After))
                    withV1 += v1;
            }
            required = withV1;
            for (auto *k : v2Required + v2Optional)
                other.append({k, tr("key %1 needs format version %2; the file is of version %3")
                                     .arg(quoted(QString::fromUtf16(k)))
                                     .arg(2)
                                     .arg(m_version)});
        }
        return m_c.fields(e, p, required, optional, other);
    }

    // Since version 2: a text in English and Chinese, a string or {"en", "zh"}. Version 1: a string.
    struct Local {
        LocalText text;
        bool object = false;
    };
    std::optional<Local> local(const Checker::Fields &f, const char16_t *key, const QString &path,
                               bool required)
    {
        const QString k = QString::fromUtf16(key);
        if (!f.has(k))
            return std::nullopt;
        if (m_version < 2) {
            const auto s = m_c.string(f, key, path, required);
            return s ? std::optional<Local>(Local{LocalText{*s, QString()}}) : std::nullopt;
        }
        const element v = f.values.value(k);
        std::string_view sv;
        Local l;
        if (!v.get_string().get(sv)) {
            l.text.en = fromUtf8(sv);
        } else if (v.is_object()) {
            const QString p = joined(path, k);
            const auto inner = m_c.fields(v, p, {}, {u"en", u"zh"});
            if (!inner)
                return std::nullopt;
            const auto en = inner->has(QStringLiteral("en")) ? m_c.string(*inner, u"en", p) : QString();
            const auto zh = inner->has(QStringLiteral("zh")) ? m_c.string(*inner, u"zh", p) : QString();
            if (!en || !zh)
                return std::nullopt;
            l = Local{LocalText{*en, *zh}, true};
        } else {
            m_c.error(
                joined(path, k),
                tr("expected a string or an object of \"en\" and \"zh\", found %1").arg(typeName(v.type())));
            return std::nullopt;
        }
        if (l.text.en.trimmed().isEmpty() && l.text.zh.trimmed().isEmpty() && (required || l.object)) {
            m_c.error(joined(path, k),
                      l.object ? tr("must have \"en\" or \"zh\" text") : tr("must not be empty"));
            return std::nullopt;
        }
        return l;
    }
    // An optional localized key: empty when left out.
    std::optional<Local> optionalLocal(const Checker::Fields &f, const char16_t *key, const QString &path)
    {
        return f.has(QString::fromUtf16(key)) ? local(f, key, path, false) : std::optional<Local>(Local{});
    }
    QString languagePath(const QString &path, const char16_t *key, const Local &l, bool chinese)
    {
        const QString p = joined(path, QString::fromUtf16(key));
        return l.object ? p + (chinese ? QStringLiteral(".zh") : QStringLiteral(".en")) : p;
    }

    // The citations of a record: version 1's source and paragraph, version 2's list.
    bool cite(const Checker::Fields &f, const QString &path, QList<Citation> &out)
    {
        out.clear();
        if (m_version < 2) {
            int source = -1, paragraph = 0;
            if (!citation(f, path, source, paragraph))
                return false;
            out.append(Citation{quint16(source), quint16(paragraph)});
            return true;
        }
        bool good = true;
        int items = 0;
        QList<int> seenSources; // whether or not their paragraphs were good
        const bool list = m_c.array(f, u"citations", path, [&](element item, const QString &ip) {
            ++items;
            const auto cf = m_c.fields(item, ip, {u"source", u"paragraphs"}, {});
            if (!cf) {
                good = false;
                return;
            }
            const int source = m_c.reference(*cf, u"source", ip, m_sourceIds, tr("source"));
            if (source < 0)
                good = false;
            else if (seenSources.contains(source)) {
                m_c.error(ip + QStringLiteral(".source"),
                          tr("source %1 is cited twice; list its paragraphs once")
                              .arg(quoted(m_d->sources.value(source).id)));
                good = false;
            }
            if (source >= 0)
                seenSources.append(source);
            const int count = source >= 0 ? m_paragraphCounts.value(source, 0) : 65535;
            int previous = 0;
            int paragraphs = 0;
            const bool numbers = m_c.array(*cf, u"paragraphs", ip, [&](element pe, const QString &pp) {
                ++paragraphs;
                const element_type t = pe.type();
                if (t != element_type::INT64 && t != element_type::UINT64) {
                    m_c.error(pp, tr("expected a whole number, found %1").arg(typeName(t)));
                    good = false;
                    return;
                }
                const bool negative = t == element_type::INT64 && pe.get_int64().value_unsafe() < 0;
                const uint64_t magnitude = t == element_type::UINT64 ? pe.get_uint64().value_unsafe()
                                           : negative                ? 0
                                                      : uint64_t(pe.get_int64().value_unsafe());
                if (negative || magnitude < 1 || magnitude > 65535) {
                    const QString shown = negative ? QString::number(pe.get_int64().value_unsafe())
                                                   : QString::number(magnitude);
                    m_c.error(pp, tr("%1 is not between %2 and %3").arg(shown).arg(1).arg(65535));
                    good = false;
                    return;
                }
                const int p = int(magnitude);
                if (p > count) {
                    m_c.error(pp, tr("%1 is beyond the %2 paragraphs of source %3")
                                      .arg(p)
                                      .arg(count)
                                      .arg(quoted(m_d->sources.value(source).id)));
                    good = false;
                } else if (p <= previous) {
                    m_c.error(pp, tr("%1 is not after the paragraph before it, %2").arg(p).arg(previous));
                    good = false;
                }
                previous = std::max(previous, p);
                if (source >= 0)
                    out.append(Citation{quint16(source), quint16(p)});
            });
            if (numbers && paragraphs == 0) {
                m_c.error(ip + QStringLiteral(".paragraphs"), tr("must name at least one paragraph"));
                good = false;
            }
            if (!numbers)
                good = false;
        });
        if (list && items == 0) {
            m_c.error(joined(path, QStringLiteral("citations")), tr("must cite at least one source"));
            good = false;
        }
        return good && items > 0;
    }

    void source(element e, const QString &p)
    {
        auto f = record(e, p, {u"id", u"title", u"publisher", u"author", u"published", u"paragraphs"},
                        {u"publishedNote"}, {}, {}, {u"note"});
        if (!f)
            return;
        Source s;
        const auto id = m_c.id(*f, p);
        const auto title = local(*f, u"title", p, true);
        const auto publisher = local(*f, u"publisher", p, false);
        const auto author = local(*f, u"author", p, false);
        const auto published = m_c.date(*f, u"published", p);
        const auto note = optionalLocal(*f, u"publishedNote", p);
        const auto paragraphs = m_c.integer(*f, u"paragraphs", p, 1, 65535);
        const auto sourceNote = optionalLocal(*f, u"note", p);
        // Keep the index aligned with the file even when a record is bad, so later messages stay right.
        m_paragraphCounts.insert(int(m_d->sources.size()), paragraphs.value_or(0));
        if (id && title && publisher && author && published && note && paragraphs && sourceNote)
            s = Source{*id,        title->text, publisher->text, author->text,
                       *published, note->text,  *paragraphs,     sourceNote->text};
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
            const auto note = optionalLocal(*f, u"note", p);
            if (id && nameEn && nameZh && sector && note)
                en = Entity{*id, *nameEn, *nameZh, parent, *sector, note->text};
        }
        m_d->entities.append(en);
    }

    void event(element e, const QString &p)
    {
        auto f = record(e, p, {u"id", u"start", u"end", u"kind", u"status", u"parties", u"title", u"summary"},
                        {u"dateNote"}, {u"source", u"paragraph"}, {u"citations"}, {}, u"summary");
        if (!f)
            return;
        const auto id = m_c.id(*f, p);
        const auto start = m_c.date(*f, u"start", p);
        const auto end = m_c.date(*f, u"end", p, true);
        const auto kind = m_c.vocabulary<Kind>(*f, u"kind", p);
        const auto status = m_c.vocabulary<Status>(*f, u"status", p);
        const auto title = local(*f, u"title", p, true);
        const auto summary = local(*f, u"summary", p, false);
        const auto note = optionalLocal(*f, u"dateNote", p);
        QList<Citation> citations;
        const bool cited = cite(*f, p, citations);
        if (title && title->text.en.size() > maxTitleLength)
            m_c.error(languagePath(p, u"title", *title, false),
                      tr("is %1 characters long; at most %2").arg(title->text.en.size()).arg(maxTitleLength));
        if (title && title->text.zh.size() > maxTitleLength)
            m_c.error(languagePath(p, u"title", *title, true),
                      tr("is %1 characters long; at most %2").arg(title->text.zh.size()).arg(maxTitleLength));
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
        ev.id = m_d->pool.add(*id);
        ev.title = m_d->addText(title->text);
        ev.summary = m_d->addText(summary->text);
        ev.dateNote = m_d->addText(note->text);
        ev.partiesBegin = partiesBegin;
        ev.partyCount = quint16(seen.size());
        ev.source = citations.front().source;
        ev.paragraph = citations.front().paragraph;
        m_d->addCitations(ev.id, citations);
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
            auto pf = record(pe, pp, {u"date", u"value", u"qualifier", u"claim"}, {u"dateNote"},
                             {u"source", u"paragraph"}, {u"citations"}, {}, u"qualifier");
            if (!pf)
                return;
            const auto date = m_c.date(*pf, u"date", pp);
            const auto value = m_c.number(*pf, u"value", pp);
            const auto qualifier = m_c.vocabulary<Qualifier>(*pf, u"qualifier", pp);
            const auto claim = local(*pf, u"claim", pp, true);
            const auto note = optionalLocal(*pf, u"dateNote", pp);
            QList<Citation> citations;
            const bool cited = cite(*pf, pp, citations);
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
            sp.claim = m_d->addText(claim->text);
            sp.dateNote = m_d->addText(note->text);
            sp.source = citations.front().source;
            sp.paragraph = citations.front().paragraph;
            m_d->addCitations(sp.claim, citations);
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
        auto f = record(e, p,
                        {u"id", u"sector", u"name", u"metric", u"date", u"total", u"totalQualifier",
                         u"members", u"otherIncludes"},
                        {}, {u"source", u"paragraph"}, {u"citations"}, {u"note"}, u"totalQualifier");
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
        QList<Citation> citations;
        if (cite(*f, p, citations)) {
            m.source = citations.front().source;
            m.paragraph = citations.front().paragraph;
            m.citations = citations;
        }
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
        if (m_version >= 2)
            m.note = optionalLocal(*f, u"note", p).value_or(Local{}).text;
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
        auto f = record(e, p,
                        {u"id", u"speaker", u"role", u"organisation", u"text", u"paraphrase", u"date",
                         u"events", u"entities"},
                        {u"dateNote"}, {u"source", u"paragraph"}, {u"citations"}, {u"translation"}, u"date");
        if (!f)
            return;
        Quote q;
        const auto id = m_c.id(*f, p);
        const auto speaker = local(*f, u"speaker", p, true);
        const auto role = local(*f, u"role", p, false);
        const auto organisation = local(*f, u"organisation", p, false);
        const auto text = local(*f, u"text", p, true);
        const auto paraphrase = m_c.boolean(*f, u"paraphrase", p);
        const auto date = m_c.date(*f, u"date", p);
        const auto note = optionalLocal(*f, u"dateNote", p);
        QList<Citation> citations;
        // Since the readers share their rules: a quote whose citation is wrong is not stored.
        const bool cited = cite(*f, p, citations);
        if (cited) {
            q.source = citations.front().source;
            q.paragraph = citations.front().paragraph;
            q.citations = citations;
        }
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
        // Since version 2: a verbatim quote's Chinese is our translation; a paraphrase has none.
        std::optional<Local> translation = Local{};
        if (m_version >= 2 && f->has(QStringLiteral("translation"))) {
            translation = local(*f, u"translation", p, false);
            if (translation && !translation->text.en.isEmpty()) {
                m_c.error(languagePath(p, u"translation", *translation, false),
                          tr("is our Chinese translation: \"zh\" only"));
                translation.reset();
            }
            if (translation && !translation->text.zh.isEmpty() && paraphrase && *paraphrase) {
                m_c.error(p + QStringLiteral(".translation"),
                          tr("a paraphrase is our own wording: give its Chinese as its text"));
                translation.reset();
            }
        }
        if (text && paraphrase && !*paraphrase && !text->text.zh.isEmpty())
            m_c.error(
                languagePath(p, u"text", *text, true),
                tr("a verbatim quote is what the article printed: give our Chinese as its translation"));
        if (id && speaker && role && organisation && text && paraphrase && date && note && cited &&
            translation) {
            q.id = *id;
            q.speaker = speaker->text;
            q.role = role->text;
            q.organisation = organisation->text;
            q.text = text->text;
            q.translation = translation->text.zh;
            q.paraphrase = *paraphrase;
            q.date = *date;
            q.dateNote = note->text;
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
    int m_version = 1;
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
        return fail(ImportLimit::given(options.maxBytes).refusal(bytes.size()));
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
