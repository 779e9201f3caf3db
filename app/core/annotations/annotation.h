// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/viewstate.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace at {

class Dataset;

enum class Importance : quint8 { Low, Normal, High };

// "low", "normal", "high": the form in workspace files and exports.
QString importanceJsonName(Importance importance);
std::optional<Importance> parseImportance(QStringView name);
// Translated, for people.
QString importanceDisplayName(Importance importance);

// What an annotation is about: an event, a data point, a company over a span of time (drawn on that
// company's lane), or a period across all companies (a band across the timeline, a shaded region on the
// charts). Targets are kept by id, never by index, so that they survive a reload of the dataset (indexes
// change when events are added; ids do not).
struct AnnotationTarget {
    enum class Kind : quint8 { Event, Point, Span, Period };
    Kind kind = Kind::Event;
    QString eventId;   // Kind::Event
    QString seriesId;  // Kind::Point
    QString pointDate; // Kind::Point: the point's date in the dataset's form ("2010-Q3")
    QString entityId;  // Kind::Span: the company
    QDate from;        // Kind::Span and Kind::Period: the first day
    QDate to;          // and the last day, included

    static AnnotationTarget event(const QString &id) { return {Kind::Event, id, {}, {}, {}, {}, {}}; }
    static AnnotationTarget point(const QString &series, const QString &date)
    {
        return {Kind::Point, {}, series, date, {}, {}, {}};
    }
    static AnnotationTarget span(const QString &entity, QDate from, QDate to)
    {
        return {Kind::Span, {}, {}, {}, entity, from, to};
    }
    static AnnotationTarget period(QDate from, QDate to) { return {Kind::Period, {}, {}, {}, {}, from, to}; }

    // A span or a period: a stretch of time rather than one thing.
    bool isRange() const { return kind == Kind::Span || kind == Kind::Period; }
    bool isValid() const
    {
        switch (kind) {
        case Kind::Event:
            return !eventId.isEmpty();
        case Kind::Point:
            return !seriesId.isEmpty() && !pointDate.isEmpty();
        case Kind::Span:
            return !entityId.isEmpty() && from.isValid() && to.isValid() && from <= to;
        case Kind::Period:
            return from.isValid() && to.isValid() && from <= to;
        }
        return false;
    }
    // A range's extent on the time axis (Julian days): from the start of the first day to the end of the
    // last, as a day's events are drawn at the start of their day.
    double rangeStart() const { return double(from.toJulianDay()); }
    double rangeEnd() const { return double(to.toJulianDay()) + 1.0; }
    // The same range moved by `days`, or with its first or last day moved; never shorter than one day.
    AnnotationTarget moved(qint64 days) const;
    AnnotationTarget withFrom(QDate first) const;
    AnnotationTarget withTo(QDate last) const;
    friend bool operator==(const AnnotationTarget &, const AnnotationTarget &) = default;
};

QString targetKindJsonName(AnnotationTarget::Kind kind);
std::optional<AnnotationTarget::Kind> parseTargetKind(QStringView name);

struct Annotation {
    QString id; // a UUID without braces, the same in every workspace and export it travels to
    AnnotationTarget target;
    QString text; // plain text, never interpreted as markup
    QStringList tags;
    Importance importance = Importance::Normal;
    QString author;
    QDateTime created; // UTC, millisecond precision
    QDateTime edited;
    QString editedBy; // who saved this version: the author of the edit, for "who changed what"

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

// The user name from the environment (USER, LOGNAME, USERNAME), for the author of new annotations when
// the preference is empty.
QString systemUserName();

// Tags are short labels: trimmed, at most 64 characters, without commas, semicolons or control characters
// (commas separate them in the editor, semicolons in CSV).
bool isValidTag(const QString &tag);
// Trims, drops empty and invalid ones and repeats (case-insensitively, keeping the first spelling).
QStringList normalizeTags(const QStringList &tags);
// "a, b, c" <-> {"a", "b", "c"}
QStringList splitTags(const QString &text);

// Times as stored and exported: ISO 8601 in UTC with milliseconds, "2011-06-14T08:30:00.000Z".
QString timeToString(const QDateTime &time);
QDateTime timeFromString(const QString &text); // invalid when the text is not such a time
// Now, rounded to the millisecond so that it survives a round trip through text unchanged.
QDateTime currentTime();

// Where the target is in a dataset: an event or series index (-1 when the dataset does not have it).
int eventIndexOf(const Dataset &d, const AnnotationTarget &target);
// The company of a span (-1 for other targets, or when the dataset does not have it).
int entityIndexOf(const Dataset &d, const AnnotationTarget &target);
// The series index and the point's index within the series, or {-1, -1}.
std::pair<int, int> pointIndexOf(const Dataset &d, const AnnotationTarget &target);
// The selection that shows the target (none when the dataset does not have it; a span selects its
// company, a period nothing).
Selection selectionOf(const Dataset &d, const AnnotationTarget &target);
// The target of a selection, when it can carry annotations (an event or a data point).
std::optional<AnnotationTarget> targetOf(const Dataset &d, Selection selection);

// Time on the timeline (Julian day; a range's start), title and date as text, for lists and exports; empty
// when the dataset does not have the target. A range's title names its company ("Sina Weibo") or says
// "All companies"; its date is "2011-06-01/2011-12-31" (ISO 8601's interval form).
double targetTime(const Dataset &d, const AnnotationTarget &target);
QString targetTitle(const Dataset &d, const AnnotationTarget &target, const QLocale &locale);
QString targetDateIso(const Dataset &d, const AnnotationTarget &target);
// The target by its ids, for one that the dataset does not have: "sina-msn-alliance", "qq-active-accounts
// 2010-Q3", "weibo 2011-06-01/2011-12-31".
QString targetIdText(const AnnotationTarget &target);
// A range's days for people, in the locale's short date form: "1 Jun 2011 – 31 Dec 2011".
QString rangeDisplayText(const AnnotationTarget &target, const QLocale &locale);
// Whether the target is in the dataset at all (a range always is; its company must be).
bool targetExists(const Dataset &d, const AnnotationTarget &target);

} // namespace at
