// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationnumbering.h"
#include "ui/export/annotationnotes.h"
#include "ui/export/exportsource.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRect>
#include <vector>

namespace at {

class NetworkView;

// The network as of a moment (the request's cursor, else the view's time cursor), drawn fresh at the
// export's size: a title with the date, the network fitted to the picture, the legend, and the sources of
// the lines drawn; as a table, the lines in force then. The filter applies as on screen. The view must
// outlive the source and have its layout (NetworkView::waitForLayout()).
//
// The request's annotations whose target the picture shows are numbered where they are, with their text in
// notes under the network, in time order as in the other pictures: an event's on the middle of its line
// (when the line is drawn as of the moment), a company over a span on that company's disc (when the span
// holds the moment). Data points and periods are not in the network; they are left out.
class NetworkExport final : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(at::NetworkExport)
public:
    explicit NetworkExport(NetworkView *view) : m_view(view) {}
    QString defaultTitle(const QLocale &locale) const override;
    void render(QPainter &painter, const QSize &size, const ExportRequest &request) const override;
    DataTable table(const ExportRequest &request) const override;

    // An annotation as the picture numbers it: `at` is the number box's centre.
    struct AnnotationMark {
        int event = -1;  // an event's: on the middle of its line
        int entity = -1; // a span's: at the company's disc
        QPointF at;
        int number = 0;
    };
    using PictureAnnotations = NumberedAnnotations<AnnotationMark>;

    // Where render() puts its parts.
    struct Layout {
        QString title;
        QRect titleBox;
        QRect network;
        QRect legendBox;
        QString note;
        QRect noteBox;
        PictureAnnotations annotations; // with `at` in the picture's pixels
        AnnotationNotes notes;
        QRect notesBox;
    };
    Layout layout(const QSize &size, const ExportRequest &request) const;
    // What the picture writes where: one box per place, with the numbers of the annotations there ("3, 4"
    // for two on one event), as the timeline does.
    struct NumberLabel {
        QPointF at;
        QString text;
    };
    static std::vector<NumberLabel> numberLabels(const PictureAnnotations &annotations);
    // Where a label is drawn, in `font` (numberFont()).
    static QRect numberBox(const NumberLabel &label, const QFont &font);
    QFont numberFont() const;

private:
    void drawNumbers(QPainter &painter, const PictureAnnotations &annotations) const;
    double momentOf(const ExportRequest &request) const;

    NetworkView *m_view;
};

} // namespace at
