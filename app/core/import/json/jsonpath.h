// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <string_view>

namespace at {

// Where a value is in a JSON dataset ("events[3].start"), kept as a chain of parts on the stack and made
// into text only when a message needs it.
class JsonPath {
public:
    static JsonPath root() { return JsonPath(nullptr, Kind::Root, {}, 0); }
    // "events[3]"
    JsonPath item(qsizetype index) const { return JsonPath(this, Kind::Item, {}, index); }
    // "events[3].start"; "version" at the root.
    JsonPath field(std::string_view key) const { return JsonPath(this, Kind::Field, key, 0); }

    QString toString() const
    {
        switch (m_kind) {
        case Kind::Root:
            return {};
        case Kind::Item:
            return m_parent->toString() + u'[' + QString::number(m_index) + u']';
        case Kind::Field: {
            const QString p = m_parent->toString();
            return p.isEmpty() ? QString(QLatin1StringView(m_key)) : p + u'.' + QLatin1StringView(m_key);
        }
        }
        return {};
    }

private:
    enum class Kind : quint8 { Root, Item, Field };
    JsonPath(const JsonPath *parent, Kind kind, std::string_view key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index), m_kind(kind)
    {}
    const JsonPath *m_parent;
    std::string_view m_key;
    qsizetype m_index;
    Kind m_kind;
};

} // namespace at
