// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/datasetbuilder.h"
#include "app/core/import/datasetformat.h"
#include "app/core/import/json/jsonpath.h"
#include "app/core/loaderror.h"

#include <QList>
#include <array>
#include <optional>
#include <simdjson.h>
#include <span>
#include <string_view>

// The JSON side of reading a record: which keys an object has, whether each value is of the JSON type the
// field wants, and where in the document a problem is. What the values mean is the builder's
// (import/datasetbuilder.h).
namespace at {

// "a string", "an object", ... for messages.
QString jsonTypeName(simdjson::dom::element_type type);

struct JsonErrorList {
    QList<LoadError> errors;
    bool complete = false; // every error this step can produce is in (or beyond the limit)
};

// Reports problems with their JSON paths to the current list, up to the limit.
class JsonChecker {
public:
    JsonChecker(QString file, int maxErrors) : m_file(std::move(file)), m_maxErrors(maxErrors) {}

    int maxErrors() const { return m_maxErrors; }
    // The file's format version, once its header is read: which keys records may have.
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    void setTarget(JsonErrorList *list) { m_target = list; }
    bool full() const { return m_target->errors.size() >= m_maxErrors; }
    // Whether any problem has been reported: the dataset will not be built.
    bool anyErrors() const { return m_reported; }

    void error(const JsonPath &path, const QString &message) { error(path.toString(), message); }
    void error(const QString &path, const QString &message)
    {
        m_reported = true;
        if (!full())
            m_target->errors.append(LoadError{m_file, path, message});
    }

    // Takes what `other` reported into `list` (a copy of this checker, reading the records after this
    // one's), after what is reported here: the list the one checker would have made.
    void append(const JsonChecker &other, const JsonErrorList &list)
    {
        m_reported = m_reported || other.m_reported;
        for (qsizetype i = 0; i < list.errors.size() && !full(); ++i)
            m_target->errors.append(list.errors[i]);
    }

private:
    QString m_file;
    int m_maxErrors;
    JsonErrorList *m_target = nullptr;
    bool m_reported = false;
    int m_version = 1;
};

// An object's values by field number (datasetformat.h).
struct JsonFields {
    std::array<simdjson::dom::element, 16> values{};
    quint32 present = 0;
    std::span<const format::Field> schema;
    bool has(int k) const { return present & (1u << k); }
    simdjson::dom::element operator[](int k) const { return values[size_t(k)]; }
    std::string_view key(int k) const { return schema[size_t(k)].name; }
};

// An object's keys, checked against `schema`: repeated, unknown and missing keys are reported at `path`.
// Nothing when the value is not an object (which is reported too).
std::optional<JsonFields> jsonFields(JsonChecker &c, simdjson::dom::element e, const JsonPath &path,
                                     std::span<const format::Field> schema);

// One record as the builder reads it (the input object described in import/datasetbuilder.h).
class JsonRecord {
public:
    using Whole = DatasetBuilder::Whole;
    using Local = DatasetBuilder::Local;

    JsonRecord(JsonChecker &c, const JsonFields &f, const JsonPath &path) : m_c(c), m_f(f), m_path(path) {}

    int version() const { return m_c.version(); }
    bool has(int k) const { return m_f.has(k); }
    bool isNull(int k) const { return m_f[k].is_null(); }
    std::optional<std::string_view> text(int k);
    std::optional<std::string_view> word(int k) { return text(k); }
    std::optional<Local> local(int k);
    void localError(int k, TextLanguage language, const QString &message)
    {
        if (has(k) && m_f[k].is_object())
            m_c.error(m_path.field(m_f.key(k)).field(language == TextLanguage::English ? "en" : "zh"),
                      message);
        else
            error(k, message);
    }
    std::optional<Whole> whole(int k);
    std::optional<double> number(int k);
    std::optional<bool> boolean(int k);
    bool failed() const { return m_c.anyErrors(); }

    void error(int k, const QString &message)
    {
        if (k == format::wholeRecord)
            m_c.error(m_path, message);
        else
            m_c.error(m_path.field(m_f.key(k)), message);
    }
    void clash(int k, const QString &message) { error(k, message); } // nothing is loaded below a file
    void itemError(int k, int item, const QString &message)
    {
        if (item < 0)
            error(k, message);
        else
            m_c.error(m_path.field(m_f.key(k)).item(item), message);
    }

    // The strings of an array: each(optional<string_view>, index), nullopt for an item that is no string.
    template <typename F> bool forEachItem(int k, F each)
    {
        return forEachElement(k, [&](simdjson::dom::element item, const JsonPath &at, int i) {
            std::string_view sv;
            if (item.get_string().get(sv)) {
                m_c.error(at, typeMessage(Expected::String, item));
                each(std::optional<std::string_view>(), i);
            } else {
                each(std::optional<std::string_view>(sv), i);
            }
        });
    }
    // The whole numbers of an array: each(optional<Whole>, index), nullopt for an item that is none.
    template <typename F> bool forEachWhole(int k, F each)
    {
        return forEachElement(
            k, [&](simdjson::dom::element item, const JsonPath &at, int i) { each(wholeOf(item, at), i); });
    }
    template <typename F> void nested(int k, std::span<const format::Field> schema, F each)
    {
        if (!has(k))
            return;
        const JsonPath at = m_path.field(m_f.key(k));
        if (const auto f = jsonFields(m_c, m_f[k], at, schema)) {
            JsonRecord inner(m_c, *f, at);
            each(inner);
        }
    }
    template <typename F>
    std::optional<int> forEachRecord(int k, std::span<const format::Field> schema, F each)
    {
        int items = 0;
        const bool list = forEachElement(k, [&](simdjson::dom::element item, const JsonPath &at, int) {
            ++items; // an item that is no object is one too, reported here
            if (const auto f = jsonFields(m_c, item, at, schema)) {
                JsonRecord inner(m_c, *f, at);
                each(inner);
            }
        });
        return list ? std::optional<int>(items) : std::nullopt;
    }

private:
    enum class Expected : quint8 { String, Array, WholeNumber, Number, Boolean };
    // "expected a string, found a number"
    static QString typeMessage(Expected expected, simdjson::dom::element found);
    std::optional<Whole> wholeOf(simdjson::dom::element e, const JsonPath &at);

    template <typename F> bool forEachElement(int k, F each)
    {
        if (!has(k))
            return false;
        const JsonPath at = m_path.field(m_f.key(k));
        simdjson::dom::array array;
        if (m_f[k].get_array().get(array)) {
            m_c.error(at, typeMessage(Expected::Array, m_f[k]));
            return false;
        }
        int i = 0;
        for (simdjson::dom::element item : array) {
            if (m_c.full())
                break;
            each(item, at.item(i), i);
            ++i;
        }
        return true;
    }

    JsonChecker &m_c;
    const JsonFields &m_f;
    const JsonPath &m_path;
};

} // namespace at
