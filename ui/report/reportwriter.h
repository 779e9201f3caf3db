// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/reportfigures.h"
#include "app/core/expected.h"
#include "app/core/fileerror.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QSize>
#include <functional>

class QIODevice;

namespace at {

class Document;
class ViewRegistry;

// The annotation report that an analyst hands over: the Markdown of annotationReportWithFigures() with
// its pictures drawn by the registry's views ("timeline" and "users"), as a folder (report.md and the PNG
// files it links to, relative, so that it opens complete anywhere) or as one PDF with the pictures in it.
// The pictures show every company (no filter: the report is about its annotations, whatever the window
// shows) and carry the annotations of their section, numbered, with their notes. Both are saved through
// the atomic savers: a failed or cancelled save leaves the previous report as it was and nothing else.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(at::ReportWriter)
public:
    // Told before each picture is drawn how many are done of how many; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    ReportWriter(const ViewRegistry &views, const Document &document, const QLocale &locale,
                 bool dark = false);

    // The size of each picture, in pixels.
    void setFigureSize(QSize size) { m_figureSize = size; }

    AnnotationReportDocument plan(const QList<Annotation> &annotations) const;
    // `folder` is created, or replaced when it is empty or holds a previous report (report.md and
    // figure-NN.png only); any other folder is refused and left alone.
    Expected<void, FileError> writeFolder(const QList<Annotation> &annotations, const QString &folder,
                                          const Progress &progress = {}) const;
    Expected<void, FileError> writePdf(const QList<Annotation> &annotations, const QString &file,
                                       const Progress &progress = {}) const;

    // Draws the figures one by one, handing each to `use` (which may fail); stops at the first failure or
    // when `progress` cancels (the error then says "cancelled").
    using FigureUse =
        std::function<Expected<void, FileError>(const ReportFigure &figure, const QImage &image)>;
    Expected<void, FileError> drawFigures(const QList<ReportFigure> &figures, const FigureUse &use,
                                          const Progress &progress) const;

    // The PDF of a report whose figures are drawn: A4, the pictures as wide as the text.
    static void printPdf(const AnnotationReportDocument &report, const QList<QImage> &images, QIODevice *out,
                         const QString &title);

private:
    const ViewRegistry &m_views;
    const Document &m_document;
    QLocale m_locale;
    bool m_dark;
    QSize m_figureSize{1600, 900};
};

} // namespace at
