// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotation.h"

#include "app/core/dataset.h"
#include "app/core/fuzzydate.h"
#include "app/core/seriesmodel.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace at {

// Free functions have no tr() of their own: this one's context is the same for lupdate and at run time.
struct AnnotationText {
    Q_DECLARE_TR_FUNCTIONS(at::AnnotationText)
};

QString importanceJsonName(Importance importance)
{
    switch (importance) {
    case Importance::Low:
        return QStringLiteral("low");
    case Importance::Normal:
        return QStringLiteral("normal");
    case Importance::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Importance> parseImportance(QStringView name)
{
    for (Importance i : {Importance::Low, Importance::Normal, Importance::High})
        if (name == importanceJsonName(i))
            return i;
    return std::nullopt;
}

QString importanceDisplayName(Importance importance)
{
    switch (importance) {
    case Importance::Low:
        return AnnotationText::tr("Low");
    case Importance::Normal:
        return AnnotationText::tr("Normal");
    case Importance::High:
        return AnnotationText::tr("High");
    }
    return {};
}

QString targetKindJsonName(AnnotationTarget::Kind kind)
{
    switch (kind) {
    case AnnotationTarget::Kind::Event:
        return QStringLiteral("event");
    case AnnotationTarget::Kind::Point:
        return QStringLiteral("point");
    case AnnotationTarget::Kind::Span:
        return QStringLiteral("span");
    case AnnotationTarget::Kind::Period:
        return QStringLiteral("period");
    }
    return {};
}

std::optional<AnnotationTarget::Kind> parseTargetKind(QStringView name)
{
    using Kind = AnnotationTarget::Kind;
    for (Kind kind : {Kind::Event, Kind::Point, Kind::Span, Kind::Period})
        if (name == targetKindJsonName(kind))
            return kind;
    return std::nullopt;
}

AnnotationTarget AnnotationTarget::moved(qint64 days) const
{
    AnnotationTarget t = *this;
    t.from = from.addDays(days);
    t.to = to.addDays(days);
    return t;
}

AnnotationTarget AnnotationTarget::withFrom(QDate first) const
{
    AnnotationTarget t = *this;
    t.from = std::min(first, to);
    return t;
}

AnnotationTarget AnnotationTarget::withTo(QDate last) const
{
    AnnotationTarget t = *this;
    t.to = std::max(last, from);
    return t;
}

QString systemUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // Services and containers often run without those variables: ask the password database.
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return AnnotationText::tr("unknown");
}

bool isValidTag(const QString &tag)
{
    if (tag.isEmpty() || tag.size() > 64 || tag != tag.trimmed())
        return false;
    for (QChar c : tag)
        if (c == u',' || c == u';' || c.category() == QChar::Other_Control)
            return false;
    return true;
}

QStringList normalizeTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &raw : tags) {
        const QString tag = raw.trimmed();
        if (!isValidTag(tag) || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        result << tag;
    }
    return result;
}

QStringList splitTags(const QString &text)
{
    return normalizeTags(text.split(u','));
}

QString timeToString(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromString(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) // a time without a zone is ambiguous: refuse it
        return {};
    return t.toUTC();
}

QDateTime currentTime()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

int eventIndexOf(const Dataset &d, const AnnotationTarget &target)
{
    return target.kind == AnnotationTarget::Kind::Event ? d.eventIndex(target.eventId) : -1;
}

int entityIndexOf(const Dataset &d, const AnnotationTarget &target)
{
    return target.kind == AnnotationTarget::Kind::Span ? d.entityIndex(target.entityId) : -1;
}

QString targetIdText(const AnnotationTarget &target)
{
    const QString days = target.from.toString(Qt::ISODate) + u'/' + target.to.toString(Qt::ISODate);
    switch (target.kind) {
    case AnnotationTarget::Kind::Event:
        return target.eventId;
    case AnnotationTarget::Kind::Point:
        return target.seriesId + u' ' + target.pointDate;
    case AnnotationTarget::Kind::Span:
        return target.entityId + u' ' + days;
    case AnnotationTarget::Kind::Period:
        return days;
    }
    return {};
}

