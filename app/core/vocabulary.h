// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// The dataset's closed vocabularies: each enum has its JSON name and a translated display name.
namespace at {

enum class Sector : quint8 {
    InstantMessaging,
    Microblog,
    Portal,
    Search,
    ECommerce,
    Telecom,
    SecuritySoftware,
    SocialNetwork
};
enum class Kind : quint8 { Alliance, Investment, Launch, Dispute, Plan, Milestone };
enum class Status : quint8 { Confirmed, Announced, Rumoured, Unconfirmed };
enum class Metric : quint8 {
    ActiveAccounts,
    RegisteredUsers,
    PeakConcurrentUsers,
    UsersAsStated,
    Accounts,
    Revenue,
    Stake
};
enum class Unit : quint8 { Count, Usd, Percent };
enum class Qualifier : quint8 { Exact, AtLeast, Over, Approximately, Approaching };

template <typename E> struct Vocabulary;

// jsonName(E) -> "instantMessaging"; displayName(E) -> "instant messaging" (translated);
// parse<E>(u"instantMessaging") -> Sector::InstantMessaging; count<E>() -> number of values.
template <typename E> QString jsonName(E value);
template <typename E> QString displayName(E value);
template <typename E> std::optional<E> parse(QStringView json);
template <typename E> constexpr int count();
template <> constexpr int count<Sector>()
{
    return 8;
}
template <> constexpr int count<Kind>()
{
    return 6;
}
template <> constexpr int count<Status>()
{
    return 4;
}
template <> constexpr int count<Metric>()
{
    return 7;
}
template <> constexpr int count<Unit>()
{
    return 3;
}
template <> constexpr int count<Qualifier>()
{
    return 5;
}
// The accepted JSON names, for error messages: "alliance, investment, ...".
template <typename E> QString allJsonNames();

// A lower bound ("more than 600m") stays a lower bound; an upper bound ("approaching") an upper one.
inline bool isLowerBound(Qualifier q)
{
    return q == Qualifier::AtLeast || q == Qualifier::Over;
}
inline bool isUpperBound(Qualifier q)
{
    return q == Qualifier::Approaching;
}
// Status that is not (yet) fact: drawn hollow or dashed.
inline bool isTentative(Status s)
{
    return s != Status::Confirmed;
}
// Kinds that are not a thing that happened but a stated intention: drawn dashed.
inline bool isTentative(Kind k)
{
    return k == Kind::Plan;
}

} // namespace at
