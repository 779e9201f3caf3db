// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonrecord.h"

#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <cmath>

namespace at {

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetReader)
};

using simdjson::dom::element;
using simdjson::dom::element_type;

} // namespace

QString jsonTypeName(element_type t)
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

std::optional<JsonFields> jsonFields(JsonChecker &c, element e, const JsonPath &path,
                                     std::span<const format::Field> schema)
{
    simdjson::dom::object object;
    if (e.get_object().get(object)) {
        c.error(path, ReaderText::tr("expected an object, found %1").arg(jsonTypeName(e.type())));
        return std::nullopt;
    }
    JsonFields f;
    f.schema = schema;
    // Records of one file have their keys in one order, mostly the schema's: the field after the last
    // one found is tried first, which makes the search one comparison per key.
    size_t guess = 0;
    for (auto field : object) {
        int k = -1;
        if (guess < schema.size() && schema[guess].name == field.key) {
            k = int(guess);
        } else {
            for (size_t i = 0; i < schema.size(); ++i) {
                if (schema[i].name == field.key) {
                    k = int(i);
                    break;
                }
            }
        }
        guess = k >= 0 ? size_t(k) + 1 : 0;
        if (k >= 0 && f.has(k)) {
            c.error(path, ReaderText::tr("duplicate key %1").arg(text::quoted(field.key)));
        } else if (k >= 0 && !format::inVersion(schema[size_t(k)], c.version())) {
            const format::Field &known = schema[size_t(k)];
            if (c.version() < known.since)
                c.error(path, ReaderText::tr("key %1 needs format version %2; the file is of version %3")
                                  .arg(text::quoted(field.key))
                                  .arg(known.since)
                                  .arg(c.version()));
            else
                c.error(path, ReaderText::tr("key %1 is of format version %2; version %3 has %4 instead")
                                  .arg(text::quoted(field.key))
                                  .arg(known.until)
                                  .arg(c.version())
                                  .arg(text::quoted(known.instead)));
        } else if (k < 0) {
            c.error(path, ReaderText::tr("unknown key %1").arg(text::quoted(field.key)));
        } else {
            f.values[size_t(k)] = field.value;
            f.present |= 1u << k;
        }
    }
    for (size_t k = 0; k < schema.size(); ++k) {
        if (schema[k].required && format::inVersion(schema[k], c.version()) && !f.has(int(k)))
            c.error(path, ReaderText::tr("missing key %1").arg(text::quoted(schema[k].name)));
    }
    return f;
}

QString JsonRecord::typeMessage(Expected expected, element found)
{
    const QString type = jsonTypeName(found.type());
    switch (expected) {
    case Expected::String:
        return ReaderText::tr("expected a string, found %1").arg(type);
    case Expected::Array:
        return ReaderText::tr("expected an array, found %1").arg(type);
    case Expected::WholeNumber:
        return ReaderText::tr("expected a whole number, found %1").arg(type);
    case Expected::Number:
        return ReaderText::tr("expected a number, found %1").arg(type);
    case Expected::Boolean:
        return ReaderText::tr("expected true or false, found %1").arg(type);
    }
    return {};
}

std::optional<std::string_view> JsonRecord::text(int k)
{
    if (!has(k))
        return m_f.schema[size_t(k)].required ? std::nullopt
                                              : std::optional<std::string_view>(std::string_view());
    std::string_view sv;
    if (m_f[k].get_string().get(sv)) {
        error(k, typeMessage(Expected::String, m_f[k]));
        return std::nullopt;
    }
    return sv;
}

std::optional<JsonRecord::Local> JsonRecord::local(int k)
{
    if (!has(k))
        return m_f.schema[size_t(k)].required ? std::nullopt : std::optional<Local>(Local{});
    std::string_view sv;
    if (!m_f[k].get_string().get(sv))
        return Local{sv, {}, false};
    if (!m_f[k].is_object()) {
        error(k, ReaderText::tr("expected a string or an object of \"en\" and \"zh\", found %1")
                     .arg(jsonTypeName(m_f[k].type())));
        return std::nullopt;
    }
    const JsonPath at = m_path.field(m_f.key(k));
    const auto f = jsonFields(m_c, m_f[k], at, format::localFields());
    if (!f)
        return std::nullopt;
    JsonRecord inner(m_c, *f, at);
    const auto en = inner.text(format::local::En);
    const auto zh = inner.text(format::local::Zh);
    if (!en || !zh)
        return std::nullopt;
    return Local{*en, *zh, true};
}

std::optional<JsonRecord::Whole> JsonRecord::whole(int k)
{
    if (!has(k))
        return std::nullopt;
    return wholeOf(m_f[k], m_path.field(m_f.key(k)));
}

std::optional<JsonRecord::Whole> JsonRecord::wholeOf(element e, const JsonPath &at)
{
    const element_type t = e.type();
    if (t != element_type::INT64 && t != element_type::UINT64) {
        m_c.error(at, typeMessage(Expected::WholeNumber, e));
        return std::nullopt;
    }
    Whole w;
    if (t == element_type::UINT64) {
        w.magnitude = e.get_uint64().value_unsafe();
    } else {
        const int64_t v = e.get_int64().value_unsafe();
        w.negative = v < 0;
        w.magnitude = w.negative ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    }
    return w;
}

std::optional<double> JsonRecord::number(int k)
{
    if (!has(k))
        return std::nullopt;
    const element e = m_f[k];
    const element_type t = e.type();
    if (t != element_type::INT64 && t != element_type::UINT64 && t != element_type::DOUBLE) {
        error(k, typeMessage(Expected::Number, e));
        return std::nullopt;
    }
    double v = 0;
    if (e.get_double().get(v) != simdjson::SUCCESS)
        v = 0; // converts integers too; the type was checked above
    if (!std::isfinite(v)) {
        error(k, ReaderText::tr("is not a finite number"));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> JsonRecord::boolean(int k)
{
    if (!has(k))
        return std::nullopt;
    bool b = false;
    if (m_f[k].get_bool().get(b)) {
        error(k, typeMessage(Expected::Boolean, m_f[k]));
        return std::nullopt;
    }
    return b;
}

} // namespace at