QString rangeDisplayText(const AnnotationTarget &target, const QLocale &locale)
{
    return FuzzyDate::fromDate(target.from).toDisplayString(locale) + QStringLiteral(" – ") +
           FuzzyDate::fromDate(target.to).toDisplayString(locale);
}

bool targetExists(const Dataset &d, const AnnotationTarget &target)
{
    switch (target.kind) {
    case AnnotationTarget::Kind::Event:
        return eventIndexOf(d, target) >= 0;
    case AnnotationTarget::Kind::Point:
        return pointIndexOf(d, target).first >= 0;
    case AnnotationTarget::Kind::Span:
        return entityIndexOf(d, target) >= 0;
    case AnnotationTarget::Kind::Period:
        return true;
    }
    return false;
}

std::pair<int, int> pointIndexOf(const Dataset &d, const AnnotationTarget &target)
{
    if (target.kind != AnnotationTarget::Kind::Point)
        return {-1, -1};
    const int series = d.seriesIndex(target.seriesId);
    if (series < 0)
        return {-1, -1};
    const auto points = d.pointsOf(d.series[series]);
    for (size_t i = 0; i < points.size(); ++i)
        if (points[i].date.toIsoString() == target.pointDate)
            return {series, int(i)};
    return {-1, -1};
}

Selection selectionOf(const Dataset &d, const AnnotationTarget &target)
{
    if (target.kind == AnnotationTarget::Kind::Event) {
        const int i = eventIndexOf(d, target);
        return i < 0 ? Selection::none() : Selection::event(i);
    }
    if (target.isRange()) {
        const int e = entityIndexOf(d, target);
        return e < 0 ? Selection::none() : Selection::entity(e);
    }
    const auto [series, point] = pointIndexOf(d, target);
    return series < 0 ? Selection::none() : Selection::dataPoint(series, point);
}

std::optional<AnnotationTarget> targetOf(const Dataset &d, Selection selection)
{
    if (selection.type == Selection::Type::Event && selection.index >= 0 &&
        size_t(selection.index) < d.events.size())
        return AnnotationTarget::event(d.string(d.events[size_t(selection.index)].id));
    if (selection.type == Selection::Type::Point && selection.index >= 0 &&
        selection.index < d.series.size()) {
        const Series &s = d.series[selection.index];
        const auto points = d.pointsOf(s);
        if (selection.point >= 0 && size_t(selection.point) < points.size())
            return AnnotationTarget::point(s.id, points[size_t(selection.point)].date.toIsoString());
    }
    return std::nullopt;
}

double targetTime(const Dataset &d, const AnnotationTarget &target)
{
    if (target.isRange())
        return target.rangeStart();
    if (const int i = eventIndexOf(d, target); i >= 0)
        return d.events[size_t(i)].time();
    if (const auto [series, point] = pointIndexOf(d, target); series >= 0)
        return d.pointsOf(d.series[series])[size_t(point)].date.middle();
    return 0;
}

QString targetTitle(const Dataset &d, const AnnotationTarget &target, const QLocale &locale)
{
    if (target.kind == AnnotationTarget::Kind::Period)
        return AnnotationText::tr("All companies");
    if (const int e = entityIndexOf(d, target); e >= 0)
        return d.entities[e].name(locale);
    if (const int i = eventIndexOf(d, target); i >= 0)
        return d.string(d.events[size_t(i)].title);
    if (const auto [series, point] = pointIndexOf(d, target); series >= 0)
        return SeriesModel::seriesName(d, d.series[series], locale);
    return {};
}

QString targetDateIso(const Dataset &d, const AnnotationTarget &target)
{
    if (target.isRange())
        return target.from.toString(Qt::ISODate) + u'/' + target.to.toString(Qt::ISODate);
    if (const int i = eventIndexOf(d, target); i >= 0)
        return d.events[size_t(i)].start.toIsoString();
    if (target.kind == AnnotationTarget::Kind::Point)
        return target.pointDate;
    return {};
}

} // namespace at
