// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/expected.h"
#include "app/core/loaderror.h"

#include <QByteArray>
#include <QList>
#include <QLocale>

namespace at {

class Dataset;

// Either every annotation of a file, or the list of what is wrong with it (file, line, field); never part.
using AnnotationReadResult = Expected<QList<Annotation>, QList<LoadError>>;

// JSON: {"format": "alliance-timeline-annotations", "version": 2, "annotations": [...]}, one field a line;
// version 1 (no spans or periods) is read too.
// Besides the annotation itself each entry carries the date and title of what it is attached to, taken
// from `d`, for people reading the file; import ignores them.
QByteArray annotationsToJson(const QList<Annotation> &annotations, const Dataset &d);
AnnotationReadResult readAnnotationsJson(QByteArrayView bytes, const QString &fileName);

// CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read Chinese correctly), one
// annotation a row: uuid,target,event_id,series_id,point_date,entity_id,from,to,date,title,text,tags,
// importance,author,created,edited (files without the span columns, from before they existed, read too). Tags
// are separated by "; ". A cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe,
// which import takes off again.
QByteArray annotationsToCsv(const QList<Annotation> &annotations, const Dataset &d);
AnnotationReadResult readAnnotationsCsv(QByteArrayView bytes, const QString &fileName);

// By the name: ".csv" is CSV, anything else JSON.
AnnotationReadResult readAnnotationsFile(const QString &path);

// The readers take a file of at most this many bytes: it is read whole and parsed in memory (Qt's JSON
// document for JSON). 64 MiB holds hundreds of thousands of annotations, more than a team writes, and a
// wrong file chosen (a dataset, a video) is refused at once instead of taking the memory. Larger sets are
// split: each import adds to the annotations already there.
inline constexpr qsizetype maxAnnotationFileBytes = qsizetype(64) * 1024 * 1024;

// A Markdown report of the annotated events in time order: title, date, parties, source and paragraph,
// the quotes linked to the event, and its annotations; then annotated data points, and annotations whose
// target the dataset does not have. All text from the data is escaped, so it shows as written.
QString annotationReport(const QList<Annotation> &annotations, const Dataset &d, const QLocale &locale);
// Escapes what Markdown (CommonMark and GitHub's) would read as markup or HTML.
QString markdownEscape(const QString &text);

} // namespace at
