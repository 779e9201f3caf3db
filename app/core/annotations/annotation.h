// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/viewstate.h"

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

// What an annotation is about. Targets are kept by id, never by index, so that they survive a reload of
// the dataset (indexes change when events are added; ids do not).
struct AnnotationTarget {
    enum class Kind : quint8 { Event, Point };
    Kind kind = Kind::Event;
    QString eventId;   // Kind::Event
    QString seriesId;  // Kind::Point
    QString pointDate; // Kind::Point: the point's date in the dataset's form ("2010-Q3")

    static AnnotationTarget event(const QString &id) { return {Kind::Event, id, {}, {}}; }
    static AnnotationTarget point(const QString &series, const QString &date)
    {
        return {Kind::Point, {}, series, date};
    }
    bool isValid() const
    {
        return kind == Kind::Event ? !eventId.isEmpty() : !seriesId.isEmpty() && !pointDate.isEmpty();
    }
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
// The series index and the point's index within the series, or {-1, -1}.
std::pair<int, int> pointIndexOf(const Dataset &d, const AnnotationTarget &target);
// The selection that shows the target (none when the dataset does not have it).
Selection selectionOf(const Dataset &d, const AnnotationTarget &target);
// The target of a selection, when it can carry annotations (an event or a data point).
std::optional<AnnotationTarget> targetOf(const Dataset &d, Selection selection);

// Time on the timeline (Julian day), title and date as text, for lists and exports; empty when the dataset
// does not have the target.
double targetTime(const Dataset &d, const AnnotationTarget &target);
QString targetTitle(const Dataset &d, const AnnotationTarget &target, const QLocale &locale);
QString targetDateIso(const Dataset &d, const AnnotationTarget &target);

} // namespace at
