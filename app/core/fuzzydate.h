// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QDate>
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
    // Views place an imprecise date at the middle of its period.
    double middle() const { return (double(first) + double(last())) / 2.0; }
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

} // namespace at
