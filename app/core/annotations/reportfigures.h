// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace at {

class Dataset;

// One picture of the report, drawn by a view and saved beside report.md under `fileName`.
struct ReportFigure {
    enum class View : quint8 {
        Timeline,   // every lane over the range
        UserCounts, // the user-count chart over the range
    };
    View view = View::Timeline;
    double from = 0; // the range drawn, Julian days [from, to)
    double to = 0;
    // The annotations of the section the picture belongs to: drawn numbered, with their notes.
    QList<Annotation> annotations;
    QString fileName; // "figure-01.png": plain ASCII, relative to report.md
    QString caption;  // plain text, also the picture's alternative text
    friend bool operator==(const ReportFigure &, const ReportFigure &) = default;
};

// The report as a deliverable: the Markdown of annotationReport() with, under each section, the pictures
// that show what it is about, linked by relative names so that the folder opens complete anywhere:
// - an annotated event: the timeline from half a year before it to half a year after;
// - an annotated data point: the user-count chart from a year before its period to a year after;
// - a span: the timeline over its days, with a tenth of its length either side; a period: the same and
//   the user-count chart over the same range.
// Figures are numbered in the order the report shows them (figure-01.png, figure-02.png, ...).
struct AnnotationReportDocument {
    QString markdown;
    QList<ReportFigure> figures;
};
AnnotationReportDocument annotationReportWithFigures(const QList<Annotation> &annotations, const Dataset &d,
                                                     const QLocale &locale);

// The name of the Markdown file inside a report folder.
inline QString reportMarkdownName()
{
    return QStringLiteral("report.md");
}
// Whether `name` is one of the files a report folder holds (report.md, figure-NN.png).
bool isReportFileName(const QString &name);

} // namespace at
