// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace at {

class Dataset;

// The fields of an annotation in exports, shared by the JSON and CSV readers and writers so that both
// check the same rules and say the same things.
// The readers' and writers' messages, in one translation context that lupdate and the runtime agree on.
struct AnnotationIoText {
    Q_DECLARE_TR_FUNCTIONS(at::AnnotationIoText)
};

namespace annotationfields {

enum class Field : quint8 {
    Uuid,
    Target,
    EventId,
    SeriesId,
    PointDate,
    EntityId, // a span's company
    From,     // a span's or a period's first day
    To,       // and its last day
    Date,     // of the target, for people; ignored on import
    Title,    // of the target, for people; ignored on import
    Text,
    Tags,
    Importance,
    Author,
    Created,
    Edited,
    EditedBy // optional: files from before it existed do not have it
};
inline constexpr int fieldCount = 17;
QList<Field> allFields();

QString jsonName(Field f); // "eventId"
QString csvName(Field f);  // "event_id"
std::optional<Field> fromJsonName(QStringView name);
std::optional<Field> fromCsvName(QStringView name);

// Sets one field from its text; returns what is wrong with the value, or an empty string.
QString set(Annotation &a, Field f, const QString &value);
QString setTags(Annotation &a, const QStringList &tags);
// The fields a complete annotation still lacks, given the ones the record had.
QList<Field> missing(const Annotation &a, const QList<Field> &present);
// Whether the field belongs to the annotation's kind of target (an event's annotation has no seriesId).
bool belongsTo(Field f, AnnotationTarget::Kind kind);
// What is wrong with a range whose dates were both read (its last day before its first), or empty.
QString checkRange(const Annotation &a);
// The text form of a field for export (tags joined with "; ").
QString exportValue(const Annotation &a, Field f, const Dataset &d);

} // namespace annotationfields
} // namespace at
