// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <optional>

namespace at {

// How much of a date the source gives. The dataset writes the precision in the form of the string.
enum class Precision : quint8 { Day, Week, Month, Quarter, Year };

// A date as precise as its source: the period it covers, from its first day to its last.
// Stored as a Julian day so that the event store stays small and comparisons are integer ones.
struct FuzzyDate {
    qint32 first = 0; // Julian day of the first day of the period; 0 means "no date"
    Precision precision = Precision::Day;

    bool isNull() const { return first == 0; }
    qint32 last() const;
    // Views place an imprecise date at the middle of its period (and draw the period around it).
    double middle() const { return (double(first) + double(last())) / 2.0; }
    // Whether the period has begun by `julianDay` (a time as views keep it: day D runs from D - 0.5): a
    // date known to the quarter counts as "before the cursor" from the quarter's first day on.
    bool begunBy(double julianDay) const { return !isNull() && double(first) - 0.5 <= julianDay; }
    // The order for lists: a date sorts at the first day it may be, and of two that start together the more
    // precise first: "1 Jan 2011", "Jan 2011", "Q1 2011", "2011", then "2 Jan 2011".
    static bool sortsBefore(const FuzzyDate &a, const FuzzyDate &b)
    {
        return a.first != b.first ? a.first < b.first : a.last() < b.last();
    }
    QDate firstDate() const { return QDate::fromJulianDay(first); }

    // Parses the dataset's forms: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY (years 1900-2100).
    static std::optional<FuzzyDate> parse(QStringView text);
    static FuzzyDate fromDate(QDate date, Precision precision = Precision::Day);
    // The dataset form, e.g. "2010-Q3".
    QString toIsoString() const;
    // For people, in the locale's way: "11 Nov 2010", "Q3 2010", "2010年第3季度".
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;
};

// A moment for people (when an annotation was written), its day written as every date of the program is:
// "3 Dec 2026, 08:31" / "2026年12月3日 08:31", in local time.
QString dateTimeDisplayString(const QDateTime &time, const QLocale &locale);

} // namespace at
