// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/vocabulary.h"

#include <QCoreApplication>
#include <array>

namespace at {
namespace {

struct Name {
    const char16_t *json;
    const char *display; // translated in the "at::Vocabulary" context
};

// Order matches the enum declarations.
constexpr std::array sectorNames{
    Name{u"instantMessaging", QT_TRANSLATE_NOOP("at::Vocabulary", "instant messaging")},
    Name{u"microblog", QT_TRANSLATE_NOOP("at::Vocabulary", "microblog")},
    Name{u"portal", QT_TRANSLATE_NOOP("at::Vocabulary", "portal")},
    Name{u"search", QT_TRANSLATE_NOOP("at::Vocabulary", "search")},
    Name{u"eCommerce", QT_TRANSLATE_NOOP("at::Vocabulary", "e-commerce")},
    Name{u"telecom", QT_TRANSLATE_NOOP("at::Vocabulary", "telecom")},
    Name{u"securitySoftware", QT_TRANSLATE_NOOP("at::Vocabulary", "security software")},
    Name{u"socialNetwork", QT_TRANSLATE_NOOP("at::Vocabulary", "social network")},
};
constexpr std::array kindNames{
    Name{u"alliance", QT_TRANSLATE_NOOP("at::Vocabulary", "alliance")},
    Name{u"investment", QT_TRANSLATE_NOOP("at::Vocabulary", "investment")},
    Name{u"launch", QT_TRANSLATE_NOOP("at::Vocabulary", "launch")},
    Name{u"dispute", QT_TRANSLATE_NOOP("at::Vocabulary", "dispute")},
    Name{u"plan", QT_TRANSLATE_NOOP("at::Vocabulary", "plan")},
    Name{u"milestone", QT_TRANSLATE_NOOP("at::Vocabulary", "milestone")},
};
constexpr std::array statusNames{
    Name{u"confirmed", QT_TRANSLATE_NOOP("at::Vocabulary", "confirmed")},
    Name{u"announced", QT_TRANSLATE_NOOP("at::Vocabulary", "announced")},
    Name{u"rumoured", QT_TRANSLATE_NOOP("at::Vocabulary", "rumoured")},
    Name{u"unconfirmed", QT_TRANSLATE_NOOP("at::Vocabulary", "unconfirmed")},
};
constexpr std::array metricNames{
    Name{u"activeAccounts", QT_TRANSLATE_NOOP("at::Vocabulary", "active accounts")},
    Name{u"registeredUsers", QT_TRANSLATE_NOOP("at::Vocabulary", "registered users")},
    Name{u"peakConcurrentUsers", QT_TRANSLATE_NOOP("at::Vocabulary", "peak concurrent users")},
    Name{u"usersAsStated", QT_TRANSLATE_NOOP("at::Vocabulary", "users (as stated)")},
    Name{u"accounts", QT_TRANSLATE_NOOP("at::Vocabulary", "accounts")},
    Name{u"revenue", QT_TRANSLATE_NOOP("at::Vocabulary", "revenue")},
    Name{u"stake", QT_TRANSLATE_NOOP("at::Vocabulary", "stake")},
};
constexpr std::array unitNames{
    Name{u"count", QT_TRANSLATE_NOOP("at::Vocabulary", "count")},
    Name{u"usd", QT_TRANSLATE_NOOP("at::Vocabulary", "US dollars")},
    Name{u"percent", QT_TRANSLATE_NOOP("at::Vocabulary", "percent")},
};
constexpr std::array qualifierNames{
    Name{u"exact", QT_TRANSLATE_NOOP("at::Vocabulary", "exact")},
    Name{u"atLeast", QT_TRANSLATE_NOOP("at::Vocabulary", "at least")},
    Name{u"over", QT_TRANSLATE_NOOP("at::Vocabulary", "more than")},
    Name{u"approximately", QT_TRANSLATE_NOOP("at::Vocabulary", "approximately")},
    Name{u"approaching", QT_TRANSLATE_NOOP("at::Vocabulary", "approaching")},
};

template <typename E> constexpr const auto &names();
template <> constexpr const auto &names<Sector>()
{
    return sectorNames;
}
template <> constexpr const auto &names<Kind>()
{
    return kindNames;
}
template <> constexpr const auto &names<Status>()
{
    return statusNames;
}
template <> constexpr const auto &names<Metric>()
{
    return metricNames;
}
template <> constexpr const auto &names<Unit>()
{
    return unitNames;
}
template <> constexpr const auto &names<Qualifier>()
{
    return qualifierNames;
}

} // namespace

template <typename E> QString jsonName(E value)
{
    return QString::fromUtf16(names<E>()[size_t(value)].json);
}

template <typename E> QString displayName(E value)
{
    return QCoreApplication::translate("at::Vocabulary", names<E>()[size_t(value)].display);
}

namespace {
// Compared unit by unit, without measuring the name first: the readers parse a word for every record.
bool isName(QStringView s, const char16_t *name)
{
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        if (name[i] == 0 || name[i] != s[i].unicode())
            return false;
    }
    return name[i] == 0;
}
} // namespace

template <typename E> std::optional<E> parse(QStringView json)
{
    const auto &table = names<E>();
    for (size_t i = 0; i < table.size(); ++i) {
        if (isName(json, table[i].json))
            return E(i);
    }
    return std::nullopt;
}

template <typename E> QString allJsonNames()
{
    QStringList all;
    for (const Name &n : names<E>())
        all << QString::fromUtf16(n.json);
    return all.join(QStringLiteral(", "));
}

static_assert(count<Sector>() == int(sectorNames.size()) && count<Kind>() == int(kindNames.size()) &&
              count<Status>() == int(statusNames.size()) && count<Metric>() == int(metricNames.size()) &&
              count<Unit>() == int(unitNames.size()) && count<Qualifier>() == int(qualifierNames.size()));

#define AT_INSTANTIATE(E)                                                                                    \
    template QString jsonName<E>(E);                                                                         \
    template QString displayName<E>(E);                                                                      \
    template std::optional<E> parse<E>(QStringView);                                                         \
    template QString allJsonNames<E>();
AT_INSTANTIATE(Sector)
AT_INSTANTIATE(Kind)
AT_INSTANTIATE(Status)
AT_INSTANTIATE(Metric)
AT_INSTANTIATE(Unit)
AT_INSTANTIATE(Qualifier)
#undef AT_INSTANTIATE

} // namespace at
