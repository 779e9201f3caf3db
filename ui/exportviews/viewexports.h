// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/sourcenotes.h"
#include "ui/export/annotationnotes.h"
#include "ui/export/exportsource.h"
#include "ui/timeline/timelineview.h"

#include <QCoreApplication>
#include <QFont>
#include <QRect>

namespace at {

class Document;
class MarketShareChart;
class TimelineView;
class UserCountChart;

// Each view drawn fresh at the export's size: the timeline with every lane (not only what fits on screen)
// for the request's time range, and the charts with their title, legend and source footnote. The views
// must outlive the sources; nothing here changes what the views show on screen.
class TimelineExport final : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(at::TimelineExport)
public:
    TimelineExport(const Document *document, TimelineView *view) : m_document(document), m_view(view) {}
    QString defaultTitle(const QLocale &locale) const override;
    void render(QPainter &painter, const QSize &size, const ExportRequest &request) const override;
    DataTable table(const ExportRequest &request) const override;

    // Where render() puts the title, the source footnote, the notes of the annotations it shows and the
    // lanes, and the time range it draws.
    struct Layout {
        QString title;
        QFont titleFont;
        QRect titleBox;
        QString note;
        QRect noteBox;
        TimelineView::PictureAnnotations annotations;
        AnnotationNotes notes;
        QRect notesBox;
        QRect timeline;
        double from = 0;
        double to = 0;
    };
    Layout layout(const QSize &size, const ExportRequest &request) const;

private:
    // The sources of the picture, to fit under the lanes of `area`.
    QString footnote(const CitedParagraphs &cited, const QRect &area, const QSize &size,
                     const QLocale &locale) const;

    const Document *m_document;
    TimelineView *m_view;
};

class UserCountExport final : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(at::UserCountExport)
public:
    explicit UserCountExport(UserCountChart *chart) : m_chart(chart) {}
    QString defaultTitle(const QLocale &locale) const override;
    void render(QPainter &painter, const QSize &size, const ExportRequest &request) const override;
    DataTable table(const ExportRequest &request) const override;

private:
    UserCountChart *m_chart;
};

class MarketShareExport final : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(at::MarketShareExport)
public:
    explicit MarketShareExport(MarketShareChart *chart) : m_chart(chart) {}
    QString defaultTitle(const QLocale &locale) const override;
    void render(QPainter &painter, const QSize &size, const ExportRequest &request) const override;
    DataTable table(const ExportRequest &request) const override;

private:
    MarketShareChart *m_chart;
};

} // namespace at
