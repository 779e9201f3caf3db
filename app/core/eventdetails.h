// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace at {

// Everything the details panel says about one event, as display strings (plain text, translated, in the
// locale's formats). Empty strings are fields the event does not have.
struct EventDetails {
    QString title;
    QString date;      // "11 Nov 2010", "week of 1 Nov 2010 – Q2 2011"
    QString precision; // "to the day", "to the week", ... (both ends for a ranged event)
    QString dateNote;
    QString kind;
    QString status;
    QString parties;
    QString summary;
    QString source;        // "Title, ¶N"
    QString sourceDetails; // "publisher · author · published date"
    QString quotes;        // "2 quotes" or empty
};

class EventDescription {
    Q_DECLARE_TR_FUNCTIONS(at::EventDescription)
public:
    static EventDetails describe(const Dataset &d, int eventIndex, const QLocale &locale);
    // How precise a date is, in words: "to the day", "to the quarter".
    static QString precisionText(Precision precision);
};

} // namespace at
