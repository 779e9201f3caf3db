// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/fuzzydate.h"

#include <QCoreApplication>

namespace at {
namespace {

constexpr int minYear = 1900;
constexpr int maxYear = 2100;

// Reads exactly `count` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QDate isoWeekMonday(int year, int week)
{
    // ISO 8601: week 1 is the week containing 4 January.
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(qint64(week - 1) * 7);
}

} // namespace

qint32 FuzzyDate::last() const
{
    const QDate d = firstDate();
    switch (precision) {
    case Precision::Day:
        return first;
    case Precision::Week:
        return first + 6;
    case Precision::Month:
        return qint32(d.addMonths(1).toJulianDay() - 1);
    case Precision::Quarter:
        return qint32(d.addMonths(3).toJulianDay() - 1);
    case Precision::Year:
        return qint32(d.addYears(1).toJulianDay() - 1);
    }
    return first;
}

FuzzyDate FuzzyDate::fromDate(QDate date, Precision precision)
{
    return FuzzyDate{qint32(date.toJulianDay()), precision};
}

std::optional<FuzzyDate> FuzzyDate::parse(QStringView text)
{
    const int year = digits(text, 0, 4);
    if (year < minYear || year > maxYear)
        return std::nullopt;
    if (text.size() == 4)
        return fromDate(QDate(year, 1, 1), Precision::Year);
    if (text.size() < 7 || text[4] != u'-')
        return std::nullopt;
    if (text.size() == 7 && text[5] == u'Q') {
        const int q = digits(text, 6, 1);
        if (q < 1 || q > 4)
            return std::nullopt;
        return fromDate(QDate(year, (q - 1) * 3 + 1, 1), Precision::Quarter);
    }
    if (text.size() == 8 && text[5] == u'W') {
        const int week = digits(text, 6, 2);
        const QDate monday = week >= 1 ? isoWeekMonday(year, week) : QDate();
        if (!monday.isValid() || monday.weekNumber() != week)
            return std::nullopt;
        return fromDate(monday, Precision::Week);
    }
    const int month = digits(text, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (text.size() == 7)
        return fromDate(QDate(year, month, 1), Precision::Month);
    if (text.size() != 10 || text[7] != u'-')
        return std::nullopt;
    const int day = digits(text, 8, 2);
    const QDate date(year, month, day);
    if (day < 1 || !date.isValid())
        return std::nullopt;
    return fromDate(date, Precision::Day);
}

QString FuzzyDate::toIsoString() const
{
    const QDate d = firstDate();
    switch (precision) {
    case Precision::Day:
        return d.toString(Qt::ISODate);
    case Precision::Week: {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Precision::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case Precision::Quarter:
        return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    case Precision::Year:
        return QString::number(d.year());
    }
    return {};
}

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    if (isNull())
        return {};
    const QDate d = firstDate();
    const bool chinese = locale.language() == QLocale::Chinese;
    switch (precision) {
    case Precision::Day:
        return chinese ? locale.toString(d, QStringLiteral("yyyy年M月d日"))
                       : locale.toString(d, QStringLiteral("d MMM yyyy"));
    case Precision::Week:
        return chinese ? locale.toString(d, QStringLiteral("yyyy年M月d日")) + QStringLiteral("当周")
                       : QCoreApplication::translate("at::FuzzyDate", "week of %1")
                             .arg(locale.toString(d, QStringLiteral("d MMM yyyy")));
    case Precision::Month:
        return chinese ? locale.toString(d, QStringLiteral("yyyy年M月"))
                       : locale.toString(d, QStringLiteral("MMM yyyy"));
    case Precision::Quarter:
        return chinese ? QStringLiteral("%1年第%2季度").arg(d.year()).arg((d.month() - 1) / 3 + 1)
                       : QStringLiteral("Q%2 %1").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    case Precision::Year:
        return chinese ? QStringLiteral("%1年").arg(d.year()) : QString::number(d.year());
    }
    return {};
}

QString dateTimeDisplayString(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QString day = FuzzyDate::fromDate(local.date()).toDisplayString(locale);
    const QString clock = locale.toString(local.time(), QStringLiteral("HH:mm"));
    const QString separator =
        locale.language() == QLocale::Chinese ? QStringLiteral(" ") : QStringLiteral(", ");
    return day + separator + clock;
}

} // namespace at
